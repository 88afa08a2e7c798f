"""Job posts: the rules for posting, changing, closing and finding them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, String, cast, func, or_, select
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import InvalidValue, NotFound
from engine.fields import check_salary_range, validate_record
from engine.ids import claim_external_id
from engine.jobs.employers import get_or_create_employer
from engine.jobs.livestreams import present_job
from engine.jobs.models import (
    Employer,
    JobAccommodation,
    JobPost,
    JobStatus,
    Presentation,
)
from engine.jobs.records import JOB_CONTENT_FIELDS
from engine.messages import Ref
from engine.paging import Page, paginate
from engine.time import now
from matchers.vocabulary import Accommodation, EducationLevel


@dataclass(frozen=True, slots=True)
class JobFilter:
    education: Sequence[EducationLevel] = ()
    open_to_education: EducationLevel | None = None
    location: str | None = None
    salary_at_least: int | None = None
    salary_at_most: int | None = None
    housing: bool | None = None
    accommodations: Sequence[Accommodation] = ()
    graduates_welcome: bool | None = None
    employer_id: int | None = None
    live_stream_id: int | None = None
    status: JobStatus | None = JobStatus.OPEN
    search: str | None = None


def post_job(
    *,
    session: Session,
    actor: Actor,
    data: Mapping[str, Any],
    employer_name: str | None = None,
    live_stream_id: int | None = None,
    external_id: str | None = None,
) -> JobPost:
    """Creates an open job post for the actor's employer (an admin names the employer)."""
    actor.require(Role.RECRUITER)
    values = validate_record(JOB_CONTENT_FIELDS, data)
    check_salary_range(values["salary_min"], values["salary_max"])
    employer = _employer_for_new_job(session=session, actor=actor, employer_name=employer_name)
    job = JobPost(
        employer_id=employer.id,
        external_id=claim_external_id(
            session=session, model=JobPost, given=external_id, prefix="job"
        ),
        **values,
    )
    session.add(job)
    session.flush()
    if live_stream_id is not None:
        present_job(session=session, actor=actor, stream_id=live_stream_id, job_id=job.id)
    return job


def update_job(
    *, session: Session, actor: Actor, job_id: int, changes: Mapping[str, Any]
) -> JobPost:
    """Changes the given fields only; the result must still be a valid job post."""
    job = own_job(session=session, actor=actor, job_id=job_id)
    values = validate_record(JOB_CONTENT_FIELDS, changes, partial=True)
    check_salary_range(
        values.get("salary_min", job.salary_min), values.get("salary_max", job.salary_max)
    )
    for name, value in values.items():
        setattr(job, name, value)
    job.updated_at = now()
    session.flush()
    return job


def close_job(*, session: Session, actor: Actor, job_id: int) -> JobPost:
    job = own_job(session=session, actor=actor, job_id=job_id)
    if job.status is JobStatus.CLOSED:
        raise InvalidValue("job_post.already_closed", field="id", code="ALREADY_CLOSED")
    job.status = JobStatus.CLOSED
    job.closed_at = now()
    session.flush()
    return job


def own_job(*, session: Session, actor: Actor, job_id: int, field: str = "id") -> JobPost:
    """The job, for admins and its employer's recruiters; to other recruiters it does not
    exist, so they cannot tell another employer's (closed) job from a missing id."""
    actor.require(Role.RECRUITER)
    job = session.get(JobPost, job_id)
    if job is None or not actor.acts_for_employer(job.employer_id):
        raise NotFound("job_post.not_found", field=field, job=Ref("JobPost", job_id))
    return job


def visible_job(*, session: Session, actor: Actor, job_id: int) -> JobPost | None:
    job = session.get(JobPost, job_id)
    return job if job is not None and can_see_job(actor, job) else None


def can_see_job(actor: Actor, job: JobPost) -> bool:
    """Open jobs are public; closed ones only to admins and the employer's recruiters."""
    return (
        job.status is JobStatus.OPEN
        or actor.is_admin
        or (actor.role is Role.RECRUITER and actor.employer_id == job.employer_id)
    )


