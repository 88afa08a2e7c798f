"""The volunteer programme's sides of a run (`match-run --volunteers`): open, upcoming tasks
for every volunteer, as `taskMatches` ranks them, and for every such task the volunteers of
its community, as `volunteerMatches` does. Always ranked in full (they are small)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from engine.io.batches import chunked
from engine.io.bulk import insert_plain
from engine.io.progress import Progress
from engine.messages import Message
from engine.runs import control
from engine.runs.compute import rank_chunk, rank_in_community
from engine.runs.executors import DaskExecutor, LocalExecutor
from engine.runs.models import Side, VolunteerMatchResult
from engine.volunteering.matching import community_names, task_record, volunteer_record
from engine.volunteering.models import Task, TaskStatus, Volunteer
from matchers.records import Match


def open_task_ids(session: Session, *, after: datetime, up_to: int) -> list[tuple[int, int | None]]:
    """Open tasks starting after `after`: (id, community id), by community then id."""
    rows = session.execute(
        select(Task.id, Task.community_id)
        .where(Task.status == TaskStatus.OPEN, Task.starts_at > after, Task.id <= up_to)
        .order_by(Task.community_id, Task.id)
    ).all()
    return [(task_id, community) for task_id, community in rows]


def plan_chunks(
    session: Session, *, after: datetime, tasks_up_to: int, volunteers_up_to: int, size: int
) -> dict[Side, list[list[int]]]:
    volunteers = list(
        session.scalars(
            select(Volunteer.id).where(Volunteer.id <= volunteers_up_to).order_by(Volunteer.id)
        )
    )
    tasks = open_task_ids(session, after=after, up_to=tasks_up_to)
    by_community = [
        [task_id for task_id, _ in group] for _, group in groupby(tasks, key=lambda row: row[1])
    ]
    return {
        Side.TASKS: [list(part) for part in chunked(volunteers, size)],
        # A chunk of tasks never spans communities: each is ranked among its community's.
        Side.VOLUNTEERS: [list(part) for ids in by_community for part in chunked(ids, size)],
    }


class VolunteerSideRun:
    def __init__(
        self,
        factory: sessionmaker[Session],
        run_id: int,
        side: Side,
        parameters: dict[str, Any],
    ):
        self.factory, self.run_id, self.side = factory, run_id, side
        self.top = int(parameters["top"])
        self.after = datetime.fromisoformat(parameters["as_of"])
        self.tasks_up_to = int(parameters["tasks_up_to"])
        self.volunteers_up_to = int(parameters["volunteers_up_to"])

    def rank(
        self,
        executor: LocalExecutor | DaskExecutor,
        progress: Progress,
        count: int,
        pause: float,
    ) -> None:
        from matchers.volunteers.matcher import TaskMatcher, VolunteerMatcher

        with self.factory() as session:
            if self.side is Side.TASKS:
                open_tasks = open_task_ids(session, after=self.after, up_to=self.tasks_up_to)
                ids = [task_id for task_id, _ in open_tasks]
                tasks = self._tasks(session, ids)
                progress.stage(Message("progress.indexing_tasks", {"count": len(tasks)}))
                shared: Any = TaskMatcher().fit(tasks) if tasks else None
            else:
                volunteers = self._volunteers(session)
                progress.stage(Message("progress.indexing_volunteers", {"count": len(volunteers)}))
                shared = {
                    community: VolunteerMatcher().fit([record for _, record in group])
                    for community, group in groupby(volunteers, key=lambda row: row[0])
                }
        advance = progress.stage(
            Message("progress.ranking_chunks", {"side": self.side.value}),
            total=count,
            unit="unit.chunks",
        )
        if self.side is Side.TASKS:
            tasks_ = self._chunks(with_community=False)
            finished: Any = (
                executor.run(rank_chunk, shared, tasks_)
                if shared is not None
                else ((key, [[] for _ in key[1]]) for key, _ in tasks_)
            )
        else:
            finished = executor.run(rank_in_community, shared, self._chunks(with_community=True))
        for (number, subject_ids), rankings in finished:
            rows = self._rows(subject_ids, rankings)
            with self.factory.begin() as session:
                insert_plain(session, VolunteerMatchResult, rows)
                control.chunk_done(session, self.run_id, self.side, number, len(rows))
            advance(1)
            if pause:
                control.pause(self.factory, self.run_id, pause)

    def _tasks(self, session: Session, ids: Sequence[int]) -> list[Any]:
        rows: list[Task] = []
        for part in chunked(list(ids), 1_000):
            rows.extend(session.scalars(select(Task).where(Task.id.in_(part)).order_by(Task.id)))
        names = community_names(session, list(rows))
        return [task_record(task, names) for task in rows]

    def _volunteers(self, session: Session) -> list[tuple[int | None, Any]]:
        rows = list(
            session.scalars(
                select(Volunteer)
                .where(Volunteer.id <= self.volunteers_up_to)
                .order_by(Volunteer.community_id, Volunteer.id)
            )
        )
        names = community_names(session, list(rows))
        return [(row.community_id, volunteer_record(row, names)) for row in rows]

    def _chunks(
        self, *, with_community: bool
    ) -> Iterator[tuple[tuple[int, list[int]], tuple[Any, ...]]]:
        for number, ids in control.pending_chunks(self.factory, self.run_id, self.side):
            with self.factory() as session:
                if with_community:
                    tasks = list(
                        session.scalars(select(Task).where(Task.id.in_(ids)).order_by(Task.id))
                    )
                    community = tasks[0].community_id if tasks else None
                    names = community_names(session, list(tasks))
                    records = [task_record(task, names) for task in tasks]
                    yield (number, [task.id for task in tasks]), (records, self.top, community)
                    continue
                rows = list(
                    session.scalars(
                        select(Volunteer).where(Volunteer.id.in_(ids)).order_by(Volunteer.id)
                    )
                )
                names = community_names(session, list(rows))
                records = [volunteer_record(row, names) for row in rows]
            yield (number, [int(r.id) for r in records]), (records, self.top)

    def _rows(
        self, subject_ids: Sequence[int], rankings: Sequence[Sequence[Match]]
    ) -> list[dict[str, Any]]:
        rows = []
        for subject, ranking in zip(subject_ids, rankings, strict=True):
            for rank, match in enumerate(ranking, start=1):
                volunteer, task = (
                    (subject, int(match.id))
                    if self.side is Side.TASKS
                    else (int(match.id), subject)
                )
                rows.append(
                    {
                        "run_id": self.run_id,
                        "side": self.side.value,
                        "volunteer_id": volunteer,
                        "task_id": task,
                        "rank": rank,
                        "score": match.score,
                        "figures": dict(match.figures),
                    }
                )
        return rows
