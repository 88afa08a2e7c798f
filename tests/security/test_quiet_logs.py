"""No request text, token, phone, needs or follow-up code in any log line, whatever fails.

Real database errors carrying personal data (in their parameters, and on PostgreSQL in the
DETAIL that quotes the failing row or key) are logged the ways the service logs failures:
a resolver's (schema.errors.public_error), a request's (schema.app), uvicorn's and
SQLAlchemy's own. Every record is formatted, tracebacks included, and searched.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from graphql import GraphQLError
from sqlalchemy.exc import DBAPIError

from engine.accounts.tokens import authenticate, digest
from engine.db import transaction
from engine.logs import JsonFormatter, TextFormatter
from engine.seekers.models import Candidate
from engine.volunteering import requests
from engine.volunteering.communities import community_id
from engine.volunteering.request_models import AnonymousRequest
from schema.errors import public_error

PHONE = "13912345678"
NEEDS = ["右腿术后需要无障碍通道"]
TEXT = "3号楼2单元401独居老人，楼道灯坏了三个月"
COMMUNITY = "御苑社区"
LOGGERS = ("", "sqlalchemy", "civicmatch", "uvicorn", "strawberry")

UPSERT_PROFILE = """
mutation ($input: UpsertCandidateProfileInput!) {
  upsertCandidateProfile(input: $input) { candidate { id } userErrors { code } }
}
"""


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture, api: Any) -> Iterator[pytest.LogCaptureFixture]:
    """Every record at DEBUG, in an app configured as it serves (`api` builds it)."""
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name or None)
    yield caplog


def everything_logged(caplog: pytest.LogCaptureFixture) -> str:
    # As the service writes its lines: with the fields a record carries (a request's).
    formatter = TextFormatter()
    lines = []
    for record in caplog.records:
        lines.append(formatter.format(record))
        if record.exc_info:
            lines.append(formatter.formatException(record.exc_info))
        if record.stack_info:
            lines.append(formatter.formatStack(record.stack_info))
    return "\n".join(lines)


def logged_as_the_service_logs(error: Exception) -> None:
    """A resolver's failure, a request's, and one escaping to uvicorn."""
    public_error(GraphQLError("boom", path=["upsertCandidateProfile"], original_error=error))
    try:
        raise RuntimeError("the request failed") from error
    except RuntimeError:
        logging.getLogger("civicmatch.api").exception("request failed")
    logging.getLogger("uvicorn.error").error("Exception in ASGI application\n", exc_info=error)


def database_error(sessions: Any, *rows: object) -> DBAPIError:
    with pytest.raises(DBAPIError) as failed, transaction(sessions) as session:
        session.add_all(rows)
        session.flush()
    return failed.value


def test_a_failing_candidates_row_logs_neither_phone_nor_needs_nor_token(
    logs, api, sessions, make_token
):
    token = make_token("seeker", name="王晓梅")
    with sessions() as session:
        account_id = authenticate(session=session, token=token).account_id
    # experience_years < 0 breaks a CHECK: PostgreSQL's DETAIL then quotes the whole row.
    row = Candidate(
        account_id=account_id, name="王晓梅", phone=PHONE, needs=NEEDS, experience_years=-1
    )

    error = database_error(sessions, row)
    logged_as_the_service_logs(error)
    # And through the API: a phone PostgreSQL cannot store (NUL), refused or failing.
    api.execute(UPSERT_PROFILE, {"input": {"phone": PHONE + "\x00", "needs": NEEDS}}, token)

    text = everything_logged(logs)
    assert "IntegrityError" in text
    for secret in (PHONE, *NEEDS, token, digest(token)):
        assert secret not in text
    # The request's own line, in either format, says what ran and how it ended, not with what.
    [request] = [record for record in logs.records if record.name == "civicmatch.requests"]
    for formatter in (TextFormatter(), JsonFormatter()):
        line = formatter.format(request)
        assert "mutation" in line and "error" in line
        for secret in (PHONE, *NEEDS, token, digest(token)):
            assert secret not in line


def test_a_failing_anonymous_request_logs_neither_its_text_nor_its_follow_up_code(logs, sessions):
    with transaction(sessions) as session:
        community = community_id(session=session, name=COMMUNITY)
        _, code = requests.submit_request(session=session, community=COMMUNITY, text=TEXT)
    # A second request under the same digest breaks its UNIQUE constraint: PostgreSQL's
    # DETAIL quotes the key.
    twin = AnonymousRequest(community_id=community, text=TEXT, follow_up_digest=digest(code))

    error = database_error(sessions, twin)
    logged_as_the_service_logs(error)

    text = everything_logged(logs)
    assert "IntegrityError" in text
    for secret in (TEXT, code, digest(code)):
        assert secret not in text
