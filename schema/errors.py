"""Domain errors become `userErrors`; access errors stay top-level; the rest is masked.

Messages are rendered here, in the deployment's language, as the client knows things: a
field by its camelCase name in the input, an object by its global id, an enum value by its
GraphQL name. `code` (`extensions.code` for top-level errors) is the stable key.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from enum import Enum
from typing import Any

import strawberry
from graphql import GraphQLError
from sqlalchemy.exc import DBAPIError

from engine.errors import AccessError, AuthenticationRequired, DomainError
from engine.messages import DEFAULT_LANGUAGE, FieldName, Message, Ref
from engine.redaction import redacted
from schema.relay import to_global_id

log = logging.getLogger("civicmatch.api")

# graphql-core's parser, stopped by the max_tokens limit before it reads the whole document.
TOKEN_LIMIT_MESSAGE = "Syntax Error: Document contains more than"
# serialization_failure, deadlock_detected, lock_not_available
RETRYABLE_SQLSTATES = {"40001", "40P01", "55P03"}

# How a resolver names an input field whose service calls it otherwise (`job_id` for the
# client's `id`); None: the problem is about no field the client sent.
Renames = Mapping[str, str | None]


def language_of(context: Any) -> str:
    """The deployment's language, from the request's settings."""
    settings = getattr(context, "settings", None)
    return getattr(settings, "language", DEFAULT_LANGUAGE)


def for_client(message: Message, language: str) -> str:
    return message.render(language=language, ref=_global_id, enum=_graphql_name, field=_camel_field)


def _global_id(ref: Ref) -> str:
    return to_global_id(ref.type_name, ref.pk)


def _graphql_name(member: Enum) -> str:
    return member.name


def _camel_field(field: FieldName) -> str:
    return camel(field.name)


@strawberry.type(description="A problem with the mutation's input; nothing was changed.")
class UserError:
    field: list[str] | None = strawberry.field(
        description='Path to the input field at fault, e.g. ["input", "salaryMin"].'
    )
    problem: strawberry.Private[Message]
    code: str = strawberry.field(description="Stable machine-readable code, e.g. TOO_LONG.")

    @strawberry.field(description="What is wrong, in the deployment's language.")
    def message(self, info: strawberry.Info) -> str:
        return for_client(self.problem, language_of(info.context))


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def client_field(name: str | None, renames: Renames | None = None) -> str | None:
    """The field as the client spelt it."""
    if name is None:
        return None
    if renames is not None and name in renames:
        return renames[name]
    return camel(name)


def user_errors(error: DomainError, *, renames: Renames | None = None) -> list[UserError]:
    errors = []
    for problem in error.problems():
        name = client_field(problem.field, renames)
        errors.append(
            UserError(
                field=None if name is None else ["input", name],
                problem=problem.message,
                code=problem.code,
            )
        )
    return errors


def public_error(error: GraphQLError, language: str = DEFAULT_LANGUAGE) -> GraphQLError:
    """The error as clients may see it, in `language`: access and domain errors keep their
    message and get a code; unexpected ones are logged and masked."""
    original = error.original_error
    if original is None and error.message.startswith(TOKEN_LIMIT_MESSAGE):
        return _copy(error, _token_limit(error.message, language), {"code": "TOKEN_LIMIT"})
    if original is None or isinstance(original, GraphQLError):
        return error
    if isinstance(original, AccessError):
        anonymous = isinstance(original, AuthenticationRequired)
        code = "UNAUTHENTICATED" if anonymous else "FORBIDDEN"
        return _copy(error, for_client(original.message, language), {"code": code})
    if isinstance(original, DomainError):
        return _copy(error, _described(original, language), {"code": original.code})
    if is_busy(original):
        message = for_client(Message("api.busy"), language)
        return _copy(error, message, {"code": "BUSY", "retryable": True})
    log.error("unexpected error in %s", error.path, exc_info=redacted(original))
    return _copy(error, for_client(Message("api.internal"), language), {"code": "INTERNAL"})


def _described(error: DomainError, language: str) -> str:
    """`field: message` for each problem, the field as the client spelt the argument."""
    parts = []
    for problem in error.problems():
        text = for_client(problem.message, language)
        name = client_field(problem.field)
        parts.append(f"{name}: {text}" if name else text)
    return "; ".join(parts)


def _token_limit(message: str, language: str) -> str:
    # "Syntax Error: Document contains more than 5000 tokens. Parsing aborted."
    limit = message.removeprefix(TOKEN_LIMIT_MESSAGE).split()[0]
    return for_client(Message("api.token_limit", {"limit": limit}), language)


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
