"""Attack 7's smaller ones, replayed against a real `civicmatch serve` on SQLite and PostgreSQL.

Defends three things found by hand: twenty first posts of a new employer name at once (some
answered "Internal server error" on PostgreSQL, a unique violation); ids that could be
enumerated because someone else's object answered FORBIDDEN or JOB_CLOSED where a missing
one answered NOT_FOUND; and check-in without a time window, which let a volunteer check in
three days early, check out at once and still get the task's full points.

Volunteer data is made through the API, so the PostgreSQL server (no demo data) has it too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from schema.relay import MAX_KEY, to_global_id
from tests.security.answers import codes, normalised
from tests.security.conftest import POST_JOB, Server, payload, unique

CLOSE_JOB = """
mutation ($input: CloseJobInput!) { closeJob(input: $input) { userErrors { code } } }
"""
CREATE_TASK = """
mutation ($input: CreateTaskInput!) {
  createTask(input: $input) { task { id } userErrors { field message code } }
}
"""
UPDATE_TASK = """
mutation ($input: UpdateTaskInput!) {
  updateTask(input: $input) { task { id } userErrors { field message code } }
}
"""
VOLUNTEER_PROFILE = """
mutation ($input: UpsertVolunteerProfileInput!) {
  upsertVolunteerProfile(input: $input) { volunteer { id } userErrors { field message code } }
}
"""
SIGN_UP = """
mutation ($input: SignUpForTaskInput!) {
  signUpForTask(input: $input) { signUp { id status } userErrors { field message code } }
}
"""
SUBMIT_REQUEST = """
mutation ($input: SubmitRequestInput!) {
  submitRequest(input: $input) { userErrors { field message code } }
}
"""
COMMUNITY_REQUESTS = """
query ($community: String) { communityRequests(community: $community) { edges { node { id } } } }
"""
CHECK_IN_CODE = "query ($id: ID!) { checkInCode(taskId: $id) }"
ATTENDANCE = "attendance { status checkedInAt minutesServed } userErrors { field message code }"
CHECK_IN = "mutation ($input: AttendanceInput!) { checkIn(input: $input) { " + ATTENDANCE + " } }"
CHECK_OUT = "mutation ($input: AttendanceInput!) { checkOut(input: $input) { " + ATTENDANCE + " } }"
COMPLETE = (
    "mutation ($input: SignUpDecisionInput!) { completeSignUp(input: $input) { "
    + ATTENDANCE
    + " } }"
)
SERVICE_RECORD = """
query ($id: ID!) {
  serviceRecord(volunteerId: $id) {
    totalPoints entries { task { id } status minutesServed points }
  }
}
"""
EMPLOYERS = """
query ($after: String) {
  employers(first: 200, after: $after) {
    edges { node { id name } } pageInfo { hasNextPage endCursor }
  }
}
"""
POSTED_JOB = """
mutation ($input: PostJobInput!) {
  postJob(input: $input) { job { id employer { id name } } userErrors { field message code } }
}
"""


def local_now() -> datetime:
    return datetime.now(ZoneInfo("Asia/Shanghai")).replace(microsecond=0)


# 1. Twenty first posts of a new employer name at once


def test_twenty_concurrent_first_posts_of_a_new_employer_all_succeed_and_share_it(
    server: Server,
):
    # Defends: 3 of 20 answered "Internal server error" on PostgreSQL (unique violation).
    admin = server.token("admin")
    name = unique("新开业的东昌府食品厂")
    start = threading.Barrier(20)

    def post(index: int) -> dict[str, Any]:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            start.wait()
            response = http.post(
                "/graphql",
                json={
                    "query": POSTED_JOB,
                    "variables": {"input": {"title": f"岗位{index}", "employerName": name}},
                },
                headers={"Authorization": f"Bearer {admin}"},
            )
        assert response.status_code == 200, response.text
        return response.json()

    with ThreadPoolExecutor(20) as pool:
        bodies = list(pool.map(post, range(20)))

    assert [body.get("errors") for body in bodies] == [None] * 20, bodies
    assert [body["data"]["postJob"]["userErrors"] for body in bodies] == [[]] * 20
    employers = {body["data"]["postJob"]["job"]["employer"]["id"] for body in bodies}
    assert len(employers) == 1
    assert [employer["id"] for employer in employers_named(server, name)] == list(employers)


def employers_named(on: Server, name: str) -> list[dict[str, str]]:
    """Every employer of this name, through all pages of `employers`."""
    found: list[dict[str, str]] = []
    after = None
    while True:
        page = on.data(EMPLOYERS, {"after": after})["employers"]
        found += [edge["node"] for edge in page["edges"] if edge["node"]["name"] == name]
        if not page["pageInfo"]["hasNextPage"]:
            return found
        after = page["pageInfo"]["endCursor"]


# 2. Someone else's object answers as a missing one


def mutation(name: str, input_type: str) -> str:
    selection = "{ userErrors { field message code } }"
    return f"mutation ($input: {input_type}!) {{ {name}(input: $input) {selection} }}"


@dataclass(frozen=True)
class Probe:
    """One operation taking the id of an object of `kind`, asked with the world's `token`."""

    operation: str
    variables: Callable[[str], dict[str, Any]]  # id -> variables
    kind: str  # the GraphQL type name of the id
    target: str  # the world's object whose id is sent
    token: str | None  # the world's token; None: anonymous


