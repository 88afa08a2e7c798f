"""Attack 5: logs hold personal data.

Defends: an unexpected database error logged SQLAlchemy's `[parameters: …]` (an anonymous
request's text and follow-up digest, a candidate's phone and needs), and PostgreSQL's DETAIL
quotes the failing row. Here the database itself is made to fail on exactly such rows (a
constraint on PostgreSQL, whose DETAIL quotes the row; a trigger on SQLite), the requests go
through a real server, and its whole log is read.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from engine.db import make_engine, make_sessionmaker, transaction
from engine.volunteering.communities import community_id
from tests.security.conftest import Server, unique

PHONE = "13912345678"
REQUEST_TEXT = "我家老人独居在3号楼2单元501，行动不便，想请人每周帮忙买菜"
UPSERT = """
mutation ($input: UpsertCandidateProfileInput!) {
  upsertCandidateProfile(input: $input) { candidate { id } userErrors { code } }
}
"""
SUBMIT = """
mutation ($input: SubmitRequestInput!) {
  submitRequest(input: $input) { followUpCode userErrors { code } }
}
"""

SABOTAGE = {
    "postgresql": [
        f"ALTER TABLE candidates ADD CONSTRAINT sabotage_phone CHECK (phone <> '{PHONE}')",
        "ALTER TABLE anonymous_requests ADD CONSTRAINT sabotage_text "
        "CHECK (text NOT LIKE '%独居%')",
    ],
    "sqlite": [
        "CREATE TRIGGER sabotage_phone BEFORE INSERT ON candidates "
        f"WHEN NEW.phone = '{PHONE}' BEGIN SELECT RAISE(ABORT, 'sabotaged'); END",
        "CREATE TRIGGER sabotage_text BEFORE INSERT ON anonymous_requests "
        "WHEN NEW.text LIKE '%独居%' BEGIN SELECT RAISE(ABORT, 'sabotaged'); END",
    ],
}
REPAIR = {
    "postgresql": [
        "ALTER TABLE candidates DROP CONSTRAINT sabotage_phone",
        "ALTER TABLE anonymous_requests DROP CONSTRAINT sabotage_text",
    ],
    "sqlite": ["DROP TRIGGER sabotage_phone", "DROP TRIGGER sabotage_text"],
}


@pytest.fixture
def failing_database(server: Server) -> Iterator[Server]:
    """The server's database refuses the rows below, as no code path expects."""
    engine = make_engine(server.database_url)
    backend = make_url(server.database_url).get_backend_name()
    with engine.begin() as connection:
        for statement in SABOTAGE[backend]:
            connection.execute(text(statement))
    try:
        yield server
    finally:
        with engine.begin() as connection:
            for statement in REPAIR[backend]:
                connection.execute(text(statement))
        engine.dispose()


def new_log(server: Server, since: int) -> str:
    with (server.cwd / "server.log").open("rb") as log:
        log.seek(since)
        return log.read().decode(errors="replace")


def test_a_failing_write_of_a_profile_logs_no_phone_needs_or_token(failing_database: Server):
    server = failing_database
    seeker = server.token("seeker")
    since = (server.cwd / "server.log").stat().st_size

    body = server.post(
        UPSERT,
        {
            "input": {
                "name": "张秀英",
                "phone": PHONE,
                "needs": ["SCREEN_READER", "WHEELCHAIR_ACCESS"],
                "summary": "视障，会盲文和读屏软件",
            }
        },
        seeker,
    ).json()
    logged = new_log(server, since)

    assert body["errors"][0]["extensions"]["code"] == "INTERNAL"
    assert "upsertCandidateProfile" in logged or "unexpected error" in logged
    for secret in (PHONE, "screen_reader", "wheelchair_access", "视障", "张秀英", seeker):
        assert secret not in logged


def test_a_failing_anonymous_request_logs_neither_its_text_nor_its_code(
    failing_database: Server,
):
    server = failing_database
    community = unique("御苑社区")
    engine = make_engine(server.database_url)
    with transaction(make_sessionmaker(engine)) as session:
        community_id(session=session, name=community)
    engine.dispose()
    since = (server.cwd / "server.log").stat().st_size

    body = server.post(SUBMIT, {"input": {"community": community, "text": REQUEST_TEXT}}).json()
    logged = new_log(server, since)

    assert body["errors"][0]["extensions"]["code"] == "INTERNAL"
    assert "unexpected error" in logged
    for secret in (REQUEST_TEXT, "独居", "501"):
        assert secret not in logged


def test_after_the_failure_the_same_rows_go_through(server: Server):
    # The sabotage is gone: the refusals above were the database's, not the rows'.
    seeker = server.token("seeker")

    data = server.data(UPSERT, {"input": {"name": "张秀英", "phone": PHONE}}, seeker)

    assert data["upsertCandidateProfile"]["userErrors"] == []
