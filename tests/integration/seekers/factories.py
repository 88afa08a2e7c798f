"""Queries and factories shared by the seeker tests: jobs, profiles and applications via the API."""

from __future__ import annotations

import io
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from engine.db import transaction
from engine.io.candidates_file import import_candidates
from engine.seekers.models import Application, Candidate
from schema.relay import to_global_id

PROFILE_FIELDS = """
  id externalId name age education major graduationYear experienceYears skills summary
  desiredTitles salaryExpectation locations needsHousing travel needs
  shareNeedsWithEmployers visibleToEmployers phone email
"""

UPSERT_PROFILE = f"""
mutation ($input: UpsertCandidateProfileInput!) {{
  upsertCandidateProfile(input: $input) {{
    candidate {{ {PROFILE_FIELDS} }}
    userErrors {{ field message code }}
  }}
}}
"""

VIEWER = f"""
{{ viewer {{ role name candidate {{ {PROFILE_FIELDS} }} }} }}
"""

CANDIDATE_NODE = """
query ($id: ID!) {
  node(id: $id) { ... on CandidateProfile { id name phone email needs visibleToEmployers } }
}
"""

APPLICATION_FIELDS = """
  id status note
  candidate { name }
  job { id title }
  liveStream { id title }
  history { fromStatus toStatus note }
"""

APPLY = f"""
mutation ($input: ApplyToJobInput!) {{
  applyToJob(input: $input) {{
    application {{ {APPLICATION_FIELDS} }}
    userErrors {{ field message code }}
  }}
}}
"""

UPDATE_STATUS = f"""
mutation ($input: UpdateApplicationStatusInput!) {{
  updateApplicationStatus(input: $input) {{
    application {{ {APPLICATION_FIELDS} }}
    userErrors {{ field message code }}
  }}
}}
"""

APPLICATION_NODE = f"""
query ($id: ID!) {{ node(id: $id) {{ ... on Application {{ {APPLICATION_FIELDS} }} }} }}
"""

APPLICATIONS = """
query ($first: Int, $after: String, $jobId: ID, $status: ApplicationStatus) {
  applications(first: $first, after: $after, jobId: $jobId, status: $status) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id status candidate { name } job { id title } } }
  }
}
"""

POST_JOB = """
mutation ($input: PostJobInput!) {
  postJob(input: $input) { job { id } userErrors { field message code } }
}
"""

CLOSE_JOB = """
mutation ($input: CloseJobInput!) {
  closeJob(input: $input) { job { id status } userErrors { field message code } }
}
"""

CREATE_LIVE_STREAM = """
mutation ($input: CreateLiveStreamInput!) {
  createLiveStream(input: $input) { liveStream { id } userErrors { field message code } }
}
"""


def error_codes(body: dict[str, Any]) -> list[str]:
    """The `extensions.code` of each top-level error of a response body."""
    return [error["extensions"]["code"] for error in body.get("errors", [])]


def unknown_id(type_name: str) -> str:
    return to_global_id(type_name, 987_654)


def post_job(api, token: str, title: str = "搅拌站操作员", **fields: Any) -> str:  # type: ignore[no-untyped-def]
    payload = api.data(POST_JOB, {"input": {"title": title, **fields}}, token)["postJob"]
    assert payload["userErrors"] == []
    return payload["job"]["id"]


def close_job(api, token: str, job_id: str) -> None:  # type: ignore[no-untyped-def]
    payload = api.data(CLOSE_JOB, {"input": {"id": job_id}}, token)["closeJob"]
    assert payload["userErrors"] == []
    assert payload["job"]["status"] == "CLOSED"


def create_live_stream(api, token: str, title: str = "春风行动直播带岗") -> str:  # type: ignore[no-untyped-def]
    payload = api.data(
        CREATE_LIVE_STREAM,
        {"input": {"title": title, "scheduledStart": "2023-03-01T14:00:00+08:00"}},
        token,
    )["createLiveStream"]
    assert payload["userErrors"] == []
    return payload["liveStream"]["id"]


def upsert_profile(api, token: str, **fields: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The payload of upsertCandidateProfile with `fields` as input."""
    return api.data(UPSERT_PROFILE, {"input": fields}, token)["upsertCandidateProfile"]


def seeker(api, make_token, name: str = "王晓梅", **fields: Any) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A seeker token with a saved profile; returns (token, candidate id)."""
    token = make_token("seeker", name=name)
    payload = upsert_profile(api, token, name=name, **fields)
    assert payload["userErrors"] == []
    return token, payload["candidate"]["id"]


def apply(api, token: str, job_id: str, **fields: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The payload of applyToJob."""
    return api.data(APPLY, {"input": {"jobId": job_id, **fields}}, token)["applyToJob"]


def applied(api, token: str, job_id: str) -> str:  # type: ignore[no-untyped-def]
    """Applies and returns the application's id."""
    payload = apply(api, token, job_id)
    assert payload["userErrors"] == []
    return payload["application"]["id"]


def move(api, token: str, application_id: str, status: str, **fields: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The response body of updateApplicationStatus (errors may be top-level)."""
    return api.execute(
        UPDATE_STATUS, {"input": {"id": application_id, "status": status, **fields}}, token
    )


def moved(api, token: str, application_id: str, status: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Moves an application that must move; returns it."""
    body = move(api, token, application_id, status)
    assert "errors" not in body, body["errors"]
    payload = body["data"]["updateApplicationStatus"]
    assert payload["userErrors"] == []
    return payload["application"]


def application_as(api, token: str, application_id: str) -> dict[str, Any] | None:  # type: ignore[no-untyped-def]
    return api.data(APPLICATION_NODE, {"id": application_id}, token)["node"]


def candidate_as(api, token: str | None, candidate_id: str) -> dict[str, Any] | None:  # type: ignore[no-untyped-def]
    return api.data(CANDIDATE_NODE, {"id": candidate_id}, token)["node"]


def import_candidate_records(sessions: sessionmaker[Session], *records: dict[str, Any]) -> None:
    """Imports candidates.jsonl records through the engine, as `civicmatch import` does."""
    text = "\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    with transaction(sessions) as session:
        import_candidates(
            session=session, stream=io.BytesIO(text.encode()), source="candidates.jsonl"
        )


def count_candidates(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Candidate)) or 0


def count_applications(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Application)) or 0
