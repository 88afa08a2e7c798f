"""Job seekers' profiles and applications, and who may see which of their details."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import Conflict, InvalidTransition, InvalidValue, NotFound, PermissionDenied
from engine.fields import validate_record
from engine.ids import new_external_id
from engine.jobs.models import JobPost, JobStatus, LiveStream
from engine.live.events import LiveEvent, LiveEventKind, announce
from engine.messages import Ref
from engine.paging import Page, paginate
from engine.seekers.models import Application, ApplicationEvent, ApplicationStatus, Candidate
from engine.seekers.records import CANDIDATE_PROFILE_FIELDS
from engine.time import now

S = ApplicationStatus
MAX_NOTE_LENGTH = 5000
FORWARD: dict[ApplicationStatus, ApplicationStatus] = {
    S.SUBMITTED: S.SCREENING,
    S.SCREENING: S.INTERVIEW,
    S.INTERVIEW: S.OFFER,
    S.OFFER: S.HIRED,
}
FINAL = frozenset({S.HIRED, S.REJECTED, S.WITHDRAWN})


def legal_next_statuses(status: ApplicationStatus) -> frozenset[ApplicationStatus]:
    """submitted → screening → interview → offer → hired; any open one → rejected or withdrawn."""
    if status in FINAL:
        return frozenset()
    return frozenset({FORWARD[status], S.REJECTED, S.WITHDRAWN})


def own_candidate(*, session: Session, actor: Actor) -> Candidate | None:
    if actor.account_id is None:
        return None
    return session.scalar(select(Candidate).where(Candidate.account_id == actor.account_id))


def upsert_candidate_profile(
    *,
    session: Session,
    actor: Actor,
    data: Mapping[str, Any],
    candidate_id: int | None = None,
) -> Candidate:
    """A seeker writes their own profile (created on first use); an admin any candidate's."""
    actor.require(Role.SEEKER)
    values = validate_record(CANDIDATE_PROFILE_FIELDS, data, partial=True)
    if actor.is_admin:
        candidate = (
            _candidate(session=session, candidate_id=candidate_id)
            if candidate_id is not None
            else None
        )
    else:
        candidate = own_candidate(session=session, actor=actor)
        if candidate_id is not None and (candidate is None or candidate.id != candidate_id):
            raise PermissionDenied("access.own_profile_only")
    if candidate is None:
        defaults = validate_record(CANDIDATE_PROFILE_FIELDS, {})
        candidate = Candidate(
            external_id=new_external_id("cand"),
            account_id=None if actor.is_admin else actor.account_id,
            **(defaults | values),
        )
        session.add(candidate)
    else:
        for name, value in values.items():
            setattr(candidate, name, value)
        candidate.updated_at = now()
    session.flush()
    return candidate


def apply_to_job(
    *,
    session: Session,
    actor: Actor,
    job_id: int,
    live_stream_id: int | None = None,
    note: str = "",
) -> Application:
    """The seeker's own application to an open job, optionally credited to a broadcast."""
    actor.require(Role.SEEKER)
    if actor.is_admin:
        raise PermissionDenied("access.seekers_apply_themselves")
    candidate = own_candidate(session=session, actor=actor)
    if candidate is None:
        raise InvalidValue("candidate.no_profile", code="NO_PROFILE")
    job = session.get(JobPost, job_id)
    if job is None or job.status is not JobStatus.OPEN:
        raise NotFound("job_post.not_open", field="job_id", job=Ref("JobPost", job_id))
    if live_stream_id is not None and session.get(LiveStream, live_stream_id) is None:
        raise NotFound(
            "live_stream.not_found",
            field="live_stream_id",
            stream=Ref("LiveStream", live_stream_id),
        )
    if len(note) > MAX_NOTE_LENGTH:
        raise InvalidValue(
            "field.too_long", field="note", code="TOO_LONG", length=len(note), limit=MAX_NOTE_LENGTH
        )
    if session.scalar(
        select(Application.id).where(
            Application.candidate_id == candidate.id, Application.job_id == job.id
        )
    ):
        raise Conflict("application.already_applied", field="job_id", code="ALREADY_APPLIED")
    application = Application(
        candidate_id=candidate.id, job_id=job.id, live_stream_id=live_stream_id, note=note
    )
    application.events.append(
        ApplicationEvent(to_status=S.SUBMITTED, actor_account_id=actor.account_id)
    )
    session.add(application)
    session.flush()
    if live_stream_id is not None:
        announce(session, LiveEvent(live_stream_id, LiveEventKind.FIGURES))
    return application


