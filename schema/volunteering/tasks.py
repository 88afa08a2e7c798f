"""Queries and mutations for tasks, volunteers' profiles and sign-ups."""

from __future__ import annotations

import dataclasses

import strawberry

from engine.paging import Page
from engine.volunteering import signups, tasks, volunteers
from schema.context import Info
from schema.errors import UserError
from schema.inputs import given, provided
from schema.limits.directives import PAGED
from schema.mutations import perform
from schema.relay import Connection, decode_cursor, decode_id
from schema.volunteering.inputs import (
    CancelSignUpInput,
    CancelTaskInput,
    CreateTaskInput,
    SignUpForTaskInput,
    UpdateTaskInput,
    UpsertVolunteerProfileInput,
)
from schema.volunteering.types import (
    SIGN_UP,
    TASK,
    SignUp,
    Task,
    TaskStatusEnum,
    Volunteer,
    VolunteerTeamEnum,
)


@strawberry.type(description="The task, or why not.")
class TaskPayload:
    task: Task | None
    user_errors: list[UserError]


@strawberry.type(description="The profile, or why not.")
class VolunteerPayload:
    volunteer: Volunteer | None
    user_errors: list[UserError]


@strawberry.type(description="The sign-up, or why not.")
class SignUpPayload:
    sign_up: SignUp | None
    user_errors: list[UserError]


@strawberry.type(description="One of a community's five volunteer teams.")
class Team:
    code: VolunteerTeamEnum = strawberry.field(description="PARTY_WARMTH, CIVIL_WEDDING, …")
    name: str = strawberry.field(description="党员暖心, 文明婚庆, 文明健康, 入学升学 or 助老扶幼.")
    member_count: int = strawberry.field(description="Volunteers in the team.")
    community: strawberry.Private[str]

    @strawberry.field(description="The team's volunteers; for its community's coordinators.")
    async def members(self, info: Info) -> list[Volunteer]:
        ctx = info.context
        found = await ctx.db.read(
            volunteers.members_of_team, actor=ctx.actor, community=self.community, team=self.code
        )
        return [Volunteer.from_model(person) for person in found]


@strawberry.type
class VolunteeringQueries:
    @strawberry.field(description="A community's five teams, with their member counts.")
    async def teams(self, info: Info, community: str) -> list[Team]:
        found = await info.context.db.read(volunteers.team_members, community=community)
        return [
            Team(
                code=team,
                name=team.label,
                member_count=len(people),
                community=community.strip(),
            )
            for team, people in found.items()
        ]

    @strawberry.field(
        directives=[PAGED],
        description="Tasks, newest first; public. Filter by community and status.",
    )
    async def tasks(
        self,
        info: Info,
        first: int | None = 20,
        after: str | None = None,
        community: str | None = None,
        status: TaskStatusEnum | None = TaskStatusEnum.OPEN,
    ) -> Connection[Task]:
        page: Page = await info.context.db.read(
            tasks.list_tasks,
            first=first,
            after=decode_cursor(after),
            community=community,
            status=status,
        )
        return Connection.from_page(page, Task.from_model, key=lambda task: task.id)

    @strawberry.field(
        directives=[PAGED], description="A coordinator's community's volunteers (admins: all)."
    )
    async def volunteers(
        self, info: Info, first: int | None = 20, after: str | None = None
    ) -> Connection[Volunteer]:
        page: Page = await info.context.db.read(
            volunteers.list_volunteers,
            actor=info.context.actor,
            first=first,
            after=decode_cursor(after),
        )
        return Connection.from_page(page, Volunteer.from_model, key=lambda row: row.id)

    @strawberry.field(description="The volunteer's own profile, once created.")
    async def my_volunteer_profile(self, info: Info) -> Volunteer | None:
        found = await info.context.db.read(volunteers.own_volunteer, actor=info.context.actor)
        return None if found is None else Volunteer.from_model(found)


@strawberry.type
class VolunteeringMutations:
    @strawberry.mutation(description="Publishes a task in the coordinator's community.")
    async def create_task(self, info: Info, input: CreateTaskInput) -> TaskPayload:
        ctx = info.context
        return await perform(
            TaskPayload,
            "task",
            lambda: ctx.db.write(
                tasks.create_task,
                actor=ctx.actor,
                data=provided(input, exclude=("external_id",)),
                external_id=given(input.external_id),
            ),
            Task.from_model,
        )

    @strawberry.mutation(description="Changes a task of the coordinator's community.")
    async def update_task(self, info: Info, input: UpdateTaskInput) -> TaskPayload:
        ctx = info.context
        return await perform(
            TaskPayload,
            "task",
            lambda: ctx.db.write(
                tasks.update_task,
                actor=ctx.actor,
                task_id=decode_id(input.id, TASK, field="id"),
                changes=provided(input, exclude=("id",)),
            ),
            Task.from_model,
        )

    @strawberry.mutation(description="Cancels an open task.")
    async def cancel_task(self, info: Info, input: CancelTaskInput) -> TaskPayload:
        ctx = info.context
        return await perform(
            TaskPayload,
            "task",
            lambda: ctx.db.write(
                tasks.cancel_task, actor=ctx.actor, task_id=decode_id(input.id, TASK, field="id")
            ),
            Task.from_model,
        )

    @strawberry.mutation(description="Creates or changes the volunteer's own profile.")
    async def upsert_volunteer_profile(
        self, info: Info, input: UpsertVolunteerProfileInput
    ) -> VolunteerPayload:
        ctx = info.context
        data = provided(input)
        if data.get("availability") is not None:
            data["availability"] = [dataclasses.asdict(window) for window in data["availability"]]
        return await perform(
            VolunteerPayload,
            "volunteer",
            lambda: ctx.db.write(volunteers.upsert_volunteer_profile, actor=ctx.actor, data=data),
            Volunteer.from_model,
        )

    @strawberry.mutation(description="Takes a place on a task, or on its waitlist when full.")
    async def sign_up_for_task(self, info: Info, input: SignUpForTaskInput) -> SignUpPayload:
        ctx = info.context
        return await perform(
            SignUpPayload,
            "sign_up",
            lambda: ctx.db.write(
                signups.sign_up,
                actor=ctx.actor,
                task_id=decode_id(input.task_id, TASK, field="task_id"),
            ),
            SignUp.from_model,
        )

    @strawberry.mutation(description="Gives a place up; the first on the waitlist takes it.")
    async def cancel_sign_up(self, info: Info, input: CancelSignUpInput) -> SignUpPayload:
        ctx = info.context
        return await perform(
            SignUpPayload,
            "sign_up",
            lambda: ctx.db.write(
                signups.cancel_sign_up,
                actor=ctx.actor,
                sign_up_id=decode_id(input.id, SIGN_UP, field="id"),
            ),
            SignUp.from_model,
            renames={"sign_up_id": "id"},
        )
