"""The jobAlerts subscription over real websockets: a seeker who opted in is pushed the alerts
of each run that `civicmatch match-run`, a process of its own, publishes while they listen.

The subscription looks for new alerts every few seconds, so an alert is waited for with a
generous timeout: a guard against hanging, not a measure of speed.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest

from tests.e2e.conftest import Server
from tests.e2e.graphql_ws import connected

pytestmark = pytest.mark.anyio

PUSHED_WITHIN = 30.0

SUBSCRIPTION = "subscription { jobAlerts { id score seen job { id title } } }"
ALERTS = "{ jobAlerts(first: 100) { edges { node { id score seen job { id title } } } } }"
PROFILE = """
mutation ($input: UpsertCandidateProfileInput!) {
  upsertCandidateProfile(input: $input) { candidate { id alertsEnabled } userErrors { code } }
}
"""
POST_JOB = """
mutation ($input: PostJobInput!) {
  postJob(input: $input) { job { id } userErrors { code } }
}
"""
# What the seeker is after, and the job that opens for it after the first run.
COLD_STORE = {
    "title": "冷链仓库管理员",
    "description": "冷链仓库的收发货、盘点和温控记录，使用WMS系统。",
    "skills": ["冷链仓储", "WMS", "盘点"],
    "education": "HIGH_SCHOOL",
    "location": "聊城市东昌府区",
    "housing": True,
    "travel": "NONE",
}
SEEKER = {
    "name": "李强",
    "education": "HIGH_SCHOOL",
    "experienceYears": 3,
    "skills": ["冷链仓储", "WMS", "盘点"],
    "summary": "在冷链物流公司做过三年冷链仓库管理员，熟悉温控和盘点。",
    "desiredTitles": ["冷链仓库管理员"],
    "locations": ["聊城市东昌府区"],
    "travel": "NONE",
    "alertsEnabled": True,
}


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    """websockets' client runs on asyncio only."""
    return "asyncio"


def payload(server: Server, mutation: str, token: str, **input: Any) -> dict[str, Any]:
    (result,) = server.data(mutation, {"input": input}, token).values()
    assert result["userErrors"] == [], result["userErrors"]
    return result


async def match_run(server: Server, *argv: str) -> None:
    """`civicmatch match-run ARGV` on the server's database, as a process of its own, without
    holding up the websockets meanwhile."""
    ran = await asyncio.to_thread(server.cli, "match-run", *argv)
    assert ran.returncode == 0, ran.stderr


async def test_a_subscribed_seeker_is_pushed_the_new_alert_when_an_incremental_run_publishes(
    server: Server,
) -> None:
    # given: a seeker who opted in to alerts, and an employer's jobs
    employer = f"聊城冷链物流{uuid.uuid4().hex[:6]}"
    recruiter = server.token("recruiter", "--employer", employer)
    for title in ("仓库管理员", "叉车司机", "电商客服"):
        payload(server, POST_JOB, recruiter, **{**COLD_STORE, "title": title, "skills": []})
    seeker = server.token("seeker", "--name", "李强")
    assert payload(server, PROFILE, seeker, **SEEKER)["candidate"]["alertsEnabled"] is True

    async with connected(server.url, seeker) as connection:
        operation = await connection.subscribe(SUBSCRIPTION)

        # when: a full run publishes while the seeker listens
        await match_run(server, "--for", "candidates", "--top", "3")

        # then: they are pushed its alerts, the ones jobAlerts lists
        first = [
            (await connection.next_data(operation, PUSHED_WITHIN))["jobAlerts"] for _ in range(3)
        ]
        listed = [edge["node"] for edge in server.data(ALERTS, token=seeker)["jobAlerts"]["edges"]]
        assert sorted(first, key=lambda alert: alert["id"]) == sorted(
            listed, key=lambda alert: alert["id"]
        )

        # when: the job they are after opens, and an incremental run publishes
        new_job = payload(server, POST_JOB, recruiter, **COLD_STORE)["job"]["id"]
        await match_run(server, "--for", "candidates", "--top", "3", "--incremental")

        # then: they are pushed one alert, for that job, unseen
        alert = (await connection.next_data(operation, PUSHED_WITHIN))["jobAlerts"]
        await connection.complete(operation)

    assert (alert["job"]["id"], alert["job"]["title"], alert["seen"]) == (
        new_job,
        "冷链仓库管理员",
        False,
    )
    assert alert["id"] not in {old["id"] for old in first}
    listed = server.data(ALERTS, token=seeker)["jobAlerts"]["edges"]
    assert listed[0]["node"] == alert


@pytest.mark.parametrize(
    ("role", "code"),
    [(None, "UNAUTHENTICATED"), ("recruiter", "FORBIDDEN")],
    ids=["anonymous", "recruiter"],
)
async def test_a_subscriber_who_is_not_a_seeker_gets_an_error(
    server: Server, role: str | None, code: str
) -> None:
    token = None if role is None else server.token(role, "--employer", "聊城某制药有限公司")

    async with connected(server.url, token) as connection:
        operation = await connection.subscribe(SUBSCRIPTION)
        error = await connection.receive(operation)
        ended = await connection.receive(operation)

    assert error["type"] == "next"
    assert error["payload"]["data"] is None
    [reported] = error["payload"]["errors"]
    assert reported["extensions"] == {"code": code}
    assert ended == {"id": operation, "type": "complete"}