def update_application_status(
    *,
    session: Session,
    actor: Actor,
    application_id: int,
    status: ApplicationStatus,
    note: str = "",
) -> Application:
    """Recruiters move an application forward or reject it; the seeker may withdraw it."""
    actor.require(Role.RECRUITER, Role.SEEKER)
    application = session.get(Application, application_id)
    if application is None or not can_see_application(
        session=session, actor=actor, application=application
    ):
        raise NotFound(
            "application.not_found", field="id", application=Ref("Application", application_id)
        )
    if actor.role is Role.SEEKER and status is not S.WITHDRAWN:
        raise PermissionDenied("access.seeker_only_withdraws")
    if actor.role is Role.RECRUITER and status is S.WITHDRAWN:
        raise PermissionDenied("access.only_seeker_withdraws")
    if status not in legal_next_statuses(application.status):
        raise InvalidTransition(
            "application.cannot_become", field="status", status=application.status, target=status
        )
    application.events.append(
        ApplicationEvent(
            from_status=application.status,
            to_status=status,
            actor_account_id=actor.account_id,
            note=note,
        )
    )
    application.status = status
    application.updated_at = now()
    session.flush()
    return application


def can_see_application(*, session: Session, actor: Actor, application: Application) -> bool:
    if actor.is_admin:
        return True
    if actor.role is Role.RECRUITER:
        job = session.get(JobPost, application.job_id)
        return job is not None and job.employer_id == actor.employer_id
    if actor.role is Role.SEEKER:
        candidate = own_candidate(session=session, actor=actor)
        return candidate is not None and candidate.id == application.candidate_id
    return False


def list_applications(
    *,
    session: Session,
    actor: Actor,
    first: int | None,
    after: int | None,
    job_id: int | None = None,
    status: ApplicationStatus | None = None,
) -> Page[Application]:
    actor.require(Role.RECRUITER, Role.SEEKER)
    statement = _scoped_applications(session=session, actor=actor)
    if job_id is not None:
        statement = statement.where(Application.job_id == job_id)
    if status is not None:
        statement = statement.where(Application.status == status)
    return paginate(
        session=session, statement=statement, key=Application.id, first=first, after=after
    )


def events_by_application_ids(
    *, session: Session, ids: Sequence[int]
) -> dict[int, list[ApplicationEvent]]:
    grouped: dict[int, list[ApplicationEvent]] = {application_id: [] for application_id in ids}
    rows = session.scalars(
        select(ApplicationEvent)
        .where(ApplicationEvent.application_id.in_(set(ids)))
        .order_by(ApplicationEvent.id)
    )
    for event in rows:
        grouped[event.application_id].append(event)
    return grouped


def _scoped_applications(*, session: Session, actor: Actor) -> Select[Any]:
    statement = select(Application)
    if actor.is_admin:
        return statement
    if actor.role is Role.RECRUITER:
        own_jobs = select(JobPost.id).where(JobPost.employer_id == actor.employer_id)
        return statement.where(Application.job_id.in_(own_jobs))
    candidate = own_candidate(session=session, actor=actor)
    return statement.where(Application.candidate_id == (candidate.id if candidate else -1))


def _candidate(*, session: Session, candidate_id: int) -> Candidate:
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise NotFound(
            "candidate.not_found",
            field="candidate_id",
            candidate=Ref("CandidateProfile", candidate_id),
        )
    return candidate


def visible_application(
    *, session: Session, actor: Actor, application_id: int
) -> Application | None:
    application = session.get(Application, application_id)
    if application is None or not can_see_application(
        session=session, actor=actor, application=application
    ):
        return None
    return application
