"""Volunteer matching, assignment and request routing on files, with no database:
`civicmatch match-volunteers`, `civicmatch assign` and `civicmatch route-requests`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

from engine.io.jsonl import RecordFile
from engine.io.progress import SILENT, Progress, tracked
from engine.io.text_files import REQUEST_FIELDS, with_id
from engine.matching.files import matches_as
from engine.messages import Message
from engine.volunteering.records import (
    TASK_FILE_FIELDS,
    VOLUNTEER_FILE_FIELDS,
    check_task,
    check_volunteer,
)
from engine.volunteering.router_cache import request_router
from matchers.volunteers.assignment import assign
from matchers.volunteers.matcher import BLOCK, TaskMatcher, VolunteerMatcher
from matchers.volunteers.records import Task, Volunteer

# Requests routed at once: large enough to batch the model, small enough to show progress.
ROUTING_BATCH = 256


def read_tasks(lines: Iterable[bytes], source: str) -> list[Task]:
    checked = RecordFile.read(lines, source, TASK_FILE_FIELDS)
    checked.check(check_task)
    return [Task.from_mapping(line.values) for line in checked.accepted()]


def read_volunteers(lines: Iterable[bytes], source: str) -> list[Volunteer]:
    checked = RecordFile.read(lines, source, VOLUNTEER_FILE_FIELDS)
    checked.check(check_volunteer)
    return [Volunteer.from_mapping(line.values) for line in checked.accepted()]


def match_volunteer_records(
    tasks: Sequence[Task],
    volunteers: Sequence[Volunteer],
    *,
    side: Literal["tasks", "volunteers"],
    top: int,
    progress: Progress = SILENT,
) -> Iterator[dict[str, Any]]:
    """One line per task (or per volunteer), in input order, as FORMATS.md's output."""
    if side == "tasks":
        progress.stage(Message("progress.indexing_volunteers", {"count": len(volunteers)}))
        volunteer_matcher = VolunteerMatcher().fit(volunteers)
        advance = progress.stage(
            Message("progress.ranking_volunteers"), total=len(tasks), unit="unit.tasks"
        )
        rankings = volunteer_matcher.rank_many(tasks, top=top)
        rows: Sequence[Task | Volunteer] = tasks
        key, matched_key = "task", "volunteer"
    else:
        progress.stage(Message("progress.indexing_tasks", {"count": len(tasks)}))
        task_matcher = TaskMatcher().fit(tasks)
        advance = progress.stage(
            Message("progress.ranking_tasks"), total=len(volunteers), unit="unit.volunteers"
        )
        rankings = task_matcher.rank_many(volunteers, top=top)
        rows = volunteers
        key, matched_key = "volunteer", "task"
    for row, ranking in tracked(zip(rows, rankings, strict=True), advance):
        yield {key: row.id, "matches": matches_as(ranking, matched_key)}


def assignment_lines(
    tasks: Sequence[Task], volunteers: Sequence[Volunteer], *, progress: Progress = SILENT
) -> Iterator[dict[str, Any]]:
    """One line per task, in input order: who serves it and how many slots stay open.

    As `matchers.volunteers.assignment.assign_matched`, in steps that can show their progress.
    """
    chosen: dict[str, list[str]] = {task.id: [] for task in tasks}
    if tasks and volunteers:
        progress.stage(Message("progress.indexing_volunteers", {"count": len(volunteers)}))
        matcher = VolunteerMatcher().fit(volunteers)
        advance = progress.stage(
            Message("progress.scoring_pairs"), total=len(tasks), unit="unit.tasks"
        )
        scores: dict[tuple[str, str], float] = {}
        for start in range(0, len(tasks), BLOCK):
            block = tasks[start : start + BLOCK]
            scores.update(matcher.pair_scores(block))
            advance(len(block))
        progress.stage(Message("progress.solving"))
        chosen = assign(tasks, volunteers, scores)
    for task in tasks:
        ids = chosen[task.id]
        yield {"task": task.id, "volunteers": ids, "unfilled": task.slots - len(ids)}


def read_request_texts(lines: Iterable[bytes], source: str) -> list[dict[str, Any]]:
    """{"text"} lines with an optional `id` (see engine.io.text_files)."""
    checked = RecordFile.read(lines, source, REQUEST_FIELDS)
    return [line.values for line in checked.accepted()]


def route_lines(
    requests: Sequence[dict[str, Any]], *, progress: Progress = SILENT
) -> Iterator[dict[str, object]]:
    """One {"id", "team", "category", "confidence"} line per request, in order (no `id` for
    a request that had none)."""
    progress.stage(Message("progress.learning_routes"))
    router = request_router()
    advance = progress.stage(Message("progress.routing"), total=len(requests), unit="unit.requests")
    for start in range(0, len(requests), ROUTING_BATCH):
        batch = requests[start : start + ROUTING_BATCH]
        routes = router.predict_many(request["text"] for request in batch)
        for request, route in zip(batch, routes, strict=True):
            yield with_id(request.get("id"), route.as_json())
        advance(len(batch))
