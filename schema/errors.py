"""Domain errors become `userErrors`; access errors stay top-level; the rest is masked."""

from __future__ import annotations

import logging
from typing import Any

import strawberry
from graphql import GraphQLError

from engine.errors import AccessError, AuthenticationRequired, DomainError, ValidationFailed

log = logging.getLogger("civicmatch.api")


@strawberry.type(description="A problem with the mutation's input; nothing was changed.")
class UserError:
    field: list[str] | None = strawberry.field(
        description='Path to the input field at fault, e.g. ["input", "salaryMin"].'
    )
    message: str
    code: str = strawberry.field(description="Stable machine-readable code, e.g. TOO_LONG.")


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def user_errors(error: DomainError) -> list[UserError]:
    errors = error.errors if isinstance(error, ValidationFailed) else [error]
    return [
        UserError(
            field=["input", camel(item.field)] if item.field else None,
            message=item.message,
            code=item.code,
        )
        for item in errors
    ]


def public_error(error: GraphQLError) -> GraphQLError:
    """The error as clients may see it: access and domain errors keep their message and get a
    code; unexpected ones are logged and masked."""
    original = error.original_error
    if original is None or isinstance(original, GraphQLError):
        return error
    if isinstance(original, AccessError):
        anonymous = isinstance(original, AuthenticationRequired)
        code = "UNAUTHENTICATED" if anonymous else "FORBIDDEN"
        return _copy(error, str(original), {"code": code})
    if isinstance(original, DomainError):
        return _copy(error, str(original), {"code": original.code})
    log.error("unexpected error in %s", error.path, exc_info=original)
    return _copy(error, "Internal server error.", {"code": "INTERNAL"})


def _copy(error: GraphQLError, message: str, extensions: dict[str, Any]) -> GraphQLError:
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions=extensions,
    )
