"""Commands say which database they use (password hidden), and do not make a new SQLite file
by mistake: `token create` and `import` only with `--create`, `export` never."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from engine.accounts.models import ApiToken
from engine.db import make_engine
from engine.jobs.models import JobPost
from tests.integration.cli.conftest import count
from tests.integration.cli.records import JOB, write_jsonl

ENV = "CIVICMATCH_DATABASE_URL"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIVICMATCH_LANGUAGE", "en")


@pytest.fixture
def empty_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The working directory, with no civicmatch.db and no $CIVICMATCH_DATABASE_URL."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.delenv(ENV, raising=False)
    return folder


def tokens_in(path: Path) -> int:
    engine = make_engine(f"sqlite:///{path}")
    try:
        return count(engine, ApiToken)
    finally:
        engine.dispose()


def test_token_create_refuses_to_make_a_new_sqlite_file_and_leaves_none(run, empty_directory):
    result = run("token", "create", "--role", "admin")

    assert (result.code, result.out) == (1, "")
    assert result.err == (
        "civicmatch: database sqlite:///civicmatch.db\n"
        f"civicmatch: {empty_directory / 'civicmatch.db'} does not exist; give --database URL "
        "for the server's database, or --create to make a new one\n"
    )
    assert list(empty_directory.iterdir()) == []


def test_token_create_with_create_makes_the_database_and_the_token(run, empty_directory):
    result = run("token", "create", "--role", "admin", "--create")

    assert result.code == 0, result.err
    assert result.out.startswith("cm_")
    assert result.err == "civicmatch: database sqlite:///civicmatch.db\n"
    assert tokens_in(empty_directory / "civicmatch.db") == 1


def test_token_create_names_the_database_it_wrote_to(run, database_url, engine):
    result = run("token", "create", "--role", "admin", "--database", database_url)

    assert result.code == 0, result.err
    shown = make_url(database_url).render_as_string(hide_password=True)
    assert result.err == f"civicmatch: database {shown}\n"
    assert count(engine, ApiToken) == 1


@pytest.mark.postgres
def test_a_postgresql_password_is_hidden(run, postgres_url):
    # The test server trusts local connections, so the password is not checked but is given.
    url = make_url(postgres_url).set(password="s3cret-pw").render_as_string(hide_password=False)

    result = run("token", "create", "--role", "admin", "--database", url)

    assert result.code == 0, result.err
    assert result.err == f"civicmatch: database {make_url(url).render_as_string()}\n"
    assert "***@" in result.err
    assert "s3cret-pw" not in result.err


def test_a_database_url_that_is_not_one_is_refused_without_echoing_it(run, empty_directory):
    result = run("token", "create", "--role", "admin", "--database", "admin:s3cret@db")

    assert result.code == 1
    assert result.err == (
        "civicmatch: --database: not a database URL (such as sqlite:///civicmatch.db)\n"
    )
    assert list(empty_directory.iterdir()) == []


def test_import_refuses_a_new_sqlite_file_unless_asked(run, empty_directory, tmp_path):
    jobs = write_jsonl(tmp_path / "jobs.jsonl", JOB)

    refused = run("import", "jobs", jobs)
    created = run("import", "jobs", jobs, "--create")

    assert refused.code == 1
    assert "civicmatch.db does not exist" in refused.err
    assert created.code == 0, created.err
    assert created.out == f"{jobs}: 1 created, 0 updated\n"
    engine = make_engine(f"sqlite:///{empty_directory / 'civicmatch.db'}")
    try:
        assert count(engine, JobPost) == 1
    finally:
        engine.dispose()


def test_export_never_makes_a_database(run, empty_directory):
    result = run("export", "jobs")

    assert (result.code, result.out) == (1, "")
    assert result.err.splitlines()[1] == (
        f"civicmatch: {empty_directory / 'civicmatch.db'} does not exist, so there is nothing "
        "to export; give --database URL for the server's database"
    )
    assert list(empty_directory.iterdir()) == []


def test_import_of_an_empty_file_warns_and_changes_nothing(run, database_url, engine, tmp_path):
    empty = tmp_path / "jobs.jsonl"
    empty.write_text("", "utf-8")

    result = run("import", "jobs", empty, "--database", database_url)

    assert result.code == 0, result.err
    assert f"civicmatch: {empty} has no records; nothing imported" in result.err.splitlines()
    assert result.out == f"{empty}: 0 created, 0 updated\n"
    assert count(engine, JobPost) == 0


def test_import_of_a_file_of_another_kind_names_the_right_command(run, database_url, tmp_path):
    jobs = write_jsonl(tmp_path / "jobs.jsonl", JOB)

    result = run("import", "candidates", jobs, "--database", database_url)

    assert result.code == 1
    assert result.err.splitlines()[1:] == [
        f"civicmatch: {jobs} looks like a jobs file (fields title, employer), not a "
        f"candidates file; did you mean civicmatch import jobs {jobs}?"
    ]


def test_import_and_export_end_with_a_summary(run, database_url, tmp_path):
    jobs = write_jsonl(tmp_path / "jobs.jsonl", JOB, {**JOB, "id": "j2"})
    out = tmp_path / "out.jsonl"

    imported = run("import", "jobs", jobs, "--database", database_url)
    exported = run("export", "jobs", "--out", out, "--database", database_url)

    assert re.fullmatch(rf"{jobs}: 2 jobs imported in \d+\.\d s", imported.err.splitlines()[-1])
    assert re.fullmatch(rf"2 jobs exported in \d+\.\d s → {out}", exported.err.splitlines()[-1])


def test_migrate_says_what_it_did(run, tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"

    first = run("migrate", "--database", url)
    again = run("migrate", "--database", url)

    assert (first.code, again.code) == (0, 0)
    created = re.fullmatch(
        r"schema created at revision (\w+) in \d+\.\d s", first.err.splitlines()[-1]
    )
    assert created, first.err
    assert re.fullmatch(
        rf"already at revision {created[1]} \(\d+\.\d s\)", again.err.splitlines()[-1]
    ), again.err
