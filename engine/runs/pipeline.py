"""A batch run from start to publication: plan the chunks, rank them (here or on Dask),
write each chunk's results with its done mark in one transaction, publish."""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy import text as sql
from sqlalchemy.orm import Session, sessionmaker

from engine.errors import Conflict
from engine.gc_pause import collector_paused
from engine.io.batches import chunked
from engine.io.bulk import insert_plain
from engine.io.progress import SILENT, Progress
from engine.jobs.models import JobPost
from engine.messages import Message
from engine.runs import control, inputs, volunteer_sides
from engine.runs.compute import rank_chunk
from engine.runs.executors import DaskExecutor, LocalExecutor
from engine.runs.incremental import rank_chunk_incremental
from engine.runs.models import (
    Audience,
    MatchResult,
    MatchRun,
    MatchRunVocabulary,
    RunKind,
    Side,
)
from engine.runs.reading import latest_published
from engine.runs.version import matcher_version
from engine.seekers.models import Candidate
from engine.time import now, this_year
from engine.volunteering.models import Task, Volunteer
from matchers.records import Match

# People (or jobs) a chunk holds: small enough that a killed run loses little, large enough
# that the per-chunk transaction and the matcher's blocks stay efficient.
CHUNK_SIZE = 500
SIDES = {
    RunKind.CANDIDATES: (Side.JOBS,),
    RunKind.JOBS: (Side.CANDIDATES,),
    RunKind.BOTH: (Side.JOBS, Side.CANDIDATES),
}
VOLUNTEER_SIDES = (Side.TASKS, Side.VOLUNTEERS)
Executor = LocalExecutor | DaskExecutor


@dataclass(frozen=True, slots=True)
class RunOptions:
    kind: RunKind
    top: int = 10
    chunk_size: int = CHUNK_SIZE
    exhaustive: bool = False
    # Only what changed since the newest published run (see engine/runs/incremental.py).
    incremental: bool = False
    # A full run in the vocabulary of the newest published run instead of a new one.
    keep_vocabulary: bool = False
    # Also tasks for every volunteer and volunteers for every task.
    volunteers: bool = False
    current_year: int | None = None


def plan(session: Session, options: RunOptions, *, started_by: str) -> control.Plan:
    as_of = now()
    # A write whose transaction is still open now set its `updated_at` before this moment
    # but may commit after this run has read the data: an incremental run after this one
    # must count it as changed, so changes are looked for from the oldest open transaction.
    changes_from = min(as_of, _oldest_open_transaction(session) or as_of)
    jobs_up_to = session.scalar(select(func.max(JobPost.id))) or 0
    people_up_to = session.scalar(select(func.max(Candidate.id))) or 0
    job_ids = inputs.open_job_ids(session, jobs_up_to)
    people_ids = inputs.candidate_ids(session, people_up_to)
    subjects = {Side.JOBS: people_ids, Side.CANDIDATES: job_ids}
    chunks = {
        side: [list(part) for part in chunked(subjects[side], options.chunk_size)]
        for side in SIDES[options.kind]
    }
    counts = {"jobs": len(job_ids), "candidates": len(people_ids)}
    volunteering: dict[str, Any] = {}
    if options.volunteers:
        volunteering = {
            "tasks_up_to": session.scalar(select(func.max(Task.id))) or 0,
            "volunteers_up_to": session.scalar(select(func.max(Volunteer.id))) or 0,
        }
        chunks.update(
            volunteer_sides.plan_chunks(
                session, after=as_of, size=options.chunk_size, **volunteering
            )
        )
        counts["volunteers"] = sum(len(ids) for ids in chunks[Side.TASKS])
        counts["tasks"] = sum(len(ids) for ids in chunks[Side.VOLUNTEERS])
    ranking = {"top": options.top, "exhaustive": options.exhaustive}
    version = matcher_version(ranking)
    parameters: dict[str, Any] = {
        **ranking,
        "kind": options.kind.value,
        "chunk_size": options.chunk_size,
        "incremental": options.incremental,
        "keep_vocabulary": options.keep_vocabulary,
        "current_year": options.current_year or this_year(),
        "as_of": as_of.isoformat(),
        "changes_from": changes_from.isoformat(),
        "jobs_up_to": jobs_up_to,
        "candidates_up_to": people_up_to,
        "volunteers": options.volunteers,
        **volunteering,
    }
    if options.incremental or options.keep_vocabulary:
        parameters["bases"] = _bases(session, options, version)
        years = {base["current_year"] for base in parameters["bases"].values()}
        parameters["current_year"] = years.pop() if len(years) == 1 else parameters["current_year"]
    return control.Plan(
        kind=options.kind,
        top=options.top,
        incremental=options.incremental,
        parameters=parameters,
        matcher_version=version,
        started_by=started_by,
        chunks=chunks,
        counts=counts,
        volunteers=options.volunteers,
    )


