from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Saturday two weeks ahead, 09:00 local time.
_today = datetime.now(SHANGHAI).replace(hour=9, minute=0, second=0, microsecond=0)
SATURDAY = _today + timedelta(days=14 + (5 - _today.weekday()) % 7)
MONDAY = (SATURDAY - timedelta(days=5)).date()

CREATE = """
mutation ($input: CreateTaskInput!) {
  createTask(input: $input) { task { id } userErrors { field code } }
}
"""
PROFILE = """
mutation ($input: UpsertVolunteerProfileInput!) {
  upsertVolunteerProfile(input: $input) { volunteer { id } userErrors { field code } }
}
"""
TASK_MATCHES = """
query ($id: ID!) {
  taskMatches(volunteerId: $id, first: 5) { score task { id title } reasons { code } }
}
"""
VOLUNTEER_MATCHES = """
query ($id: ID!) {
  volunteerMatches(taskId: $id, first: 5) { score volunteer { id } reasons { code } }
}
"""
PROPOSE = """
mutation ($input: ProposeAssignmentInput!) {
  proposeAssignment(input: $input) {
    proposals { task { id slots } volunteers { id } unfilled }
    userErrors { field code }
  }
}
"""


def task(api, token, title, hours=(0, 2), slots=1, skills=()):
    start = SATURDAY + timedelta(hours=hours[0])
    payload = api.data(
        CREATE,
        {
            "input": {
                "title": title,
                "startsAt": start.isoformat(),
                "endsAt": (SATURDAY + timedelta(hours=hours[1])).isoformat(),
                "slots": slots,
                "skills": list(skills),
            }
        },
        token,
    )["createTask"]
    assert payload["userErrors"] == []
    return payload["task"]["id"]


def volunteer(api, make_token, name, start="08:00", end="12:00", skills=()):
    token = make_token("volunteer", name=name)
    window = {"weekday": 6, "start": start, "end": end}
    payload = api.data(
        PROFILE,
        {"input": {"community": "御苑社区", "availability": [window], "skills": list(skills)}},
        token,
    )["upsertVolunteerProfile"]
    return token, payload["volunteer"]["id"]


def test_a_volunteer_gets_only_tasks_their_availability_covers(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区")
    morning = task(api, coordinator, "楼道清理", hours=(0, 2), skills=["清扫"])
    task(api, coordinator, "晚间巡逻", hours=(10, 12))
    token, me = volunteer(api, make_token, "小李", skills=["清扫"])

    matches = api.data(TASK_MATCHES, {"id": me}, token)["taskMatches"]

    assert [match["task"]["id"] for match in matches] == [morning]
    assert "skills" in {reason["code"] for reason in matches[0]["reasons"]}


def test_coordinators_rank_their_communitys_volunteers_for_a_task(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区")
    job = task(api, coordinator, "楼道清理", skills=["清扫"])
    _, skilled = volunteer(api, make_token, "小李", skills=["清扫"])
    _, other = volunteer(api, make_token, "小王")
    volunteer(api, make_token, "晚班", start="18:00", end="21:00")

    matches = api.data(VOLUNTEER_MATCHES, {"id": job}, coordinator)["volunteerMatches"]
    stranger = make_token("coordinator", community="东关社区")
    refused = api.execute(VOLUNTEER_MATCHES, {"id": job}, stranger)

    assert [match["volunteer"]["id"] for match in matches] == [skilled, other]
    assert refused["errors"][0]["extensions"]["code"] == "NOT_FOUND"


def test_the_proposed_assignment_respects_slots_and_overlaps(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区")
    first = task(api, coordinator, "楼道清理", hours=(0, 2), slots=2)
    overlapping = task(api, coordinator, "义诊引导", hours=(1, 3), slots=2)
    people = [volunteer(api, make_token, name)[1] for name in ("甲", "乙", "丙")]

    proposals = api.data(PROPOSE, {"input": {"weekStart": MONDAY.isoformat()}}, coordinator)[
        "proposeAssignment"
    ]["proposals"]

    chosen = {item["task"]["id"]: [v["id"] for v in item["volunteers"]] for item in proposals}
    assert set(chosen) == {first, overlapping}
    assert all(len(ids) <= 2 for ids in chosen.values())
    assert not set(chosen[first]) & set(chosen[overlapping])  # no one in both
    assert sum(len(ids) for ids in chosen.values()) == len(people)  # all three placed
