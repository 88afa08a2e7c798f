"""Reasons are worked out only when the operation asks for them, in any of the ways GraphQL
lets it (the field itself, a fragment, an inline fragment); scores and order never depend on
whether it does."""

from __future__ import annotations

import pytest

from tests.integration.matching.factories import warehouse_job, warehouse_seeker

EMPLOYER = "聊城市顺达物流有限公司"
TEXT = "想找仓库管理员的工作，会盘点，高中毕业，在东昌府区"

REASONS = {
    "the field": "reasons { code message }",
    "a fragment": "...why",
    "an inline fragment": "... on {type} { reasons { code message } }",
}
FRAGMENT = "fragment why on {type} { reasons { code message } }"


def job_matches(asked: str | None) -> str:
    selection = "" if asked is None else REASONS[asked].replace("{type}", "JobMatch")
    fragment = FRAGMENT.replace("{type}", "JobMatch") if asked == "a fragment" else ""
    return (
        "query ($id: ID!) { jobMatches(candidateId: $id, first: 4) "
        f"{{ score job {{ id }} {selection} }} }} {fragment}"
    )


def candidate_matches(asked: str | None) -> str:
    selection = "" if asked is None else REASONS[asked].replace("{type}", "CandidateMatch")
    fragment = FRAGMENT.replace("{type}", "CandidateMatch") if asked == "a fragment" else ""
    return (
        "query ($id: ID!) { candidateMatches(jobId: $id, first: 4) "
        f"{{ score candidate {{ id }} {selection} }} }} {fragment}"
    )


def jobs_for_text(asked: str | None) -> str:
    selection = "" if asked is None else REASONS[asked].replace("{type}", "JobMatch")
    fragment = FRAGMENT.replace("{type}", "JobMatch") if asked == "a fragment" else ""
    return (
        "query ($text: String!) { jobsForText(text: $text, first: 4) "
        f"{{ matches {{ score job {{ id }} {selection} }} }} }} {fragment}"
    )


@pytest.fixture
def market(api, make_token):  # type: ignore[no-untyped-def]
    recruiter = make_token("recruiter", employer=EMPLOYER)
    jobs = [warehouse_job(api, recruiter, title) for title in ("仓库管理员", "仓储主管", "理货员")]
    token, candidate_id = warehouse_seeker(api, make_token)
    # The recruiter may see the seeker: they applied.
    api.data(
        "mutation ($input: ApplyToJobInput!) { applyToJob(input: $input) { userErrors { code } } }",
        {"input": {"jobId": jobs[0]}},
        token,
    )
    return recruiter, token, candidate_id, jobs[0]


def bare(matches: list[dict]) -> list[tuple[float, str]]:
    """Each match's score and whom or what it is for, in order."""
    return [(match["score"], (match.get("job") or match["candidate"])["id"]) for match in matches]


@pytest.mark.parametrize("asked", list(REASONS))
def test_job_matches_give_reasons_however_they_are_asked_for(api, market, asked):
    _, token, candidate_id, _ = market
    matches = api.data(job_matches(asked), {"id": candidate_id}, token)["jobMatches"]
    without = api.data(job_matches(None), {"id": candidate_id}, token)["jobMatches"]

    assert matches and all(match["reasons"] for match in matches)
    assert all(reason["code"] and reason["message"] for m in matches for reason in m["reasons"])
    assert bare(without) == bare(matches)


@pytest.mark.parametrize("asked", list(REASONS))
def test_candidate_matches_give_reasons_however_they_are_asked_for(api, market, asked):
    recruiter, _, _, job_id = market
    matches = api.data(candidate_matches(asked), {"id": job_id}, recruiter)["candidateMatches"]
    without = api.data(candidate_matches(None), {"id": job_id}, recruiter)["candidateMatches"]

    assert matches and all(match["reasons"] for match in matches)
    assert bare(without) == bare(matches)


@pytest.mark.parametrize("asked", list(REASONS))
def test_jobs_for_text_give_reasons_however_they_are_asked_for(api, market, asked):
    matches = api.data(jobs_for_text(asked), {"text": TEXT})["jobsForText"]["matches"]
    without = api.data(jobs_for_text(None), {"text": TEXT})["jobsForText"]["matches"]

    assert matches and all(match["reasons"] for match in matches)
    assert bare(without) == bare(matches)


def test_reasons_asked_under_another_field_name_are_still_reasons(api, market):
    _, token, candidate_id, _ = market
    query = (
        "query ($id: ID!) { jobMatches(candidateId: $id, first: 4) "
        "{ score why: reasons { code } } }"
    )
    matches = api.data(query, {"id": candidate_id}, token)["jobMatches"]

    assert matches and all(match["why"] for match in matches)
