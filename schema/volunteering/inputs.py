from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import UNSET

from schema.volunteering.types import TaskCategoryEnum, VolunteerTeamEnum


@strawberry.input(description="A new task, in the coordinator's community.")
class CreateTaskInput:
    title: str = strawberry.field(description="Title, at most 200 characters.")
    starts_at: datetime = strawberry.field(
        description="Start; a time without offset is Beijing time."
    )
    ends_at: datetime = strawberry.field(description="End, after the start.")
    description: str | None = strawberry.field(default=UNSET, description="What is to be done.")
    category: TaskCategoryEnum | None = strawberry.field(default=UNSET, description="Kind.")
    team: VolunteerTeamEnum | None = strawberry.field(default=UNSET, description="Owning team.")
    slots: int | None = strawberry.field(default=UNSET, description="Volunteers needed, >= 1.")
    skills: list[str] | None = strawberry.field(default=UNSET, description="Skills wanted.")
    points: int | None = strawberry.field(default=UNSET, description="Points earned, >= 0.")
    community: str | None = strawberry.field(
        default=UNSET, description="Admins only; a coordinator's tasks are in their community."
    )
    external_id: str | None = strawberry.field(default=UNSET, description="Your id for it.")


@strawberry.input(description="Changes to a task; fields left out stay as they are.")
class UpdateTaskInput:
    id: strawberry.ID = strawberry.field(description="The task.")
    title: str | None = strawberry.field(default=UNSET, description="Title.")
    starts_at: datetime | None = strawberry.field(default=UNSET, description="Start.")
    ends_at: datetime | None = strawberry.field(default=UNSET, description="End.")
    description: str | None = strawberry.field(default=UNSET, description="What is to be done.")
    category: TaskCategoryEnum | None = strawberry.field(default=UNSET, description="Kind.")
    team: VolunteerTeamEnum | None = strawberry.field(default=UNSET, description="Owning team.")
    slots: int | None = strawberry.field(default=UNSET, description="Volunteers needed.")
    skills: list[str] | None = strawberry.field(default=UNSET, description="Skills wanted.")
    points: int | None = strawberry.field(default=UNSET, description="Points earned.")


@strawberry.input(description="Cancels an open task.")
class CancelTaskInput:
    id: strawberry.ID = strawberry.field(description="The task.")


@strawberry.input(description="A weekly time the volunteer can serve.")
class AvailabilityWindowInput:
    weekday: int = strawberry.field(description="1 (Monday) to 7 (Sunday).")
    start: str = strawberry.field(description="HH:MM.")
    end: str = strawberry.field(description="HH:MM, after the start.")


@strawberry.input(description="The volunteer's own profile; fields left out stay as they are.")
class UpsertVolunteerProfileInput:
    name: str | None = strawberry.field(default=UNSET, description="Your name.")
    community: str | None = strawberry.field(default=UNSET, description="Your community.")
    skills: list[str] | None = strawberry.field(default=UNSET, description="Skills.")
    teams: list[VolunteerTeamEnum] | None = strawberry.field(default=UNSET, description="Teams.")
    availability: list[AvailabilityWindowInput] | None = strawberry.field(
        default=UNSET, description="Weekly windows."
    )
    bio: str | None = strawberry.field(default=UNSET, description="About you.")


@strawberry.input(description="Signs the volunteer up for a task (or its waitlist).")
class SignUpForTaskInput:
    task_id: strawberry.ID = strawberry.field(description="The task.")


@strawberry.input(description="Gives a place up; the first on the waitlist takes it.")
class CancelSignUpInput:
    id: strawberry.ID = strawberry.field(description="The sign-up.")
