from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import UNSET

from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel
from schema.enums import JobStatusEnum, LiveStreamActionEnum


@strawberry.input(description="Narrows a job list; every given condition must hold.")
class JobFilter:
    education: list[EducationLevel] | None = strawberry.field(
        default=None, description="The job's minimum education is one of these."
    )
    open_to_education: EducationLevel | None = strawberry.field(
        default=None, description="Jobs that someone with this education may apply to."
    )
    location: str | None = strawberry.field(
        default=None, description="The location contains this text, e.g. 东昌府区."
    )
    salary_at_least: int | None = strawberry.field(
        default=None, description="The job can pay at least this much (its salaryMax)."
    )
    salary_at_most: int | None = strawberry.field(
        default=None, description="The job starts at or below this pay (its salaryMin)."
    )
    housing: bool | None = strawberry.field(default=None, description="Offers housing, or not.")
    accommodations: list[Accommodation] | None = strawberry.field(
        default=None, description="The workplace offers every one of these."
    )
    graduates_welcome: bool | None = strawberry.field(
        default=None, description="Welcomes graduates, or not."
    )
    employer_id: strawberry.ID | None = strawberry.field(
        default=None, description="Posted by this employer."
    )
    live_stream_id: strawberry.ID | None = strawberry.field(
        default=None, description="Presented in this broadcast."
    )
    status: JobStatusEnum | None = strawberry.field(
        default=JobStatusEnum.OPEN,
        description="OPEN (default) or CLOSED; closed jobs only for their employer and admins.",
    )
    search: str | None = strawberry.field(
        default=None,
        description="Words that must each appear in title, description, skills, place or company.",
    )


@strawberry.input(description="The fields of a job post that a recruiter edits.")
class JobFieldsInput:
    description: str | None = strawberry.field(default=UNSET, description="At most 20,000.")
    skills: list[str] | None = strawberry.field(default=UNSET, description="Skills wanted.")
    education: EducationLevel | None = strawberry.field(default=UNSET, description="Minimum.")
    majors: list[str] | None = strawberry.field(default=UNSET, description="Preferred majors.")
    experience_years: int | None = strawberry.field(default=UNSET, description="Minimum years.")
    salary_min: int | None = strawberry.field(default=UNSET, description="CNY per month.")
    salary_max: int | None = strawberry.field(default=UNSET, description="CNY per month.")
    location: str | None = strawberry.field(default=UNSET, description="Where the work is.")
    housing: bool | None = strawberry.field(default=UNSET, description="Offers housing.")
    travel: TravelLevel | None = strawberry.field(default=UNSET, description="Travel needed.")
    accommodations: list[Accommodation] | None = strawberry.field(
        default=UNSET, description="What the workplace offers."
    )
    graduates_welcome: bool | None = strawberry.field(default=UNSET, description="应届生可投.")
    headcount: int | None = strawberry.field(default=UNSET, description="Openings, at least 1.")


@strawberry.input(description="A new job post: the fields of jobs.jsonl, minus id and employer.")
class PostJobInput(JobFieldsInput):
    title: str = strawberry.field(description="岗位名称, at most 200 characters.")
    live_stream_id: strawberry.ID | None = strawberry.field(
        default=UNSET, description="The broadcast that presents it."
    )
    external_id: str | None = strawberry.field(
        default=UNSET, description="Your id for it (as in jobs.jsonl); generated if left out."
    )
    employer_name: str | None = strawberry.field(
        default=UNSET, description="Admins only: the employer to post for."
    )


@strawberry.input(description="Changes to a job post; fields left out stay as they are.")
class UpdateJobInput(JobFieldsInput):
    id: strawberry.ID = strawberry.field(description="The job post.")
    title: str | None = strawberry.field(default=UNSET, description="岗位名称.")


@strawberry.input(description="Closes a job post: it leaves public lists.")
class CloseJobInput:
    id: strawberry.ID = strawberry.field(description="The job post.")


@strawberry.input(description="A new broadcast, scheduled.")
class CreateLiveStreamInput:
    title: str = strawberry.field(description="Title, at most 200 characters.")
    scheduled_start: datetime = strawberry.field(description="Planned start, with offset.")
    host: str | None = strawberry.field(default=UNSET, description="Who presents it.")
    campaign: str | None = strawberry.field(
        default=UNSET, description="The campaign it belongs to (2023年春风行动)."
    )
    external_id: str | None = strawberry.field(default=UNSET, description="Your own id for it.")
    employer_name: str | None = strawberry.field(
        default=UNSET, description="Admins only: run it for this employer (else it is the city's)."
    )


@strawberry.input(description="Edits a broadcast, and starts or ends it.")
class UpdateLiveStreamInput:
    id: strawberry.ID = strawberry.field(description="The broadcast.")
    title: str | None = strawberry.field(default=UNSET, description="New title.")
    host: str | None = strawberry.field(default=UNSET, description="New host.")
    campaign: str | None = strawberry.field(default=UNSET, description="New campaign, or null.")
    scheduled_start: datetime | None = strawberry.field(
        default=UNSET, description="New planned start (scheduled broadcasts only)."
    )
    viewer_count: int | None = strawberry.field(
        default=UNSET, description="Viewers now, as the streaming platform counts them."
    )
    action: LiveStreamActionEnum | None = strawberry.field(
        default=UNSET, description="START a scheduled broadcast, or END a live one."
    )


@strawberry.input(description="Adds an open job to a broadcast's running order.")
class PresentJobInput:
    live_stream_id: strawberry.ID = strawberry.field(description="The broadcast.")
    job_id: strawberry.ID = strawberry.field(description="The job presented next.")
