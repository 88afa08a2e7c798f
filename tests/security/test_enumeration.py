"""Defends against id enumeration: someone else's object answers exactly as a missing one.

A recruiter must not learn which job, broadcast, question or application ids exist at other
employers (closed jobs are not public), a volunteer or coordinator which sign-ups, service
records, tasks or residents' requests exist elsewhere. So on every path that takes an id,
"exists but not yours" and "does not exist" get the same code, field and message (with the
id the client sent), through the real app on SQLite and PostgreSQL. Role errors (no token,
a token of the wrong role entirely) stay as they are: they say nothing about the id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.integration.jobs.factories import (
    apply_to_job,
    close_job,
    create_live_stream,
    global_id,
    post_job,
    seeker_with_profile,
)
from tests.security.answers import codes, normalised

MISSING = 999_999
START = datetime.now(ZoneInfo("Asia/Shanghai")).replace(microsecond=0) + timedelta(days=10)

CREATE_TASK = """
mutation ($input: CreateTaskInput!) {
  createTask(input: $input) { task { id } userErrors { code } }
}
"""
VOLUNTEER_PROFILE = """
mutation { upsertVolunteerProfile(input: {community: "御苑社区"}) { volunteer { id } } }
"""
SIGN_UP = """
mutation ($id: ID!) { signUpForTask(input: {taskId: $id}) { signUp { id } userErrors { code } } }
"""
SUBMIT_REQUEST = """
mutation { submitRequest(input: {community: "御苑社区", text: "3号楼2单元楼道灯坏了"}) {
  userErrors { code } } }
"""


def mutation(name: str, input_type: str) -> str:
    selection = "{ userErrors { field message code } }"
    return f"mutation ($input: {input_type}!) {{ {name}(input: $input) {selection} }}"


@dataclass(frozen=True)
class Probe:
    """One operation that takes the id of an object of `kind`, asked with `token`'s token."""

    operation: str
    variables: Callable[[str, dict[str, str]], dict[str, Any]]  # (id, world) -> variables
    kind: str  # the GraphQL type name of the id
    target: str  # the world's object whose id is sent
    token: str | None  # the world's token; None: anonymous