ASK = 'query ($id: ID!) { askAboutJob(jobId: $id, question: "包住吗") { answer } }'
RECORD = "query ($id: ID!) { serviceRecord(volunteerId: $id) { totalPoints } }"

PROBES = {
    "updateJob": Probe(
        mutation("updateJob", "UpdateJobInput"),
        lambda id: {"input": {"id": id, "title": "被改"}},
        "JobPost",
        "job",
        "other_recruiter",
    ),
    "closeJob": Probe(
        mutation("closeJob", "CloseJobInput"),
        lambda id: {"input": {"id": id}},
        "JobPost",
        "job",
        "other_recruiter",
    ),
    "closeJob, closed": Probe(
        mutation("closeJob", "CloseJobInput"),
        lambda id: {"input": {"id": id}},
        "JobPost",
        "closed_job",
        "other_recruiter",
    ),
    "candidateMatches": Probe(
        "query ($id: ID!) { candidateMatches(jobId: $id) { score } }",
        lambda id: {"id": id},
        "JobPost",
        "job",
        "other_recruiter",
    ),
    "askAboutJob, closed, anonymous": Probe(
        ASK, lambda id: {"id": id}, "JobPost", "closed_job", None
    ),
    "serviceRecord, other volunteer": Probe(
        RECORD, lambda id: {"id": id}, "Volunteer", "volunteer", "other_volunteer"
    ),
    "serviceRecord, other community": Probe(
        RECORD, lambda id: {"id": id}, "Volunteer", "volunteer", "other_coordinator"
    ),
    "cancelSignUp": Probe(
        mutation("cancelSignUp", "CancelSignUpInput"),
        lambda id: {"input": {"id": id}},
        "SignUp",
        "sign_up",
        "other_volunteer",
    ),
    "completeSignUp": Probe(
        mutation("completeSignUp", "SignUpDecisionInput"),
        lambda id: {"input": {"signUpId": id}},
        "SignUp",
        "sign_up",
        "other_coordinator",
    ),
    "routeRequest": Probe(
        mutation("routeRequest", "RouteRequestInput"),
        lambda id: {"input": {"id": id, "team": "PARTY_WARMTH"}},
        "CommunityRequest",
        "request",
        "other_coordinator",
    ),
}


@pytest.fixture(scope="module")
def world(server: Server) -> dict[str, str]:
    """One employer's jobs and one community's volunteer, sign-up and request, and the tokens
    of outsiders: an employer's, a volunteer's and a coordinator's elsewhere."""
    recruiter = server.token("recruiter", "--employer", unique("恒固建材"))
    job = payload(server, POST_JOB, recruiter, title="搅拌站操作员")["job"]["id"]
    closed_job = payload(server, POST_JOB, recruiter, title="质检员")["job"]["id"]
    payload(server, CLOSE_JOB, recruiter, id=closed_job)

    community = unique("御苑社区")
    coordinator = server.token("coordinator", "--community", community)
    start = local_now() + timedelta(days=10)
    task = payload(
        server,
        CREATE_TASK,
        coordinator,
        title="助老理发",
        startsAt=start.isoformat(),
        endsAt=(start + timedelta(hours=2)).isoformat(),
    )["task"]["id"]
    volunteer_token, volunteer = a_volunteer(server, community, "小李")
    other_volunteer, _ = a_volunteer(server, community, "小王")
    sign_up = payload(server, SIGN_UP, volunteer_token, taskId=task)["signUp"]["id"]
    submitted = server.data(
        SUBMIT_REQUEST, {"input": {"community": community, "text": "3号楼2单元楼道灯坏了"}}
    )
    assert submitted["submitRequest"]["userErrors"] == []
    (request,) = server.data(COMMUNITY_REQUESTS, {"community": community}, coordinator)[
        "communityRequests"
    ]["edges"]
    return {
        "job": job,
        "closed_job": closed_job,
        "volunteer": volunteer,
        "sign_up": sign_up,
        "request": request["node"]["id"],
        "other_recruiter": server.token("recruiter", "--employer", unique("乖宝宠物食品")),
        "other_volunteer": other_volunteer,
        "other_coordinator": server.token("coordinator", "--community", unique("东关社区")),
    }


def a_volunteer(on: Server, community: str, name: str) -> tuple[str, str]:
    """A volunteer of the community: their token and their volunteer id."""
    token = on.token("volunteer", "--name", name)
    volunteer = payload(on, VOLUNTEER_PROFILE, token, community=community)["volunteer"]["id"]
    return token, volunteer


