from __future__ import annotations

from sqlalchemy.engine import make_url

from engine.accounts.models import Account, ApiToken
from engine.jobs.models import Employer
from tests.api import graphql_client
from tests.integration.cli.conftest import count, run_console_script

VIEWER = "{ viewer { role employer { name } } }"
EMPLOYER = "聊城市恒固新型建材有限公司"


def database_line(url: str) -> str:
    """The first line on stderr, in the default language."""
    return f"civicmatch: 数据库 {make_url(url).render_as_string(hide_password=True)}\n"


def test_token_create_prints_the_token_alone(cli, database_url):
    result = cli("token", "create", "--role", "recruiter", "--employer", EMPLOYER)

    assert (result.code, result.err) == (0, database_line(database_url))
    lines = result.out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("cm_")
    assert len(lines[0]) > 20


def test_the_printed_token_authenticates_as_the_recruiter_of_that_employer(cli, database_url):
    token = cli("token", "create", "--role", "recruiter", "--employer", EMPLOYER).out.strip()

    with graphql_client(database_url) as api:
        viewer = api.data(VIEWER, token=token)["viewer"]

    assert viewer == {"role": "RECRUITER", "employer": {"name": EMPLOYER}}


def test_only_a_digest_of_the_token_is_stored(cli, engine):
    token = cli("token", "create", "--role", "admin").out.strip()

    with engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT digest FROM api_tokens").scalars().all()

    assert len(stored) == 1
    assert token not in stored[0]


def test_two_tokens_for_one_employer_share_the_employer(cli, engine):
    first = cli("token", "create", "--role", "recruiter", "--employer", EMPLOYER).out.strip()
    second = cli("token", "create", "--role", "recruiter", "--employer", EMPLOYER).out.strip()

    assert first != second
    assert (count(engine, Employer), count(engine, ApiToken)) == (1, 2)


def test_a_recruiter_token_without_an_employer_is_refused(cli, engine, database_url):
    result = cli("token", "create", "--role", "recruiter")

    assert result.code != 0
    assert result.out == ""
    assert result.err == (
        database_line(database_url)
        + "civicmatch: employer: 招聘人员令牌须用 --employer 指定用人单位\n"
    )
    assert (count(engine, Account), count(engine, ApiToken)) == (0, 0)


def test_the_console_script_prints_a_working_token(database_url):
    created = run_console_script(
        "token", "create", "--role", "recruiter", "--employer", EMPLOYER, "--database", database_url
    )

    assert (created.returncode, created.stderr) == (0, database_line(database_url))
    assert created.stdout.startswith("cm_")
    assert created.stdout.count("\n") == 1
    with graphql_client(database_url) as api:
        viewer = api.data(VIEWER, token=created.stdout.strip())["viewer"]
    assert viewer["employer"] == {"name": EMPLOYER}