PROBES = {
    "updateJob": Probe(
        mutation("updateJob", "UpdateJobInput"),
        lambda id, w: {"input": {"id": id, "title": "被改"}},
        "JobPost",
        "job",
        "other_recruiter",
    ),
    "closeJob": Probe(
        mutation("closeJob", "CloseJobInput"),
        lambda id, w: {"input": {"id": id}},
        "JobPost",
        "job",
        "other_recruiter",
    ),
    "closeJob closed": Probe(
        mutation("closeJob", "CloseJobInput"),
        lambda id, w: {"input": {"id": id}},
        "JobPost",
        "closed_job",
        "other_recruiter",
    ),
    "candidateMatches": Probe(
        "query ($id: ID!) { candidateMatches(jobId: $id) { score } }",
        lambda id, w: {"id": id},
        "JobPost",
        "job",
        "other_recruiter",
    ),
    "candidateMatches closed": Probe(
        "query ($id: ID!) { candidateMatches(jobId: $id) { score } }",
        lambda id, w: {"id": id},
        "JobPost",
        "closed_job",
        "other_recruiter",
    ),
    "askAboutJob closed, anonymous": Probe(
        'query ($id: ID!) { askAboutJob(jobId: $id, question: "包住吗") { answer } }',
        lambda id, w: {"id": id},
        "JobPost",
        "closed_job",
        None,
    ),
    "askAboutJob closed, other recruiter": Probe(
        'query ($id: ID!) { askAboutJob(jobId: $id, question: "包住吗") { answer } }',
        lambda id, w: {"id": id},
        "JobPost",
        "closed_job",
        "other_recruiter",
    ),
    "node closed job": Probe(
        "query ($id: ID!) { node(id: $id) { id } }",
        lambda id, w: {"id": id},
        "JobPost",
        "closed_job",
        "seeker",
    ),
    "answerQuestion": Probe(
        mutation("answerQuestion", "AnswerQuestionInput"),
        lambda id, w: {"input": {"questionId": id, "answer": "不多"}},
        "JobQuestion",
        "question",
        "other_recruiter",
    ),
    "updateLiveStream": Probe(
        mutation("updateLiveStream", "UpdateLiveStreamInput"),
        lambda id, w: {"input": {"id": id, "action": "START"}},
        "LiveStream",
        "stream",
        "other_recruiter",
    ),
    "updateLiveStream city": Probe(
        mutation("updateLiveStream", "UpdateLiveStreamInput"),
        lambda id, w: {"input": {"id": id, "title": "被改"}},
        "LiveStream",
        "city_stream",
        "other_recruiter",
    ),
    "presentJob into another's broadcast": Probe(
        mutation("presentJob", "PresentJobInput"),
        lambda id, w: {"input": {"liveStreamId": id, "jobId": global_id("JobPost", MISSING)}},
        "LiveStream",
        "stream",
        "other_recruiter",
    ),
    "presentJob another's closed job": Probe(
        mutation("presentJob", "PresentJobInput"),
        lambda id, w: {"input": {"liveStreamId": w["other_stream"], "jobId": id}},
        "JobPost",
        "closed_job",
        "other_recruiter",
    ),
    "updateApplicationStatus, other recruiter": Probe(
        mutation("updateApplicationStatus", "UpdateApplicationStatusInput"),
        lambda id, w: {"input": {"id": id, "status": "SCREENING"}},
        "Application",
        "application",
        "other_recruiter",
    ),
    "updateApplicationStatus, other seeker": Probe(
        mutation("updateApplicationStatus", "UpdateApplicationStatusInput"),
        lambda id, w: {"input": {"id": id, "status": "WITHDRAWN"}},
        "Application",
        "application",
        "seeker",
    ),
    "jobMatches": Probe(
        "query ($id: ID!) { jobMatches(candidateId: $id) { score } }",
        lambda id, w: {"id": id},
        "CandidateProfile",
        "candidate",
        "seeker",
    ),
    "serviceRecord, other volunteer": Probe(
        "query ($id: ID!) { serviceRecord(volunteerId: $id) { totalPoints } }",
        lambda id, w: {"id": id},
        "Volunteer",
        "volunteer",
        "other_volunteer",
    ),
    "serviceRecord, other community": Probe(
        "query ($id: ID!) { serviceRecord(volunteerId: $id) { totalPoints } }",
        lambda id, w: {"id": id},
        "Volunteer",
        "volunteer",
        "other_coordinator",
    ),
    "serviceRecord, anonymous": Probe(
        "query ($id: ID!) { serviceRecord(volunteerId: $id) { totalPoints } }",
        lambda id, w: {"id": id},
        "Volunteer",
        "volunteer",
        None,
    ),
    "serviceRecord, seeker": Probe(
        "query ($id: ID!) { serviceRecord(volunteerId: $id) { totalPoints } }",
        lambda id, w: {"id": id},
        "Volunteer",
        "volunteer",
        "seeker",
    ),
    "taskMatches": Probe(
        "query ($id: ID!) { taskMatches(volunteerId: $id) { score } }",
        lambda id, w: {"id": id},
        "Volunteer",
        "volunteer",
        "other_volunteer",
    ),
    "cancelSignUp": Probe(
        mutation("cancelSignUp", "CancelSignUpInput"),
        lambda id, w: {"input": {"id": id}},
        "SignUp",
        "sign_up",
        "other_volunteer",
    ),
    "cancelSignUp, anonymous": Probe(
        mutation("cancelSignUp", "CancelSignUpInput"),
        lambda id, w: {"input": {"id": id}},
        "SignUp",
        "sign_up",
        None,
    ),
    "completeSignUp": Probe(
        mutation("completeSignUp", "SignUpDecisionInput"),
        lambda id, w: {"input": {"signUpId": id}},
        "SignUp",
        "sign_up",
        "other_coordinator",
    ),
    "markNoShow": Probe(
        mutation("markNoShow", "SignUpDecisionInput"),
        lambda id, w: {"input": {"signUpId": id}},
        "SignUp",
        "sign_up",
        "other_coordinator",
    ),
    "checkInCode": Probe(
        "query ($id: ID!) { checkInCode(taskId: $id) }",
        lambda id, w: {"id": id},
        "Task",
        "task",
        "other_coordinator",
    ),
    "updateTask": Probe(
        mutation("updateTask", "UpdateTaskInput"),
        lambda id, w: {"input": {"id": id, "slots": 5}},
        "Task",
        "task",
        "other_coordinator",
    ),
    "cancelTask": Probe(
        mutation("cancelTask", "CancelTaskInput"),
        lambda id, w: {"input": {"id": id}},
        "Task",
        "task",
        "other_coordinator",
    ),
    "volunteerMatches": Probe(
        "query ($id: ID!) { volunteerMatches(taskId: $id) { score } }",
        lambda id, w: {"id": id},
        "Task",
        "task",
        "other_coordinator",
    ),
    "routeRequest": Probe(
        mutation("routeRequest", "RouteRequestInput"),
        lambda id, w: {"input": {"id": id, "team": "PARTY_WARMTH"}},
        "CommunityRequest",
        "request",
        "other_coordinator",
    ),
    "makeTaskFromRequest": Probe(
        mutation("makeTaskFromRequest", "MakeTaskFromRequestInput"),
        lambda id, w: {
            "input": {
                "id": id,
                "title": "修楼道灯",
                "startsAt": START.isoformat(),
                "endsAt": (START + timedelta(hours=1)).isoformat(),
            }
        },
        "CommunityRequest",
        "request",
        "other_coordinator",
    ),
    "postRequestUpdate": Probe(
        mutation("postRequestUpdate", "PostRequestUpdateInput"),
        lambda id, w: {"input": {"id": id, "message": "已派人处理", "resolve": True}},
        "CommunityRequest",
        "request",
        "other_coordinator",
    ),
}