def missing(kind: str) -> str:
    """A well-formed id of `kind` that names no row: the largest key there can be."""
    return to_global_id(kind, MAX_KEY)


@pytest.mark.parametrize("name", PROBES)
def test_someone_elses_object_answers_exactly_as_a_missing_one(
    server: Server, world: dict[str, str], name: str
):
    # Defends: FORBIDDEN or JOB_CLOSED for an object that exists but is not yours, NOT_FOUND
    # for one that does not, so ids could be enumerated.
    probe = PROBES[name]
    token = world[probe.token] if probe.token else None
    existing, nobodys = world[probe.target], missing(probe.kind)

    def ask(node_id: str) -> dict[str, Any]:
        response = server.post(probe.operation, probe.variables(node_id), token)
        assert response.status_code == 200, response.text
        return response.json()

    theirs, absent = ask(existing), ask(nobodys)

    assert normalised(theirs, existing) == normalised(absent, nobodys)
    assert codes(theirs) == ["NOT_FOUND"], theirs


# 3. Check-in only within the task's window, and points only for minutes served


def signed_up(on: Server, starts_at: datetime, ends_at: datetime) -> dict[str, str]:
    """A task of 30 points in a new community with one volunteer signed up: the ids, the
    coordinator's and the volunteer's tokens, and the check-in code."""
    community = unique("御苑社区")
    coordinator = on.token("coordinator", "--community", community)
    task = payload(
        on,
        CREATE_TASK,
        coordinator,
        title="助老理发",
        startsAt=starts_at.isoformat(),
        endsAt=ends_at.isoformat(),
        points=30,
    )["task"]["id"]
    volunteer_token, volunteer = a_volunteer(on, community, "小李")
    sign_up = payload(on, SIGN_UP, volunteer_token, taskId=task)["signUp"]
    assert sign_up["status"] == "CONFIRMED"
    return {
        "task": task,
        "sign_up": sign_up["id"],
        "volunteer": volunteer,
        "coordinator": coordinator,
        "volunteer_token": volunteer_token,
        "code": on.data(CHECK_IN_CODE, {"id": task}, coordinator)["checkInCode"],
    }


def attend(on: Server, operation: str, given: dict[str, str]) -> dict[str, Any]:
    """The payload of checkIn or checkOut with the task's code, as the volunteer."""
    variables = {"input": {"taskId": given["task"], "code": given["code"]}}
    (result,) = on.data(operation, variables, given["volunteer_token"]).values()
    return result


def test_checking_in_three_days_early_is_refused_and_records_nothing(server: Server):
    # Defends: a volunteer checked in three days before the task.
    starts_at = local_now() + timedelta(days=3)
    given = signed_up(server, starts_at, starts_at + timedelta(hours=2))

    early = attend(server, CHECK_IN, given)
    out = attend(server, CHECK_OUT, given)

    assert early["attendance"] is None
    assert [(e["field"], e["code"]) for e in early["userErrors"]] == [
        (["input", "taskId"], "CHECK_IN_NOT_OPEN")
    ]
    assert [e["code"] for e in out["userErrors"]] == ["NOT_CHECKED_IN"]
    record = server.data(SERVICE_RECORD, {"id": given["volunteer"]}, given["volunteer_token"])
    assert record["serviceRecord"]["entries"] == [
        {"task": {"id": given["task"]}, "status": "CONFIRMED", "minutesServed": None, "points": 0}
    ]


def test_checking_out_at_once_from_a_running_task_earns_no_points(server: Server):
    # Defends: checked out at once (0 minutes) and still got the task's full points.
    now = local_now()
    given = signed_up(server, now + timedelta(minutes=10), now + timedelta(hours=1))
    # Sign-ups close at the start, so the task is moved to have started an hour ago once
    # the volunteer is on it; check-in is then open until it ends in an hour.
    payload(
        server,
        UPDATE_TASK,
        given["coordinator"],
        id=given["task"],
        startsAt=(now - timedelta(hours=1)).isoformat(),
    )

    checked_in = attend(server, CHECK_IN, given)
    checked_out = attend(server, CHECK_OUT, given)
    completed = payload(server, COMPLETE, given["coordinator"], signUpId=given["sign_up"])

    assert checked_in["userErrors"] == [] and checked_in["attendance"]["checkedInAt"]
    assert checked_out["userErrors"] == []
    assert checked_out["attendance"]["minutesServed"] == 0
    assert completed["attendance"]["status"] == "COMPLETED"
    assert server.data("{ myBalance }", token=given["volunteer_token"]) == {"myBalance": 0}
    record = server.data(SERVICE_RECORD, {"id": given["volunteer"]}, given["coordinator"])
    assert record["serviceRecord"]["totalPoints"] == 0
    assert [entry["points"] for entry in record["serviceRecord"]["entries"]] == [0]
