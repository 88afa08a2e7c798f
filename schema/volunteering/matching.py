"""Volunteer matches and the week's assignment proposal over GraphQL."""

from __future__ import annotations

from datetime import date

import strawberry

from engine.volunteering import matching
from matchers.records import Reason
from schema.context import Info
from schema.errors import UserError
from schema.limits.directives import MATCHING, OPTIMISATION, TOP, assumed
from schema.matching.types import MatchReason
from schema.mutations import perform
from schema.relay import decode_id
from schema.volunteering.types import TASK, VOLUNTEER, Task, Volunteer


@strawberry.type(description="A task that fits a volunteer, best first.")
class TaskMatch:
    task: Task = strawberry.field(description="The task.")
    score: float = strawberry.field(description="0 to 1.")
    reasons: list[MatchReason] = strawberry.field(
        directives=[assumed(10)], description="Why, largest share first."
    )


@strawberry.type(description="A volunteer who fits a task, best first.")
class VolunteerMatch:
    volunteer: Volunteer = strawberry.field(description="The volunteer.")
    score: float = strawberry.field(description="0 to 1.")
    reasons: list[MatchReason] = strawberry.field(
        directives=[assumed(10)], description="Why, largest share first."
    )


@strawberry.type(description="The volunteers proposed for one task of the week.")
class AssignmentProposal:
    task: Task = strawberry.field(description="The task.")
    volunteers: list[Volunteer] = strawberry.field(description="Proposed, best first.")
    unfilled: int = strawberry.field(description="Slots no available volunteer can fill.")


def _reasons(reasons: tuple[Reason, ...]) -> list[MatchReason]:
    return [MatchReason.from_reason(reason) for reason in reasons]


@strawberry.type
class VolunteerMatchingQueries:
    @strawberry.field(
        directives=[MATCHING, TOP],
        description="Open, upcoming tasks for a volunteer, with reasons (skills, community, "
        "team, availability); only tasks their availability covers.",
    )
    async def task_matches(
        self, info: Info, volunteer_id: strawberry.ID, first: int = 10
    ) -> list[TaskMatch]:
        ctx = info.context
        found = await ctx.db.read(
            matching.task_matches,
            heavy=True,
            actor=ctx.actor,
            volunteer_id=decode_id(volunteer_id, VOLUNTEER, field="volunteerId"),
            first=first,
        )
        return [
            TaskMatch(task=Task.from_model(m.task), score=m.score, reasons=_reasons(m.reasons))
            for m in found
        ]

    @strawberry.field(
        directives=[MATCHING, TOP],
        description="The community's volunteers who fit a task, for coordinators.",
    )
    async def volunteer_matches(
        self, info: Info, task_id: strawberry.ID, first: int = 10
    ) -> list[VolunteerMatch]:
        ctx = info.context
        found = await ctx.db.read(
            matching.volunteer_matches,
            heavy=True,
            actor=ctx.actor,
            task_id=decode_id(task_id, TASK, field="taskId"),
            first=first,
        )
        return [
            VolunteerMatch(
                volunteer=Volunteer.from_model(m.volunteer),
                score=m.score,
                reasons=_reasons(m.reasons),
            )
            for m in found
        ]


@strawberry.input(description="The week to propose an assignment for.")
class ProposeAssignmentInput:
    week_start: date = strawberry.field(description="The first day of the week (Beijing time).")


@strawberry.type(description="The proposal, or why not.")
class ProposeAssignmentPayload:
    proposals: list[AssignmentProposal] | None
    user_errors: list[UserError]


@strawberry.type
class VolunteerMatchingMutations:
    @strawberry.mutation(
        directives=[OPTIMISATION],
        description="Proposes the optimal assignment of the coordinator's community's volunteers "
        "to its open tasks in the week from weekStart: the total match score as high as slots, "
        "availability and no-overlap allow. A proposal for the coordinator; nothing is written.",
    )
    async def propose_assignment(
        self, info: Info, input: ProposeAssignmentInput
    ) -> ProposeAssignmentPayload:
        ctx = info.context
        return await perform(
            ProposeAssignmentPayload,
            "proposals",
            lambda: ctx.db.read(
                matching.propose_assignment,
                heavy=True,
                actor=ctx.actor,
                week_start=input.week_start,
            ),
            lambda found: [
                AssignmentProposal(
                    task=Task.from_model(item.task),
                    volunteers=[Volunteer.from_model(v) for v in item.volunteers],
                    unfilled=item.unfilled,
                )
                for item in found
            ],
        )
