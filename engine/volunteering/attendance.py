"""Check-in and check-out with a task's short code, completion (which awards the task's
points through the ledger) or no-show, and a volunteer's service record (志愿服务记录).

Check-in opens a set number of minutes before the task starts and closes when it ends. Only
time within the task's scheduled hours counts as served, and completion awards the share of
the task's points that the minutes served are of its scheduled minutes, rounded down.

Each state change is one conditional UPDATE, so two requests at once cannot both check in,
both complete, or both award.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import Conflict, InvalidTransition, InvalidValue, NotFound
from engine.messages import Ref
from engine.time import LOCAL_ZONE, now
from engine.volunteering.ledger import award, balance
from engine.volunteering.ledger_models import (
    AccountKind,
    LedgerAccount,
    LedgerEntry,
    LedgerTransaction,
)
from engine.volunteering.models import SignUp, SignUpStatus, Task, Volunteer
from engine.volunteering.permissions import is_coordinator_of
from engine.volunteering.tasks import coordinated_task

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
    task = coordinated_task(session=session, actor=actor, task_id=task_id, field="task_id")
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


def check_in(
    *, session: Session, actor: Actor, task_id: int, code: str, opens_minutes_before: int
) -> SignUp:
    """Starts the service: from `opens_minutes_before` the task's start until its end."""
    entry, task = _own_confirmed(session, actor, task_id, code)
    arrived = now()
    if entry.checked_in_at is None:
        _check_in_open(task, arrived, opens_minutes_before)
    changed = session.execute(
        update(SignUp)
        .where(SignUp.id == entry.id, SignUp.checked_in_at.is_(None))
        .values(checked_in_at=arrived)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:
        raise Conflict("attendance.already_checked_in", field="code", code="ALREADY_CHECKED_IN")
    session.refresh(entry)
    return entry


def check_out(*, session: Session, actor: Actor, task_id: int, code: str) -> SignUp:
    """Ends the service; the minutes served within the task's scheduled time are recorded."""
    entry, task = _own_confirmed(session, actor, task_id, code)
    if entry.checked_in_at is None:
        raise InvalidTransition("attendance.not_checked_in", field="code", code="NOT_CHECKED_IN")
    if not _end_service(session, entry, task, now()):
        raise Conflict("attendance.already_checked_out", field="code", code="ALREADY_CHECKED_OUT")
    return entry


def complete(*, session: Session, actor: Actor, sign_up_id: int) -> SignUp:
    """Confirms the service and awards, once, the task's points in proportion to the minutes
    served. A volunteer still checked in is checked out now."""
    entry, task = _coordinated(session, actor, sign_up_id)
    if entry.status is SignUpStatus.CONFIRMED and entry.checked_in_at is None:
        raise InvalidTransition(
            "attendance.never_checked_in", field="sign_up_id", code="NOT_CHECKED_IN"
        )
    _leave_confirmed(session, entry, SignUpStatus.COMPLETED)
    _end_service(session, entry, task, now())
    points = earned_points(task, entry.minutes_served or 0)
    if points > 0:
        award(
            session=session,
            volunteer_id=entry.volunteer_id,
            community_id=task.community_id,
            points=points,
            sign_up_id=entry.id,
            memo=f"完成任务：{task.title}",
        )
    return entry


def mark_no_show(*, session: Session, actor: Actor, sign_up_id: int) -> SignUp:
    """The volunteer did not come: no points. Someone who checked in came."""
    entry, _ = _coordinated(session, actor, sign_up_id)
    if entry.checked_in_at is not None:
        raise InvalidTransition("attendance.came", field="sign_up_id", code="CHECKED_IN")
    _leave_confirmed(session, entry, SignUpStatus.NO_SHOW)
    return entry


def service_record(*, session: Session, actor: Actor, volunteer_id: int) -> ServiceRecord:
    """The volunteer's tasks with status, minutes and points, and the totals: for them and
    their coordinators; to anyone else the volunteer answers as a missing one does."""
    actor.require(Role.VOLUNTEER, Role.COORDINATOR)
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None or not (
        (actor.account_id is not None and volunteer.account_id == actor.account_id)
        or is_coordinator_of(session, actor, volunteer.community_id)
    ):
        raise NotFound(
            "volunteer.not_found", field="volunteer_id", volunteer=Ref("Volunteer", volunteer_id)
        )
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


def earned_points(task: Task, minutes_served: int) -> int:
    """The task's points times the share of its scheduled minutes served, rounded down."""
    scheduled = max(1, _minutes(task.ends_at - task.starts_at))
    return task.points * min(minutes_served, scheduled) // scheduled


def minutes_within(task: Task, checked_in_at: datetime, checked_out_at: datetime) -> int:
    """Whole minutes of [checked_in_at, checked_out_at] inside the task's scheduled time."""
    start = max(checked_in_at, task.starts_at)
    end = min(checked_out_at, task.ends_at)
    return max(0, _minutes(end - start))


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


def _check_in_open(task: Task, moment: datetime, opens_minutes_before: int) -> None:
    opens = task.starts_at - timedelta(minutes=opens_minutes_before)
    if moment < opens:
        raise InvalidValue(
            "attendance.not_open_yet",
            field="task_id",
            code="CHECK_IN_NOT_OPEN",
            opens=opens.astimezone(LOCAL_ZONE),
            minutes=opens_minutes_before,
        )
    if moment > task.ends_at:
        raise InvalidValue("attendance.closed", field="task_id", code="CHECK_IN_CLOSED")


def _end_service(session: Session, entry: SignUp, task: Task, ended: datetime) -> bool:
    """Records the check-out and the minutes served, unless already checked out (False)."""
    if entry.checked_in_at is None:
        return False
    changed = session.execute(
        update(SignUp)
        .where(
            SignUp.id == entry.id,
            SignUp.checked_in_at.is_not(None),
            SignUp.checked_out_at.is_(None),
        )
        .values(
            checked_out_at=ended,
            minutes_served=minutes_within(task, entry.checked_in_at, ended),
        )
        .execution_options(synchronize_session=False)
    )
    session.refresh(entry)
    return changed.rowcount == 1


def _own_confirmed(session: Session, actor: Actor, task_id: int, code: str) -> tuple[SignUp, Task]:
    actor.require(Role.VOLUNTEER)
    volunteer = session.scalar(select(Volunteer).where(Volunteer.account_id == actor.account_id))
    if volunteer is None:
        raise NotFound("volunteer.no_profile", code="NO_PROFILE")
    task = _task(session, task_id)
    entry = session.scalar(
        select(SignUp).where(SignUp.task_id == task.id, SignUp.volunteer_id == volunteer.id)
    )
    if entry is None or entry.status is not SignUpStatus.CONFIRMED:
        raise InvalidValue("attendance.no_place", field="task_id", code="NOT_SIGNED_UP")
    given = code.strip().upper()
    if task.check_in_code is None or not secrets.compare_digest(
        given.encode(), task.check_in_code.encode()
    ):
        raise InvalidValue("attendance.wrong_code", field="code", code="WRONG_CODE")
    return entry, task


def _coordinated(session: Session, actor: Actor, sign_up_id: int) -> tuple[SignUp, Task]:
    """The sign-up and its task, for the task's coordinators; to others, as if missing."""
    actor.require(Role.COORDINATOR)
    entry = session.get(SignUp, sign_up_id)
    task = None if entry is None else session.get(Task, entry.task_id)
    if entry is None or task is None or not is_coordinator_of(session, actor, task.community_id):
        raise NotFound("sign_up.not_found", field="sign_up_id", sign_up=Ref("SignUp", sign_up_id))
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
        raise Conflict("sign_up.already_completed", field="sign_up_id", code="ALREADY_COMPLETED")
    if entry.status is SignUpStatus.NO_SHOW:
        raise Conflict("sign_up.already_no_show", field="sign_up_id", code="ALREADY_NO_SHOW")
    raise InvalidTransition(
        "sign_up.not_confirmed", field="sign_up_id", code="NOT_CONFIRMED", status=entry.status
    )


def _task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound("task.not_found", field="task_id", task=Ref("Task", task_id))
    return task
