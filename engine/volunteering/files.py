"""Volunteer matching, assignment and request routing on files, with no database:
`civicmatch match-volunteers`, `civicmatch assign` and `civicmatch route-requests`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Literal

from engine.fields import Field
from engine.io.jsonl import RecordFile
from engine.matching.files import matches_as
from engine.volunteering.records import (
    TASK_FILE_FIELDS,
    VOLUNTEER_FILE_FIELDS,
    check_task,
    check_volunteer,
)
from matchers.assignment import assign_matched
from matchers.routing import default_router
from matchers.volunteer_records import Task, Volunteer
from matchers.volunteers import TaskMatcher, VolunteerMatcher

Progress = Callable[[int], None]


def read_tasks(stream: IO[bytes], source: str) -> list[Task]:
    checked = RecordFile.read(stream, source, TASK_FILE_FIELDS)
    checked.check(check_task)
    return [Task.from_mapping(line.values) for line in checked.accepted()]


def read_volunteers(stream: IO[bytes], source: str) -> list[Volunteer]:
    checked = RecordFile.read(stream, source, VOLUNTEER_FILE_FIELDS)
    checked.check(check_volunteer)
    return [Volunteer.from_mapping(line.values) for line in checked.accepted()]


def match_volunteer_records(
    tasks: Sequence[Task],
    volunteers: Sequence[Volunteer],
    *,
    side: Literal["tasks", "volunteers"],
    top: int,
    progress: Progress | None = None,
) -> Iterator[dict[str, Any]]:
    """One line per task (or per volunteer), in input order, as FORMATS.md's output."""
    if side == "tasks":
        rankings = VolunteerMatcher().fit(volunteers).rank_many(tasks, top=top)
        rows: Sequence[Task | Volunteer] = tasks
        key, matched_key = "task", "volunteer"
    else:
        rankings = TaskMatcher().fit(tasks).rank_many(volunteers, top=top)
        rows = volunteers
        key, matched_key = "volunteer", "task"
    for done, (row, ranking) in enumerate(zip(rows, rankings, strict=True), 1):
        yield {key: row.id, "matches": matches_as(ranking, matched_key)}
        if progress is not None:
            progress(done)


def assignment_lines(
    tasks: Sequence[Task], volunteers: Sequence[Volunteer]
) -> Iterator[dict[str, Any]]:
    """One line per task, in input order: who serves it and how many slots stay open."""
    chosen = assign_matched(tasks, volunteers)
    for task in tasks:
        ids = chosen[task.id]
        yield {"task": task.id, "volunteers": ids, "unfilled": task.slots - len(ids)}


REQUEST_FIELDS: tuple[Field, ...] = (
    Field("text", "str", required=True, non_blank=True, max_length=5000),
)


def read_request_texts(stream: IO[bytes], source: str) -> list[str]:
    """{"text"} lines; other keys (an id, labels) are allowed and ignored."""
    checked = RecordFile.read(stream, source, REQUEST_FIELDS, ignore_unknown=True)
    return [line.values["text"] for line in checked.accepted()]


def route_lines(texts: Sequence[str]) -> Iterator[dict[str, object]]:
    """One {"team", "category", "confidence"} line per request, in order."""
    for route in default_router().predict_many(texts):
        yield route.as_json()
