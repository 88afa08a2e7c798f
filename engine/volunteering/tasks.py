"""Volunteer tasks: coordinators publish and change them in their own community."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import InvalidValue, NotFound
from engine.fields import validate_record
from engine.ids import claim_external_id
from engine.io.batches import plain
from engine.messages import Ref
from engine.paging import Page, paginate
from engine.time import now
from engine.volunteering.communities import community_id
from engine.volunteering.models import Community, Task, TaskStatus
from engine.volunteering.permissions import is_coordinator_of, require_coordinator_of
from engine.volunteering.records import TASK_CONTENT_FIELDS, check_task_times


def create_task(
    *, session: Session, actor: Actor, data: Mapping[str, Any], external_id: str | None = None
) -> Task:
    """A task in the coordinator's own community (an admin names any community)."""
    actor.require(Role.COORDINATOR)
    values = validate_record(TASK_CONTENT_FIELDS, {"community": actor.community or "", **data})
    check_task_times(values["starts_at"], values["ends_at"])
    home = community_id(session=session, name=values.pop("community"))
    require_coordinator_of(session, actor, home)
    task = Task(
        external_id=claim_external_id(
            session=session, model=Task, given=external_id, prefix="task"
        ),
        coordinator_account_id=actor.account_id,
        community_id=home,
        **{name: plain(value) for name, value in values.items()},
    )
    session.add(task)
    session.flush()
    return task


def update_task(
    *, session: Session, actor: Actor, task_id: int, changes: Mapping[str, Any]
) -> Task:
    """Changes the given fields; slots never drop below the volunteers already confirmed."""
    task = coordinated_task(session=session, actor=actor, task_id=task_id)
    values = validate_record(TASK_CONTENT_FIELDS, changes, partial=True)
    if "community" in values:
        raise InvalidValue("task.stays_in_community", field="community", code="FORBIDDEN")
    check_task_times(values.get("starts_at", task.starts_at), values.get("ends_at", task.ends_at))
    slots = values.get("slots", task.slots)
    if slots < task.confirmed:
        raise InvalidValue(
            "task.slots_below_confirmed",
            field="slots",
            code="TOO_SMALL",
            slots=slots,
            confirmed=task.confirmed,
        )
    for name, value in values.items():
        setattr(task, name, plain(value))
    task.updated_at = now()
    session.flush()
    return task


def cancel_task(*, session: Session, actor: Actor, task_id: int) -> Task:
    task = coordinated_task(session=session, actor=actor, task_id=task_id)
    if task.status is not TaskStatus.OPEN:
        raise InvalidValue("task.not_open", field="id", code="NOT_OPEN")
    task.status = TaskStatus.CANCELLED
    session.flush()
    return task


def coordinated_task(*, session: Session, actor: Actor, task_id: int, field: str = "id") -> Task:
    """The task, for admins and its community's coordinators; to other coordinators a task
    elsewhere answers as a missing one does, so its id cannot be probed."""
    actor.require(Role.COORDINATOR)
    task = session.get(Task, task_id)
    if task is None or not is_coordinator_of(session, actor, task.community_id):
        raise NotFound("task.not_found", field=field, task=Ref("Task", task_id))
    return task


def list_tasks(
    *,
    session: Session,
    first: int | None,
    after: int | None,
    community: str | None = None,
    status: TaskStatus | None = TaskStatus.OPEN,
) -> Page[Task]:
    """Tasks are public: residents see what their community needs help with."""
    statement = select(Task)
    if community:
        statement = statement.join(Community, Community.id == Task.community_id).where(
            Community.name == community.strip()
        )
    if status is not None:
        statement = statement.where(Task.status == status)
    return paginate(session=session, statement=statement, key=Task.id, first=first, after=after)


def find_task(*, session: Session, task_id: int) -> Task | None:
    return session.get(Task, task_id)


def tasks_by_ids(*, session: Session, ids: Sequence[int]) -> dict[int, Task]:
    return {task.id: task for task in session.scalars(select(Task).where(Task.id.in_(set(ids))))}
