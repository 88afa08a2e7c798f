"""Anonymous requests (红便签): submitted without a token, followed up by code, handled by
coordinators, shown on the public board (红邻议事厅). No type here carries any identity."""

from __future__ import annotations

from datetime import date, datetime

import strawberry
from strawberry import UNSET, Private

from engine.errors import DomainError
from engine.messages import Message
from engine.paging import Page
from engine.time import LOCAL_ZONE
from engine.volunteering import requests
from engine.volunteering.request_models import RequestStatus
from schema.context import Info
from schema.errors import UserError, user_errors
from schema.inputs import provided
from schema.limits.directives import PAGED, TEXT_READING
from schema.mutations import perform
from schema.relay import Connection, Node, decode_cursor, decode_id, to_global_id
from schema.volunteering.types import Task as TaskType
from schema.volunteering.types import TaskCategoryEnum, VolunteerTeamEnum, load_task

# Two views of one stored request, so two types with ids of their own.
BOARD_REQUEST = "BoardRequest"
COMMUNITY_REQUEST = "CommunityRequest"
RATE_LIMITED = UserError(field=None, problem=Message("api.rate_limited"), code="RATE_LIMITED")

RequestStatusEnum = strawberry.enum(
    RequestStatus,
    name="RequestStatus",
    description="SUBMITTED → ROUTED (to a team) → IN_PROGRESS (a task was made) → RESOLVED.",
)


@strawberry.type(description="Progress a coordinator posted on a request.")
class RequestProgress:
    message: str = strawberry.field(description="What was done or is planned.")
    posted_at: datetime = strawberry.field(description="When it was posted.")

    @classmethod
    def from_view(cls, update: requests.UpdateView) -> RequestProgress:
        return cls(message=update.message, posted_at=update.posted_at)


@strawberry.type(
    description="An anonymous request as its submitter and the public board see it; "
    "it carries no identity."
)
class BoardRequest(Node):
    community: str = strawberry.field(description="The community, e.g. 御苑社区.")
    text: str = strawberry.field(description="What the resident asked for.")
    status: RequestStatusEnum = strawberry.field(description="How far it has come.")
    team: VolunteerTeamEnum | None = strawberry.field(description="The team handling it.")
    category: TaskCategoryEnum | None = strawberry.field(description="The kind of help.")
    submitted_on: date = strawberry.field(
        description="The day it was submitted (Beijing time); no finer, so as not to hint "
        "at who sent it."
    )
    updates: list[RequestProgress] = strawberry.field(description="Progress, oldest first.")

    @classmethod
    def from_view(cls, view: requests.RequestView) -> BoardRequest:
        return cls(
            id=to_global_id(BOARD_REQUEST, view.id),
            community=view.community,
            text=view.text,
            status=view.status,
            team=view.team,
            category=view.category,
            submitted_on=view.submitted_at.astimezone(LOCAL_ZONE).date(),
            updates=[RequestProgress.from_view(update) for update in view.updates],
        )


@strawberry.type(description="An anonymous request as its community's coordinators see it.")
class CommunityRequest(Node):
    task_pk: Private[int | None]
    community: str = strawberry.field(description="The community, e.g. 御苑社区.")
    text: str = strawberry.field(description="What the resident asked for.")
    status: RequestStatusEnum = strawberry.field(description="How far it has come.")
    team: VolunteerTeamEnum | None = strawberry.field(description="The team it was routed to.")
    category: TaskCategoryEnum | None = strawberry.field(description="The kind of help.")
    suggested_team: VolunteerTeamEnum | None = strawberry.field(
        description="The routing model's team; null when it is unsure."
    )
    suggested_category: TaskCategoryEnum | None = strawberry.field(
        description="The routing model's category; OTHER when it is unsure."
    )
    suggestion_confidence: float | None = strawberry.field(
        description="How sure the routing model is of its suggestion, 0 to 1."
    )
    suggestion_needs_coordinator: bool = strawberry.field(
        description="True when the suggestion is more likely wrong than right (confidence "
        "below 0.5): a coordinator should route it rather than accept it."
    )
    submitted_at: datetime = strawberry.field(description="When it was submitted.")
    updated_at: datetime = strawberry.field(description="When it last changed.")
    updates: list[RequestProgress] = strawberry.field(description="Progress, oldest first.")

    @strawberry.field(description="The task made for it, if any.")
    async def task(self, info: Info) -> TaskType | None:
        return None if self.task_pk is None else await load_task(info, self.task_pk)

    @classmethod
    def from_view(cls, view: requests.RequestView) -> CommunityRequest:
        return cls(
            task_pk=view.task_id,
            id=to_global_id(COMMUNITY_REQUEST, view.id),
            community=view.community,
            text=view.text,
            status=view.status,
            team=view.team,
            category=view.category,
            suggested_team=view.suggested_team,
            suggested_category=view.suggested_category,
            suggestion_confidence=view.suggestion_confidence,
            suggestion_needs_coordinator=view.needs_coordinator,
            submitted_at=view.submitted_at,
            updated_at=view.updated_at,
            updates=[RequestProgress.from_view(update) for update in view.updates],
        )


