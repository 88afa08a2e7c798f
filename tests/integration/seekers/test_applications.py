from __future__ import annotations

from tests.integration.seekers.factories import (
    APPLY,
    apply,
    close_job,
    count_applications,
    create_live_stream,
    error_codes,
    post_job,
    seeker,
    unknown_id,
)

EMPLOYER = "聊城市恒固新型建材有限公司"
RESUMES = "{ statistics { resumes } }"


def test_seeker_with_a_profile_applies_to_an_open_job(api, make_token, sessions):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = post_job(api, recruiter, "搅拌站操作员")
    token, _ = seeker(api, make_token, name="王晓梅")

    payload = apply(api, token, job_id, note="有中专学历，可立即到岗")

    assert payload["userErrors"] == []
    application = payload["application"]
    assert application["status"] == "SUBMITTED"
    assert application["note"] == "有中专学历，可立即到岗"
    assert application["job"] == {"id": job_id, "title": "搅拌站操作员"}
    assert application["candidate"] == {"name": "王晓梅"}
    assert application["liveStream"] is None
    assert application["history"] == [{"fromStatus": None, "toStatus": "SUBMITTED", "note": ""}]
    assert count_applications(sessions) == 1
    assert api.data(RESUMES)["statistics"]["resumes"] == 1


def test_application_is_credited_to_the_live_stream_given(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    stream_id = create_live_stream(api, recruiter, "春风行动直播带岗")
    job_id = post_job(api, recruiter)
    token, _ = seeker(api, make_token)

    payload = apply(api, token, job_id, liveStreamId=stream_id)

    assert payload["userErrors"] == []
    assert payload["application"]["liveStream"] == {"id": stream_id, "title": "春风行动直播带岗"}


def test_applying_with_an_unknown_live_stream_is_not_found_and_writes_nothing(
    api, make_token, sessions
):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = post_job(api, recruiter)
    token, _ = seeker(api, make_token)

    payload = apply(api, token, job_id, liveStreamId=unknown_id("LiveStream"))

    assert payload["application"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [
        (["input", "liveStreamId"], "NOT_FOUND")
    ]
    assert count_applications(sessions) == 0


def test_seeker_without_a_profile_gets_no_profile(api, make_token, sessions):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = post_job(api, recruiter)
    token = make_token("seeker", name="还没填简历")

    payload = apply(api, token, job_id)

    assert payload["application"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [(None, "NO_PROFILE")]
    assert payload["userErrors"][0]["message"] == "请先创建求职资料（upsertCandidateProfile）"
    assert count_applications(sessions) == 0


def test_applying_twice_to_the_same_job_gives_already_applied(api, make_token, sessions):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = post_job(api, recruiter)
    token, _ = seeker(api, make_token)
    assert apply(api, token, job_id)["userErrors"] == []

    payload = apply(api, token, job_id)

    assert payload["application"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [
        (["input", "jobId"], "ALREADY_APPLIED")
    ]
    assert count_applications(sessions) == 1


def test_one_seeker_may_apply_to_two_jobs_and_two_seekers_to_one_job(api, make_token, sessions):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    first_job = post_job(api, recruiter, "搅拌站操作员")
    second_job = post_job(api, recruiter, "质检员")
    first, _ = seeker(api, make_token, name="甲")
    second, _ = seeker(api, make_token, name="乙")

    results = [
        apply(api, first, first_job),
        apply(api, first, second_job),
        apply(api, second, first_job),
    ]

    assert [payload["userErrors"] for payload in results] == [[], [], []]
    assert count_applications(sessions) == 3


def test_applying_to_a_closed_job_is_not_found(api, make_token, sessions):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = post_job(api, recruiter)
    close_job(api, recruiter, job_id)
    token, _ = seeker(api, make_token)

    payload = apply(api, token, job_id)

    assert payload["application"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [
        (["input", "jobId"], "NOT_FOUND")
    ]
    assert count_applications(sessions) == 0


def test_applying_to_an_unknown_job_is_not_found(api, make_token, sessions):
    token, _ = seeker(api, make_token)

    payload = apply(api, token, unknown_id("JobPost"))

    assert payload["application"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [
        (["input", "jobId"], "NOT_FOUND")
    ]
    assert count_applications(sessions) == 0


def test_a_job_id_that_is_not_a_job_is_not_found(api, make_token):
    token, candidate_id = seeker(api, make_token)

    payload = apply(api, token, candidate_id)

    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [
        (["input", "jobId"], "NOT_FOUND")
    ]


def test_a_note_over_5000_characters_is_too_long(api, make_token, sessions):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = post_job(api, recruiter)
    token, _ = seeker(api, make_token)

    payload = apply(api, token, job_id, note="好" * 5001)

    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [
        (["input", "note"], "TOO_LONG")
    ]
    assert count_applications(sessions) == 0


def test_recruiter_cannot_apply(api, make_token, sessions):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = post_job(api, recruiter)

    body = api.execute(APPLY, {"input": {"jobId": job_id}}, recruiter)

    assert error_codes(body) == ["FORBIDDEN"]
    assert body["data"] is None
    assert count_applications(sessions) == 0


def test_admin_cannot_apply(api, make_token, sessions):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = post_job(api, recruiter)
    admin = make_token("admin")

    body = api.execute(APPLY, {"input": {"jobId": job_id}}, admin)

    assert error_codes(body) == ["FORBIDDEN"]
    assert count_applications(sessions) == 0


def test_anonymous_caller_cannot_apply(api, make_token, sessions):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = post_job(api, recruiter)

    body = api.execute(APPLY, {"input": {"jobId": job_id}})

    assert error_codes(body) == ["UNAUTHENTICATED"]
    assert count_applications(sessions) == 0
