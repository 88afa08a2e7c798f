from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.fields import checked_name
from engine.named import named_row
from engine.volunteering.models import Community


def community_id(*, session: Session, name: str) -> int | None:
    """The id of the community of this name, created if new (also under concurrent first
    uses); None for no community."""
    if not name.strip():
        return None
    return named_row(session, Community, checked_name(name, field="community")).id


def communities_by_ids(*, session: Session, ids: Sequence[int]) -> dict[int, Community]:
    rows = session.scalars(select(Community).where(Community.id.in_(set(ids))))
    return {community.id: community for community in rows}


def community_name(*, session: Session, community_id: int | None) -> str:
    """The community's name; "" for none."""
    community = None if community_id is None else session.get(Community, community_id)
    return "" if community is None else community.name
