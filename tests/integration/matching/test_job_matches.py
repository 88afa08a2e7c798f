"""jobMatches: open jobs for a person, under the hard rules, for whom may ask."""

from __future__ import annotations

import pytest

from tests.integration.matching.factories import (
    UPDATE_JOB,
    assert_well_formed,
    job_matches,
    matched_job_ids,
    matched_jobs,
    warehouse_job,
    warehouse_seeker,
)
from tests.integration.seekers.factories import close_job, error_codes, post_job

EMPLOYER = "聊城市顺达物流有限公司"


def test_seeker_gets_at_most_first_matches_best_first_with_reasons(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    wanted = warehouse_job(api, recruiter, "仓库管理员")
    for title in ("叉车司机", "电商仓储分拣员", "超市收银员"):
        warehouse_job(api, recruiter, title, skills=[], description="")
    token, candidate_id = warehouse_seeker(api, make_token)

    matches = matched_jobs(api, token, candidate_id, first=3)

    assert len(matches) == 3
    assert_well_formed(matches)
    assert matches[0]["job"]["id"] == wanted
    assert matches[0]["score"] > matches[-1]["score"]


BROKEN_RULES = {
    "education above the person's": {"education": "BACHELOR"},
    "needs the workplace does not offer": {"accommodations": ["SEATED_WORK"]},
    "more travel than the person accepts": {"travel": "OCCASIONAL"},
    "no housing for a person who needs it": {"housing": False},
}


@pytest.mark.parametrize("changes", BROKEN_RULES.values(), ids=list(BROKEN_RULES))
def test_a_job_breaking_a_hard_rule_never_appears(api, make_token, changes):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    fitting = warehouse_job(api, recruiter, "仓库管理员")
    breaking = warehouse_job(api, recruiter, "仓库管理员（夜班）", **changes)
    token, candidate_id = warehouse_seeker(
        api, make_token, needs=["WHEELCHAIR_ACCESS"], needsHousing=True
    )

    ids = matched_job_ids(api, token, candidate_id)

    assert fitting in ids
    assert breaking not in ids


def test_a_closed_job_never_appears(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    open_job = warehouse_job(api, recruiter)
    closed = warehouse_job(api, recruiter, "仓库管理员（二号库）")
    close_job(api, recruiter, closed)
    token, candidate_id = warehouse_seeker(api, make_token)

    assert matched_job_ids(api, token, candidate_id) == [open_job]


def test_a_job_closed_after_a_query_leaves_the_next_one(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    kept = warehouse_job(api, recruiter)
    closed = warehouse_job(api, recruiter, "仓库管理员（二号库）")
    token, candidate_id = warehouse_seeker(api, make_token)
    before = matched_job_ids(api, token, candidate_id)

    close_job(api, recruiter, closed)

    assert sorted(before) == sorted([kept, closed])
    assert matched_job_ids(api, token, candidate_id) == [kept]


def test_a_job_posted_after_a_query_appears_in_the_next_one(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    first_job = warehouse_job(api, recruiter)
    token, candidate_id = warehouse_seeker(api, make_token)
    before = matched_job_ids(api, token, candidate_id)

    later = warehouse_job(api, recruiter, "仓库管理员（二号库）")

    assert before == [first_job]
    assert sorted(matched_job_ids(api, token, candidate_id)) == sorted([first_job, later])


def test_closing_one_job_and_posting_another_between_queries_shows_the_new_one(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    kept = warehouse_job(api, recruiter)
    closed = warehouse_job(api, recruiter, "仓库管理员（二号库）")
    token, candidate_id = warehouse_seeker(api, make_token)
    matched_job_ids(api, token, candidate_id)

    close_job(api, recruiter, closed)
    posted = warehouse_job(api, recruiter, "仓库管理员（三号库）")

    assert sorted(matched_job_ids(api, token, candidate_id)) == sorted([kept, posted])


def test_a_job_updated_to_meet_the_persons_needs_appears_in_the_next_query(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = warehouse_job(api, recruiter, accommodations=[])
    token, candidate_id = warehouse_seeker(api, make_token, needs=["WHEELCHAIR_ACCESS"])
    before = matched_job_ids(api, token, candidate_id)

    payload = api.data(
        UPDATE_JOB, {"input": {"id": job_id, "accommodations": ["WHEELCHAIR_ACCESS"]}}, recruiter
    )["updateJob"]

    assert payload["userErrors"] == []
    assert before == []
    assert matched_job_ids(api, token, candidate_id) == [job_id]


def test_a_seeker_asking_for_someone_elses_matches_gets_not_found(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    warehouse_job(api, recruiter)
    _, candidate_id = warehouse_seeker(api, make_token, name="李强")
    other, _ = warehouse_seeker(api, make_token, name="赵敏")

    body = job_matches(api, other, candidate_id)

    assert error_codes(body) == ["NOT_FOUND"]
    assert body["data"] is None


def test_a_recruiter_who_may_not_see_the_person_gets_not_found(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    warehouse_job(api, recruiter)
    _, candidate_id = warehouse_seeker(api, make_token)

    assert error_codes(job_matches(api, recruiter, candidate_id)) == ["NOT_FOUND"]


def test_an_anonymous_caller_is_unauthenticated(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    warehouse_job(api, recruiter)
    _, candidate_id = warehouse_seeker(api, make_token)

    body = job_matches(api, None, candidate_id)

    assert error_codes(body) == ["UNAUTHENTICATED"]
    assert body["data"] is None


def test_an_admin_may_ask_for_anyone(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = warehouse_job(api, recruiter)
    _, candidate_id = warehouse_seeker(api, make_token)

    assert matched_job_ids(api, make_token("admin"), candidate_id) == [job_id]


@pytest.mark.parametrize("first", [0, 101])
def test_first_out_of_range_is_an_error(api, make_token, first):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    post_job(api, recruiter, "仓库管理员")
    token, candidate_id = warehouse_seeker(api, make_token)

    body = job_matches(api, token, candidate_id, first)

    assert error_codes(body) == ["INVALID"]
    assert body["data"] is None


@pytest.mark.parametrize("first", [0, 101])
def test_first_out_of_range_is_an_error_even_with_no_open_job(api, make_token, first):
    token, candidate_id = warehouse_seeker(api, make_token)

    assert error_codes(job_matches(api, token, candidate_id, first)) == ["INVALID"]
