from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

T = TypeVar("T")

# Keeps IN (...) lists well under SQLite's and PostgreSQL's bound-parameter limits.
CHUNK = 500


def chunked(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def batched(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """`chunked` for an iterable of unknown length (rows streamed from a query)."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def by_external_id(session: Session, model: Any, external_ids: Sequence[str]) -> dict[str, Any]:
    """The objects of `model` with these external ids, by external id (an import's upserts)."""
    rows = rows_by_external_id(session, model, external_ids, model)
    return {external_id: row[1] for external_id, row in rows.items()}


def rows_by_external_id(
    session: Session, model: Any, external_ids: Iterable[str], *columns: Any
) -> dict[str, Row[Any]]:
    """For the rows of `model` with these external ids, by external id: a row of `columns`
    (what a bulk import needs of a stored row, not the whole object)."""
    found: dict[str, Row[Any]] = {}
    for batch in chunked(list(external_ids)):
        statement = select(model.external_id, *columns).where(model.external_id.in_(batch))
        found.update((row[0], row) for row in session.execute(statement))
    return found


def plain(value: Any) -> Any:
    """Enum members (also inside lists) as their codes, as files and JSON columns hold them."""
    if isinstance(value, list):
        return [plain(item) for item in value]
    return getattr(value, "value", value)


def count_rows(session: Session, model: Any) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0
