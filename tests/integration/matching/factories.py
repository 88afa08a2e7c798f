"""Queries and builders shared by the matching tests over GraphQL."""

from __future__ import annotations

from typing import Any

from tests.integration.seekers.factories import post_job, seeker

JOB_FIELDS = "id title status education housing travel accommodations"

JOB_MATCHES = f"""
query ($candidateId: ID!, $first: Int!) {{
  jobMatches(candidateId: $candidateId, first: $first) {{
    job {{ {JOB_FIELDS} }} score reasons {{ code message weight }}
  }}
}}
"""

CANDIDATE_MATCHES = """
query ($jobId: ID!, $first: Int!) {
  candidateMatches(jobId: $jobId, first: $first) {
    candidate { id name needs phone email } score reasons { code message weight }
  }
}
"""

JOBS_FOR_TEXT = f"""
query ($text: String!, $first: Int!) {{
  jobsForText(text: $text, first: $first) {{
    profile {{
      age education major experienceYears skills desiredTitles needsHousing travel needs stated
    }}
    matches {{ job {{ {JOB_FIELDS} }} score reasons {{ code message weight }} }}
  }}
}}
"""

UPDATE_JOB = """
mutation ($input: UpdateJobInput!) {
  updateJob(input: $input) { job { id } userErrors { field message code } }
}
"""

WAREHOUSE = {
    "description": "负责仓库收发货、盘点和出入库台账，熟练使用电脑和WMS系统。",
    "skills": ["仓库管理", "盘点", "WMS"],
    "education": "HIGH_SCHOOL",
    "location": "聊城市东昌府区",
    "housing": True,
    "travel": "NONE",
    "accommodations": ["WHEELCHAIR_ACCESS", "SEATED_WORK"],
}

WAREHOUSE_SEEKER = {
    "education": "HIGH_SCHOOL",
    "experienceYears": 2,
    "skills": ["仓库管理", "盘点"],
    "summary": "在物流公司做过两年仓库管理员，熟悉出入库和盘点。",
    "desiredTitles": ["仓库管理员"],
    "locations": ["聊城市东昌府区"],
    "travel": "NONE",
}


def warehouse_job(api, token: str, title: str = "仓库管理员", **changes: Any) -> str:  # type: ignore[no-untyped-def]
    """A job every warehouse seeker passes the hard rules for, unless `changes` say otherwise."""
    return post_job(api, token, title, **{**WAREHOUSE, **changes})


def warehouse_seeker(api, make_token, name: str = "李强", **changes: Any) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return seeker(api, make_token, name=name, **{**WAREHOUSE_SEEKER, **changes})


def job_matches(api, token: str | None, candidate_id: str, first: int = 100) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The response body of jobMatches."""
    return api.execute(JOB_MATCHES, {"candidateId": candidate_id, "first": first}, token)


def matched_jobs(api, token: str | None, candidate_id: str, first: int = 100) -> list[dict]:  # type: ignore[no-untyped-def]
    body = job_matches(api, token, candidate_id, first)
    assert "errors" not in body, body["errors"]
    return body["data"]["jobMatches"]


def matched_job_ids(api, token: str | None, candidate_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [match["job"]["id"] for match in matched_jobs(api, token, candidate_id)]


def assert_well_formed(matches: list[dict[str, Any]]) -> None:
    """Scores in [0, 1], best first; every reason has a code, a message and a weight."""
    scores = [match["score"] for match in matches]
    assert all(0.0 <= score <= 1.0 for score in scores), scores
    assert scores == sorted(scores, reverse=True)
    for match in matches:
        assert match["reasons"], match
        for reason in match["reasons"]:
            assert reason["code"] and reason["message"], reason
            assert 0.0 <= reason["weight"] <= 1.0, reason
