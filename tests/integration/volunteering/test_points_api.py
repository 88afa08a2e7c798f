"""Over GraphQL: check in and out with the coordinator's code, completion awards points,
points buy rewards, and nothing goes below zero."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from engine.db import transaction
from engine.volunteering.rewards import import_rewards

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


def test_service_earns_points_that_buy_a_reward_and_no_more(api, make_token, sessions):
    rewards = json.dumps({"id": "r1", "name": "食用油", "points": 10, "stock": 5}) + "\n"
    with transaction(sessions) as session:
        import_rewards(session=session, stream=io.BytesIO(rewards.encode()), source="rewards")
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

    wrong = api.data(CHECK_IN, {"input": {"taskId": task, "code": "WRONG1"}}, volunteer)
    right = api.data(CHECK_IN, {"input": {"taskId": task, "code": code}}, volunteer)
    again = api.data(CHECK_IN, {"input": {"taskId": task, "code": code}}, volunteer)
    api.data(CHECK_OUT, {"input": {"taskId": task, "code": code}}, volunteer)
    done = api.data(COMPLETE, {"id": sign_up}, coordinator)
    reward = api.data(REWARDS)["rewards"]["edges"][0]["node"]["id"]
    first = api.data(REDEEM, {"id": reward}, volunteer)["redeemReward"]
    second = api.data(REDEEM, {"id": reward}, volunteer)["redeemReward"]

    assert [e["code"] for e in wrong["checkIn"]["userErrors"]] == ["WRONG_CODE"]
    assert right["checkIn"]["userErrors"] == []
    assert [e["code"] for e in again["checkIn"]["userErrors"]] == ["ALREADY_CHECKED_IN"]
    assert done["completeSignUp"]["attendance"]["status"] == "COMPLETED"
    assert first["redemption"]["points"] == 10
    assert [e["code"] for e in second["userErrors"]] == ["INSUFFICIENT_POINTS"]
    assert api.data("{ myBalance }", token=volunteer)["myBalance"] == 5
    assert api.data(REWARDS)["rewards"]["edges"][0]["node"]["stock"] == 4
