"""Every string a client sends, checked in one place before its resolver runs.

Control characters (NUL above all: PostgreSQL refuses it where SQLite stores it) and text
over the deployment's length limit are refused the same way on every database: as
`userErrors` in a mutation's payload, as a top-level error for other arguments. Fields
are named as the client spelt them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLResolveInfo,
)
from graphql.type.introspection import TypeMetaFieldDef
from strawberry.extensions import SchemaExtension

from engine.messages import Message
from schema.errors import UserError, for_client, language_of
from schema.limits.guard import DEFAULT_SETTINGS

# C0 controls but tab and line breaks, DEL, C1 controls, and lone surrogates (which JSON can
# carry but no database can store).
META_FIELDS = {"__type": TypeMetaFieldDef}
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Problem:
    path: tuple[str, ...]
    message: Message
    code: str


def problems(
    value: Any, type_: GraphQLInputType | None, path: tuple[str, ...], max_length: int
) -> Iterator[Problem]:
    """The bad strings within one argument's value, with their paths."""
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if isinstance(value, str):
        if FORBIDDEN.search(value):
            yield Problem(path, Message("api.control_characters"), "INVALID_CHARACTERS")
        elif len(value) > max_length:
            too_long = Message("field.too_long", {"length": len(value), "limit": max_length})
            yield Problem(path, too_long, "TOO_LONG")
    elif isinstance(value, list):
        item_type = type_.of_type if isinstance(type_, GraphQLList) else None
        for item in value:
            yield from problems(item, item_type, path, max_length)
    elif isinstance(value, Mapping) and isinstance(type_, GraphQLInputObjectType):
        for name, field in type_.fields.items():
            if name in value:
                yield from problems(value[name], field.type, (*path, name), max_length)


class InputHygiene(SchemaExtension):
    def resolve(
        self, _next: Any, root: Any, info: GraphQLResolveInfo, *args: Any, **kwargs: Any
    ) -> Any:
        if kwargs:
            found = self._first_problem(info, kwargs)
            if found is not None:
                return _refusal(info, found)
        return _next(root, info, *args, **kwargs)

    def _first_problem(self, info: GraphQLResolveInfo, kwargs: Mapping[str, Any]) -> Problem | None:
        settings = getattr(self.execution_context.context, "settings", DEFAULT_SETTINGS)
        # `__type(name:)` is the one meta field with arguments; it is no field of Query.
        definition = info.parent_type.fields.get(info.field_name) or META_FIELDS[info.field_name]
        for name, value in kwargs.items():
            argument = definition.args.get(name)
            for problem in problems(
                value, argument.type if argument else None, (name,), settings.limits.max_text_length
            ):
                return problem
        return None


def _refusal(info: GraphQLResolveInfo, problem: Problem) -> Any:
    """A mutation's payload with the problem as a user error; elsewhere a top-level error."""
    payload = _payload_type(info)
    if payload is None:
        message = for_client(problem.message, language_of(info.context))
        raise GraphQLError(
            f"{'.'.join(problem.path)}: {message}",
            extensions={"code": problem.code, "field": list(problem.path)},
        )
    empty = {
        field.python_name: None
        for field in payload.__strawberry_definition__.fields
        if field.python_name != "user_errors"
    }
    return payload(
        **empty,
        user_errors=[
            UserError(field=list(problem.path), problem=problem.message, code=problem.code)
        ],
    )


def _payload_type(info: GraphQLResolveInfo) -> Any:
    if info.path.prev is not None or info.operation.operation.value != "mutation":
        return None
    field = info.parent_type.fields[info.field_name].extensions.get("strawberry-definition")
    payload = getattr(field, "type", None)
    definition = getattr(payload, "__strawberry_definition__", None)
    if definition is None or "user_errors" not in {f.python_name for f in definition.fields}:
        return None
    return payload
