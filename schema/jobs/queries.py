from __future__ import annotations

from datetime import datetime

import strawberry

from engine.jobs import livestreams as live_service
from engine.jobs import service as job_service
from engine.jobs.employers import list_employers
from engine.jobs.statistics import platform_statistics
from engine.paging import Page
from schema.context import Info
from schema.enums import LiveStreamStatusEnum
from schema.jobs.inputs import JobFilter
from schema.jobs.types import (
    EMPLOYER,
    LIVE_STREAM,
    Employer,
    JobPost,
    LiveStream,
    PlatformStatistics,
)
from schema.limits.directives import PAGED
from schema.relay import Connection, decode_cursor, decode_id


@strawberry.type
class JobQueries:
    @strawberry.field(
        directives=[PAGED], description="Job posts, newest first. Without a token: open jobs only."
    )
    async def jobs(
        self,
        info: Info,
        first: int | None = 20,
        after: str | None = None,
        filter: JobFilter | None = None,
    ) -> Connection[JobPost]:
        page: Page = await info.context.db.read(
            job_service.list_jobs,
            actor=info.context.actor,
            filter=_engine_filter(filter),
            first=first,
            after=decode_cursor(after),
        )
        return Connection.from_page(page, JobPost.from_model, key=lambda job: job.id)

    @strawberry.field(directives=[PAGED], description="Live-stream broadcasts, newest first.")
    async def live_streams(
        self,
        info: Info,
        first: int | None = 20,
        after: str | None = None,
        status: LiveStreamStatusEnum | None = None,
    ) -> Connection[LiveStream]:
        page: Page = await info.context.db.read(
            live_service.list_live_streams, first=first, after=decode_cursor(after), status=status
        )
        return Connection.from_page(page, LiveStream.from_model, key=lambda stream: stream.id)

    @strawberry.field(directives=[PAGED], description="Employers, newest first.")
    async def employers(
        self, info: Info, first: int | None = 20, after: str | None = None
    ) -> Connection[Employer]:
        page: Page = await info.context.db.read(
            list_employers, first=first, after=decode_cursor(after)
        )
        return Connection.from_page(page, Employer.from_model, key=lambda employer: employer.id)

    @strawberry.field(
        description="Broadcasts, companies, positions, openings and resumes; optionally "
        "within [since, until)."
    )
    async def statistics(
        self, info: Info, since: datetime | None = None, until: datetime | None = None
    ) -> PlatformStatistics:
        figures = await info.context.db.read(platform_statistics, since=since, until=until)
        return PlatformStatistics(
            broadcasts=figures.broadcasts,
            companies=figures.companies,
            positions=figures.positions,
            openings=figures.openings,
            resumes=figures.resumes,
        )


def _engine_filter(given: JobFilter | None) -> job_service.JobFilter:
    if given is None:
        return job_service.JobFilter()
    return job_service.JobFilter(
        education=given.education or (),
        open_to_education=given.open_to_education,
        location=given.location,
        salary_at_least=given.salary_at_least,
        salary_at_most=given.salary_at_most,
        housing=given.housing,
        accommodations=given.accommodations or (),
        graduates_welcome=given.graduates_welcome,
        employer_id=_optional_id(given.employer_id, EMPLOYER, "employerId"),
        live_stream_id=_optional_id(given.live_stream_id, LIVE_STREAM, "liveStreamId"),
        status=given.status,
        search=given.search,
    )


def _optional_id(raw: str | None, type_name: str, field: str) -> int | None:
    return None if raw is None else decode_id(raw, type_name, field=field)
