"""GraphQL for attendance, the service record, points and the rewards catalogue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import UNSET, Private

from engine.paging import Page
from engine.volunteering import attendance, rewards
from engine.volunteering import ledger_models as models
from engine.volunteering.models import SignUp as SignUpRow
from schema.context import Info
from schema.errors import UserError
from schema.inputs import provided
from schema.limits.directives import PAGED
from schema.mutations import perform
from schema.relay import Connection, Node, decode_cursor, decode_id, to_global_id
from schema.volunteering.types import (
    SIGN_UP,
    TASK,
    VOLUNTEER,
    SignUp,
    SignUpStatusEnum,
    Task,
    Volunteer,
    load_task,
)

REWARD = "Reward"


@strawberry.type(description="An item of the rewards catalogue (实物兑换).")
class Reward(Node):
    external_id: str = strawberry.field(description="The id in rewards.jsonl.")
    name: str = strawberry.field(description="Name.")
    description: str = strawberry.field(description="What it is.")
    points: int = strawberry.field(description="Points it costs, at least 1.")
    stock: int = strawberry.field(description="Units left.")

    @classmethod
    def from_model(cls, reward: models.Reward) -> Reward:
        return cls(
            id=to_global_id(REWARD, reward.id),
            external_id=reward.external_id,
            name=reward.name,
            description=reward.description,
            points=reward.points,
            stock=reward.stock,
        )


@strawberry.type(description="Points exchanged for one unit of a reward.")
class Redemption:
    reward_pk: Private[int]
    points: int = strawberry.field(description="Points spent.")
    created_at: datetime = strawberry.field(description="When.")

    @strawberry.field(description="The reward.")
    async def reward(self, info: Info) -> Reward:
        return Reward.from_model(await info.context.loaders.reward_by_id.load(self.reward_pk))

    @classmethod
    def from_model(cls, redemption: models.Redemption) -> Redemption:
        return cls(
            reward_pk=redemption.reward_id,
            points=redemption.points,
            created_at=redemption.created_at,
        )


@strawberry.type(description="A sign-up's attendance: check-in, check-out and outcome.")
class Attendance:
    pk: Private[int]
    task_pk: Private[int]
    sign_up: SignUp = strawberry.field(description="The sign-up.")
    status: SignUpStatusEnum = strawberry.field(description="CONFIRMED, COMPLETED or NO_SHOW.")
    checked_in_at: datetime | None = strawberry.field(description="When they checked in.")
    checked_out_at: datetime | None = strawberry.field(description="When they checked out.")
    minutes_served: int | None = strawberry.field(
        description="Minutes between check-in and check-out within the task's scheduled time."
    )

    @strawberry.field(description="The task.")
    async def task(self, info: Info) -> Task:
        return await load_task(info, self.task_pk)

    @classmethod
    def from_model(cls, entry: SignUpRow) -> Attendance:
        return cls(
            pk=entry.id,
            task_pk=entry.task_id,
            sign_up=SignUp.from_model(entry),
            status=entry.status,
            checked_in_at=entry.checked_in_at,
            checked_out_at=entry.checked_out_at,
            minutes_served=entry.minutes_served,
        )


@strawberry.type(description="One task in a service record.")
class ServiceRecordEntry:
    sign_up_pk: Private[int]
    task_pk: Private[int]
    title: str = strawberry.field(description="The task's title.")
    starts_at: datetime = strawberry.field(description="The task's start.")
    ends_at: datetime = strawberry.field(description="The task's end.")
    status: SignUpStatusEnum = strawberry.field(description="CONFIRMED, COMPLETED or NO_SHOW.")
    minutes_served: int | None = strawberry.field(
        description="Minutes served within the task's scheduled time, recorded at check-out."
    )
    points: int = strawberry.field(
        description="Points the task earned them: its points in proportion to the minutes served."
    )

    @strawberry.field(description="The sign-up.")
    async def sign_up(self, info: Info) -> SignUp:
        return SignUp.from_model(await info.context.loaders.sign_up_by_id.load(self.sign_up_pk))

    @strawberry.field(description="The task.")
    async def task(self, info: Info) -> Task:
        return await load_task(info, self.task_pk)


@strawberry.type(description="A volunteer's service record (志愿服务记录).")
class ServiceRecord:
    volunteer_pk: Private[int]
    entries: list[ServiceRecordEntry] = strawberry.field(description="Their tasks, by start.")
    total_minutes: int = strawberry.field(description="Minutes served in all.")
    total_points: int = strawberry.field(description="Points earned by service in all.")
    balance: int = strawberry.field(description="Points they hold now, after redemptions.")

    @strawberry.field(description="The volunteer.")
    async def volunteer(self, info: Info) -> Volunteer:
        # Whoever may read the record may see the volunteer (engine: service_record).
        found = await info.context.loaders.visible_volunteer_by_id.load(self.volunteer_pk)
        return Volunteer.from_model(found)

    @classmethod
    def from_record(cls, record: attendance.ServiceRecord) -> ServiceRecord:
        return cls(
            volunteer_pk=record.volunteer_id,
            entries=[
                ServiceRecordEntry(
                    sign_up_pk=entry.sign_up_id,
                    task_pk=entry.task_id,
                    title=entry.title,
                    starts_at=entry.starts_at,
                    ends_at=entry.ends_at,
                    status=entry.status,
                    minutes_served=entry.minutes_served,
                    points=entry.points,
                )
                for entry in record.entries
            ],
            total_minutes=record.total_minutes,
            total_points=record.total_points,
            balance=record.balance,
        )


@strawberry.input(description="Checking in or out of a task with its code.")
class AttendanceInput:
    task_id: strawberry.ID = strawberry.field(description="The task.")
    code: str = strawberry.field(description="The code the coordinator shows.")


@strawberry.input(description="A sign-up the coordinator decides on.")
class SignUpDecisionInput:
    sign_up_id: strawberry.ID = strawberry.field(description="The sign-up.")


@strawberry.input(description="A reward to redeem with the volunteer's points.")
class RedeemRewardInput:
    reward_id: strawberry.ID = strawberry.field(description="The reward.")


@strawberry.input(description="A new reward in the coordinator's community's catalogue.")
class CreateRewardInput:
    name: str = strawberry.field(description="What it is, e.g. 食用油.")
    points: int = strawberry.field(description="Points it costs, at least 1.")
    stock: int | None = strawberry.field(default=UNSET, description="Units in stock, >= 0.")
    description: str | None = strawberry.field(default=UNSET, description="Details.")
    community: str | None = strawberry.field(
        default=UNSET, description="Admins only; a coordinator's rewards are their community's."
    )


@strawberry.type(description="The reward, or why not.")
class CreateRewardPayload:
    reward: Reward | None = strawberry.field(description="The new reward.")
    user_errors: list[UserError] = strawberry.field(description="Why nothing was changed.")


@strawberry.type(description="The attendance, or why not.")
class AttendancePayload:
    attendance: Attendance | None = strawberry.field(description="The sign-up's attendance.")
    user_errors: list[UserError] = strawberry.field(description="Why nothing was changed.")


@strawberry.type(description="The redemption, or why not.")
class RedeemRewardPayload:
    redemption: Redemption | None = strawberry.field(description="The redemption.")
    user_errors: list[UserError] = strawberry.field(description="Why nothing was changed.")


@strawberry.type
class PointsQueries:
    @strawberry.field(
        description="A volunteer's service record; for them, their community's "
        "coordinators and admins."
    )
    async def service_record(self, info: Info, volunteer_id: strawberry.ID) -> ServiceRecord:
        record = await info.context.db.read(
            attendance.service_record,
            actor=info.context.actor,
            volunteer_id=decode_id(volunteer_id, VOLUNTEER, field="volunteer_id"),
        )
        return ServiceRecord.from_record(record)

    @strawberry.field(
        directives=[PAGED], description="The rewards catalogue, oldest first; public."
    )
    async def rewards(
        self, info: Info, first: int | None = 20, after: str | None = None
    ) -> Connection[Reward]:
        page: Page = await info.context.db.read(
            rewards.list_rewards, first=first, after=decode_cursor(after)
        )
        return Connection.from_page(page, Reward.from_model, key=lambda reward: reward.id)

    @strawberry.field(description="The acting volunteer's points.")
    async def my_balance(self, info: Info) -> int:
        return await info.context.db.read(rewards.my_balance, actor=info.context.actor)

    @strawberry.field(description="A task's check-in code, for its community's coordinators.")
    async def check_in_code(self, info: Info, task_id: strawberry.ID) -> str:
        return await info.context.db.write(
            attendance.check_in_code,
            actor=info.context.actor,
            task_id=decode_id(task_id, TASK, field="task_id"),
        )


@strawberry.type
class PointsMutations:
    @strawberry.mutation(
        description="Checks the volunteer in with the task's code, from shortly before the "
        "task's start (30 minutes unless configured otherwise) until its end."
    )
    async def check_in(self, info: Info, input: AttendanceInput) -> AttendancePayload:
        return await _attend(
            info,
            attendance.check_in,
            input,
            opens_minutes_before=info.context.settings.check_in_opens_minutes,
        )

    @strawberry.mutation(
        description="Checks the volunteer out; the minutes within the task's time are recorded."
    )
    async def check_out(self, info: Info, input: AttendanceInput) -> AttendancePayload:
        return await _attend(info, attendance.check_out, input)

    @strawberry.mutation(
        description="Confirms the service of a volunteer who checked in and awards, once, the "
        "task's points in proportion to the minutes served (checking them out if need be)."
    )
    async def complete_sign_up(self, info: Info, input: SignUpDecisionInput) -> AttendancePayload:
        return await _decide(info, attendance.complete, input)

    @strawberry.mutation(description="Marks a volunteer who did not come; no points.")
    async def mark_no_show(self, info: Info, input: SignUpDecisionInput) -> AttendancePayload:
        return await _decide(info, attendance.mark_no_show, input)

    @strawberry.mutation(description="Adds a reward to the coordinator's community's catalogue.")
    async def create_reward(self, info: Info, input: CreateRewardInput) -> CreateRewardPayload:
        ctx = info.context
        return await perform(
            CreateRewardPayload,
            "reward",
            lambda: ctx.db.write(rewards.create_reward, actor=ctx.actor, data=provided(input)),
            Reward.from_model,
        )

    @strawberry.mutation(description="Exchanges the volunteer's points for one unit of a reward.")
    async def redeem_reward(self, info: Info, input: RedeemRewardInput) -> RedeemRewardPayload:
        ctx = info.context
        return await perform(
            RedeemRewardPayload,
            "redemption",
            lambda: ctx.db.write(
                rewards.redeem_reward,
                actor=ctx.actor,
                reward_id=decode_id(input.reward_id, REWARD, field="reward_id"),
            ),
            Redemption.from_model,
        )


async def _attend(
    info: Info, service: Callable[..., Any], input: AttendanceInput, **options: Any
) -> AttendancePayload:
    ctx = info.context
    return await perform(
        AttendancePayload,
        "attendance",
        lambda: ctx.db.write(
            service,
            actor=ctx.actor,
            task_id=decode_id(input.task_id, TASK, field="task_id"),
            code=input.code,
            **options,
        ),
        Attendance.from_model,
    )


async def _decide(
    info: Info, service: Callable[..., Any], input: SignUpDecisionInput
) -> AttendancePayload:
    ctx = info.context
    return await perform(
        AttendancePayload,
        "attendance",
        lambda: ctx.db.write(
            service,
            actor=ctx.actor,
            sign_up_id=decode_id(input.sign_up_id, SIGN_UP, field="sign_up_id"),
        ),
        Attendance.from_model,
    )