def list_jobs(
    *,
    session: Session,
    actor: Actor,
    filter: JobFilter,
    first: int | None,
    after: int | None,
) -> Page[JobPost]:
    """Visible jobs matching `filter`, newest first."""
    return paginate(
        session=session,
        statement=_visible(_filtered(select(JobPost), filter), actor),
        key=JobPost.id,
        first=first,
        after=after,
    )


def jobs_by_ids(*, session: Session, ids: Sequence[int]) -> dict[int, JobPost]:
    return {job.id: job for job in session.scalars(select(JobPost).where(JobPost.id.in_(ids)))}


def _visible(statement: Select[Any], actor: Actor) -> Select[Any]:
    if actor.is_admin:
        return statement
    if actor.role is Role.RECRUITER and actor.employer_id is not None:
        return statement.where(
            or_(JobPost.status == JobStatus.OPEN, JobPost.employer_id == actor.employer_id)
        )
    return statement.where(JobPost.status == JobStatus.OPEN)


def _filtered(statement: Select[Any], f: JobFilter) -> Select[Any]:
    conditions: list[Any] = []
    if f.status is not None:
        conditions.append(JobPost.status == f.status)
    if f.education:
        conditions.append(JobPost.education.in_(list(f.education)))
    if f.open_to_education is not None:
        open_levels = [level for level in EducationLevel if level.tier <= f.open_to_education.tier]
        conditions.append(JobPost.education.in_(open_levels))
    if f.location:
        conditions.append(JobPost.location.contains(f.location.strip(), autoescape=True))
    if f.salary_at_least is not None:
        conditions.append(
            func.coalesce(JobPost.salary_max, JobPost.salary_min) >= f.salary_at_least
        )
    if f.salary_at_most is not None:
        conditions.append(func.coalesce(JobPost.salary_min, JobPost.salary_max) <= f.salary_at_most)
    if f.housing is not None:
        conditions.append(JobPost.housing.is_(f.housing))
    if f.graduates_welcome is not None:
        conditions.append(JobPost.graduates_welcome.is_(f.graduates_welcome))
    if f.employer_id is not None:
        conditions.append(JobPost.employer_id == f.employer_id)
    if f.live_stream_id is not None:
        presented = select(Presentation.job_id).where(
            Presentation.live_stream_id == f.live_stream_id
        )
        conditions.append(
            or_(JobPost.live_stream_id == f.live_stream_id, JobPost.id.in_(presented))
        )
    for accommodation in dict.fromkeys(f.accommodations):
        offering = select(JobAccommodation.job_id).where(
            JobAccommodation.accommodation == accommodation
        )
        conditions.append(JobPost.id.in_(offering))
    if f.search and f.search.strip():
        statement = statement.join(Employer, Employer.id == JobPost.employer_id)
        texts = (JobPost.title, JobPost.description, JobPost.location, Employer.name)
        for term in f.search.split():
            needle = term.lower()
            # Skills are searched in their JSON text, so JSON punctuation must not match there.
            columns = texts if JSON_PUNCTUATION & set(needle) else (*texts, _skills_text)
            conditions.append(
                or_(*(func.lower(column).contains(needle, autoescape=True) for column in columns))
            )
    return statement.where(*conditions)


_skills_text = cast(JobPost.skills, String)
JSON_PUNCTUATION = frozenset('[]",\\:{}')


def _employer_for_new_job(*, session: Session, actor: Actor, employer_name: str | None) -> Employer:
    if actor.is_admin:
        if not employer_name or not employer_name.strip():
            raise InvalidValue("job_post.employer_required", field="employer_name", code="REQUIRED")
        return get_or_create_employer(session=session, name=employer_name, field="employer_name")
    assert actor.employer_id is not None
    employer = session.get(Employer, actor.employer_id)
    assert employer is not None
    if employer_name and employer_name.strip() != employer.name:
        raise InvalidValue("job_post.own_employer_only", field="employer_name", code="FORBIDDEN")
    return employer
