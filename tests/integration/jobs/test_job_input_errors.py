"""Bad input to postJob, updateJob and closeJob: exact userErrors, and nothing written."""

from __future__ import annotations

import pytest

from tests.integration.jobs.factories import (
    CLOSE_JOB,
    POST_JOB,
    UPDATE_JOB,
    close_job,
    global_id,
    job_count,
    post_job,
)

EMPLOYER = "聊城市恒固新型建材有限公司"

JOB_FIELDS = """
query ($id: ID!) {
  node(id: $id) { ... on JobPost { title description salaryMin salaryMax headcount status } }
}
"""


def codes(payload):
    return [(error["field"], error["code"]) for error in payload["userErrors"]]


def refused_post(api, token, **fields):
    payload = api.data(POST_JOB, {"input": {"title": "出纳", **fields}}, token)["postJob"]
    assert payload["job"] is None
    return payload


def refused_update(api, token, job_id, **fields):
    payload = api.data(UPDATE_JOB, {"input": {"id": job_id, **fields}}, token)["updateJob"]
    assert payload["job"] is None
    return payload


def stored(api, token, job_id):
    return api.data(JOB_FIELDS, {"id": job_id}, token)["node"]


def test_headcount_below_one_is_too_small_and_writes_nothing(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)

    payload = refused_post(api, token, headcount=0)

    assert codes(payload) == [(["input", "headcount"], "TOO_SMALL")]
    assert job_count(api, token) == 0


def test_title_of_201_characters_is_too_long_but_200_are_accepted(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)

    payload = api.data(POST_JOB, {"input": {"title": "岗" * 201}}, token)["postJob"]
    accepted = post_job(api, token, "岗" * 200)

    assert codes(payload) == [(["input", "title"], "TOO_LONG")]
    assert payload["job"] is None
    assert accepted["title"] == "岗" * 200
    assert job_count(api, token) == 1


def test_description_over_20000_characters_is_too_long_but_20000_are_accepted(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)

    payload = refused_post(api, token, description="字" * 20_001)
    post_job(api, token, "文员", description="字" * 20_000)

    assert codes(payload) == [(["input", "description"], "TOO_LONG")]
    assert job_count(api, token) == 1


@pytest.mark.parametrize("title", ["", "   ", "\t\n"])
def test_blank_title_is_required(api, make_token, title):
    token = make_token("recruiter", employer=EMPLOYER)

    payload = api.data(POST_JOB, {"input": {"title": title}}, token)["postJob"]

    assert codes(payload) == [(["input", "title"], "REQUIRED")]
    assert job_count(api, token) == 0


def test_every_bad_field_is_reported_at_once(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)

    payload = api.data(POST_JOB, {"input": {"title": " ", "headcount": 0, "salaryMin": -1}}, token)[
        "postJob"
    ]

    assert codes(payload) == [
        (["input", "title"], "REQUIRED"),
        (["input", "salaryMin"], "TOO_SMALL"),
        (["input", "headcount"], "TOO_SMALL"),
    ]
    assert job_count(api, token) == 0


def test_update_raising_salary_min_above_the_stored_max_is_refused(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)
    job = post_job(api, token, "搅拌站操作员", salaryMin=4500, salaryMax=6000)

    payload = refused_update(api, token, job["id"], salaryMin=6500)

    assert payload["userErrors"] == [
        {
            "field": ["input", "salaryMin"],
            "message": "salaryMin（最低月薪）6500 高于 salaryMax（最高月薪）6000",
            "code": "SALARY_RANGE",
        }
    ]
    assert stored(api, token, job["id"])["salaryMin"] == 4500


def test_update_lowering_salary_max_below_the_stored_min_is_refused(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)
    job = post_job(api, token, "搅拌站操作员", salaryMin=4500, salaryMax=6000)

    payload = refused_update(api, token, job["id"], salaryMax=4000, title="新标题")

    assert codes(payload) == [(["input", "salaryMin"], "SALARY_RANGE")]
    after = stored(api, token, job["id"])
    assert (after["title"], after["salaryMax"]) == ("搅拌站操作员", 6000)


def test_update_with_bad_fields_changes_none_of_the_good_ones(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)
    job = post_job(api, token, "质检员", description="旧", headcount=3)

    payload = refused_update(api, token, job["id"], description="新", headcount=0, title="T" * 201)

    assert codes(payload) == [
        (["input", "title"], "TOO_LONG"),
        (["input", "headcount"], "TOO_SMALL"),
    ]
    assert stored(api, token, job["id"]) == {
        "title": "质检员",
        "description": "旧",
        "salaryMin": None,
        "salaryMax": None,
        "headcount": 3,
        "status": "OPEN",
    }


