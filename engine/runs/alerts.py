"""Job alerts: the new top matches of people who opted in (`alerts_enabled`), recorded when a
run that ranks jobs for people is published, in the same transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, exists, func, insert, literal, select, update
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import InvalidValue
from engine.jobs.models import JobPost, JobStatus
from engine.paging import Page, paginate
from engine.runs.models import Audience, JobAlert, MatchResult, Side
from engine.seekers.models import Candidate
from engine.time import now

MAX_MARKED = 200


def record_new_alerts(session: Session, run_id: int) -> None:
    """An alert for each job in an opted-in person's new ranking (as they see it) that they
    were never alerted to; one INSERT … SELECT, whatever the number of people."""
    result = MatchResult
    already = exists().where(
        JobAlert.candidate_id == result.candidate_id, JobAlert.job_id == result.job_id
    )
    found = (
        select(
            result.candidate_id,
            result.job_id,
            literal(run_id),
            result.score,
            literal(now()),
        )
        .join(Candidate, and_(Candidate.id == result.candidate_id, Candidate.alerts_enabled))
        .where(
            result.run_id == run_id,
            result.side == Side.JOBS,
            result.audience.in_([Audience.ALL, Audience.WITH_NEEDS]),
            ~already,
        )
    )
    session.execute(
        insert(JobAlert).from_select(
            ["candidate_id", "job_id", "run_id", "score", "created_at"], found
        )
    )


def own_candidate_id(session: Session, actor: Actor) -> int | None:
    actor.require(Role.SEEKER)
    if actor.account_id is None:
        return None
    return session.scalar(select(Candidate.id).where(Candidate.account_id == actor.account_id))


def job_alerts(
    *,
    session: Session,
    actor: Actor,
    first: int | None,
    after: int | None,
    unseen_only: bool = False,
) -> Page[JobAlert]:
    """The signed-in seeker's alerts on jobs still open, newest first."""
    candidate_id = own_candidate_id(session, actor)
    statement = (
        select(JobAlert)
        .join(JobPost, JobPost.id == JobAlert.job_id)
        .where(JobAlert.candidate_id == (candidate_id or 0), JobPost.status == JobStatus.OPEN)
    )
    if unseen_only:
        statement = statement.where(JobAlert.seen_at.is_(None))
    return paginate(session=session, statement=statement, key=JobAlert.id, first=first, after=after)


def alerts_after(session: Session, candidate_id: int, after: int) -> list[JobAlert]:
    """Alerts newer than `after` (an alert id) on open jobs, oldest first (for pushing)."""
    return list(
        session.scalars(
            select(JobAlert)
            .join(JobPost, JobPost.id == JobAlert.job_id)
            .where(
                JobAlert.candidate_id == candidate_id,
                JobAlert.id > after,
                JobPost.status == JobStatus.OPEN,
            )
            .order_by(JobAlert.id)
            .limit(MAX_MARKED)
        )
    )


def newest_alert_id(session: Session, candidate_id: int) -> int:
    return (
        session.scalar(
            select(func.coalesce(func.max(JobAlert.id), 0)).where(
                JobAlert.candidate_id == candidate_id
            )
        )
        or 0
    )


def mark_alerts_seen(*, session: Session, actor: Actor, ids: Sequence[int] | None) -> int:
    """Marks the seeker's alerts seen (`ids`, or all when None); how many changed."""
    candidate_id = own_candidate_id(session, actor)
    if ids is not None and len(ids) > MAX_MARKED:
        raise InvalidValue("field.too_many_items", field="ids", count=len(ids), limit=MAX_MARKED)
    statement = update(JobAlert).where(
        JobAlert.candidate_id == (candidate_id or 0), JobAlert.seen_at.is_(None)
    )
    if ids is not None:
        statement = statement.where(JobAlert.id.in_(list(ids)))
    return session.execute(statement.values(seen_at=now())).rowcount or 0
