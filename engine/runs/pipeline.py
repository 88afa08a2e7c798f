"""A batch run from start to publication: plan the chunks, rank them (here or on Dask),
write each chunk's results with its done mark in one transaction, publish."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from engine.io.batches import chunked
from engine.io.bulk import insert_plain
from engine.io.progress import SILENT, Progress
from engine.jobs.models import JobPost
from engine.messages import Message
from engine.runs import control, inputs
from engine.runs.compute import rank_chunk
from engine.runs.executors import DaskExecutor, LocalExecutor
from engine.runs.models import Audience, MatchResult, MatchRun, MatchRunChunk, RunKind, Side
from engine.runs.version import matcher_version
from engine.seekers.models import Candidate
from engine.time import this_year
from matchers.records import Match

# People (or jobs) a chunk holds: small enough that a killed run loses little, large enough
# that the per-chunk transaction and the matcher's blocks stay efficient.
CHUNK_SIZE = 500
SIDES = {
    RunKind.CANDIDATES: (Side.JOBS,),
    RunKind.JOBS: (Side.CANDIDATES,),
    RunKind.BOTH: (Side.JOBS, Side.CANDIDATES),
}


@dataclass(frozen=True, slots=True)
class RunOptions:
    kind: RunKind
    top: int = 10
    chunk_size: int = CHUNK_SIZE
    exhaustive: bool = False
    current_year: int | None = None


def plan(session: Session, options: RunOptions, *, started_by: str) -> control.Plan:
    jobs_up_to = session.scalar(select(func.max(JobPost.id)))
    people_up_to = session.scalar(select(func.max(Candidate.id)))
    job_ids = inputs.open_job_ids(session, jobs_up_to)
    people_ids = inputs.candidate_ids(session, people_up_to)
    subjects = {Side.JOBS: people_ids, Side.CANDIDATES: job_ids}
    chunks = {
        side: [list(part) for part in chunked(subjects[side], options.chunk_size)]
        for side in SIDES[options.kind]
    }
    parameters: dict[str, Any] = {
        **asdict(options),
        "kind": options.kind.value,
        "current_year": options.current_year or this_year(),
        "jobs_up_to": jobs_up_to or 0,
        "candidates_up_to": people_up_to or 0,
    }
    version_of = {k: v for k, v in parameters.items() if k in ("top", "exhaustive")}
    return control.Plan(
        kind=options.kind,
        top=options.top,
        incremental=False,
        parameters=parameters,
        matcher_version=matcher_version(version_of),
        started_by=started_by,
        chunks=chunks,
        counts={"jobs": len(job_ids), "candidates": len(people_ids)},
    )


def execute(
    factory: sessionmaker[Session],
    run_id: int,
    *,
    executor: LocalExecutor | DaskExecutor,
    progress: Progress = SILENT,
    pause: float = 0.0,
) -> None:
    """Ranks the run's unfinished chunks and publishes it. `pause`: seconds to wait after
    each chunk, to leave the database to the service."""
    with factory() as session:
        run = session.get(MatchRun, run_id)
        assert run is not None
        parameters = dict(run.parameters)
        left = {
            side: session.scalar(
                select(func.count())
                .select_from(MatchRunChunk)
                .where(
                    MatchRunChunk.run_id == run_id,
                    MatchRunChunk.side == side,
                    MatchRunChunk.done_at.is_(None),
                )
            )
            or 0
            for side in SIDES[run.kind]
        }
    for side, count in left.items():
        if count:
            _rank_side(factory, run_id, side, parameters, executor, progress, count, pause)
    control.publish(factory, run_id)


def _rank_side(
    factory: sessionmaker[Session],
    run_id: int,
    side: Side,
    parameters: dict[str, Any],
    executor: LocalExecutor | DaskExecutor,
    progress: Progress,
    count: int,
    pause: float,
) -> None:
    top, year = int(parameters["top"]), int(parameters["current_year"])
    options = _matcher_options(parameters)
    with factory() as session:
        if side is Side.JOBS:
            items: Sequence[Any] = inputs.jobs(
                session, inputs.open_job_ids(session, parameters["jobs_up_to"])
            )
            label = Message("progress.indexing_jobs", {"count": len(items)})
        else:
            ids = inputs.candidate_ids(session, parameters["candidates_up_to"])
            items = inputs.people_without_needs(session, ids)
            label = Message("progress.indexing_candidates", {"count": len(items)})
    progress.stage(label)
    matcher = _fitted(side, items, year, options)
    advance = progress.stage(
        Message("progress.ranking_chunks", {"side": side.value}), total=count, unit="unit.chunks"
    )
    tasks = _chunk_tasks(factory, run_id, side, top)
    if matcher is None:  # nothing to rank among: every chunk is done, empty
        finished = ((key, []) for key, _ in tasks)
    else:
        finished = executor.run(rank_chunk, matcher, tasks)
    for (number, audiences, subject_ids), rankings in finished:
        rows = _rows(run_id, side, audiences, subject_ids, rankings)
        with factory.begin() as session:
            insert_plain(session, MatchResult, rows)
            control.chunk_done(session, run_id, side, number, len(rows))
        advance(1)
        if pause:
            time.sleep(pause)


def _matcher_options(parameters: dict[str, Any]) -> dict[str, Any]:
    return {"shortlist": None} if parameters.get("exhaustive") else {}


def _fitted(side: Side, items: Sequence[Any], year: int, options: dict[str, Any]) -> Any:
    if not items:
        return None
    from matchers.jobs.matcher import CandidateMatcher, JobMatcher

    if side is Side.JOBS:
        return JobMatcher(current_year=year, **options).fit(items)
    return CandidateMatcher(current_year=year, **options).fit(items)


def _chunk_tasks(
    factory: sessionmaker[Session], run_id: int, side: Side, top: int
) -> Iterator[tuple[tuple[int, list[Audience], list[int]], tuple[Any, ...]]]:
    """Each unfinished chunk (its number, and each subject's audience and id) and the
    arguments of its ranking, read as they are needed."""
    with factory() as session:
        pending = session.execute(
            select(MatchRunChunk.number, MatchRunChunk.subject_ids)
            .where(
                MatchRunChunk.run_id == run_id,
                MatchRunChunk.side == side,
                MatchRunChunk.done_at.is_(None),
            )
            .order_by(MatchRunChunk.number)
        ).all()
    for number, ids in pending:
        with factory() as session:
            if side is Side.JOBS:
                people = inputs.subjects_for_jobs(session, ids)
                audiences = [audience for audience, _ in people]
                records: list[Any] = [person for _, person in people]
            else:
                records = inputs.jobs(session, ids)
                audiences = [Audience.ALL] * len(records)
        key = (number, audiences, [int(record.id) for record in records])
        yield key, (records, top)


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
