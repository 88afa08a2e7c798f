"""Signing up for volunteer tasks: never more confirmed volunteers than slots, a waitlist
beyond them, and no one in two tasks whose times overlap.

Capacity holds under concurrent sign-ups on SQLite and PostgreSQL alike because a place is
taken with one conditional UPDATE (`confirmed < slots`): the database lets only as many of
them succeed as there are free slots. A volunteer's own sign-ups are serialised by bumping
their row first, so two at once cannot both pass the overlap check.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import Conflict, InvalidValue, NotFound, PermissionDenied
from engine.messages import Ref
from engine.time import LOCAL_ZONE, now
from engine.volunteering.models import SignUp, SignUpStatus, Task, TaskStatus, Volunteer
from engine.volunteering.permissions import is_coordinator_of

ACTIVE = (SignUpStatus.CONFIRMED, SignUpStatus.WAITLISTED)


def sign_up(
    *, session: Session, actor: Actor, task_id: int, volunteer_id: int | None = None
) -> SignUp:
    """A place on the task if one is free, else a place on its waitlist."""
    volunteer = _acting_volunteer(session, actor, volunteer_id)
    _take_turn(session, volunteer.id)
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound("task.not_found", field="task_id", task=Ref("Task", task_id))
    if task.status is not TaskStatus.OPEN or task.starts_at <= now():
        raise InvalidValue("sign_up.task_closed", field="task_id", code="TASK_CLOSED")
    existing = session.scalar(
        select(SignUp).where(SignUp.task_id == task.id, SignUp.volunteer_id == volunteer.id)
    )
    if existing is not None and existing.status in ACTIVE:
        raise Conflict("sign_up.already_signed_up", field="task_id", code="ALREADY_SIGNED_UP")
    clash = _overlapping(session, volunteer.id, task)
    if clash is not None:
        raise Conflict(
            "sign_up.overlap",
            field="task_id",
            code="OVERLAP",
            title=clash.title,
            starts=clash.starts_at.astimezone(LOCAL_ZONE),
        )
    status = SignUpStatus.CONFIRMED if _take_place(session, task.id) else SignUpStatus.WAITLISTED
    if existing is None:
        existing = SignUp(task_id=task.id, volunteer_id=volunteer.id, status=status)
        session.add(existing)
    else:
        existing.status, existing.queued_at = status, now()
    session.flush()
    return existing


def cancel_sign_up(*, session: Session, actor: Actor, sign_up_id: int) -> SignUp:
    """Gives the place up; the first on the waitlist, if any, takes it. Someone else's
    sign-up answers as a missing one does."""
    actor.require(Role.VOLUNTEER)
    entry = session.get(SignUp, sign_up_id)
    if entry is None or not (actor.is_admin or _own(session, actor, entry.volunteer_id)):
        raise NotFound("sign_up.not_found", field="sign_up_id", sign_up=Ref("SignUp", sign_up_id))
    if entry.status is SignUpStatus.CANCELLED:
        raise InvalidValue(
            "sign_up.already_cancelled", field="sign_up_id", code="ALREADY_CANCELLED"
        )
    was_confirmed = entry.status is SignUpStatus.CONFIRMED
    entry.status = SignUpStatus.CANCELLED
    session.flush()
    if was_confirmed:
        session.execute(
            update(Task)
            .where(Task.id == entry.task_id)
            .values(confirmed=Task.confirmed - 1)
            .execution_options(synchronize_session=False)
        )
        _forget_count(session, entry.task_id)
        _promote_first_waiting(session, entry.task_id)
    return entry


def find_visible_sign_up(*, session: Session, actor: Actor, sign_up_id: int) -> SignUp | None:
    """The sign-up, for its volunteer, admins, and the coordinators of the task's community
    (who decide on it) or of the volunteer's (who keep their service record)."""
    entry = session.get(SignUp, sign_up_id)
    if entry is None or _own(session, actor, entry.volunteer_id):
        return entry
    task = session.get(Task, entry.task_id)
    volunteer = session.get(Volunteer, entry.volunteer_id)
    communities = {row.community_id for row in (task, volunteer) if row is not None}
    if any(is_coordinator_of(session, actor, community) for community in communities):
        return entry
    return None


def sign_ups_by_ids(*, session: Session, ids: Sequence[int]) -> dict[int, SignUp]:
    rows = session.scalars(select(SignUp).where(SignUp.id.in_(set(ids))))
    return {entry.id: entry for entry in rows}


def _promote_first_waiting(session: Session, task_id: int) -> None:
    first = session.scalar(
        select(SignUp)
        .where(SignUp.task_id == task_id, SignUp.status == SignUpStatus.WAITLISTED)
        .order_by(SignUp.queued_at, SignUp.id)
        .limit(1)
    )
    if first is not None and _take_place(session, task_id):
        first.status = SignUpStatus.CONFIRMED
        session.flush()


def _take_place(session: Session, task_id: int) -> bool:
    taken = session.execute(
        update(Task)
        .where(Task.id == task_id, Task.confirmed < Task.slots)
        .values(confirmed=Task.confirmed + 1)
        .execution_options(synchronize_session=False)
    )
    _forget_count(session, task_id)
    return taken.rowcount == 1


def _forget_count(session: Session, task_id: int) -> None:
    """The count changed in the database: a Task already loaded reads it afresh when asked."""
    loaded = session.identity_map.get(session.identity_key(Task, task_id))
    if loaded is not None:
        session.expire(loaded, ["confirmed"])


def _take_turn(session: Session, volunteer_id: int) -> None:
    session.execute(
        update(Volunteer)
        .where(Volunteer.id == volunteer_id)
        .values(sign_up_turn=Volunteer.sign_up_turn + 1)
        .execution_options(synchronize_session=False)
    )


def _overlapping(session: Session, volunteer_id: int, task: Task) -> Task | None:
    return session.scalar(
        select(Task)
        .join(SignUp, SignUp.task_id == Task.id)
        .where(
            SignUp.volunteer_id == volunteer_id,
            SignUp.status.in_(ACTIVE),
            Task.id != task.id,
            Task.starts_at < task.ends_at,
            task.starts_at < Task.ends_at,
        )
        .limit(1)
    )


def _own(session: Session, actor: Actor, volunteer_id: int) -> bool:
    owner = session.scalar(select(Volunteer.account_id).where(Volunteer.id == volunteer_id))
    return owner is not None and owner == actor.account_id


def _acting_volunteer(session: Session, actor: Actor, volunteer_id: int | None) -> Volunteer:
    """The actor's own profile; admins may act for any volunteer."""
    actor.require(Role.VOLUNTEER)
    if actor.is_admin:
        volunteer = None if volunteer_id is None else session.get(Volunteer, volunteer_id)
    else:
        volunteer = session.scalar(
            select(Volunteer).where(Volunteer.account_id == actor.account_id)
        )
        if volunteer is not None and volunteer_id is not None and volunteer.id != volunteer_id:
            raise PermissionDenied("access.own_volunteer_only")
    if volunteer is None:
        raise NotFound("volunteer.no_profile", code="NO_PROFILE")
    return volunteer
