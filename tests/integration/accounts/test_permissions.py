"""Who may do what: anonymous visitors read public data only; recruiters change their own."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from engine.seekers.models import Candidate
from tests.integration.jobs.factories import (
    CLOSE_JOB,
    CREATE_LIVE_STREAM,
    POST_JOB,
    UPDATE_JOB,
    UPDATE_LIVE_STREAM,
    apply_to_job,
    close_job,
    create_live_stream,
    global_id,
    job_count,
    post_job,
    present_job,
    seeker_with_profile,
    update_live_stream,
)

HENGGU = "聊城市恒固新型建材有限公司"
PET_FOOD = "聊城乖宝宠物食品有限公司"

JOB = "query ($id: ID!) { node(id: $id) { ... on JobPost { title status } } }"
STREAM = "query ($id: ID!) { node(id: $id) { ... on LiveStream { title status } } }"


def refusal(body):
    """The extensions code of a top-level refusal that returned no data."""
    assert body["data"] is None, body["data"]
    assert len(body["errors"]) == 1, body["errors"]
    return body["errors"][0]["extensions"]["code"]


def unseen(body, mutation):
    """(field, code) of the userErrors of a mutation that found nothing it may change."""
    assert "errors" not in body, body["errors"]
    return [(e["field"], e["code"]) for e in body["data"][mutation]["userErrors"]]


@pytest.fixture
def recruiter(make_token):
    return make_token("recruiter", employer=HENGGU)


@pytest.fixture
def world(api, make_token, recruiter):
    """One of everything, with ids: a job, a broadcast, a candidate and an application."""
    job = post_job(api, recruiter, "搅拌站操作员")
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")
    seeker = seeker_with_profile(api, make_token, "张伟")
    application = apply_to_job(api, seeker, job["id"])
    candidate = api.data("{ viewer { candidate { id } } }", token=seeker)["viewer"]["candidate"]
    return {
        "job": job["id"],
        "stream": stream["id"],
        "application": application,
        "candidate": candidate["id"],
    }


def test_anonymous_visitors_read_open_jobs_broadcasts_and_statistics(api, recruiter, world):
    closed = post_job(api, recruiter, "已招满岗位")
    close_job(api, recruiter, closed["id"])

    data = api.data(
        "{ jobs { edges { node { title } } } liveStreams { edges { node { title } } }"
        " statistics { positions resumes } }"
    )

    assert [edge["node"]["title"] for edge in data["jobs"]["edges"]] == ["搅拌站操作员"]
    assert [edge["node"]["title"] for edge in data["liveStreams"]["edges"]] == ["恒固建材招聘直播"]
    assert data["statistics"] == {"positions": 2, "resumes": 1}


def test_anonymous_applications_query_is_unauthenticated(api, world):
    body = api.execute("{ applications { totalCount edges { node { id } } } }")

    assert refusal(body) == "UNAUTHENTICATED"
    assert body["errors"][0]["path"] == ["applications"]


def test_anonymous_viewer_holds_no_private_data(api, world):
    viewer = api.data("{ viewer { role name employer { name } candidate { id name } } }")["viewer"]

    assert viewer == {"role": None, "name": "", "employer": None, "candidate": None}


@pytest.mark.parametrize("kind", ["candidate", "application"])
def test_anonymous_node_of_private_records_is_null(api, world, kind):
    assert (
        api.data("query ($id: ID!) { node(id: $id) { id } }", {"id": world[kind]})["node"] is None
    )


ANONYMOUS_MUTATIONS = {
    "postJob": ("postJob", POST_JOB, lambda w: {"title": "出纳"}),
    "updateJob": ("updateJob", UPDATE_JOB, lambda w: {"id": w["job"], "title": "改"}),
    "closeJob": ("closeJob", CLOSE_JOB, lambda w: {"id": w["job"]}),
    "createLiveStream": (
        "createLiveStream",
        CREATE_LIVE_STREAM,
        lambda w: {"title": "直播", "scheduledStart": "2023-03-01T09:00:00+08:00"},
    ),
    "updateLiveStream": (
        "updateLiveStream",
        UPDATE_LIVE_STREAM,
        lambda w: {"id": w["stream"], "action": "START"},
    ),
    "presentJob": (
        "presentJob",
        "mutation ($input: PresentJobInput!) { presentJob(input: $input) { userErrors { code } } }",
        lambda w: {"liveStreamId": w["stream"], "jobId": w["job"]},
    ),
    "upsertCandidateProfile": (
        "upsertCandidateProfile",
        "mutation ($input: UpsertCandidateProfileInput!) "
        "{ upsertCandidateProfile(input: $input) { userErrors { code } } }",
        lambda w: {"name": "匿名"},
    ),
    "applyToJob": (
        "applyToJob",
        "mutation ($input: ApplyToJobInput!) { applyToJob(input: $input) { userErrors { code } } }",
        lambda w: {"jobId": w["job"]},
    ),
    "updateApplicationStatus": (
        "updateApplicationStatus",
        "mutation ($input: UpdateApplicationStatusInput!) "
        "{ updateApplicationStatus(input: $input) { userErrors { code } } }",
        lambda w: {"id": w["application"], "status": "SCREENING"},
    ),
}


EVERYTHING = """
{
  statistics { broadcasts positions resumes }
  applications { edges { node { status } } }
  jobs(filter: {status: null}) { edges { node { title status } } }
  liveStreams { edges { node { title status jobs { position } } } }
}
"""


def snapshot(api, sessions, admin):
    """What an admin sees, and how many candidate profiles exist."""
    with sessions() as session:
        candidates = session.scalar(select(func.count(Candidate.id)))
    return api.data(EVERYTHING, token=admin), candidates


@pytest.mark.parametrize("name", ANONYMOUS_MUTATIONS)
def test_every_mutation_without_a_token_is_unauthenticated_and_changes_nothing(
    api, make_token, sessions, world, name
):
    field, mutation, make_input = ANONYMOUS_MUTATIONS[name]
    admin = make_token("admin")
    before = snapshot(api, sessions, admin)

    body = api.execute(mutation, {"input": make_input(world)})

    assert refusal(body) == "UNAUTHENTICATED"
    assert body["errors"][0]["path"] == [field]
    assert snapshot(api, sessions, admin) == before


@pytest.mark.parametrize("mutation", [UPDATE_JOB, CLOSE_JOB], ids=["updateJob", "closeJob"])
def test_without_a_token_an_unknown_job_id_is_unauthenticated_too(api, world, mutation):
    body = api.execute(mutation, {"input": {"id": global_id("JobPost", 999)}})

    assert refusal(body) == "UNAUTHENTICATED"


def test_a_recruiter_cannot_update_another_employers_job(api, make_token, world):
    other = make_token("recruiter", employer=PET_FOOD)

    body = api.execute(UPDATE_JOB, {"input": {"id": world["job"], "title": "被改"}}, other)

    assert unseen(body, "updateJob") == [(["input", "id"], "NOT_FOUND")]
    assert api.data(JOB, {"id": world["job"]})["node"]["title"] == "搅拌站操作员"


def test_a_recruiter_cannot_close_another_employers_job(api, make_token, world):
    other = make_token("recruiter", employer=PET_FOOD)

    body = api.execute(CLOSE_JOB, {"input": {"id": world["job"]}}, other)

    assert unseen(body, "closeJob") == [(["input", "id"], "NOT_FOUND")]
    assert api.data(JOB, {"id": world["job"]})["node"]["status"] == "OPEN"


def test_a_colleague_at_the_same_employer_may_update_and_close_the_job(api, make_token, world):
    colleague = make_token("recruiter", employer=HENGGU)

    updated = api.data(UPDATE_JOB, {"input": {"id": world["job"], "title": "新"}}, colleague)
    closed = close_job(api, colleague, world["job"])

    assert updated["updateJob"]["userErrors"] == []
    assert closed["status"] == "CLOSED"


@pytest.mark.parametrize("change", [{"title": "被改"}, {"action": "START"}])
def test_a_recruiter_cannot_update_another_employers_broadcast(api, make_token, world, change):
    other = make_token("recruiter", employer=PET_FOOD)

    body = api.execute(UPDATE_LIVE_STREAM, {"input": {"id": world["stream"], **change}}, other)

    assert unseen(body, "updateLiveStream") == [(["input", "id"], "NOT_FOUND")]
    assert api.data(STREAM, {"id": world["stream"]})["node"] == {
        "title": "恒固建材招聘直播",
        "status": "SCHEDULED",
    }


def test_a_recruiter_cannot_update_the_citys_broadcast(api, make_token, recruiter):
    city = create_live_stream(api, make_token("admin"), "聊城市春风行动直播带岗")

    body = api.execute(
        UPDATE_LIVE_STREAM, {"input": {"id": city["id"], "action": "START"}}, recruiter
    )

    assert unseen(body, "updateLiveStream") == [(["input", "id"], "NOT_FOUND")]
    assert api.data(STREAM, {"id": city["id"]})["node"]["status"] == "SCHEDULED"


def test_a_recruiter_cannot_present_into_another_employers_broadcast(api, make_token, world):
    other = make_token("recruiter", employer=PET_FOOD)
    own_job = post_job(api, other, "宠物食品质检员")

    body = api.execute(
        "mutation ($input: PresentJobInput!) {"
        " presentJob(input: $input) { userErrors { field code } } }",
        {"input": {"liveStreamId": world["stream"], "jobId": own_job["id"]}},
        other,
    )

    assert unseen(body, "presentJob") == [(["input", "liveStreamId"], "NOT_FOUND")]
    query = "query ($id: ID!) { node(id: $id) { ... on LiveStream { jobs { position } } } }"
    assert api.data(query, {"id": world["stream"]})["node"]["jobs"] == []


def test_an_admin_may_change_any_employers_job_and_broadcast(api, make_token, world):
    admin = make_token("admin")

    updated = api.data(UPDATE_JOB, {"input": {"id": world["job"], "title": "新"}}, admin)
    started = update_live_stream(api, admin, world["stream"], action="START")
    presented = present_job(api, admin, world["stream"], world["job"])

    assert updated["updateJob"]["userErrors"] == []
    assert started["liveStream"]["status"] == "LIVE"
    assert presented["presentedJob"]["position"] == 1


@pytest.mark.parametrize("role", ["seeker", "volunteer", "coordinator"])
def test_only_recruiters_and_admins_post_jobs(api, make_token, role):
    options = {"community": "御苑社区"} if role == "coordinator" else {}
    token = make_token(role, **options)

    body = api.execute(POST_JOB, {"input": {"title": "出纳"}}, token)

    assert refusal(body) == "FORBIDDEN"
    assert job_count(api, make_token("admin")) == 0


def test_a_seeker_cannot_schedule_a_broadcast(api, make_token):
    body = api.execute(
        CREATE_LIVE_STREAM,
        {"input": {"title": "直播", "scheduledStart": "2023-03-01T09:00:00+08:00"}},
        make_token("seeker"),
    )

    assert refusal(body) == "FORBIDDEN"
    assert api.data("{ liveStreams { totalCount } }")["liveStreams"]["totalCount"] == 0


def test_a_recruiter_cannot_post_for_another_employer(api, recruiter):
    payload = api.data(POST_JOB, {"input": {"title": "出纳", "employerName": PET_FOOD}}, recruiter)

    assert payload["postJob"]["job"] is None
    assert [(e["field"], e["code"]) for e in payload["postJob"]["userErrors"]] == [
        (["input", "employerName"], "FORBIDDEN")
    ]
    assert job_count(api, recruiter) == 0


def test_an_admin_must_name_the_employer_of_a_new_job(api, make_token):
    admin = make_token("admin")

    payload = api.data(POST_JOB, {"input": {"title": "出纳"}}, admin)

    assert payload["postJob"]["job"] is None
    assert [e["field"] for e in payload["postJob"]["userErrors"]] == [["input", "employerName"]]
    assert job_count(api, admin) == 0
