"""A live-stream job fair over real HTTP: recruiter, broadcast, seeker, application, figures."""

from __future__ import annotations

import uuid

POST_JOB = """
mutation ($input: PostJobInput!) {
  postJob(input: $input) { job { id title employer { name } } userErrors { field code } }
}
"""
CREATE_LIVE_STREAM = """
mutation ($input: CreateLiveStreamInput!) {
  createLiveStream(input: $input) { liveStream { id status } userErrors { field code } }
}
"""
UPDATE_LIVE_STREAM = """
mutation ($input: UpdateLiveStreamInput!) {
  updateLiveStream(input: $input) { liveStream { id status startedAt } userErrors { field code } }
}
"""
PRESENT_JOB = """
mutation ($input: PresentJobInput!) {
  presentJob(input: $input) { presentedJob { position job { id } } userErrors { field code } }
}
"""
UPSERT_PROFILE = """
mutation ($input: UpsertCandidateProfileInput!) {
  upsertCandidateProfile(input: $input) { candidate { id name } userErrors { field code } }
}
"""
APPLY = """
mutation ($input: ApplyToJobInput!) {
  applyToJob(input: $input) {
    application { id status liveStream { id } job { id } }
    userErrors { field code }
  }
}
"""
UPDATE_STATUS = """
mutation ($input: UpdateApplicationStatusInput!) {
  updateApplicationStatus(input: $input) {
    application { id status history { fromStatus toStatus } }
    userErrors { field code }
  }
}
"""
STATISTICS = "{ statistics { broadcasts companies positions openings resumes } }"
STREAM_JOBS = """
query ($id: ID!) {
  node(id: $id) { ... on LiveStream { status jobs { position job { id title } } } }
}
"""


def payload(server, mutation: str, token: str, **input: object) -> dict:  # type: ignore[no-untyped-def]
    data = server.data(mutation, {"input": input}, token)
    (result,) = data.values()
    assert result["userErrors"] == [], result["userErrors"]
    return result


def test_a_seeker_applies_from_a_live_stream_and_the_recruiter_screens_them(server):
    employer = f"聊城市恒固新型建材有限公司-{uuid.uuid4().hex[:6]}"
    recruiter = server.token("recruiter", "--employer", employer)
    seeker = server.token("seeker", "--name", "李明")
    before = server.data(STATISTICS)["statistics"]

    job = payload(
        server,
        POST_JOB,
        recruiter,
        title="搅拌站操作员",
        education="SECONDARY_VOCATIONAL",
        salaryMin=4500,
        salaryMax=6000,
        headcount=3,
    )["job"]
    stream = payload(
        server,
        CREATE_LIVE_STREAM,
        recruiter,
        title="春风行动直播带岗专场",
        scheduledStart="2026-12-10T14:30:00+08:00",
        host="王晓琳",
    )["liveStream"]
    started = payload(server, UPDATE_LIVE_STREAM, recruiter, id=stream["id"], action="START")
    presented = payload(server, PRESENT_JOB, recruiter, liveStreamId=stream["id"], jobId=job["id"])
    profile = payload(
        server, UPSERT_PROFILE, seeker, name="李明", education="SECONDARY_VOCATIONAL"
    )["candidate"]
    application = payload(server, APPLY, seeker, jobId=job["id"], liveStreamId=stream["id"])[
        "application"
    ]
    screened = payload(server, UPDATE_STATUS, recruiter, id=application["id"], status="SCREENING")

    assert job["employer"] == {"name": employer}
    assert stream["status"] == "SCHEDULED"
    assert started["liveStream"]["status"] == "LIVE"
    assert started["liveStream"]["startedAt"] is not None
    assert presented["presentedJob"] == {"position": 1, "job": {"id": job["id"]}}
    assert profile["name"] == "李明"
    assert application["status"] == "SUBMITTED"
    assert application["liveStream"] == {"id": stream["id"]}
    assert application["job"] == {"id": job["id"]}
    assert screened["application"]["status"] == "SCREENING"
    assert screened["application"]["history"] == [
        {"fromStatus": None, "toStatus": "SUBMITTED"},
        {"fromStatus": "SUBMITTED", "toStatus": "SCREENING"},
    ]
    live = server.data(STREAM_JOBS, {"id": stream["id"]})["node"]
    assert live["status"] == "LIVE"
    assert live["jobs"] == [{"position": 1, "job": {"id": job["id"], "title": "搅拌站操作员"}}]
    after = server.data(STATISTICS)["statistics"]
    assert after["resumes"] == before["resumes"] + 1
    assert after["broadcasts"] == before["broadcasts"] + 1
    assert after["positions"] == before["positions"] + 1
    assert after["openings"] == before["openings"] + 3
    assert after["companies"] == before["companies"] + 1


def test_a_seeker_cannot_move_their_application_forward(server):
    recruiter = server.token("recruiter", "--employer", f"聊城某公司-{uuid.uuid4().hex[:6]}")
    seeker = server.token("seeker")
    job = payload(server, POST_JOB, recruiter, title="出纳")["job"]
    payload(server, UPSERT_PROFILE, seeker, name="张华")
    application = payload(server, APPLY, seeker, jobId=job["id"])["application"]

    body = server.post(
        UPDATE_STATUS, {"input": {"id": application["id"], "status": "SCREENING"}}, seeker
    ).json()

    assert body["data"] is None
    assert [error["extensions"]["code"] for error in body["errors"]] == ["FORBIDDEN"]
    assert body["errors"][0]["message"] == "求职者只能撤回申请"
    recruiter_view = server.data(
        "query ($id: ID!) { node(id: $id) { ... on Application { status } } }",
        {"id": application["id"]},
        recruiter,
    )
    assert recruiter_view["node"] == {"status": "SUBMITTED"}
