"""Objects name the objects they refer to as fields of their type (a redemption's reward, a
service record's volunteer, sign-ups and tasks), loaded in batches, never as raw ids."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schema.relay import parse_global_id
from tests.integration.volunteering.factories import give_points

SOON = datetime.now(UTC) + timedelta(days=10)

CREATE_TASK = """
mutation ($input: CreateTaskInput!) {
  createTask(input: $input) { task { id title } userErrors { field code } }
}
"""
PROFILE = """
mutation ($input: UpsertVolunteerProfileInput!) {
  upsertVolunteerProfile(input: $input) { volunteer { id name } userErrors { field code } }
}
"""
SIGN_UP = """
mutation ($id: ID!) {
  signUpForTask(input: {taskId: $id}) { signUp { id } userErrors { field code } }
}
"""
CREATE_REWARD = """
mutation ($input: CreateRewardInput!) {
  createReward(input: $input) { reward { id } userErrors { field code } }
}
"""
REDEEM = """
mutation ($id: ID!) {
  redeemReward(input: {rewardId: $id}) {
    redemption { points reward { id name stock } } userErrors { field code }
  }
}
"""
SERVICE_RECORD = """
query ($id: ID!) {
  serviceRecord(volunteerId: $id) {
    volunteer { id name }
    entries { signUp { id status volunteer { name } } task { id title } }
  }
}
"""
NO_SHOW = """
mutation ($id: ID!) {
  markNoShow(input: {signUpId: $id}) {
    attendance { status signUp { id status } task { id title } } userErrors { field code }
  }
}
"""
SUBMIT = """
mutation ($input: SubmitRequestInput!) {
  submitRequest(input: $input) { request { id } userErrors { field code } }
}
"""
REQUESTS = "{ communityRequests { edges { node { id task { id title } } } } }"
MAKE_TASK = """
mutation ($input: MakeTaskFromRequestInput!) {
  makeTaskFromRequest(input: $input) {
    request { id task { id title } } task { id } userErrors { field code }
  }
}
"""
SIGN_UP_NODE = """
query ($id: ID!) {
  node(id: $id) { ... on SignUp { status task { title } volunteer { name } } }
}
"""


def payload(api, query, variables, token):  # type: ignore[no-untyped-def]
    (result,) = api.data(query, variables, token).values()
    assert result["userErrors"] == [], result["userErrors"]
    return result


def a_task(api, coordinator, title="助老理发", day=0):  # type: ignore[no-untyped-def]
    starts = SOON + timedelta(days=day)
    data = {
        "title": title,
        "startsAt": starts.isoformat(),
        "endsAt": (starts + timedelta(hours=2)).isoformat(),
    }
    return payload(api, CREATE_TASK, {"input": data}, coordinator)["task"]


def a_volunteer(api, make_token, name="小李", community="御苑社区"):  # type: ignore[no-untyped-def]
    token = make_token("volunteer", name=name)
    profile = payload(api, PROFILE, {"input": {"community": community}}, token)["volunteer"]
    return token, profile["id"]


def test_a_redemption_names_its_reward(api, make_token, sessions):
    coordinator = make_token("coordinator", community="御苑社区")
    volunteer, volunteer_id = a_volunteer(api, make_token)
    give_points(sessions, parse_global_id(volunteer_id)[1], 20)
    reward = payload(
        api, CREATE_REWARD, {"input": {"name": "食用油", "points": 10, "stock": 3}}, coordinator
    )["reward"]

    redeemed = payload(api, REDEEM, {"id": reward["id"]}, volunteer)["redemption"]

    assert redeemed == {"points": 10, "reward": {"id": reward["id"], "name": "食用油", "stock": 2}}


def test_a_service_record_names_its_volunteer_sign_ups_and_tasks(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区")
    volunteer, volunteer_id = a_volunteer(api, make_token)
    tasks = [a_task(api, coordinator, title, day) for day, title in enumerate(["理发", "送餐"])]
    sign_ups = [payload(api, SIGN_UP, {"id": t["id"]}, volunteer)["signUp"] for t in tasks]

    record = api.data(SERVICE_RECORD, {"id": volunteer_id}, coordinator)["serviceRecord"]

    person = {"name": "小李"}
    assert record == {
        "volunteer": {"id": volunteer_id, **person},
        "entries": [
            {
                "signUp": {"id": sign_up["id"], "status": "CONFIRMED", "volunteer": person},
                "task": task,
            }
            for sign_up, task in zip(sign_ups, tasks, strict=True)
        ],
    }


def test_an_attendance_names_its_sign_up_and_task(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区")
    volunteer, _ = a_volunteer(api, make_token)
    task = a_task(api, coordinator)
    sign_up = payload(api, SIGN_UP, {"id": task["id"]}, volunteer)["signUp"]

    marked = payload(api, NO_SHOW, {"id": sign_up["id"]}, coordinator)["attendance"]

    assert marked == {
        "status": "NO_SHOW",
        "signUp": {"id": sign_up["id"], "status": "NO_SHOW"},
        "task": task,
    }


def test_a_community_request_names_the_task_made_for_it(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区")
    a_task(api, coordinator)  # makes the community known
    payload(api, SUBMIT, {"input": {"community": "御苑社区", "text": "楼道灯坏了"}}, None)
    (before,) = api.data(REQUESTS, token=coordinator)["communityRequests"]["edges"]
    made = payload(
        api,
        MAKE_TASK,
        {
            "input": {
                "id": before["node"]["id"],
                "title": "修楼道灯",
                "startsAt": SOON.isoformat(),
                "endsAt": (SOON + timedelta(hours=1)).isoformat(),
            }
        },
        coordinator,
    )
    (after,) = api.data(REQUESTS, token=coordinator)["communityRequests"]["edges"]

    assert before["node"]["task"] is None
    assert made["request"]["task"] == {"id": made["task"]["id"], "title": "修楼道灯"}
    assert after["node"] == made["request"]


def test_a_sign_up_shows_its_volunteer_only_to_those_who_may_see_them(api, make_token):
    # A volunteer of 东关社区 helps with a task of 御苑社区: 御苑's coordinators decide on the
    # sign-up but may not see a profile of another community.
    yuyuan = make_token("coordinator", community="御苑社区")
    dongguan = make_token("coordinator", community="东关社区")
    volunteer, _ = a_volunteer(api, make_token, community="东关社区")
    task = a_task(api, yuyuan)
    sign_up = payload(api, SIGN_UP, {"id": task["id"]}, volunteer)["signUp"]["id"]

    seen = {
        who: api.data(SIGN_UP_NODE, {"id": sign_up}, token)["node"]
        for who, token in (("volunteer", volunteer), ("task's", yuyuan), ("theirs", dongguan))
    }

    mine = {"status": "CONFIRMED", "task": {"title": "助老理发"}, "volunteer": {"name": "小李"}}
    assert seen == {"volunteer": mine, "task's": {**mine, "volunteer": None}, "theirs": mine}


def test_a_service_record_runs_the_same_statements_for_2_or_6_tasks(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区")
    volunteer, volunteer_id = a_volunteer(api, make_token)

    counts = []
    for days in (range(0, 2), range(2, 6)):
        for day in days:
            task = a_task(api, coordinator, f"任务{day}", day)
            payload(api, SIGN_UP, {"id": task["id"]}, volunteer)
        with api.count_statements() as statements:
            record = api.data(SERVICE_RECORD, {"id": volunteer_id}, coordinator)
        counts.append((len(record["serviceRecord"]["entries"]), len(statements)))

    assert [entries for entries, _ in counts] == [2, 6]
    assert counts[0][1] == counts[1][1], counts
