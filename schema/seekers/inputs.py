from __future__ import annotations

import strawberry
from strawberry import UNSET

from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel
from schema.enums import ApplicationStatusEnum


@strawberry.input(
    description="A seeker's own profile; fields left out keep their value (or default)."
)
class UpsertCandidateProfileInput:
    candidate_id: strawberry.ID | None = strawberry.field(
        default=UNSET, description="Admins only: the profile to change; else a new one."
    )
    name: str | None = strawberry.field(default=UNSET, description="Your name.")
    age: int | None = strawberry.field(default=UNSET, description="Never used in matching.")
    education: EducationLevel | None = strawberry.field(default=UNSET, description="Highest.")
    major: str | None = strawberry.field(default=UNSET, description="专业.")
    graduation_year: int | None = strawberry.field(default=UNSET, description="Year.")
    experience_years: int | None = strawberry.field(default=UNSET, description="Years.")
    skills: list[str] | None = strawberry.field(default=UNSET, description="Skills.")
    summary: str | None = strawberry.field(default=UNSET, description="Free-text resume.")
    desired_titles: list[str] | None = strawberry.field(default=UNSET, description="Jobs wanted.")
    salary_expectation: int | None = strawberry.field(default=UNSET, description="Lowest pay.")
    locations: list[str] | None = strawberry.field(default=UNSET, description="Areas.")
    needs_housing: bool | None = strawberry.field(default=UNSET, description="Needs housing.")
    travel: TravelLevel | None = strawberry.field(default=UNSET, description="Most travel.")
    needs: list[Accommodation] | None = strawberry.field(
        default=UNSET, description="Accommodations you need (kept private unless you share)."
    )
    share_needs_with_employers: bool | None = strawberry.field(
        default=UNSET, description="Show your needs to employers."
    )
    visible_to_employers: bool | None = strawberry.field(
        default=UNSET, description="Let employers find your profile."
    )
    alerts_enabled: bool | None = strawberry.field(
        default=UNSET, description="Get job alerts: new top matches of each batch run."
    )
    phone: str | None = strawberry.field(default=UNSET, description="Contact phone.")
    email: str | None = strawberry.field(default=UNSET, description="Contact e-mail.")


@strawberry.input(description="Applies to an open job with your profile.")
class ApplyToJobInput:
    job_id: strawberry.ID = strawberry.field(description="The job.")
    live_stream_id: strawberry.ID | None = strawberry.field(
        default=UNSET, description="The broadcast you saw it in."
    )
    note: str | None = strawberry.field(default=UNSET, description="A note to the employer.")


@strawberry.input(description="Moves an application on; only legal transitions.")
class UpdateApplicationStatusInput:
    id: strawberry.ID = strawberry.field(description="The application.")
    status: ApplicationStatusEnum = strawberry.field(description="The new status.")
    note: str | None = strawberry.field(default=UNSET, description="Why.")
