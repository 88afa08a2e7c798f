"""Check-in and check-out with a task's short code, completion (which awards the task's
points through the ledger) or no-show, and a volunteer's service record (志愿服务记录).

Each state change is one conditional UPDATE, so two requests at once cannot both check in,
both complete, or both award.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import Conflict, InvalidTransition, InvalidValue, NotFound, PermissionDenied
from engine.time import now
from engine.volunteering.ledger import award, balance
from engine.volunteering.ledger_models import (
    AccountKind,
    LedgerAccount,
    LedgerEntry,
    LedgerTransaction,
)
from engine.volunteering.models import SignUp, SignUpStatus, Task, Volunteer
from engine.volunteering.permissions import is_coordinator_of, require_coordinator_of

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
CODE_LENGTH = 6
SERVED = (SignUpStatus.CONFIRMED, SignUpStatus.COMPLETED, SignUpStatus.NO_SHOW)


@dataclass(frozen=True, slots=True)
class ServiceEntry:
    sign_up_id: int
    task_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    status: SignUpStatus
    minutes_served: int | None
    points: int


@dataclass(frozen=True, slots=True)
class ServiceRecord:
    volunteer_id: int
    entries: list[ServiceEntry]
    total_minutes: int
    total_points: int
    balance: int


def check_in_code(*, session: Session, actor: Actor, task_id: int) -> str:
    """The task's code, made on first request; shown by its community's coordinators."""
    task = _task(session, task_id)
    require_coordinator_of(session, actor, task.community_id)
    if task.check_in_code is None:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        session.execute(
            update(Task)
            .where(Task.id == task.id, Task.check_in_code.is_(None))
            .values(check_in_code=code)
            .execution_options(synchronize_session=False)
        )
        session.refresh(task)
    assert task.check_in_code is not None
    return task.check_in_code


def check_in(*, session: Session, actor: Actor, task_id: int, code: str) -> SignUp:
    entry = _own_confirmed(session, actor, task_id, code)
    changed = session.execute(
        update(SignUp)
        .where(SignUp.id == entry.id, SignUp.checked_in_at.is_(None))
        .values(checked_in_at=now())
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:
        raise Conflict("already checked in", field="code", code="ALREADY_CHECKED_IN")
    session.refresh(entry)
    return entry


def check_out(*, session: Session, actor: Actor, task_id: int, code: str) -> SignUp:
    """Ends the service; the minutes since check-in are recorded."""
    entry = _own_confirmed(session, actor, task_id, code)
    if entry.checked_in_at is None:
        raise InvalidTransition("not checked in", field="code", code="NOT_CHECKED_IN")
    ended = now()
    minutes = max(0, int((ended - entry.checked_in_at).total_seconds() // 60))
    changed = session.execute(
        update(SignUp)
        .where(
            SignUp.id == entry.id,
            SignUp.checked_in_at.is_not(None),
            SignUp.checked_out_at.is_(None),
        )
        .values(checked_out_at=ended, minutes_served=minutes)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:
        raise Conflict("already checked out", field="code", code="ALREADY_CHECKED_OUT")
    session.refresh(entry)
    return entry


def complete(*, session: Session, actor: Actor, sign_up_id: int) -> SignUp:
    """Confirms the service and awards the task's points, once."""
    entry, task = _coordinated(session, actor, sign_up_id)
    _leave_confirmed(session, entry, SignUpStatus.COMPLETED)
    if task.points > 0:
        award(
            session=session,
            volunteer_id=entry.volunteer_id,
            community_id=task.community_id,
            points=task.points,
            sign_up_id=entry.id,
            memo=f"完成任务：{task.title}",
        )
    return entry


def mark_no_show(*, session: Session, actor: Actor, sign_up_id: int) -> SignUp:
    """The volunteer did not come: no points. Someone who checked in came."""
    entry, _ = _coordinated(session, actor, sign_up_id)
    if entry.checked_in_at is not None:
        raise InvalidTransition(
            "the volunteer checked in, so they came", field="sign_up_id", code="CHECKED_IN"
        )
    _leave_confirmed(session, entry, SignUpStatus.NO_SHOW)
    return entry


