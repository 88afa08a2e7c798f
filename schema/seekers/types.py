"""GraphQL types for job seekers and their applications."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import Private

from engine.seekers import models
from engine.seekers.visibility import CandidateView
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel
from schema.context import Info
from schema.enums import ApplicationStatusEnum
from schema.jobs.types import JobPost, LiveStream, load_live_stream
from schema.relay import Node, to_global_id

CANDIDATE = "CandidateProfile"
APPLICATION = "Application"


@strawberry.type(
    description="A job seeker's profile (every field of candidates.jsonl). Seen by the seeker, "
    "admins, and employers the seeker applied to or made the profile visible to."
)
class CandidateProfile(Node):
    pk: Private[int]
    external_id: str | None = strawberry.field(description="The id in candidates.jsonl.")
    name: str = strawberry.field(description="Personal data.")
    age: int | None = strawberry.field(description="Personal data; never used in matching.")
    education: EducationLevel = strawberry.field(description="Highest attained.")
    major: str = strawberry.field(description="专业.")
    graduation_year: int | None = strawberry.field(description="Year of graduation.")
    experience_years: int = strawberry.field(description="Years of work experience.")
    skills: list[str] = strawberry.field(description="Skills.")
    summary: str = strawberry.field(description="Free-text resume.")
    desired_titles: list[str] = strawberry.field(description="Jobs wanted.")
    salary_expectation: int | None = strawberry.field(description="Lowest acceptable pay.")
    locations: list[str] = strawberry.field(description="Acceptable areas; empty: anywhere.")
    needs_housing: bool = strawberry.field(description="Needs housing from the employer.")
    travel: TravelLevel = strawberry.field(description="The most travel accepted.")
    needs: list[Accommodation] | None = strawberry.field(
        description="Accommodations needed (sensitive): null unless the viewer is the seeker, "
        "an admin, or an employer the seeker consented to share them with."
    )
    share_needs_with_employers: bool = strawberry.field(
        description="Consent to show needs to employers."
    )
    visible_to_employers: bool = strawberry.field(
        description="Lets every employer see this profile (contacts stay hidden)."
    )
    alerts_enabled: bool | None = strawberry.field(
        description="Opted in to job alerts; null unless the viewer is the seeker or an admin."
    )
    phone: str | None = strawberry.field(
        description="Contact (sensitive): the seeker, admins and employers applied to."
    )
    email: str | None = strawberry.field(
        description="Contact (sensitive): the seeker, admins and employers applied to."
    )

    @classmethod
    def from_view(cls, view: CandidateView) -> CandidateProfile:
        c = view.candidate
        return cls(
            pk=c.id,
            id=to_global_id(CANDIDATE, c.id),
            external_id=c.external_id,
            name=c.name,
            age=c.age,
            education=c.education,
            major=c.major,
            graduation_year=c.graduation_year,
            experience_years=c.experience_years,
            skills=list(c.skills),
            summary=c.summary,
            desired_titles=list(c.desired_titles),
            salary_expectation=c.salary_expectation,
            locations=list(c.locations),
            needs_housing=c.needs_housing,
            travel=c.travel,
            needs=[Accommodation(need) for need in c.needs] if view.show_needs else None,
            share_needs_with_employers=c.share_needs_with_employers,
            visible_to_employers=c.visible_to_employers,
            alerts_enabled=c.alerts_enabled if view.show_settings else None,
            phone=c.phone if view.show_contact else None,
            email=c.email if view.show_contact else None,
        )


@strawberry.type(description="One change in an application's status.")
class ApplicationEvent:
    from_status: ApplicationStatusEnum | None = strawberry.field(description="Before.")
    to_status: ApplicationStatusEnum = strawberry.field(description="After.")
    note: str = strawberry.field(description="Why, if given.")
    at: datetime = strawberry.field(description="When.")


@strawberry.type(description="A seeker's application to a job (投递的简历).")
class Application(Node):
    pk: Private[int]
    candidate_pk: Private[int]
    job_pk: Private[int]
    live_stream_pk: Private[int | None]
    status: ApplicationStatusEnum = strawberry.field(description="Where it stands.")
    note: str = strawberry.field(description="The seeker's note to the employer.")
    created_at: datetime = strawberry.field(description="When it was sent.")
    updated_at: datetime = strawberry.field(description="When it last changed.")

    @strawberry.field(description="The applicant.")
    async def candidate(self, info: Info) -> CandidateProfile | None:
        view = await info.context.loaders.candidate_view_by_id.load(self.candidate_pk)
        return None if view is None else CandidateProfile.from_view(view)

    @strawberry.field(description="The job applied to.")
    async def job(self, info: Info) -> JobPost:
        return JobPost.from_model(await info.context.loaders.job_by_id.load(self.job_pk))

    @strawberry.field(description="The broadcast the application came from, if any.")
    async def live_stream(self, info: Info) -> LiveStream | None:
        return await load_live_stream(info, self.live_stream_pk)

    @strawberry.field(description="Every status change, oldest first.")
    async def history(self, info: Info) -> list[ApplicationEvent]:
        events = await info.context.loaders.events_by_application_id.load(self.pk)
        return [
            ApplicationEvent(
                from_status=event.from_status,
                to_status=event.to_status,
                note=event.note,
                at=event.created_at,
            )
            for event in events
        ]

    @classmethod
    def from_model(cls, application: models.Application) -> Application:
        return cls(
            pk=application.id,
            candidate_pk=application.candidate_id,
            job_pk=application.job_id,
            live_stream_pk=application.live_stream_id,
            id=to_global_id(APPLICATION, application.id),
            status=application.status,
            note=application.note,
            created_at=application.created_at,
            updated_at=application.updated_at,
        )