def _bases(session: Session, options: RunOptions, version: str) -> dict[str, dict[str, Any]]:
    """For each side, the published run this one builds on: its vocabulary, its time."""
    option = "incremental" if options.incremental else "keep_vocabulary"
    bases = {}
    for side in SIDES[options.kind]:
        base = latest_published(session, side)
        if base is None:
            raise Conflict("run.no_base", field=option, side=side)
        for name, key in (
            ("top", "run.base_other_top"),
            ("exhaustive", "run.base_other_exhaustive"),
        ):
            wanted, had = getattr(options, name), base.parameters.get(name)
            if wanted != had:
                raise Conflict(key, field=name, run=base.id, had=had, wanted=wanted)
        if base.matcher_version != version:
            raise Conflict(
                "run.base_differs",
                field=option,
                run=base.id,
                version=base.matcher_version,
                current=version,
            )
        if session.get(MatchRunVocabulary, (base.id, side)) is None:
            raise Conflict("run.base_gone", field=option, run=base.id)
        bases[side.value] = {
            "run": base.id,
            "changes_from": base.parameters.get("changes_from", base.parameters["as_of"]),
            "current_year": base.parameters["current_year"],
            "jobs_up_to": base.parameters["jobs_up_to"],
            "candidates_up_to": base.parameters["candidates_up_to"],
        }
    return bases


