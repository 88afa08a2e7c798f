"""Who may act for a community: its coordinators, and admins."""

from __future__ import annotations

from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import PermissionDenied
from engine.volunteering.models import Community


def require_coordinator_of(session: Session, actor: Actor, community_id: int | None) -> None:
    """Admins, or a coordinator whose community is `community_id`."""
    actor.require(Role.COORDINATOR)
    if actor.is_admin:
        return
    community = None if community_id is None else session.get(Community, community_id)
    if community is None or actor.community is None or community.name != actor.community:
        raise PermissionDenied("access.own_community_only")


def is_coordinator_of(session: Session, actor: Actor, community_id: int | None) -> bool:
    if actor.is_admin:
        return True
    if actor.role is not Role.COORDINATOR or community_id is None:
        return False
    community = session.get(Community, community_id)
    return community is not None and community.name == actor.community
