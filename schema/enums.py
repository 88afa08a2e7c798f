"""GraphQL enums: the codes of FORMATS.md upper-cased, straight from the engine's vocabularies."""

from __future__ import annotations

import strawberry

from engine.jobs.livestreams import StreamAction
from engine.models import ApplicationStatus, JobStatus, LiveStreamStatus, Role
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel

EducationLevelEnum = strawberry.enum(
    EducationLevel,
    name="EducationLevel",
    description="Education, low to high; HIGH_SCHOOL and SECONDARY_VOCATIONAL are one tier.",
)
TravelLevelEnum = strawberry.enum(
    TravelLevel, name="TravelLevel", description="How much travel: NONE < OCCASIONAL < FREQUENT."
)
AccommodationEnum = strawberry.enum(
    Accommodation,
    name="Accommodation",
    description="What a workplace offers, or what a person needs, to work there.",
)
JobStatusEnum = strawberry.enum(JobStatus, name="JobStatus", description="Open or closed.")
LiveStreamStatusEnum = strawberry.enum(
    LiveStreamStatus, name="LiveStreamStatus", description="SCHEDULED → LIVE → ENDED."
)
LiveStreamActionEnum = strawberry.enum(
    StreamAction, name="LiveStreamAction", description="START a scheduled broadcast or END it."
)
ApplicationStatusEnum = strawberry.enum(
    ApplicationStatus,
    name="ApplicationStatus",
    description=(
        "SUBMITTED → SCREENING → INTERVIEW → OFFER → HIRED; an open application may become "
        "REJECTED (by the employer) or WITHDRAWN (by the seeker)."
    ),
)
RoleEnum = strawberry.enum(Role, name="Role", description="What a token's holder may do.")