def _oldest_open_transaction(session: Session) -> datetime | None:
    """When the oldest other transaction on this database began (PostgreSQL); None where
    writers are serialised (SQLite)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return session.scalar(
        sql(
            "SELECT min(xact_start) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    )


def execute(
    factory: sessionmaker[Session],
    run_id: int,
    *,
    executor: Executor,
    progress: Progress = SILENT,
    pause: float = 0.0,
) -> None:
    """Ranks the run's unfinished chunks and publishes it. `pause`: seconds to wait after
    each chunk, to leave the database to the service."""
    with factory() as session:
        run = session.get(MatchRun, run_id)
        assert run is not None
        parameters = dict(run.parameters)
        sides = [*SIDES[run.kind], *(VOLUNTEER_SIDES if run.volunteers else ())]
        left = {side: control.chunks_left(session, run_id, side) for side in sides}
    for side, count in left.items():
        if count:
            kind = volunteer_sides.VolunteerSideRun if side in VOLUNTEER_SIDES else _SideRun
            kind(factory, run_id, side, parameters).rank(executor, progress, count, pause)
    control.publish(factory, run_id)


class _SideRun:
    """One side of a run: the fitted matcher(s), then each unfinished chunk."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        run_id: int,
        side: Side,
        parameters: dict[str, Any],
    ):
        self.factory, self.run_id, self.side = factory, run_id, side
        self.top = int(parameters["top"])
        self.year = int(parameters["current_year"])
        self.options = {"shortlist": None} if parameters.get("exhaustive") else {}
        self.incremental = bool(parameters.get("incremental"))
        self.base = parameters.get("bases", {}).get(side.value)
        self.up_to = {
            "jobs": int(parameters["jobs_up_to"]),
            "candidates": int(parameters["candidates_up_to"]),
        }

    def rank(self, executor: Executor, progress: Progress, count: int, pause: float) -> None:
        items, label = self._items()
        progress.stage(label)
        vocabulary, own = self._vocabulary()
        matcher = self._fit(items, vocabulary)
        if matcher is not None and not own:
            self._keep(matcher.vocabulary_)
        advance = progress.stage(
            Message("progress.ranking_chunks", {"side": self.side.value}),
            total=count,
            unit="unit.chunks",
        )
        if matcher is None:  # nothing to rank among: every chunk is done, empty
            tasks = self._tasks(changed_subjects=set(), stale=None)
            finished: Any = ((key, [[] for _ in key[2]]) for key, _ in tasks)
        elif self.incremental:
            changed_subjects, changed_items = self._changed()
            self._count_changes(changed_subjects, changed_items)
            fresh = [item for item in items if item.id in changed_items]
            fresh_matcher = self._fit(fresh, matcher.vocabulary_)
            stale = _Stale(changed=changed_items, present={item.id for item in items})
            tasks = self._tasks(changed_subjects=changed_subjects, stale=stale)
            finished = executor.run(rank_chunk_incremental, (matcher, fresh_matcher), tasks)
        else:
            tasks = self._tasks(changed_subjects=set(), stale=None)
            finished = executor.run(rank_chunk, matcher, tasks)
        for (number, audiences, subject_ids), rankings in finished:
            rows = _rows(self.run_id, self.side, audiences, subject_ids, rankings)
            with self.factory.begin() as session:
                insert_plain(session, MatchResult, rows)
                control.chunk_done(session, self.run_id, self.side, number, len(rows))
            advance(1)
            if pause:
                control.pause(self.factory, self.run_id, pause)

    def _items(self) -> tuple[list[Any], Message]:
        with collector_paused(), self.factory() as session:
            if self.side is Side.JOBS:
                ids = inputs.open_job_ids(session, self.up_to["jobs"])
                jobs = inputs.jobs(session, ids)
                return jobs, Message("progress.indexing_jobs", {"count": len(jobs)})
            ids = inputs.candidate_ids(session, self.up_to["candidates"])
            people = inputs.people_without_needs(session, ids)
            return people, Message("progress.indexing_candidates", {"count": len(people)})

    def _fit(self, items: Sequence[Any], vocabulary: Any) -> Any:
        if not items:
            return None
        from matchers.jobs.matcher import CandidateMatcher, JobMatcher

        kind = JobMatcher if self.side is Side.JOBS else CandidateMatcher
        with collector_paused():
            return kind(current_year=self.year, **self.options).fit(items, vocabulary=vocabulary)

    def _vocabulary(self) -> tuple[Any, bool]:
        """The vocabulary to encode in, and whether this run saved it already: its own if a
        resumed run saved one, else the base run's (incremental, --keep-vocabulary), else
        None: fit a new one."""
        with self.factory() as session:
            own = session.get(MatchRunVocabulary, (self.run_id, self.side))
            if own is not None:
                return pickle.loads(own.data), True  # written by this code, never a client
            if self.base is None:
                return None, False
            base = session.get(MatchRunVocabulary, (self.base["run"], self.side))
            if base is None:  # removed since the run was planned
                raise Conflict("run.base_gone", field="incremental", run=self.base["run"])
            return pickle.loads(base.data), False

    def _keep(self, vocabulary: Any) -> None:
        with self.factory.begin() as session:
            session.add(
                MatchRunVocabulary(
                    run_id=self.run_id, side=self.side, data=pickle.dumps(vocabulary)
                )
            )

    def _count_changes(self, subjects: set[int], items: set[str]) -> None:
        people, jobs = (subjects, items) if self.side is Side.JOBS else (items, subjects)
        with self.factory.begin() as session:
            run = session.get(MatchRun, self.run_id)
            assert run is not None
            run.counts = {
                **run.counts,
                "changed_jobs": len(jobs),
                "changed_candidates": len(people),
            }

    def _changed(self) -> tuple[set[int], set[str]]:
        """Subjects (ids) and items (ids as the matchers hold them) added or changed since
        the base run started."""
        assert self.base is not None
        # `updated_at` is written by the service's hosts: their clocks must agree (NTP).
        since = datetime.fromisoformat(self.base["changes_from"])
        with self.factory() as session:
            jobs = set(
                session.scalars(
                    select(JobPost.id).where(
                        or_(JobPost.updated_at > since, JobPost.id > self.base["jobs_up_to"])
                    )
                )
            )
            people = set(
                session.scalars(
                    select(Candidate.id).where(
                        or_(
                            Candidate.updated_at > since,
                            Candidate.id > self.base["candidates_up_to"],
                        )
                    )
                )
            )
        if self.side is Side.JOBS:
            return people, {str(pk) for pk in jobs}
        return jobs, {str(pk) for pk in people}

    def _tasks(
        self, *, changed_subjects: set[int], stale: _Stale | None
    ) -> Iterator[tuple[tuple[int, list[Audience], list[int]], tuple[Any, ...]]]:
        """Each unfinished chunk (its number, and each subject's audience and id) and the
        arguments of its ranking, read as they are needed."""
        for number, ids in control.pending_chunks(self.factory, self.run_id, self.side):
            with self.factory() as session:
                if self.side is Side.JOBS:
                    people = inputs.subjects_for_jobs(session, ids)
                    audiences = [audience for audience, _ in people]
                    records: list[Any] = [person for _, person in people]
                else:
                    records = inputs.jobs(session, ids)
                    audiences = [Audience.ALL] * len(records)
                subject_ids = [int(record.id) for record in records]
                key = (number, audiences, subject_ids)
                if stale is None:
                    yield key, (records, self.top)
                    continue
                kept = self._kept(session, audiences, subject_ids, changed_subjects, stale)
            yield key, (records, kept, self.top)

    def _kept(
        self,
        session: Session,
        audiences: Sequence[Audience],
        subject_ids: Sequence[int],
        changed_subjects: set[int],
        stale: _Stale,
    ) -> list[list[Match] | None]:
        """Each subject's ranking in the base run, or None where it must be ranked again:
        the subject changed, or its ranking holds an item that changed or is gone."""
        assert self.base is not None
        mine = MatchResult.candidate_id if self.side is Side.JOBS else MatchResult.job_id
        theirs = MatchResult.job_id if self.side is Side.JOBS else MatchResult.candidate_id
        stored: dict[tuple[int, str], list[Match]] = {}
        for part in chunked(sorted(set(subject_ids)), inputs.READ_SLICE):
            rows = session.execute(
                select(mine, MatchResult.audience, theirs, MatchResult.score, MatchResult.figures)
                .where(
                    MatchResult.run_id == self.base["run"],
                    MatchResult.side == self.side,
                    mine.in_(part),
                )
                .order_by(mine, MatchResult.audience, MatchResult.rank)
            ).all()
            for subject, audience, item, score, figures in rows:
                stored.setdefault((subject, audience), []).append(
                    Match(id=str(item), score=score, figures=tuple(figures.items()))
                )
        kept: list[list[Match] | None] = []
        for audience, subject in zip(audiences, subject_ids, strict=True):
            held = stored.get((subject, audience.value), [])
            if subject in changed_subjects or any(stale(match.id) for match in held):
                kept.append(None)
            else:
                kept.append(held)
        return kept


@dataclass(frozen=True, slots=True)
class _Stale:
    """Items a kept ranking may not hold: changed since the base run, or gone."""

    changed: set[str]
    present: set[str]

    def __call__(self, item: str) -> bool:
        return item in self.changed or item not in self.present


def _rows(
    run_id: int,
    side: Side,
    audiences: Sequence[Audience],
    subject_ids: Sequence[int],
    rankings: Sequence[Sequence[Match]],
) -> list[dict[str, Any]]:
    rows = []
    for audience, subject, ranking in zip(audiences, subject_ids, rankings, strict=True):
        for rank, match in enumerate(ranking, start=1):
            person, job = (
                (subject, int(match.id)) if side is Side.JOBS else (int(match.id), subject)
            )
            rows.append(
                {
                    "run_id": run_id,
                    "side": side.value,
                    "audience": audience.value,
                    "candidate_id": person,
                    "job_id": job,
                    "rank": rank,
                    "score": match.score,
                    "figures": dict(match.figures),
                }
            )
    return rows
