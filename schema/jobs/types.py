"""GraphQL types for employers, job posts and live-stream broadcasts."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import Private

from engine.errors import InvalidValue
from engine.jobs import models
from engine.jobs.livestreams import MAX_PRESENTATIONS
from engine.jobs.occupations import occupation_of_title
from engine.jobs.service import can_see_job
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel
from schema.context import Info
from schema.enums import JobStatusEnum, LiveStreamStatusEnum
from schema.limits.directives import ListSize
from schema.live.figures import LiveStreamFigures
from schema.relay import Node, to_global_id

JOB_POST = "JobPost"
EMPLOYER = "Employer"
LIVE_STREAM = "LiveStream"


@strawberry.type(description="A company that posts jobs.")
class Employer(Node):
    pk: Private[int]
    name: str = strawberry.field(description="Company name.")

    @classmethod
    def from_model(cls, employer: models.Employer) -> Employer:
        return cls(pk=employer.id, id=to_global_id(EMPLOYER, employer.id), name=employer.name)


@strawberry.type(description="A job post (岗位), with every field of jobs.jsonl.")
class JobPost(Node):
    pk: Private[int]
    employer_pk: Private[int]
    live_stream_pk: Private[int | None]
    external_id: str | None = strawberry.field(description="The id in jobs.jsonl.")
    title: str = strawberry.field(description="岗位名称.")
    description: str = strawberry.field(description="Free text.")
    skills: list[str] = strawberry.field(description="Skills wanted.")
    education: EducationLevel = strawberry.field(description="Minimum education required.")
    majors: list[str] = strawberry.field(description="Preferred majors; empty means any.")
    experience_years: int = strawberry.field(description="Minimum years of experience wanted.")
    salary_min: int | None = strawberry.field(description="Lowest monthly pay, CNY.")
    salary_max: int | None = strawberry.field(description="Highest monthly pay, CNY.")
    location: str = strawberry.field(description="Where the work is, e.g. 聊城市东昌府区.")
    housing: bool = strawberry.field(description="提供住宿: the employer offers housing.")
    travel: TravelLevel = strawberry.field(description="How much travel the job needs.")
    accommodations: list[Accommodation] = strawberry.field(
        description="What the workplace offers people with disabilities and others."
    )
    graduates_welcome: bool = strawberry.field(description="应届生可投: graduates welcome.")
    headcount: int = strawberry.field(description="需求人数: openings.")
    status: JobStatusEnum = strawberry.field(description="OPEN or CLOSED.")
    created_at: datetime = strawberry.field(description="When it was posted.")
    updated_at: datetime = strawberry.field(description="When it last changed.")
    closed_at: datetime | None = strawberry.field(description="When it was closed.")

    @strawberry.field(
        description="The national occupation (CSCO-2022, 职业分类大典) its title names, e.g. "
        "4-07-05-01; null when the title names none the service can read."
    )
    def occupation_code(self) -> str | None:
        occupation = occupation_of_title(self.title)
        return None if occupation is None else occupation.code

    @strawberry.field(description="The name of that occupation, e.g. 保安员.")
    def occupation_name(self) -> str | None:
        occupation = occupation_of_title(self.title)
        return None if occupation is None else occupation.name

    @strawberry.field(description="The company.")
    async def employer(self, info: Info) -> Employer:
        return Employer.from_model(await info.context.loaders.employer_by_id.load(self.employer_pk))

    @strawberry.field(description="The live-stream broadcast that presented it, if any.")
    async def live_stream(self, info: Info) -> LiveStream | None:
        return await load_live_stream(info, self.live_stream_pk)

    @classmethod
    def from_model(cls, job: models.JobPost) -> JobPost:
        return cls(
            pk=job.id,
            employer_pk=job.employer_id,
            live_stream_pk=job.live_stream_id,
            id=to_global_id(JOB_POST, job.id),
            external_id=job.external_id,
            title=job.title,
            description=job.description,
            skills=list(job.skills),
            education=job.education,
            majors=list(job.majors),
            experience_years=job.experience_years,
            salary_min=job.salary_min,
            salary_max=job.salary_max,
            location=job.location,
            housing=job.housing,
            travel=job.travel,
            accommodations=job.accommodations,
            graduates_welcome=job.graduates_welcome,
            headcount=job.headcount,
            status=job.status,
            created_at=job.created_at,
            updated_at=job.updated_at,
            closed_at=job.closed_at,
        )


async def load_live_stream(info: Info, pk: int | None) -> LiveStream | None:
    """The broadcast with this key, through the request's loader; None for no key."""
    if pk is None:
        return None
    stream = await info.context.loaders.live_stream_by_id.load(pk)
    return None if stream is None else LiveStream.from_model(stream)


