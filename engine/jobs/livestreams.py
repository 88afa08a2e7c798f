"""Live-stream job fairs (直播带岗): scheduling, going live, presenting jobs, ending."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import InvalidTransition, InvalidValue, NotFound
from engine.fields import validate_record
from engine.ids import claim_external_id
from engine.jobs.employers import get_or_create_employer
from engine.jobs.models import JobPost, JobStatus, LiveStream, LiveStreamStatus, Presentation
from engine.jobs.records import LIVE_STREAM_FIELDS
from engine.live.events import LiveEvent, LiveEventKind, announce
from engine.messages import Ref
from engine.paging import Page, paginate
from engine.time import now


class StreamAction(StrEnum):
    START = "start"
    END = "end"


def create_live_stream(
    *,
    session: Session,
    actor: Actor,
    data: Mapping[str, Any],
    employer_name: str | None = None,
    external_id: str | None = None,
) -> LiveStream:
    """A scheduled broadcast; a recruiter's belongs to their employer, an admin's to the city."""
    actor.require(Role.RECRUITER)
    values = validate_record(LIVE_STREAM_FIELDS, data)
    stream = LiveStream(
        external_id=claim_external_id(
            session=session, model=LiveStream, given=external_id, prefix="live"
        ),
        employer_id=actor.employer_id,
        **values,
    )
    if actor.is_admin and employer_name:
        stream.employer_id = get_or_create_employer(
            session=session, name=employer_name, field="employer_name"
        ).id
    session.add(stream)
    session.flush()
    return stream


def update_live_stream(
    *,
    session: Session,
    actor: Actor,
    stream_id: int,
    changes: Mapping[str, Any],
    action: StreamAction | None = None,
) -> LiveStream:
    """Edits title, host, scheduled start or viewer count, and starts or ends the broadcast."""
    stream = _own_stream(session, actor, stream_id, field="id")
    values = validate_record(LIVE_STREAM_FIELDS, changes, partial=True)
    if "scheduled_start" in values and stream.status is not LiveStreamStatus.SCHEDULED:
        raise InvalidValue(
            "live_stream.not_scheduled", field="scheduled_start", code="INVALID_TRANSITION"
        )
    for name, value in values.items():
        setattr(stream, name, value)
    if action is StreamAction.START:
        _move(stream, LiveStreamStatus.SCHEDULED, LiveStreamStatus.LIVE)
        stream.started_at = now()
        announce(session, LiveEvent(stream.id, LiveEventKind.STARTED))
    elif action is StreamAction.END:
        _move(stream, LiveStreamStatus.LIVE, LiveStreamStatus.ENDED)
        stream.ended_at = now()
        announce(session, LiveEvent(stream.id, LiveEventKind.ENDED))
    elif values:
        announce(session, LiveEvent(stream.id, LiveEventKind.FIGURES))
    stream.updated_at = now()
    session.flush()
    return stream


def present_job(
    *,
    session: Session,
    actor: Actor,
    stream_id: int,
    job_id: int,
    presented_at: datetime | None = None,
) -> Presentation:
    """Puts an open job next in a broadcast's running order."""
    stream = _own_stream(session, actor, stream_id, field="live_stream_id")
    job = session.get(JobPost, job_id)
    if job is None or not actor.acts_for_employer(job.employer_id):
        raise NotFound("job_post.not_found", field="job_id", job=Ref("JobPost", job_id))
    # Only an admin gets here with a job of another employer than the broadcast's.
    if stream.employer_id is not None and job.employer_id != stream.employer_id:
        raise InvalidValue("live_stream.other_employers_job", field="job_id", code="FORBIDDEN")
    if job.status is not JobStatus.OPEN:
        raise InvalidValue("live_stream.job_closed", field="job_id", code="JOB_CLOSED")
    if stream.status is LiveStreamStatus.ENDED:
        raise InvalidTransition("live_stream.ended", field="live_stream_id", code="STREAM_ENDED")
    presentation = add_presentation(
        session=session, stream=stream, job=job, presented_at=presented_at or now()
    )
    announce(session, LiveEvent(stream.id, LiveEventKind.JOB_PRESENTED, job_id=job.id))
    return presentation


# A two-hour broadcast presents about twenty jobs, a fair's listing a hundred or so; the bound
# also prices LiveStream.jobs for the query cost limit.
MAX_PRESENTATIONS = 200


def add_presentation(
    *, session: Session, stream: LiveStream, job: JobPost, presented_at: datetime | None
) -> Presentation:
    already = session.scalar(
        select(Presentation).where(
            Presentation.live_stream_id == stream.id, Presentation.job_id == job.id
        )
    )
    if already is not None:
        raise InvalidValue(
            "live_stream.already_presented", field="job_id", code="ALREADY_PRESENTED"
        )
    last = session.scalar(
        select(func.max(Presentation.position)).where(Presentation.live_stream_id == stream.id)
    )
    if (last or 0) >= MAX_PRESENTATIONS:
        raise InvalidValue(
            "live_stream.too_many_jobs", field="job_id", code="TOO_MANY", limit=MAX_PRESENTATIONS
        )
    presentation = Presentation(
        live_stream_id=stream.id,
        job_id=job.id,
        position=(last or 0) + 1,
        presented_at=presented_at,
    )
    session.add(presentation)
    job.live_stream_id = stream.id
    session.flush()
    return presentation


def get_live_stream(*, session: Session, stream_id: int, field: str = "id") -> LiveStream:
    stream = session.get(LiveStream, stream_id)
    if stream is None:
        raise NotFound("live_stream.not_found", field=field, stream=Ref("LiveStream", stream_id))
    return stream


def list_live_streams(
    *, session: Session, first: int | None, after: int | None, status: LiveStreamStatus | None
) -> Page[LiveStream]:
    statement = select(LiveStream)
    if status is not None:
        statement = statement.where(LiveStream.status == status)
    return paginate(
        session=session, statement=statement, key=LiveStream.id, first=first, after=after
    )


def live_streams_by_ids(*, session: Session, ids: Sequence[int]) -> dict[int, LiveStream]:
    rows = session.scalars(select(LiveStream).where(LiveStream.id.in_(set(ids))))
    return {stream.id: stream for stream in rows}


def presentations_by_stream_ids(
    *, session: Session, ids: Sequence[int]
) -> dict[int, list[Presentation]]:
    """Each broadcast's presentations in running order."""
    grouped: dict[int, list[Presentation]] = {stream_id: [] for stream_id in ids}
    rows = session.scalars(
        select(Presentation)
        .where(Presentation.live_stream_id.in_(set(ids)))
        .order_by(Presentation.live_stream_id, Presentation.position)
    )
    for presentation in rows:
        grouped[presentation.live_stream_id].append(presentation)
    return grouped


def _own_stream(session: Session, actor: Actor, stream_id: int, *, field: str) -> LiveStream:
    """The broadcast, for its employer's recruiters (the city's: admins); to anyone else it
    answers as a missing one does."""
    actor.require(Role.RECRUITER)
    stream = session.get(LiveStream, stream_id)
    if stream is None or not actor.acts_for_employer(stream.employer_id):
        raise NotFound("live_stream.not_found", field=field, stream=Ref("LiveStream", stream_id))
    return stream


def _move(stream: LiveStream, expected: LiveStreamStatus, target: LiveStreamStatus) -> None:
    if stream.status is not expected:
        raise InvalidTransition(
            "live_stream.cannot_become", field="action", status=stream.status, target=target
        )
    stream.status = target
