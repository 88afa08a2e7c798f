"""The GraphQL queries of batch runs, and their live counterparts to compare them with."""

from __future__ import annotations

from datetime import datetime
from typing import Any

MATCH_FIELDS = "score reasons { code message weight occupationCode occupationName }"

RECOMMENDED_JOBS = f"""
query ($id: ID!, $first: Int!) {{
  recommendedJobs(candidateId: $id, first: $first) {{ job {{ id }} {MATCH_FIELDS} rankedAt }}
}}
"""
RECOMMENDED_CANDIDATES = f"""
query ($id: ID!, $first: Int!) {{
  recommendedCandidates(jobId: $id, first: $first) {{
    candidate {{ id needs phone }} {MATCH_FIELDS} rankedAt
  }}
}}
"""
JOB_MATCHES = f"""
query ($id: ID!, $first: Int!) {{
  jobMatches(candidateId: $id, first: $first) {{ job {{ id }} {MATCH_FIELDS} rankedAt }}
}}
"""
CANDIDATE_MATCHES = f"""
query ($id: ID!, $first: Int!) {{
  candidateMatches(jobId: $id, first: $first) {{
    candidate {{ id needs phone }} {MATCH_FIELDS} rankedAt
  }}
}}
"""
RUN_FIELDS = """
  id number kind status top matcherVersion progress
  counts { jobs candidates results } startedBy startedAt finishedAt
"""
MATCH_RUNS = f"query ($first: Int!) {{ matchRuns(first: $first) {{ {RUN_FIELDS} }} }}"
MATCH_RUN = f"query ($id: ID!) {{ matchRun(id: $id) {{ {RUN_FIELDS} }} }}"
# The live counterpart of each query: the same readers may ask it.
LIVE = {RECOMMENDED_JOBS: JOB_MATCHES, RECOMMENDED_CANDIDATES: CANDIDATE_MATCHES}


def ask(api, query: str, token: str | None, id: str, first: int = 100) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The response body."""
    return api.execute(query, {"id": id, "first": first}, token)


def answer(api, query: str, token: str | None, id: str, first: int = 100) -> list[dict]:  # type: ignore[no-untyped-def]
    """The list a call that must succeed returns."""
    body = ask(api, query, token, id, first)
    assert "errors" not in body, body["errors"]
    (matches,) = body["data"].values()
    return matches


def ranking(matches: list[dict[str, Any]]) -> list[tuple[str, float, list[dict]]]:
    """Each match's job or person, score and reasons, in order; not when it was ranked."""
    return [
        (
            match["job"]["id"] if "job" in match else match["candidate"]["id"],
            match["score"],
            match["reasons"],
        )
        for match in matches
    ]


def ids(matches: list[dict[str, Any]]) -> list[str]:
    return [item for item, _, _ in ranking(matches)]


def ranked_at(matches: list[dict[str, Any]]) -> set[datetime | None]:
    return {
        None if m["rankedAt"] is None else datetime.fromisoformat(m["rankedAt"]) for m in matches
    }


def error_codes(body: dict[str, Any]) -> list[str | None]:
    return [error.get("extensions", {}).get("code") for error in body.get("errors", [])]
