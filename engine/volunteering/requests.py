"""Anonymous resident requests (红便签): submitted without identity, followed up by code,
handled by the community's coordinators and shown on the public board (红邻议事厅).

Nothing about the submitter is stored or logged: no account, address or user agent. They
get a follow-up code of which only the SHA-256 digest is kept; the digest never leaves this
module (views carry no digest).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.accounts.tokens import digest
from engine.errors import (
    Conflict,
    InvalidTransition,
    InvalidValue,
    NotFound,
    ValidationFailed,
)
from engine.fields import Field, validate_record
from engine.ids import new_external_id
from engine.messages import Ref
from engine.paging import Page, paginate
from engine.time import now
from engine.volunteering import router_cache
from engine.volunteering.communities import community_name
from engine.volunteering.models import Community, Task
from engine.volunteering.permissions import is_coordinator_of
from engine.volunteering.records import TASK_CONTENT_FIELDS, check_task
from engine.volunteering.request_models import AnonymousRequest, RequestStatus, RequestUpdate
from matchers.vocabulary import TaskCategory, VolunteerTeam

FOLLOW_UP_PREFIX = "HB-"
# No 0/O, 1/I/L: a code read aloud or copied by hand survives.
FOLLOW_UP_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
FOLLOW_UP_LENGTH = 10
TEXT_MAX = 2_000
MESSAGE_MAX = 2_000

SUBMISSION_FIELDS: tuple[Field, ...] = (
    Field("community", "str", required=True, non_blank=True, max_length=200),
    Field("text", "str", required=True, non_blank=True, max_length=TEXT_MAX),
)
UPDATE_FIELDS: tuple[Field, ...] = (
    Field("message", "str", required=True, non_blank=True, max_length=MESSAGE_MAX),
)
ROUTE_FIELDS: tuple[Field, ...] = (
    Field("team", "enum", required=True, vocabulary=VolunteerTeam),
    Field("category", "enum", nullable=True, vocabulary=TaskCategory),
)
# What the public board shows: a request a coordinator has looked at. A fresh submission
# is visible to its submitter (by code) and the coordinators, not yet to the neighbourhood.
ON_THE_BOARD = (RequestStatus.ROUTED, RequestStatus.IN_PROGRESS, RequestStatus.RESOLVED)


@dataclass(frozen=True, slots=True)
class UpdateView:
    message: str
    posted_at: datetime


@dataclass(frozen=True, slots=True)
class RequestView:
    """A request as anyone allowed to see it sees it; it holds no follow-up digest."""

    id: int
    community: str
    text: str
    status: RequestStatus
    team: VolunteerTeam | None
    category: TaskCategory | None
    suggested_team: VolunteerTeam | None
    suggested_category: TaskCategory | None
    suggestion_confidence: float | None
    task_id: int | None
    submitted_at: datetime
    updated_at: datetime
    updates: tuple[UpdateView, ...]

    @property
    def needs_coordinator(self) -> bool:
        """The router's suggestion is more likely wrong than right: a person should route it."""
        from matchers.volunteers.routing import COORDINATOR_BELOW  # loads numpy: not at start-up

        return self.suggestion_confidence is None or self.suggestion_confidence < COORDINATOR_BELOW


def submit_request(*, session: Session, community: str, text: str) -> tuple[AnonymousRequest, str]:
    """Stores the request with the router's suggestion; returns it and its follow-up code,
    which is not kept anywhere."""
    values = validate_record(SUBMISSION_FIELDS, {"community": community, "text": text})
    found = _community_named(session, values["community"])
    if found is None:
        raise ValidationFailed(
            [
                NotFound(
                    "community.not_found",
                    field="community",
                    code="UNKNOWN_COMMUNITY",
                    community=values["community"],
                )
            ]
        )
    route = router_cache.request_router().predict(values["text"])
    code = new_follow_up_code()
    request = AnonymousRequest(
        community_id=found.id,
        text=values["text"].strip(),
        follow_up_digest=digest(code),
        status=RequestStatus.SUBMITTED,
        suggested_team=route.team,
        suggested_category=route.category,
        suggestion_confidence=route.confidence,
    )
    session.add(request)
    session.flush()
    return request, code


