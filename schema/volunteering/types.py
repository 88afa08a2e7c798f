"""GraphQL types for the volunteer programme: tasks, volunteers and sign-ups."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry
from strawberry import Private

from engine.volunteering import models
from matchers.vocabulary import TaskCategory, VolunteerTeam
from schema.context import Info
from schema.relay import Node, to_global_id

TASK = "Task"
VOLUNTEER = "Volunteer"
SIGN_UP = "SignUp"

VolunteerTeamEnum = strawberry.enum(
    VolunteerTeam, name="VolunteerTeam", description="The five volunteer teams of a community."
)
TaskCategoryEnum = strawberry.enum(
    TaskCategory, name="TaskCategory", description="What kind of help a task is."
)
TaskStatusEnum = strawberry.enum(
    models.TaskStatus, name="TaskStatus", description="OPEN, CANCELLED or COMPLETED."
)
SignUpStatusEnum: type[Enum] = strawberry.enum(
    models.SignUpStatus,
    name="SignUpStatus",
    description="CONFIRMED, WAITLISTED, CANCELLED, COMPLETED or NO_SHOW.",
)


async def _community(info: Info, community_pk: int | None) -> str:
    if community_pk is None:
        return ""
    community = await info.context.loaders.community_by_id.load(community_pk)
    return "" if community is None else community.name


@strawberry.type(description="A volunteer task (红邻菜单), every field of tasks.jsonl.")
class Task(Node):
    pk: Private[int]
    community_pk: Private[int | None]
    coordinator_pk: Private[int | None]
    external_id: str = strawberry.field(description="The id in tasks.jsonl.")
    title: str = strawberry.field(description="Title.")
    description: str = strawberry.field(description="What is to be done.")
    category: TaskCategoryEnum = strawberry.field(description="The kind of help.")
    team: VolunteerTeamEnum | None = strawberry.field(description="The team that owns it.")
    starts_at: datetime = strawberry.field(description="Start.")
    ends_at: datetime = strawberry.field(description="End.")
    slots: int = strawberry.field(description="Volunteers needed.")
    confirmed: int = strawberry.field(description="Volunteers confirmed so far.")
    skills: list[str] = strawberry.field(description="Skills wanted.")
    points: int = strawberry.field(description="Points each volunteer earns on completion.")
    status: TaskStatusEnum = strawberry.field(description="OPEN, CANCELLED or COMPLETED.")

    @strawberry.field(description="The community, e.g. 御苑社区.")
    async def community(self, info: Info) -> str:
        return await _community(info, self.community_pk)

    @strawberry.field(description="The name of the coordinator who published it, if known.")
    async def coordinator(self, info: Info) -> str | None:
        if self.coordinator_pk is None:
            return None
        account = await info.context.loaders.account_by_id.load(self.coordinator_pk)
        return None if account is None else account.name

    @classmethod
    def from_model(cls, task: models.Task) -> Task:
        return cls(
            pk=task.id,
            community_pk=task.community_id,
            coordinator_pk=task.coordinator_account_id,
            id=to_global_id(TASK, task.id),
            external_id=task.external_id,
            title=task.title,
            description=task.description,
            category=task.category,
            team=task.team,
            starts_at=task.starts_at,
            ends_at=task.ends_at,
            slots=task.slots,
            confirmed=task.confirmed,
            skills=list(task.skills),
            points=task.points,
            status=task.status,
        )


async def load_task(info: Info, pk: int) -> Task:
    """The task with this key, through the request's loader; tasks are public."""
    return Task.from_model(await info.context.loaders.task_by_id.load(pk))


@strawberry.type(description="A weekly time a volunteer can serve (Asia/Shanghai).")
class AvailabilityWindow:
    weekday: int = strawberry.field(description="1 (Monday) to 7 (Sunday).")
    start: str = strawberry.field(description="HH:MM.")
    end: str = strawberry.field(description="HH:MM.")


@strawberry.type(
    description="A volunteer's profile (volunteers.jsonl). Seen by the volunteer, "
    "coordinators of their community, and admins."
)
class Volunteer(Node):
    pk: Private[int]
    community_pk: Private[int | None]
    external_id: str = strawberry.field(description="The id in volunteers.jsonl.")
    name: str = strawberry.field(description="Personal data.")
    skills: list[str] = strawberry.field(description="Skills.")
    teams: list[VolunteerTeamEnum] = strawberry.field(description="Teams they belong to.")
    availability: list[AvailabilityWindow] = strawberry.field(description="Weekly windows.")
    bio: str = strawberry.field(description="About them.")

    @strawberry.field(description="Their community.")
    async def community(self, info: Info) -> str:
        return await _community(info, self.community_pk)

    @classmethod
    def from_model(cls, volunteer: models.Volunteer) -> Volunteer:
        return cls(
            pk=volunteer.id,
            community_pk=volunteer.community_id,
            id=to_global_id(VOLUNTEER, volunteer.id),
            external_id=volunteer.external_id,
            name=volunteer.name,
            skills=list(volunteer.skills),
            teams=[VolunteerTeam(team) for team in volunteer.teams],
            availability=[
                AvailabilityWindow(
                    weekday=int(window["weekday"]),
                    start=str(window["start"]),
                    end=str(window["end"]),
                )
                for window in volunteer.availability
            ],
            bio=volunteer.bio,
        )


@strawberry.type(description="A volunteer's place on a task.")
class SignUp(Node):
    pk: Private[int]
    task_pk: Private[int]
    volunteer_pk: Private[int]
    status: SignUpStatusEnum = strawberry.field(description="Where the place stands.")
    queued_at: datetime = strawberry.field(description="When they signed up (waitlist order).")

    @strawberry.field(description="The task.")
    async def task(self, info: Info) -> Task:
        return await load_task(info, self.task_pk)

    @strawberry.field(
        description="The volunteer; null unless you may see their profile (they, admins and "
        "their community's coordinators)."
    )
    async def volunteer(self, info: Info) -> Volunteer | None:
        found = await info.context.loaders.visible_volunteer_by_id.load(self.volunteer_pk)
        return None if found is None else Volunteer.from_model(found)

    @classmethod
    def from_model(cls, entry: models.SignUp) -> SignUp:
        return cls(
            pk=entry.id,
            task_pk=entry.task_id,
            volunteer_pk=entry.volunteer_id,
            id=to_global_id(SIGN_UP, entry.id),
            status=entry.status,
            queued_at=entry.queued_at,
        )