@strawberry.input(description="An anonymous request; nothing about the sender is kept.")
class SubmitRequestInput:
    community: str = strawberry.field(description="The community, e.g. 御苑社区.")
    text: str = strawberry.field(description="What you need, at most 2,000 characters.")


@strawberry.input(description="Hands a request to a team.")
class RouteRequestInput:
    id: strawberry.ID = strawberry.field(description="The request.")
    team: VolunteerTeamEnum = strawberry.field(description="The team to handle it.")
    category: TaskCategoryEnum | None = strawberry.field(
        default=None, description="The kind of help; the suggested one when left out."
    )


@strawberry.input(description="A task for a request, in the request's community.")
class MakeTaskFromRequestInput:
    id: strawberry.ID = strawberry.field(description="The request.")
    title: str = strawberry.field(description="Title, at most 200 characters.")
    starts_at: datetime = strawberry.field(
        description="Start; a time without offset is Beijing time."
    )
    ends_at: datetime = strawberry.field(description="End, after the start.")
    description: str | None = strawberry.field(
        default=UNSET, description="What is to be done; the request's text when left out."
    )
    category: TaskCategoryEnum | None = strawberry.field(
        default=UNSET, description="Kind; the request's when left out."
    )
    team: VolunteerTeamEnum | None = strawberry.field(
        default=UNSET, description="Owning team; the request's when left out."
    )
    slots: int | None = strawberry.field(default=UNSET, description="Volunteers needed, >= 1.")
    skills: list[str] | None = strawberry.field(default=UNSET, description="Skills wanted.")
    points: int | None = strawberry.field(default=UNSET, description="Points earned, >= 0.")


@strawberry.input(description="Progress on a request, shown to its submitter and on the board.")
class PostRequestUpdateInput:
    id: strawberry.ID = strawberry.field(description="The request.")
    message: str = strawberry.field(description="What was done, at most 2,000 characters.")
    resolve: bool = strawberry.field(
        default=False, description="Marks the request RESOLVED; it then takes no more changes."
    )


@strawberry.type(description="The submitted request and its follow-up code, or why not.")
class SubmitRequestPayload:
    follow_up_code: str | None = strawberry.field(
        description="Keep it: the only way to follow the request up. It is not shown again."
    )
    request: BoardRequest | None = strawberry.field(description="The request as submitted.")
    user_errors: list[UserError] = strawberry.field(description="Why nothing was submitted.")


@strawberry.type(description="The request, or why not.")
class CommunityRequestPayload:
    request: CommunityRequest | None = strawberry.field(description="The changed request.")
    user_errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type(description="The task made for the request, or why not.")
class MakeTaskFromRequestPayload:
    request: CommunityRequest | None = strawberry.field(description="The request, in progress.")
    task: TaskType | None = strawberry.field(description="The new task.")
    user_errors: list[UserError] = strawberry.field(description="Why nothing changed.")