def new_follow_up_code() -> str:
    body = "".join(secrets.choice(FOLLOW_UP_ALPHABET) for _ in range(FOLLOW_UP_LENGTH))
    return FOLLOW_UP_PREFIX + body


def follow_up(*, session: Session, code: str) -> RequestView:
    """The request whose follow-up code this is; a wrong code says nothing more than that."""
    normalized = code.strip().upper() if isinstance(code, str) else ""
    request = session.scalar(
        select(AnonymousRequest).where(AnonymousRequest.follow_up_digest == digest(normalized))
    )
    if request is None:
        raise NotFound("request.unknown_code", field="code")
    return _views(session, [request])[0]


def public_board(
    *, session: Session, community: str, first: int | None, after: int | None
) -> Page[RequestView]:
    """The community's requests that coordinators have taken up, newest first."""
    found = _community_named(session, community)
    if found is None:
        raise NotFound("community.not_found", field="community", community=community)
    statement = select(AnonymousRequest).where(
        AnonymousRequest.community_id == found.id, AnonymousRequest.status.in_(ON_THE_BOARD)
    )
    return _page(session, statement, first=first, after=after)


def community_requests(
    *,
    session: Session,
    actor: Actor,
    status: RequestStatus | None = None,
    first: int | None,
    after: int | None,
    community: str | None = None,
) -> Page[RequestView]:
    """The requests of the coordinator's community (an admin: of `community`, or all)."""
    actor.require(Role.COORDINATOR)
    name = community if actor.is_admin else actor.community
    statement = select(AnonymousRequest)
    if name:
        found = _community_named(session, name)
        if found is None:
            raise NotFound("community.not_found", field="community", community=name)
        statement = statement.where(AnonymousRequest.community_id == found.id)
    if status is not None:
        statement = statement.where(AnonymousRequest.status == status)
    return _page(session, statement, first=first, after=after)


def route_request(
    *,
    session: Session,
    actor: Actor,
    request_id: int,
    team: VolunteerTeam | str,
    category: TaskCategory | str | None = None,
) -> RequestView:
    """Hands the request to a team; without a category, the suggested one (or `other`)."""
    request = _handled_request(session, actor, request_id)
    values = validate_record(ROUTE_FIELDS, {"team": team, "category": category})
    request.team = values["team"]
    request.category = values["category"] or request.suggested_category or TaskCategory.OTHER
    if request.status is RequestStatus.SUBMITTED:
        request.status = RequestStatus.ROUTED
    request.updated_at = now()
    session.flush()
    return _views(session, [request])[0]


def make_task(
    *, session: Session, actor: Actor, request_id: int, data: Mapping[str, Any]
) -> tuple[RequestView, Task]:
    """A task in the request's community for it; the request is then in progress.

    `data` holds task fields (TASK_CONTENT_FIELDS); team, category and description default
    to the request's.
    """
    request = _handled_request(session, actor, request_id)
    if request.task_id is not None:
        raise Conflict("request.already_has_task", field="id", code="ALREADY_HAS_TASK")
    community = community_name(session=session, community_id=request.community_id)
    defaults: dict[str, Any] = {
        "description": request.text,
        "team": request.team or request.suggested_team,
        "category": request.category or request.suggested_category or TaskCategory.OTHER,
        "community": community,
    }
    values = validate_record(TASK_CONTENT_FIELDS, {**defaults, **data})
    check_task(values)
    if values.pop("community").strip() != community:
        raise InvalidValue("request.task_elsewhere", field="community", code="FORBIDDEN")
    task = Task(
        external_id=new_external_id("task"),
        community_id=request.community_id,
        coordinator_account_id=actor.account_id,
        **values,
    )
    session.add(task)
    session.flush()
    request.task_id = task.id
    request.team = request.team or task.team
    request.category = request.category or task.category
    request.status = RequestStatus.IN_PROGRESS
    request.updated_at = now()
    session.flush()
    return _views(session, [request])[0], task


