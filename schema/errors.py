"""Domain errors become `userErrors`; access errors stay top-level; the rest is masked."""

from __future__ import annotations

import logging
from typing import Any

import strawberry
from graphql import GraphQLError
from sqlalchemy.exc import DBAPIError

from engine.errors import AccessError, AuthenticationRequired, DomainError, ValidationFailed
from engine.redaction import redacted

log = logging.getLogger("civicmatch.api")

# graphql-core's parser, stopped by the max_tokens limit before it reads the whole document.
TOKEN_LIMIT_MESSAGE = "Syntax Error: Document contains more than"
# serialization_failure, deadlock_detected, lock_not_available
RETRYABLE_SQLSTATES = {"40001", "40P01", "55P03"}


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
    if original is None and error.message.startswith(TOKEN_LIMIT_MESSAGE):
        return _copy(error, error.message, {"code": "TOKEN_LIMIT"})
    if original is None or isinstance(original, GraphQLError):
        return error
    if isinstance(original, AccessError):
        anonymous = isinstance(original, AuthenticationRequired)
        code = "UNAUTHENTICATED" if anonymous else "FORBIDDEN"
        return _copy(error, str(original), {"code": code})
    if isinstance(original, DomainError):
        return _copy(error, str(original), {"code": original.code})
    if is_busy(original):
        return _copy(
            error,
            "The database is busy with other work; nothing was changed. Try again shortly.",
            {"code": "BUSY", "retryable": True},
        )
    log.error("unexpected error in %s", error.path, exc_info=redacted(original))
    return _copy(error, "Internal server error.", {"code": "INTERNAL"})


def is_busy(error: BaseException) -> bool:
    """A database that could not take the work now but may in a moment: SQLite locked by
    another writer past its busy timeout, PostgreSQL lock waits, deadlocks, serialisation."""
    if not isinstance(error, DBAPIError):
        return False
    if "database is locked" in str(error.orig):
        return True
    return getattr(error.orig, "sqlstate", None) in RETRYABLE_SQLSTATES


def _copy(error: GraphQLError, message: str, extensions: dict[str, Any]) -> GraphQLError:
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions=extensions,
    )