@pytest.mark.parametrize("title", ["", "  ", None])
def test_update_cannot_blank_the_title(api, make_token, title):
    token = make_token("recruiter", employer=EMPLOYER)
    job = post_job(api, token, "质检员")

    payload = refused_update(api, token, job["id"], title=title)

    assert codes(payload) == [(["input", "title"], "REQUIRED")]
    assert stored(api, token, job["id"])["title"] == "质检员"


def test_valid_update_changes_only_the_given_fields(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)
    job = post_job(api, token, "质检员", salaryMin=4000, salaryMax=5000, headcount=2)

    payload = api.data(UPDATE_JOB, {"input": {"id": job["id"], "salaryMax": 5500}}, token)

    assert payload["updateJob"]["userErrors"] == []
    assert stored(api, token, job["id"])["salaryMax"] == 5500
    assert stored(api, token, job["id"])["headcount"] == 2


UNKNOWN_JOB_IDS = {
    "garbage": "not-an-id",
    "empty": "",
    "employer id": global_id("Employer", 1),
    "live stream id": global_id("LiveStream", 1),
    "missing job": global_id("JobPost", 999),
    "non-numeric": global_id("JobPost", "abc"),
    "beyond 64 bits": global_id("JobPost", 2**63),
}


@pytest.mark.parametrize("raw_id", UNKNOWN_JOB_IDS.values(), ids=UNKNOWN_JOB_IDS.keys())
def test_update_of_an_unknown_job_id_is_not_found(api, make_token, raw_id):
    token = make_token("recruiter", employer=EMPLOYER)
    job = post_job(api, token, "质检员")

    payload = refused_update(api, token, raw_id, title="新标题")

    assert codes(payload) == [(["input", "id"], "NOT_FOUND")]
    assert stored(api, token, job["id"])["title"] == "质检员"


@pytest.mark.parametrize("raw_id", UNKNOWN_JOB_IDS.values(), ids=UNKNOWN_JOB_IDS.keys())
def test_close_of_an_unknown_job_id_is_not_found(api, make_token, raw_id):
    token = make_token("recruiter", employer=EMPLOYER)

    payload = api.data(CLOSE_JOB, {"input": {"id": raw_id}}, token)["closeJob"]

    assert payload["job"] is None
    assert codes(payload) == [(["input", "id"], "NOT_FOUND")]


@pytest.mark.parametrize(
    "raw_id",
    ["garbage", global_id("JobPost", 1), global_id("LiveStream", 404)],
    ids=["garbage", "job id", "missing stream"],
)
def test_post_job_with_an_unknown_live_stream_is_not_found_and_writes_nothing(
    api, make_token, raw_id
):
    token = make_token("recruiter", employer=EMPLOYER)
    post_job(api, token, "已有岗位")

    payload = refused_post(api, token, liveStreamId=raw_id)

    assert codes(payload) == [(["input", "liveStreamId"], "NOT_FOUND")]
    assert job_count(api, token) == 1


def test_closing_a_job_twice_is_already_closed(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)
    job = post_job(api, token, "质检员")
    first = close_job(api, token, job["id"])

    payload = api.data(CLOSE_JOB, {"input": {"id": job["id"]}}, token)["closeJob"]

    assert first["status"] == "CLOSED"
    assert payload["job"] is None
    assert codes(payload) == [(["input", "id"], "ALREADY_CLOSED")]
    assert stored(api, token, job["id"])["status"] == "CLOSED"


def test_invalid_enum_literal_is_refused_by_validation_before_any_resolver(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)
    query = 'mutation { postJob(input: {title: "博士后", education: PHD}) { job { id } } }'

    body = api.execute(query, token=token)

    assert body["data"] is None
    assert len(body["errors"]) == 1
    assert "PHD" in body["errors"][0]["message"]
    assert job_count(api, token) == 0


def test_invalid_enum_variable_is_refused_and_writes_nothing(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)

    body = api.execute(POST_JOB, {"input": {"title": "博士后", "education": "PHD"}}, token=token)

    assert body["data"] is None
    assert "PHD" in body["errors"][0]["message"]
    assert job_count(api, token) == 0


def test_invalid_accommodation_in_update_is_refused_and_changes_nothing(api, make_token):
    token = make_token("recruiter", employer=EMPLOYER)
    job = post_job(api, token, "质检员", accommodations=["SEATED_WORK"])

    body = api.execute(
        UPDATE_JOB, {"input": {"id": job["id"], "accommodations": ["JETPACK"]}}, token
    )
    query = "query ($id: ID!) { node(id: $id) { ... on JobPost { accommodations } } }"

    assert body["data"] is None
    assert "JETPACK" in body["errors"][0]["message"]
    assert api.data(query, {"id": job["id"]}, token)["node"]["accommodations"] == ["SEATED_WORK"]