def post_update(
    *, session: Session, actor: Actor, request_id: int, message: str, resolve: bool = False
) -> RequestView:
    """Progress for the submitter and the board; `resolve` closes the request."""
    request = _handled_request(session, actor, request_id)
    values = validate_record(UPDATE_FIELDS, {"message": message})
    session.add(RequestUpdate(request_id=request.id, message=values["message"].strip()))
    if resolve:
        request.status = RequestStatus.RESOLVED
    request.updated_at = now()
    session.flush()
    return _views(session, [request])[0]


def find_community_request(
    *, session: Session, actor: Actor, request_id: int
) -> RequestView | None:
    """The request, for its community's coordinators and admins; None to anyone else."""
    request = session.get(AnonymousRequest, request_id)
    if request is None or not is_coordinator_of(session, actor, request.community_id):
        return None
    return _views(session, [request])[0]


def find_board_request(*, session: Session, actor: Actor, request_id: int) -> RequestView | None:
    """The request as the board shows it: to anyone once coordinators have taken it up;
    before that only to those who see it as a community request (its submitter, who has no
    identity, follows it up by code)."""
    request = session.get(AnonymousRequest, request_id)
    if request is None or (
        request.status not in ON_THE_BOARD
        and not is_coordinator_of(session, actor, request.community_id)
    ):
        return None
    return _views(session, [request])[0]


def _handled_request(session: Session, actor: Actor, request_id: int) -> AnonymousRequest:
    """The request, if the actor coordinates its community and it is still open; another
    community's request answers as a missing one does."""
    actor.require(Role.COORDINATOR)
    request = session.get(AnonymousRequest, request_id)
    if request is None or not is_coordinator_of(session, actor, request.community_id):
        raise NotFound("request.not_found", field="id", request=Ref("CommunityRequest", request_id))
    if request.status is RequestStatus.RESOLVED:
        raise InvalidTransition("request.already_resolved", field="id")
    return request


def _page(
    session: Session, statement: Select[Any], *, first: int | None, after: int | None
) -> Page[RequestView]:
    page: Page[AnonymousRequest] = paginate(
        session=session, statement=statement, key=AnonymousRequest.id, first=first, after=after
    )
    return replace(page, items=_views(session, page.items))


def _views(session: Session, requests: Sequence[AnonymousRequest]) -> list[RequestView]:
    """Views of `requests` in order, with two queries for all their updates and communities."""
    ids = [request.id for request in requests]
    updates: dict[int, list[UpdateView]] = {key: [] for key in ids}
    for update in session.scalars(
        select(RequestUpdate)
        .where(RequestUpdate.request_id.in_(ids))
        .order_by(RequestUpdate.created_at, RequestUpdate.id)
    ):
        updates[update.request_id].append(UpdateView(update.message, update.created_at))
    community_ids = {request.community_id for request in requests} - {None}
    names = {
        key: name
        for key, name in session.execute(
            select(Community.id, Community.name).where(Community.id.in_(community_ids))
        )
    }
    return [
        RequestView(
            id=request.id,
            community=names.get(request.community_id, ""),
            text=request.text,
            status=request.status,
            team=request.team,
            category=request.category,
            suggested_team=request.suggested_team,
            suggested_category=request.suggested_category,
            suggestion_confidence=request.suggestion_confidence,
            task_id=request.task_id,
            submitted_at=request.created_at,
            updated_at=request.updated_at,
            updates=tuple(updates[request.id]),
        )
        for request in requests
    ]


def _community_named(session: Session, name: str) -> Community | None:
    return session.scalar(select(Community).where(Community.name == name.strip()))
