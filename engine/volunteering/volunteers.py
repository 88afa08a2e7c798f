"""Volunteers' profiles: each manages their own; coordinators see their community's."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import NotFound
from engine.fields import validate_record
from engine.ids import new_external_id
from engine.messages import Ref
from engine.paging import Page, paginate
from engine.time import now
from engine.volunteering.communities import community_id
from engine.volunteering.models import Community, Volunteer
from engine.volunteering.permissions import is_coordinator_of, require_coordinator_of
from engine.volunteering.records import VOLUNTEER_PROFILE_FIELDS, availability_windows
from matchers.vocabulary import VolunteerTeam


def own_volunteer(*, session: Session, actor: Actor) -> Volunteer | None:
    if actor.account_id is None:
        return None
    return session.scalar(select(Volunteer).where(Volunteer.account_id == actor.account_id))


def upsert_volunteer_profile(
    *, session: Session, actor: Actor, data: Mapping[str, Any]
) -> Volunteer:
    """The volunteer's own profile, created on first use; fields left out stay as they are."""
    actor.require(Role.VOLUNTEER)
    values = validate_record(VOLUNTEER_PROFILE_FIELDS, data, partial=True)
    if "availability" in values:
        values["availability"] = [
            window.as_dict() for window in availability_windows(values["availability"])
        ]
    if "teams" in values:
        values["teams"] = [team.value for team in values["teams"]]
    volunteer = own_volunteer(session=session, actor=actor)
    if volunteer is None:
        volunteer = Volunteer(
            external_id=new_external_id("vol"),
            account_id=actor.account_id,
            name=actor.name,
        )
        session.add(volunteer)
    if "community" in values:
        volunteer.community_id = community_id(session=session, name=values.pop("community"))
    for name, value in values.items():
        setattr(volunteer, name, value)
    volunteer.updated_at = now()
    session.flush()
    return volunteer


def can_see_volunteer(*, session: Session, actor: Actor, volunteer: Volunteer) -> bool:
    """The volunteer, admins, and coordinators of the volunteer's community."""
    if actor.is_admin or (
        actor.account_id is not None and volunteer.account_id == actor.account_id
    ):
        return True
    return actor.role is Role.COORDINATOR and is_coordinator_of(
        session, actor, volunteer.community_id
    )


def visible_volunteer(*, session: Session, actor: Actor, volunteer_id: int) -> Volunteer:
    volunteer = find_visible_volunteer(session=session, actor=actor, volunteer_id=volunteer_id)
    if volunteer is None:
        raise NotFound(
            "volunteer.not_found", field="volunteer_id", volunteer=Ref("Volunteer", volunteer_id)
        )
    return volunteer


def list_volunteers(
    *, session: Session, actor: Actor, first: int | None, after: int | None
) -> Page[Volunteer]:
    """A coordinator's community's volunteers; all of them for admins."""
    actor.require(Role.COORDINATOR)
    statement = select(Volunteer)
    if not actor.is_admin:
        statement = statement.join(Community, Community.id == Volunteer.community_id).where(
            Community.name == actor.community
        )
    return paginate(
        session=session, statement=statement, key=Volunteer.id, first=first, after=after
    )


def team_members(*, session: Session, community: str) -> dict[VolunteerTeam, list[Volunteer]]:
    """The community's five teams (党员暖心, 文明婚庆, …), each with its volunteers."""
    members: dict[VolunteerTeam, list[Volunteer]] = {team: [] for team in VolunteerTeam}
    people = session.scalars(
        select(Volunteer)
        .join(Community, Community.id == Volunteer.community_id)
        .where(Community.name == community.strip())
        .order_by(Volunteer.id)
    )
    for person in people:
        for code in person.teams:
            members[VolunteerTeam(code)].append(person)
    return members


def members_of_team(
    *, session: Session, actor: Actor, community: str, team: VolunteerTeam
) -> list[Volunteer]:
    """One team's volunteers, for the community's coordinators and admins."""
    found = session.scalar(select(Community).where(Community.name == community.strip()))
    require_coordinator_of(session, actor, None if found is None else found.id)
    return team_members(session=session, community=community)[team]


def visible_volunteers(
    *, session: Session, actor: Actor, ids: Sequence[int]
) -> dict[int, Volunteer]:
    """Those of the volunteers with these ids that the actor may see."""
    rows = session.scalars(select(Volunteer).where(Volunteer.id.in_(set(ids))))
    return {
        row.id: row
        for row in rows
        if can_see_volunteer(session=session, actor=actor, volunteer=row)
    }


def find_visible_volunteer(
    *, session: Session, actor: Actor, volunteer_id: int
) -> Volunteer | None:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None or not can_see_volunteer(
        session=session, actor=actor, volunteer=volunteer
    ):
        return None
    return volunteer
