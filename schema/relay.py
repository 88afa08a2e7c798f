"""Relay plumbing: global ids, cursors and connections."""

from __future__ import annotations

import asyncio
import base64
import binascii
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import strawberry
from strawberry import Private

from engine.errors import InvalidValue, NotFound
from engine.paging import Page, count_rows
from schema.context import Info

T = TypeVar("T")
Row = TypeVar("Row")


@strawberry.interface(description="An object with a globally unique id.")
class Node:
    id: strawberry.ID = strawberry.field(description="Globally unique id.")


def to_global_id(type_name: str, pk: int) -> strawberry.ID:
    return strawberry.ID(base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode())


# Primary keys are PostgreSQL `integer`s; anything larger can name no row.
MAX_KEY = 2**31 - 1


def parse_global_id(raw: str) -> tuple[str, int] | None:
    try:
        type_name, _, pk = base64.urlsafe_b64decode(raw.encode()).decode().partition(":")
        key = int(pk)
    except (binascii.Error, UnicodeError, ValueError):
        return None
    return (type_name, key) if 0 < key <= MAX_KEY else None


def decode_id(raw: str, type_name: str, *, field: str) -> int:
    """The primary key in a global id of `type_name`; an error naming `field` otherwise."""
    parsed = parse_global_id(raw)
    if parsed is None or parsed[0] != type_name:
        raise NotFound("api.not_an_id", field=field, id=raw, type=type_name)
    return parsed[1]


def encode_cursor(pk: int) -> str:
    return base64.urlsafe_b64encode(f"cursor:{pk}".encode()).decode()


def decode_cursor(raw: str | None) -> int | None:
    if raw is None:
        return None
    try:
        prefix, _, pk = base64.urlsafe_b64decode(raw.encode()).decode().partition(":")
        key = int(pk)
    except (binascii.Error, UnicodeError, ValueError):
        prefix, key = "", 0
    if prefix == "cursor" and 0 < key <= MAX_KEY:
        return key
    raise InvalidValue("api.not_a_cursor", field="after", cursor=raw)


@strawberry.type(description="Where a page sits in the whole list.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type(description="One item of a list, with the cursor to continue after it.")
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type(description="A page of a list (Relay connection).")
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    whole: Private[Any]  # the statement of every row (engine.paging.Page.whole)
    counted: Private[asyncio.Future[int] | None]  # the one count, shared by aliases

    @strawberry.field(description="Items in the whole list, on every page.")
    async def total_count(self, info: Info) -> int:
        # Counted only when asked, once however many aliases ask.
        if self.counted is None:
            read = info.context.db.read(count_rows, statement=self.whole)
            self.counted = asyncio.ensure_future(read)
        return await asyncio.shield(self.counted)

    @classmethod
    def from_page(
        cls, page: Page[Row], to_node: Callable[[Row], Any], key: Callable[[Row], int]
    ) -> Connection[Any]:
        items: Sequence[Row] = page.items
        edges = [Edge(cursor=encode_cursor(key(item)), node=to_node(item)) for item in items]
        return cls(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next,
                has_previous_page=page.has_previous,
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            whole=page.whole,
            counted=None,
        )
