from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from engine.fields import checked_name
from engine.jobs.models import Employer
from engine.paging import Page, paginate

_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def get_or_create_employer(*, session: Session, name: str, field: str = "employer") -> Employer:
    """The employer called `name`, created if need be. Concurrent first uses of a new name all
    get the one row: the insert skips a name another transaction has just taken, and so never
    fails the caller's transaction."""
    name = checked_name(name, field=field)
    named = select(Employer).where(Employer.name == name)
    employer = session.scalar(named)
    if employer is None:
        insert = _INSERTS[session.get_bind().dialect.name]
        session.execute(
            insert(Employer).values(name=name).on_conflict_do_nothing(index_elements=["name"])
        )
        employer = session.scalars(named).one()
    return employer


def employers_by_ids(*, session: Session, ids: Sequence[int]) -> dict[int, Employer]:
    rows = session.scalars(select(Employer).where(Employer.id.in_(set(ids))))
    return {employer.id: employer for employer in rows}


def list_employers(*, session: Session, first: int | None, after: int | None) -> Page[Employer]:
    return paginate(
        session=session, statement=select(Employer), key=Employer.id, first=first, after=after
    )
