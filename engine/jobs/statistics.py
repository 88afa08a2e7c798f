"""The figures the city publishes: broadcasts, companies, positions, openings, resumes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from engine.jobs.models import JobPost, LiveStream
from engine.seekers.models import Application
from engine.time import as_aware


@dataclass(frozen=True, slots=True)
class PlatformStatistics:
    broadcasts: int
    companies: int
    positions: int
    openings: int
    resumes: int


def platform_statistics(
    *, session: Session, since: datetime | None = None, until: datetime | None = None
) -> PlatformStatistics:
    """Counts over [since, until): broadcasts by scheduled start, jobs and resumes by creation.

    companies are the employers with at least one job post in the period; positions the
    job posts; openings their headcounts added up; resumes the applications received.
    """

    since = None if since is None else as_aware(since)
    until = None if until is None else as_aware(until)

    def window(column: InstrumentedAttribute[datetime]) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if since is not None:
            conditions.append(column >= since)
        if until is not None:
            conditions.append(column < until)
        return conditions

    broadcasts = session.scalar(
        select(func.count(LiveStream.id)).where(*window(LiveStream.scheduled_start))
    )
    companies, positions, openings = session.execute(
        select(
            func.count(distinct(JobPost.employer_id)),
            func.count(JobPost.id),
            func.coalesce(func.sum(JobPost.headcount), 0),
        ).where(*window(JobPost.created_at))
    ).one()
    resumes = session.scalar(
        select(func.count(Application.id)).where(*window(Application.created_at))
    )
    return PlatformStatistics(
        broadcasts=broadcasts or 0,
        companies=companies,
        positions=positions,
        openings=int(openings),
        resumes=resumes or 0,
    )
