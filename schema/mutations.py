"""The one way every mutation runs: a DomainError becomes `userErrors` and nothing is written."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from engine.errors import DomainError
from schema.errors import Renames, user_errors

P = TypeVar("P")


async def perform(
    payload: Callable[..., P],
    field: str,
    work: Callable[[], Awaitable[Any]],
    convert: Callable[[Any], Any],
    *,
    renames: Renames | None = None,
) -> P:
    """`payload(field=convert(await work()), user_errors=[])`, or the user errors (their
    fields named as in the input: see `Renames`)."""
    try:
        result = await work()
    except DomainError as error:
        return payload(**{field: None}, user_errors=user_errors(error, renames=renames))
    return payload(**{field: convert(result)}, user_errors=[])