@pytest.fixture
def world(api, make_token) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Objects of one employer and one community, and outsiders' tokens: ids and tokens."""
    recruiter = make_token("recruiter", employer="聊城市恒固新型建材有限公司")
    other_recruiter = make_token("recruiter", employer="聊城乖宝宠物食品有限公司")
    admin = make_token("admin")
    job = post_job(api, recruiter, "搅拌站操作员")["id"]
    closed_job = post_job(api, recruiter, "质检员")["id"]
    close_job(api, recruiter, closed_job)
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")["id"]
    other_stream = create_live_stream(api, other_recruiter, "乖宝招聘直播")["id"]
    city_stream = create_live_stream(api, admin, "聊城市春风行动直播带岗")["id"]
    api.data(
        'query ($id: ID!) { askAboutJob(jobId: $id, question: "加班多吗") { answer } }', {"id": job}
    )
    questions = api.data("{ openQuestions { edges { node { id } } } }", token=recruiter)
    applicant = seeker_with_profile(api, make_token, "张伟")
    application = apply_to_job(api, applicant, job)
    candidate = api.data("{ viewer { candidate { id } } }", token=applicant)["viewer"]
    seeker = seeker_with_profile(api, make_token, "李强")

    coordinator = make_token("coordinator", community="御苑社区")
    task = api.data(
        CREATE_TASK,
        {
            "input": {
                "title": "助老理发",
                "startsAt": START.isoformat(),
                "endsAt": (START + timedelta(hours=2)).isoformat(),
            }
        },
        coordinator,
    )["createTask"]["task"]["id"]
    volunteer_token = make_token("volunteer", name="小李")
    volunteer = api.data(VOLUNTEER_PROFILE, token=volunteer_token)
    other_volunteer = make_token("volunteer", name="小王")
    api.data(VOLUNTEER_PROFILE, token=other_volunteer)
    sign_up = api.data(SIGN_UP, {"id": task}, volunteer_token)["signUpForTask"]["signUp"]["id"]
    assert api.data(SUBMIT_REQUEST)["submitRequest"]["userErrors"] == []
    requests = api.data("{ communityRequests { edges { node { id } } } }", token=coordinator)
    return {
        "job": job,
        "closed_job": closed_job,
        "stream": stream,
        "other_stream": other_stream,
        "city_stream": city_stream,
        "question": questions["openQuestions"]["edges"][0]["node"]["id"],
        "application": application,
        "candidate": candidate["candidate"]["id"],
        "task": task,
        "volunteer": volunteer["upsertVolunteerProfile"]["volunteer"]["id"],
        "sign_up": sign_up,
        "request": requests["communityRequests"]["edges"][0]["node"]["id"],
        "other_recruiter": other_recruiter,
        "seeker": seeker,
        "other_volunteer": other_volunteer,
        "other_coordinator": make_token("coordinator", community="东关社区"),
    }


@pytest.mark.parametrize("name", PROBES)
def test_someone_elses_object_answers_as_a_missing_one(api, world, name):  # type: ignore[no-untyped-def]
    probe = PROBES[name]
    token = world[probe.token] if probe.token else None
    existing = world[probe.target]
    missing = global_id(probe.kind, MISSING)

    def ask(node_id: str) -> Any:
        return api.execute(probe.operation, probe.variables(node_id, world), token)

    theirs, nobodys = ask(existing), ask(missing)

    assert normalised(theirs, existing) == normalised(nobodys, missing)
    assert codes(theirs) or theirs["data"] == {"node": None}, theirs


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("serviceRecord, anonymous", "UNAUTHENTICATED"),
        ("cancelSignUp, anonymous", "UNAUTHENTICATED"),
        ("serviceRecord, seeker", "FORBIDDEN"),
        ("updateJob", "NOT_FOUND"),
        ("closeJob closed", "NOT_FOUND"),
        ("askAboutJob closed, anonymous", "NOT_FOUND"),
        ("serviceRecord, other volunteer", "NOT_FOUND"),
        ("completeSignUp", "NOT_FOUND"),
        ("routeRequest", "NOT_FOUND"),
    ],
)
def test_role_errors_stay_and_the_rest_is_not_found(api, world, name, code):  # type: ignore[no-untyped-def]
    probe = PROBES[name]
    token = world[probe.token] if probe.token else None

    body = api.execute(probe.operation, probe.variables(world[probe.target], world), token)

    assert codes(body) == [code]