def service_record(*, session: Session, actor: Actor, volunteer_id: int) -> ServiceRecord:
    """The volunteer's tasks with status, minutes and points, and the totals."""
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None:
        raise NotFound(f"no volunteer with id {volunteer_id}", field="volunteer_id")
    actor.require(Role.VOLUNTEER, Role.COORDINATOR)
    own = actor.account_id is not None and volunteer.account_id == actor.account_id
    if not own and not is_coordinator_of(session, actor, volunteer.community_id):
        raise PermissionDenied("a service record is for the volunteer and their coordinators")
    rows = session.execute(
        select(SignUp, Task)
        .join(Task, Task.id == SignUp.task_id)
        .where(SignUp.volunteer_id == volunteer.id, SignUp.status.in_(SERVED))
        .order_by(Task.starts_at, SignUp.id)
    ).all()
    earned = _points_by_sign_up(session, volunteer.id, [entry.id for entry, _ in rows])
    entries = [
        ServiceEntry(
            sign_up_id=entry.id,
            task_id=task.id,
            title=task.title,
            starts_at=task.starts_at,
            ends_at=task.ends_at,
            status=entry.status,
            minutes_served=entry.minutes_served,
            points=earned.get(entry.id, 0),
        )
        for entry, task in rows
    ]
    return ServiceRecord(
        volunteer_id=volunteer.id,
        entries=entries,
        total_minutes=sum(entry.minutes_served or 0 for entry in entries),
        total_points=sum(entry.points for entry in entries),
        balance=balance(session=session, volunteer_id=volunteer.id),
    )


def _points_by_sign_up(
    session: Session, volunteer_id: int, sign_up_ids: list[int]
) -> dict[int, int]:
    """Points each sign-up earned the volunteer: its award, less a correction of it."""
    if not sign_up_ids:
        return {}
    awards = session.execute(
        select(LedgerTransaction.sign_up_id, LedgerTransaction.id, LedgerEntry.amount)
        .join(LedgerEntry, LedgerEntry.transaction_id == LedgerTransaction.id)
        .join(LedgerAccount, LedgerAccount.id == LedgerEntry.account_id)
        .where(
            LedgerTransaction.sign_up_id.in_(sign_up_ids),
            LedgerAccount.kind == AccountKind.VOLUNTEER,
            LedgerAccount.volunteer_id == volunteer_id,
        )
    ).all()
    corrected = set(
        session.scalars(
            select(LedgerTransaction.corrects_id).where(
                LedgerTransaction.corrects_id.in_([row.id for row in awards])
            )
        )
    )
    return {row.sign_up_id: 0 if row.id in corrected else row.amount for row in awards}


def _own_confirmed(session: Session, actor: Actor, task_id: int, code: str) -> SignUp:
    actor.require(Role.VOLUNTEER)
    volunteer = session.scalar(select(Volunteer).where(Volunteer.account_id == actor.account_id))
    if volunteer is None:
        raise NotFound("no volunteer profile", field="volunteer_id", code="NO_PROFILE")
    task = _task(session, task_id)
    entry = session.scalar(
        select(SignUp).where(SignUp.task_id == task.id, SignUp.volunteer_id == volunteer.id)
    )
    if entry is None or entry.status is not SignUpStatus.CONFIRMED:
        raise InvalidValue(
            "you have no confirmed place on this task", field="task_id", code="NOT_SIGNED_UP"
        )
    given = code.strip().upper()
    if task.check_in_code is None or not secrets.compare_digest(
        given.encode(), task.check_in_code.encode()
    ):
        raise InvalidValue("this is not the task's check-in code", field="code", code="WRONG_CODE")
    return entry


def _coordinated(session: Session, actor: Actor, sign_up_id: int) -> tuple[SignUp, Task]:
    entry = session.get(SignUp, sign_up_id)
    if entry is None:
        raise NotFound(f"no sign-up with id {sign_up_id}", field="sign_up_id")
    task = _task(session, entry.task_id)
    require_coordinator_of(session, actor, task.community_id)
    return entry, task


def _leave_confirmed(session: Session, entry: SignUp, status: SignUpStatus) -> None:
    changed = session.execute(
        update(SignUp)
        .where(SignUp.id == entry.id, SignUp.status == SignUpStatus.CONFIRMED)
        .values(status=status, updated_at=now())
        .execution_options(synchronize_session=False)
    )
    session.refresh(entry)
    if changed.rowcount == 1:
        return
    if entry.status is SignUpStatus.COMPLETED:
        raise Conflict("already completed", field="sign_up_id", code="ALREADY_COMPLETED")
    if entry.status is SignUpStatus.NO_SHOW:
        raise Conflict("already marked as a no-show", field="sign_up_id", code="ALREADY_NO_SHOW")
    raise InvalidTransition(
        f"the sign-up is {entry.status.value}, not confirmed",
        field="sign_up_id",
        code="NOT_CONFIRMED",
    )


def _task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound(f"no task with id {task_id}", field="task_id")
    return task
