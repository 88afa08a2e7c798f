"""Over GraphQL: check in and out with the coordinator's code within the configured window,
completion awards points, points buy rewards, and nothing goes below zero."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from starlette.testclient import TestClient

from engine.config import Settings
from engine.db import transaction
from engine.volunteering import attendance
from engine.volunteering.rewards import import_rewards
from schema.app import create_app
from tests.api import GraphQLClient

SOON = datetime.now(ZoneInfo("Asia/Shanghai")) + timedelta(days=10)

CREATE = """
mutation ($input: CreateTaskInput!) {
  createTask(input: $input) { task { id } userErrors { code } }
}
"""
PROFILE = """
mutation { upsertVolunteerProfile(input: {community: "御苑社区"}) { volunteer { id } } }
"""
SIGN_UP = """
mutation ($id: ID!) { signUpForTask(input: {taskId: $id}) { signUp { id } userErrors { code } } }
"""
CODE = "query ($id: ID!) { checkInCode(taskId: $id) }"
CHECK_IN = """
mutation ($input: AttendanceInput!) {
  checkIn(input: $input) { attendance { status } userErrors { code } }
}
"""
CHECK_OUT = """
mutation ($input: AttendanceInput!) {
  checkOut(input: $input) { attendance { minutesServed } userErrors { code } }
}
"""
COMPLETE = """
mutation ($id: ID!) {
  completeSignUp(input: {signUpId: $id}) { attendance { status } userErrors { code } }
}
"""
REWARDS = "{ rewards { edges { node { id points stock } } } }"
REDEEM = """
mutation ($id: ID!) {
  redeemReward(input: {rewardId: $id}) { redemption { points } userErrors { code message } }
}
"""


def at(monkeypatch, moment: datetime) -> None:
    monkeypatch.setattr(attendance, "now", lambda: moment)


def signed_up_task(api, make_token) -> tuple[str, str, str, str, str]:
    """A 2-hour task at SOON with one volunteer signed up: the task, the sign-up, the
    coordinator's and the volunteer's tokens, and the check-in code."""
    coordinator = make_token("coordinator", community="御苑社区")
    volunteer = make_token("volunteer", name="小李")
    api.data(PROFILE, token=volunteer)
    task = api.data(
        CREATE,
        {
            "input": {
                "title": "助老理发",
                "startsAt": SOON.isoformat(),
                "endsAt": (SOON + timedelta(hours=2)).isoformat(),
                "points": 15,
            }
        },
        coordinator,
    )["createTask"]["task"]["id"]
    sign_up = api.data(SIGN_UP, {"id": task}, volunteer)["signUpForTask"]["signUp"]["id"]
    code = api.data(CODE, {"id": task}, coordinator)["checkInCode"]
    return task, sign_up, coordinator, volunteer, code


def test_check_in_opens_as_early_as_the_app_is_configured(
    api, make_token, monkeypatch, database_url
):
    task, _, _, volunteer, code = signed_up_task(api, make_token)
    at(monkeypatch, SOON - timedelta(minutes=90))
    check_in = {"input": {"taskId": task, "code": code}}

    default = api.data(CHECK_IN, check_in, volunteer)["checkIn"]
    settings = Settings(database_url=database_url, check_in_opens_minutes=120)
    with TestClient(create_app(settings)) as http:
        wider = GraphQLClient(http).data(CHECK_IN, check_in, volunteer)["checkIn"]

    assert [e["code"] for e in default["userErrors"]] == ["CHECK_IN_NOT_OPEN"]
    assert wider == {"attendance": {"status": "CONFIRMED"}, "userErrors": []}


def test_service_earns_points_that_buy_a_reward_and_no_more(api, make_token, sessions, monkeypatch):
    rewards = json.dumps({"id": "r1", "name": "食用油", "points": 10, "stock": 5}) + "\n"
    with transaction(sessions) as session:
        import_rewards(session=session, stream=io.BytesIO(rewards.encode()), source="rewards")
    task, sign_up, coordinator, volunteer, code = signed_up_task(api, make_token)

    at(monkeypatch, SOON - timedelta(minutes=10))
    wrong = api.data(CHECK_IN, {"input": {"taskId": task, "code": "WRONG1"}}, volunteer)
    right = api.data(CHECK_IN, {"input": {"taskId": task, "code": code}}, volunteer)
    again = api.data(CHECK_IN, {"input": {"taskId": task, "code": code}}, volunteer)
    at(monkeypatch, SOON + timedelta(hours=2, minutes=5))
    out = api.data(CHECK_OUT, {"input": {"taskId": task, "code": code}}, volunteer)
    done = api.data(COMPLETE, {"id": sign_up}, coordinator)
    reward = api.data(REWARDS)["rewards"]["edges"][0]["node"]["id"]
    first = api.data(REDEEM, {"id": reward}, volunteer)["redeemReward"]
    second = api.data(REDEEM, {"id": reward}, volunteer)["redeemReward"]

    assert [e["code"] for e in wrong["checkIn"]["userErrors"]] == ["WRONG_CODE"]
    assert right["checkIn"]["userErrors"] == []
    assert [e["code"] for e in again["checkIn"]["userErrors"]] == ["ALREADY_CHECKED_IN"]
    assert out["checkOut"]["attendance"]["minutesServed"] == 120
    assert done["completeSignUp"]["attendance"]["status"] == "COMPLETED"
    assert first["redemption"]["points"] == 10
    assert [e["code"] for e in second["userErrors"]] == ["INSUFFICIENT_POINTS"]
    assert api.data("{ myBalance }", token=volunteer)["myBalance"] == 5
    assert api.data(REWARDS)["rewards"]["edges"][0]["node"]["stock"] == 4
