from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.fields import checked_name
from engine.jobs.models import Employer
from engine.named import named_row
from engine.paging import Page, paginate


def get_or_create_employer(*, session: Session, name: str, field: str = "employer") -> Employer:
    """The employer called `name`, created if need be, also under concurrent first uses."""
    return named_row(session, Employer, checked_name(name, field=field))


def employers_by_ids(*, session: Session, ids: Sequence[int]) -> dict[int, Employer]:
    rows = session.scalars(select(Employer).where(Employer.id.in_(set(ids))))
    return {employer.id: employer for employer in rows}


def list_employers(*, session: Session, first: int | None, after: int | None) -> Page[Employer]:
    return paginate(
        session=session, statement=select(Employer), key=Employer.id, first=first, after=after
    )