@strawberry.type(description="A job in a broadcast's running order.")
class PresentedJob:
    position: int = strawberry.field(description="1 for the first job presented.")
    presented_at: datetime | None = strawberry.field(description="When the host presented it.")
    job: JobPost = strawberry.field(description="The job presented.")


@strawberry.type(description="A live-stream job fair (直播带岗).")
class LiveStream(Node):
    pk: Private[int]
    employer_pk: Private[int | None]
    external_id: str | None = strawberry.field(description="The id used in jobs.jsonl.")
    title: str = strawberry.field(description="Title of the broadcast.")
    host: str = strawberry.field(description="Who presents it.")
    campaign: str | None = strawberry.field(description="The campaign it belongs to.")
    scheduled_start: datetime | None = strawberry.field(description="Planned start.")
    status: LiveStreamStatusEnum = strawberry.field(description="SCHEDULED, LIVE or ENDED.")
    started_at: datetime | None = strawberry.field(description="When it went live.")
    ended_at: datetime | None = strawberry.field(description="When it ended.")
    viewer_count: int = strawberry.field(
        description="Viewers as the streaming platform counts them, as last reported."
    )

    @strawberry.field(description="What the broadcast has drawn so far.")
    async def figures(self, info: Info) -> LiveStreamFigures:
        loaders = info.context.loaders
        counted = await loaders.figures_by_live_stream_id.load(self.pk)
        watching = await loaders.viewers_now_by_live_stream_id.load(self.pk)
        return LiveStreamFigures.from_figures(counted, watching)

    @strawberry.field(description="The employer running it; null for the city's own fairs.")
    async def employer(self, info: Info) -> Employer | None:
        if self.employer_pk is None:
            return None
        return Employer.from_model(await info.context.loaders.employer_by_id.load(self.employer_pk))

    @strawberry.field(
        directives=[ListSize(assumed_size=MAX_PRESENTATIONS, slicing_arguments=["first"])],
        description=f"The jobs presented, in presentation order: the first `first`, or all "
        f"(at most {MAX_PRESENTATIONS}).",
    )
    async def jobs(self, info: Info, first: int | None = None) -> list[PresentedJob]:
        if first is not None and first < 0:
            raise InvalidValue("field.negative", field="first")
        loaders = info.context.loaders
        presentations = await loaders.presentations_by_live_stream_id.load(self.pk)
        presentations = presentations[:first]
        jobs = await loaders.job_by_id.load_many([p.job_id for p in presentations])
        return [
            PresentedJob(
                position=presentation.position,
                presented_at=presentation.presented_at,
                job=JobPost.from_model(job),
            )
            for presentation, job in zip(presentations, jobs, strict=True)
            if job is not None and can_see_job(info.context.actor, job)
        ]

    @classmethod
    def from_model(cls, stream: models.LiveStream) -> LiveStream:
        return cls(
            pk=stream.id,
            employer_pk=stream.employer_id,
            id=to_global_id(LIVE_STREAM, stream.id),
            external_id=stream.external_id,
            title=stream.title,
            host=stream.host,
            campaign=stream.campaign,
            scheduled_start=stream.scheduled_start,
            status=stream.status,
            started_at=stream.started_at,
            ended_at=stream.ended_at,
            viewer_count=stream.viewer_count,
        )


@strawberry.type(description="Figures of the kind the city publishes.")
class PlatformStatistics:
    broadcasts: int = strawberry.field(description="Live-stream broadcasts (场次).")
    companies: int = strawberry.field(description="Employers with job posts (企业).")
    positions: int = strawberry.field(description="Job posts (岗位).")
    openings: int = strawberry.field(description="Openings: headcounts added up (需求人数).")
    resumes: int = strawberry.field(description="Applications received (简历).")
