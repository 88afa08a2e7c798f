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


# Each query: its variables, its field, the field between it and its rows, the rows' fields.
SHAPES = {
    "jobMatches": ("$id: ID!", "jobMatches(candidateId: $id, first: 4)", "", "score job { id }"),
    "candidateMatches": (
        "$id: ID!",
        "candidateMatches(jobId: $id, first: 4)",
        "",
        "score candidate { id }",
    ),
    "jobsForText": (
        "$text: String!",
        "jobsForText(text: $text, first: 4)",
        "matches",
        "score job { id }",
    ),
}
ROW_TYPES = {
    "jobMatches": "JobMatch",
    "candidateMatches": "CandidateMatch",
    "jobsForText": "JobMatch",
}


def operation(field_name: str, asked: str | None) -> str:
    """The query of that field, its rows selecting reasons as `asked` (None: not at all)."""
    variables, field, within, row = SHAPES[field_name]
    row_type = ROW_TYPES[field_name]
    selection = "" if asked is None else REASONS[asked].replace("{type}", row_type)
    fragment = FRAGMENT.replace("{type}", row_type) if asked == "a fragment" else ""
    rows = f"{{ {row} {selection} }}"
    body = f"{{ {within} {rows} }}" if within else rows
    return f"query ({variables}) {{ {field} {body} }} {fragment}"


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


def matches_of(api, market, field_name: str, asked: str | None) -> list[dict]:  # type: ignore[no-untyped-def]
    """The rows a field answers, asked as the person (jobMatches), the recruiter
    (candidateMatches) or anyone (jobsForText)."""
    recruiter, token, candidate_id, job_id = market
    variables, caller = {
        "jobMatches": ({"id": candidate_id}, token),
        "candidateMatches": ({"id": job_id}, recruiter),
        "jobsForText": ({"text": TEXT}, None),
    }[field_name]
    answer = api.data(operation(field_name, asked), variables, caller)[field_name]
    return answer["matches"] if field_name == "jobsForText" else answer


@pytest.mark.parametrize("asked", list(REASONS))
@pytest.mark.parametrize("field_name", list(SHAPES))
def test_reasons_come_however_they_are_asked_for_and_change_nothing(api, market, field_name, asked):
    matches = matches_of(api, market, field_name, asked)
    without = matches_of(api, market, field_name, None)

    assert matches and all(match["reasons"] for match in matches)
    assert all(reason["code"] and reason["message"] for m in matches for reason in m["reasons"])
    assert bare(without) == bare(matches)


def test_reasons_asked_under_another_field_name_are_still_reasons(api, market):
    _, token, candidate_id, _ = market
    query = (
        "query ($id: ID!) { jobMatches(candidateId: $id, first: 4) "
        "{ score why: reasons { code } } }"
    )
    matches = api.data(query, {"id": candidate_id}, token)["jobMatches"]

    assert matches and all(match["why"] for match in matches)
