"""A broadcast as a viewer sees it at one moment: status, the job on screen, the figures."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.jobs.livestreams import get_live_stream
from engine.jobs.models import JobPost, LiveStream, Presentation
from engine.live.figures import BroadcastFigures, broadcast_figures


@dataclass(frozen=True, slots=True)
class LiveState:
    stream: LiveStream
    presentation: Presentation | None
    job: JobPost | None
    figures: BroadcastFigures


def live_state(*, session: Session, stream_id: int, job_id: int | None = None) -> LiveState:
    """The state with `job_id`'s presentation on screen, or the latest one when None."""
    stream = get_live_stream(session=session, stream_id=stream_id, field="stream_id")
    statement = select(Presentation).where(Presentation.live_stream_id == stream_id)
    if job_id is None:
        statement = statement.order_by(Presentation.position.desc()).limit(1)
    else:
        statement = statement.where(Presentation.job_id == job_id)
    presentation = session.scalar(statement)
    job = None if presentation is None else session.get(JobPost, presentation.job_id)
    figures = broadcast_figures(session=session, ids=[stream_id])[stream_id]
    return LiveState(stream=stream, presentation=presentation, job=job, figures=figures)