@strawberry.type
class RequestQueries:
    @strawberry.field(description="Your anonymous request, by its follow-up code.")
    async def follow_up(self, info: Info, code: str) -> BoardRequest:
        view = await info.context.db.read(requests.follow_up, code=code)
        return BoardRequest.from_view(view)

    @strawberry.field(
        directives=[PAGED],
        description="The public board (红邻议事厅): a community's requests that coordinators "
        "have taken up, newest first.",
    )
    async def public_board(
        self, info: Info, community: str, first: int | None = 20, after: str | None = None
    ) -> Connection[BoardRequest]:
        page: Page = await info.context.db.read(
            requests.public_board, community=community, first=first, after=decode_cursor(after)
        )
        return Connection.from_page(page, BoardRequest.from_view, key=lambda view: view.id)

    @strawberry.field(
        directives=[PAGED],
        description="A coordinator's community's requests, newest first (admins: of "
        "`community`, or all).",
    )
    async def community_requests(
        self,
        info: Info,
        status: RequestStatusEnum | None = None,
        community: str | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[CommunityRequest]:
        page: Page = await info.context.db.read(
            requests.community_requests,
            actor=info.context.actor,
            status=status,
            community=community,
            first=first,
            after=decode_cursor(after),
        )
        return Connection.from_page(page, CommunityRequest.from_view, key=lambda view: view.id)


@strawberry.type
class RequestMutations:
    @strawberry.mutation(
        directives=[TEXT_READING],
        description="Submits an anonymous request (红便签); no token needed, nothing about "
        "the sender is kept. Limited per connection.",
    )
    async def submit_request(self, info: Info, input: SubmitRequestInput) -> SubmitRequestPayload:
        ctx = info.context
        client = ctx.request.client
        if not ctx.submission_limiter.allow(client.host if client else ""):
            return SubmitRequestPayload(
                follow_up_code=None, request=None, user_errors=[RATE_LIMITED]
            )
        try:
            _, code = await ctx.db.write(
                requests.submit_request, community=input.community, text=input.text
            )
        except DomainError as error:
            return SubmitRequestPayload(
                follow_up_code=None, request=None, user_errors=user_errors(error)
            )
        view = await ctx.db.read(requests.follow_up, code=code)
        return SubmitRequestPayload(
            follow_up_code=code, request=BoardRequest.from_view(view), user_errors=[]
        )

    @strawberry.mutation(description="Hands a request of your community to a team.")
    async def route_request(self, info: Info, input: RouteRequestInput) -> CommunityRequestPayload:
        ctx = info.context
        return await perform(
            CommunityRequestPayload,
            "request",
            lambda: ctx.db.write(
                requests.route_request,
                actor=ctx.actor,
                request_id=decode_id(input.id, COMMUNITY_REQUEST, field="id"),
                team=input.team,
                category=input.category,
            ),
            CommunityRequest.from_view,
        )

    @strawberry.mutation(description="Makes a task for a request; the request is then in progress.")
    async def make_task_from_request(
        self, info: Info, input: MakeTaskFromRequestInput
    ) -> MakeTaskFromRequestPayload:
        ctx = info.context
        try:
            view, task = await ctx.db.write(
                requests.make_task,
                actor=ctx.actor,
                request_id=decode_id(input.id, COMMUNITY_REQUEST, field="id"),
                data=provided(input, exclude=("id",)),
            )
        except DomainError as error:
            return MakeTaskFromRequestPayload(
                request=None, task=None, user_errors=user_errors(error)
            )
        return MakeTaskFromRequestPayload(
            request=CommunityRequest.from_view(view),
            task=TaskType.from_model(task),
            user_errors=[],
        )

    @strawberry.mutation(description="Posts progress on a request; optionally resolves it.")
    async def post_request_update(
        self, info: Info, input: PostRequestUpdateInput
    ) -> CommunityRequestPayload:
        ctx = info.context
        return await perform(
            CommunityRequestPayload,
            "request",
            lambda: ctx.db.write(
                requests.post_update,
                actor=ctx.actor,
                request_id=decode_id(input.id, COMMUNITY_REQUEST, field="id"),
                message=input.message,
                resolve=input.resolve,
            ),
            CommunityRequest.from_view,
        )
