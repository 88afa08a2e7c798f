"""Small builders for job, broadcast and candidate data, through the API or the engine."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from engine.accounts.actor import OPERATOR
from engine.db import transaction
from engine.jobs import livestreams as live_service
from engine.jobs import service as job_service

FAIR_START = "2023-03-01T09:00:00+08:00"

POST_JOB = """
mutation ($input: PostJobInput!) {
  postJob(input: $input) {
    job { id title status employer { id name } liveStream { id title } }
    userErrors { field message code }
  }
}
"""

UPDATE_JOB = """
mutation ($input: UpdateJobInput!) {
  updateJob(input: $input) {
    job { id title description salaryMin salaryMax headcount }
    userErrors { field message code }
  }
}
"""

CLOSE_JOB = """
mutation ($input: CloseJobInput!) {
  closeJob(input: $input) { job { id status closedAt } userErrors { field message code } }
}
"""

CREATE_LIVE_STREAM = """
mutation ($input: CreateLiveStreamInput!) {
  createLiveStream(input: $input) {
    liveStream { id title host status employer { name } }
    userErrors { field message code }
  }
}
"""

UPDATE_LIVE_STREAM = """
mutation ($input: UpdateLiveStreamInput!) {
  updateLiveStream(input: $input) {
    liveStream { id title status startedAt endedAt }
    userErrors { field message code }
  }
}
"""

PRESENT_JOB = """
mutation ($input: PresentJobInput!) {
  presentJob(input: $input) {
    presentedJob { position job { id title liveStream { id } } }
    userErrors { field message code }
  }
}
"""

JOB_TITLES = """
query ($filter: JobFilter, $first: Int) {
  jobs(first: $first, filter: $filter) { totalCount edges { node { title } } }
}
"""


def global_id(type_name: str, pk: int | str) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode()


def post_job(api: Any, token: str, title: str, **fields: Any) -> dict[str, Any]:
    """Posts a job (fields in camelCase) and returns it; the post must succeed."""
    payload = api.data(POST_JOB, {"input": {"title": title, **fields}}, token)["postJob"]
    assert payload["userErrors"] == [], payload["userErrors"]
    return payload["job"]


def close_job(api: Any, token: str, job_id: str) -> dict[str, Any]:
    payload = api.data(CLOSE_JOB, {"input": {"id": job_id}}, token)["closeJob"]
    assert payload["userErrors"] == [], payload["userErrors"]
    return payload["job"]


def create_live_stream(
    api: Any, token: str, title: str, scheduled_start: str = FAIR_START, **fields: Any
) -> dict[str, Any]:
    payload = api.data(
        CREATE_LIVE_STREAM,
        {"input": {"title": title, "scheduledStart": scheduled_start, **fields}},
        token,
    )["createLiveStream"]
    assert payload["userErrors"] == [], payload["userErrors"]
    return payload["liveStream"]


def update_live_stream(api: Any, token: str, stream_id: str, **fields: Any) -> dict[str, Any]:
    """The whole payload: the changed broadcast and userErrors."""
    return api.data(UPDATE_LIVE_STREAM, {"input": {"id": stream_id, **fields}}, token)[
        "updateLiveStream"
    ]


def present_job(api: Any, token: str, stream_id: str, job_id: str) -> dict[str, Any]:
    """The whole payload: the presented job and userErrors."""
    return api.data(PRESENT_JOB, {"input": {"liveStreamId": stream_id, "jobId": job_id}}, token)[
        "presentJob"
    ]


def titles(api: Any, filter: dict[str, Any] | None = None, token: str | None = None) -> list[str]:
    """Titles of the jobs the filter finds, in list order."""
    jobs = api.data(JOB_TITLES, {"filter": filter, "first": 200}, token)["jobs"]
    return [edge["node"]["title"] for edge in jobs["edges"]]


def job_count(api: Any, token: str | None = None) -> int:
    """Every job the token may see, open or closed."""
    query = "{ jobs(first: 0, filter: {status: null}) { totalCount } }"
    return api.data(query, token=token)["jobs"]["totalCount"]


def engine_job(
    sessions: sessionmaker[Session],
    title: str,
    *,
    employer: str,
    live_stream_id: int | None = None,
    created_at: datetime | None = None,
    **data: Any,
) -> int:
    """A job posted through the engine as the operator (data in snake_case); returns its pk."""
    with transaction(sessions) as session:
        job = job_service.post_job(
            session=session,
            actor=OPERATOR,
            data={"title": title, **data},
            employer_name=employer,
            live_stream_id=live_stream_id,
        )
        if created_at is not None:
            job.created_at = created_at
        return job.id


def engine_live_stream(
    sessions: sessionmaker[Session],
    title: str,
    *,
    scheduled_start: datetime,
    employer: str | None = None,
) -> int:
    with transaction(sessions) as session:
        stream = live_service.create_live_stream(
            session=session,
            actor=OPERATOR,
            data={"title": title, "scheduled_start": scheduled_start},
            employer_name=employer,
        )
        return stream.id


UPSERT_PROFILE = """
mutation ($input: UpsertCandidateProfileInput!) {
  upsertCandidateProfile(input: $input) { candidate { id } userErrors { field code } }
}
"""

APPLY = """
mutation ($input: ApplyToJobInput!) {
  applyToJob(input: $input) { application { id } userErrors { field code } }
}
"""


def seeker_with_profile(api: Any, make_token: Any, name: str) -> str:
    """A seeker token whose profile exists, ready to apply."""
    token = make_token("seeker", name=name)
    payload = api.data(UPSERT_PROFILE, {"input": {"name": name}}, token)["upsertCandidateProfile"]
    assert payload["userErrors"] == [], payload["userErrors"]
    return token


def apply_to_job(api: Any, token: str, job_id: str) -> str:
    payload = api.data(APPLY, {"input": {"jobId": job_id}}, token)["applyToJob"]
    assert payload["userErrors"] == [], payload["userErrors"]
    return payload["application"]["id"]
