"""Figures of a broadcast and of a campaign of broadcasts, and the counters behind them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, case, distinct, func, select, update
from sqlalchemy.orm import Session

from engine.errors import NotFound
from engine.jobs.models import JobPost, LiveStream, LiveStreamStatus, Presentation
from engine.live.events import LiveEvent, LiveEventKind, announce
from engine.messages import Ref
from engine.seekers.models import Application


@dataclass(frozen=True, slots=True)
class BroadcastFigures:
    """What one broadcast drew (or a campaign's broadcasts together); viewers now watching
    are the live hub's to add."""

    reported_viewers: int
    viewer_visits: int
    peak_viewers: int
    questions_asked: int
    jobs_presented: int
    companies_presented: int
    openings: int
    applications: int


@dataclass(frozen=True, slots=True)
class CampaignFigures:
    """A campaign's broadcasts added up; a job or company presented twice counts once."""

    campaign: str
    broadcasts: int
    totals: BroadcastFigures


def broadcast_figures(*, session: Session, ids: Sequence[int]) -> dict[int, BroadcastFigures]:
    wanted = set(ids)
    presented = {
        stream_id: (jobs, companies, int(openings))
        for stream_id, jobs, companies, openings in session.execute(
            select(
                Presentation.live_stream_id,
                func.count(Presentation.id),
                func.count(distinct(JobPost.employer_id)),
                func.coalesce(func.sum(JobPost.headcount), 0),
            )
            .join(JobPost, JobPost.id == Presentation.job_id)
            .where(Presentation.live_stream_id.in_(wanted))
            .group_by(Presentation.live_stream_id)
        )
    }
    applications: dict[int | None, int] = {
        stream_id: count
        for stream_id, count in session.execute(
            select(Application.live_stream_id, func.count(Application.id))
            .where(Application.live_stream_id.in_(wanted))
            .group_by(Application.live_stream_id)
        )
    }
    streams = session.execute(
        select(
            LiveStream.id,
            LiveStream.viewer_count,
            LiveStream.viewer_visits,
            LiveStream.peak_viewers,
            LiveStream.questions_asked,
        ).where(LiveStream.id.in_(wanted))
    )
    figures = {}
    for stream_id, reported, visits, peak, questions in streams:
        jobs, companies, openings = presented.get(stream_id, (0, 0, 0))
        figures[stream_id] = BroadcastFigures(
            reported_viewers=reported,
            viewer_visits=visits,
            peak_viewers=peak,
            questions_asked=questions,
            jobs_presented=jobs,
            companies_presented=companies,
            openings=openings,
            applications=applications.get(stream_id, 0),
        )
    return figures


def campaign_figures(*, session: Session, campaign: str) -> CampaignFigures:
    streams = select(LiveStream.id).where(LiveStream.campaign == campaign).scalar_subquery()
    broadcasts, reported, visits, peak, questions = session.execute(
        select(
            func.count(LiveStream.id),
            func.coalesce(func.sum(LiveStream.viewer_count), 0),
            func.coalesce(func.sum(LiveStream.viewer_visits), 0),
            func.coalesce(func.max(LiveStream.peak_viewers), 0),
            func.coalesce(func.sum(LiveStream.questions_asked), 0),
        ).where(LiveStream.campaign == campaign)
    ).one()
    if not broadcasts:
        raise NotFound("campaign.not_found", field="campaign", campaign=campaign)
    presented_jobs: Select[tuple[int]] = (
        select(Presentation.job_id).where(Presentation.live_stream_id.in_(streams)).distinct()
    )
    jobs, companies, openings = session.execute(
        select(
            func.count(JobPost.id),
            func.count(distinct(JobPost.employer_id)),
            func.coalesce(func.sum(JobPost.headcount), 0),
        ).where(JobPost.id.in_(presented_jobs))
    ).one()
    applications = session.scalar(
        select(func.count(Application.id)).where(Application.live_stream_id.in_(streams))
    )
    totals = BroadcastFigures(
        reported_viewers=int(reported),
        viewer_visits=int(visits),
        peak_viewers=int(peak),
        questions_asked=int(questions),
        jobs_presented=jobs,
        companies_presented=companies,
        openings=int(openings),
        applications=applications or 0,
    )
    return CampaignFigures(campaign=campaign, broadcasts=broadcasts, totals=totals)


def list_campaigns(*, session: Session) -> list[str]:
    """Every campaign name, in order of its first broadcast."""
    first = func.min(LiveStream.id)
    rows = session.execute(
        select(LiveStream.campaign, first)
        .where(LiveStream.campaign.is_not(None))
        .group_by(LiveStream.campaign)
        .order_by(first)
    )
    return [campaign for campaign, _ in rows]


def every_campaign_figures(*, session: Session) -> list[CampaignFigures]:
    return [
        campaign_figures(session=session, campaign=name) for name in list_campaigns(session=session)
    ]


def count_question(
    *, session: Session, stream_id: int, counted_streams: set[int] | None = None
) -> bool:
    """One more question asked in the broadcast, unless it has ended; True if counted.

    `counted_streams` holds the broadcasts the asking request has already counted a question
    for, and gains this one: however many questions one request asks (500 aliases of
    jobsForText), a broadcast counts one. Whoever shares it must call one at a time (the
    API's RequestDatabase runs a request's services in turn): checking and adding here, in
    the unit of work that counts, cannot then race, and a question refused before it is
    counted (a closed job) leaves the count to the request's next one.
    """
    if counted_streams is not None and stream_id in counted_streams:
        return False
    counted = _bump(
        session,
        stream_id,
        LiveStream.status != LiveStreamStatus.ENDED,
        questions_asked=LiveStream.questions_asked + 1,
    )
    if counted and counted_streams is not None:
        counted_streams.add(stream_id)
    return counted


def record_viewer_joined(*, session: Session, stream_id: int, watching: int) -> None:
    """One more visit, and a new peak if `watching` (across all processes) is the most yet."""
    _bump(
        session,
        stream_id,
        viewer_visits=LiveStream.viewer_visits + 1,
        peak_viewers=case(
            (LiveStream.peak_viewers < watching, watching), else_=LiveStream.peak_viewers
        ),
    )


def _bump(session: Session, stream_id: int, *when: ColumnElement[bool], **values: object) -> bool:
    """Changes the counts if the broadcast meets `when`; False if it does not."""
    # One UPDATE, so that counts from concurrent requests and processes add up; the
    # broadcast's updated_at is about its own fields and stays as it was.
    updated = session.execute(
        update(LiveStream)
        .where(LiveStream.id == stream_id, *when)
        .values(updated_at=LiveStream.updated_at, **values)
        .execution_options(synchronize_session=False)
    )
    if updated.rowcount == 0:
        if session.get(LiveStream, stream_id) is None:
            raise NotFound(
                "live_stream.not_found", field="live_stream_id", stream=Ref("LiveStream", stream_id)
            )
        return False
    announce(session, LiveEvent(stream_id, LiveEventKind.FIGURES))
    return True
