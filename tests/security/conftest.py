"""Attacks replayed against a real `civicmatch serve` (uvicorn), on SQLite and PostgreSQL.

The servers are those of the end-to-end tests; `fair` gives each a broadcast of 22 jobs,
made through the API as a recruiter would.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import pytest

from tests.e2e.conftest import Server, demo_server, postgres_server, running_server, server

__all__ = ["Server", "demo_server", "postgres_server", "running_server", "server"]

POST_JOB = """
mutation ($input: PostJobInput!) {
  postJob(input: $input) { job { id } userErrors { field message code } }
}
"""
CREATE_LIVE_STREAM = """
mutation ($input: CreateLiveStreamInput!) {
  createLiveStream(input: $input) { liveStream { id } userErrors { field message code } }
}
"""
PRESENT_JOB = """
mutation ($input: PresentJobInput!) {
  presentJob(input: $input) { presentedJob { position } userErrors { field message code } }
}
"""


@dataclass
class Fair:
    admin: str
    stream: str
    jobs: list[str]


def payload(on: Server, mutation: str, token: str, **input: Any) -> dict[str, Any]:
    (result,) = on.data(mutation, {"input": input}, token).values()
    assert result["userErrors"] == [], result["userErrors"]
    return result


def unique(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def fair(server: Server) -> Fair:
    """A broadcast presenting 22 jobs, like the city's first one."""
    admin = server.token("admin")
    employer = unique("恒固建材")
    jobs = [
        payload(server, POST_JOB, admin, title=f"搅拌站操作员{n}", employerName=employer)["job"][
            "id"
        ]
        for n in range(22)
    ]
    stream = payload(
        server,
        CREATE_LIVE_STREAM,
        admin,
        title="春风行动直播带岗专场",
        scheduledStart="2026-12-10T14:30:00+08:00",
    )["liveStream"]["id"]
    for job in jobs:
        payload(server, PRESENT_JOB, admin, liveStreamId=stream, jobId=job)
    return Fair(admin=admin, stream=stream, jobs=jobs)
