"""Rows known by a unique name (employers, communities), created on first use."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

M = TypeVar("M")

_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def named_row(session: Session, model: type[M], name: str) -> M:
    """The row of `model` called `name`, inserted if there is none. Concurrent first uses of
    a new name all get the one row: the insert skips a name another transaction has just
    taken, and so never fails the caller's transaction."""
    column: Any = model.name  # type: ignore[attr-defined]
    named = select(model).where(column == name)
    row = session.scalar(named)
    if row is None:
        insert = _INSERTS[session.get_bind().dialect.name]
        session.execute(
            insert(model).values(name=name).on_conflict_do_nothing(index_elements=["name"])
        )
        row = session.scalars(named).one()
    return row
