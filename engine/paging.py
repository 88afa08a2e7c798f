"""Keyset pagination: stable under inserts; one query for the page, and one for the total
when a client asks for it (`count_rows`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from engine.errors import InvalidValue

T = TypeVar("T")
MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 20


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: Sequence[T]
    has_next: bool
    has_previous: bool
    # Every row of the list, for `count_rows`: counted only when asked, as counting every
    # visible row of a large table costs more than reading a page of it.
    whole: Select[Any]


def paginate(
    *,
    session: Session,
    statement: Select[Any],
    key: InstrumentedAttribute[int],
    first: int | None,
    after: int | None,
    descending: bool = True,
) -> Page[Any]:
    """Rows of `statement` ordered by `key`, `first` of them after the row whose key is `after`."""
    size = DEFAULT_PAGE_SIZE if first is None else first
    if size < 0 or size > MAX_PAGE_SIZE:
        raise InvalidValue("field.between", field="first", low=0, high=MAX_PAGE_SIZE)
    paged = statement.order_by(key.desc() if descending else key.asc())
    if after is not None:
        paged = paged.where(key < after if descending else key > after)
    rows = list(session.scalars(paged.limit(size + 1)))
    return Page(
        items=rows[:size],
        has_next=len(rows) > size,
        has_previous=after is not None,
        whole=statement,
    )


def count_rows(*, session: Session, statement: Select[Any]) -> int:
    """How many rows `statement` (a page's `whole`) gives."""
    counted = select(func.count()).select_from(statement.order_by(None).subquery())
    return session.scalar(counted) or 0


MAX_MATCHES = 100


def checked_match_count(first: int) -> int:
    """How many matches a caller asked for (`first`), refused outside 1 to MAX_MATCHES."""
    if first < 1 or first > MAX_MATCHES:
        raise InvalidValue("field.between", field="first", low=1, high=MAX_MATCHES)
    return first
