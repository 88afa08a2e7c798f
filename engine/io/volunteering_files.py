"""tasks.jsonl and volunteers.jsonl in: all-or-nothing upserts by external id."""

from __future__ import annotations

from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.errors import InvalidValue
from engine.io.batches import chunked
from engine.io.jsonl import RecordFile
from engine.io.summary import ImportSummary
from engine.time import now
from engine.volunteering.communities import community_id
from engine.volunteering.models import Task, Volunteer
from engine.volunteering.records import (
    TASK_CONTENT_FIELDS,
    TASK_FILE_FIELDS,
    VOLUNTEER_FILE_FIELDS,
    VOLUNTEER_PROFILE_FIELDS,
    availability_windows,
    check_task,
)

TASK_NAMES = tuple(field.name for field in TASK_CONTENT_FIELDS if field.name != "community")
PROFILE_NAMES = tuple(
    field.name for field in VOLUNTEER_PROFILE_FIELDS if field.name not in ("community",)
)


def import_tasks(*, session: Session, stream: IO[bytes], source: str) -> ImportSummary:
    checked = RecordFile.read(stream, source, TASK_FILE_FIELDS)
    checked.check(check_task)
    existing = _existing(session, Task, [line.values["id"] for line in checked.lines])
    checked.check(lambda values: _keeps_confirmed(existing.get(values["id"]), values["slots"]))
    lines = checked.accepted()
    created = 0
    for line in lines:
        values = line.values
        task = existing.get(values["id"])
        if task is None:
            task = Task(external_id=values["id"])
            session.add(task)
            created += 1
        for name in TASK_NAMES:
            setattr(task, name, _plain(values[name]))
        task.community_id = community_id(session=session, name=values["community"])
        task.updated_at = now()
    session.flush()
    return ImportSummary(created=created, updated=len(lines) - created)


def import_volunteers(*, session: Session, stream: IO[bytes], source: str) -> ImportSummary:
    checked = RecordFile.read(stream, source, VOLUNTEER_FILE_FIELDS)
    checked.check(lambda values: availability_windows(values["availability"]))
    lines = checked.accepted()
    existing = _existing(session, Volunteer, [line.values["id"] for line in lines])
    created = 0
    for line in lines:
        values = line.values
        volunteer = existing.get(values["id"])
        if volunteer is None:
            volunteer = Volunteer(external_id=values["id"])
            session.add(volunteer)
            created += 1
        for name in PROFILE_NAMES:
            setattr(volunteer, name, _plain(values[name]))
        volunteer.availability = [
            window.as_dict() for window in availability_windows(values["availability"])
        ]
        volunteer.community_id = community_id(session=session, name=values["community"])
        volunteer.updated_at = now()
    session.flush()
    return ImportSummary(created=created, updated=len(lines) - created)


def _keeps_confirmed(task: Task | None, slots: int) -> None:
    if task is not None and slots < task.confirmed:
        raise InvalidValue(
            f"slots {slots} is below the {task.confirmed} volunteers already confirmed",
            field="slots",
            code="TOO_SMALL",
        )


def _existing(session: Session, model: Any, external_ids: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for batch in chunked(external_ids):
        for row in session.scalars(select(model).where(model.external_id.in_(batch))):
            found[row.external_id] = row
    return found


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [getattr(item, "value", item) for item in value]
    return value
