"""Attack 7 (a locked SQLite) and point 2 (every request has a time budget).

Defends: an API write during a long SQLite import waited 5 s and then failed as
"Internal server error." (database is locked); a request could run for as long as its
work took.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.security.conftest import POST_JOB, Server, running_server


@contextmanager
def write_locked(database: Path) -> Iterator[None]:
    """Holds SQLite's write lock, as a long `civicmatch import` does."""
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        yield
        connection.execute("ROLLBACK")
    finally:
        connection.close()


def post(server: Server, token: str, title: str):  # type: ignore[no-untyped-def]
    return server.post(POST_JOB, {"input": {"title": title, "employerName": "恒固建材"}}, token)


@pytest.fixture(scope="module")
def impatient(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server whose requests may take one second."""
    cwd = tmp_path_factory.mktemp("impatient")
    url = f"sqlite:///{cwd / 'civicmatch.db'}"
    with running_server(cwd, url, env={"CIVICMATCH_REQUEST_SECONDS": "1"}) as server:
        yield server


def test_a_write_to_a_locked_sqlite_is_a_clear_retryable_error(demo_server: Server):
    admin = demo_server.token("admin")

    with write_locked(demo_server.cwd / "civicmatch.db"):
        response = post(demo_server, admin, "锁住时的岗位")
    retried = post(demo_server, admin, "锁住时的岗位")

    assert response.status_code == 200
    (error,) = response.json()["errors"]
    assert error["extensions"] == {"code": "BUSY", "retryable": True}
    assert error["message"] == "数据库正忙，未做任何修改，请稍后重试"
    assert retried.json()["data"]["postJob"]["userErrors"] == []


def test_a_request_past_its_time_budget_ends_with_a_clear_error(impatient: Server):
    admin = impatient.token("admin")

    with write_locked(impatient.cwd / "civicmatch.db"):
        response = post(impatient, admin, "超时的岗位")
        meanwhile = impatient.data("{ __typename }")

    assert response.status_code == 503
    (error,) = response.json()["errors"]
    assert error["extensions"] == {"code": "TIMEOUT"}
    assert error["message"].startswith("请求超过 ")
    assert meanwhile == {"__typename": "Query"}
    assert post(impatient, admin, "之后的岗位").json()["data"]["postJob"]["userErrors"] == []
