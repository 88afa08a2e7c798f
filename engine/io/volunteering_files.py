"""tasks.jsonl and volunteers.jsonl in: all-or-nothing upserts by external id."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from engine.errors import InvalidValue
from engine.io.batches import by_external_id, plain
from engine.io.jsonl import RecordFile
from engine.io.progress import SILENT, Progress, importing
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


def import_tasks(
    *, session: Session, stream: Iterable[bytes], source: str, progress: Progress = SILENT
) -> ImportSummary:
    checked = RecordFile.read(stream, source, TASK_FILE_FIELDS)
    checked.check(check_task)
    existing = by_external_id(session, Task, [line.values["id"] for line in checked.lines])
    checked.check(lambda values: _keeps_confirmed(existing.get(values["id"]), values["slots"]))
    lines = checked.accepted()
    created = 0
    for line in importing(lines, "tasks", progress):
        values = line.values
        task = existing.get(values["id"])
        if task is None:
            task = Task(external_id=values["id"])
            session.add(task)
            created += 1
        for name in TASK_NAMES:
            setattr(task, name, plain(values[name]))
        task.community_id = community_id(session=session, name=values["community"])
        task.updated_at = now()
    session.flush()
    return ImportSummary(created=created, updated=len(lines) - created)


def import_volunteers(
    *, session: Session, stream: Iterable[bytes], source: str, progress: Progress = SILENT
) -> ImportSummary:
    checked = RecordFile.read(stream, source, VOLUNTEER_FILE_FIELDS)
    checked.check(lambda values: availability_windows(values["availability"]))
    lines = checked.accepted()
    existing = by_external_id(session, Volunteer, [line.values["id"] for line in lines])
    created = 0
    for line in importing(lines, "volunteers", progress):
        values = line.values
        volunteer = existing.get(values["id"])
        if volunteer is None:
            volunteer = Volunteer(external_id=values["id"])
            session.add(volunteer)
            created += 1
        for name in PROFILE_NAMES:
            setattr(volunteer, name, plain(values[name]))
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
            "task.slots_below_confirmed",
            field="slots",
            code="TOO_SMALL",
            slots=slots,
            confirmed=task.confirmed,
        )
