"""Starting, taking over and publishing runs: one at a time, published in one step.

A run holds the only `running` row of `match_runs` (a unique partial index keeps it so,
even when two starts race). Its process beats a heartbeat after every chunk. A run whose
process is gone (same host and its pid no longer alive, or no heartbeat for
STALE_AFTER) is abandoned: `--resume` takes it over, or the next start cleans it up.
"""

from __future__ import annotations

import getpass
import os
import socket
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from engine.errors import Conflict, NotFound
from engine.runs.alerts import record_new_alerts
from engine.runs.models import (
    MatchResult,
    MatchRun,
    MatchRunChunk,
    MatchRunVocabulary,
    RunKind,
    RunStatus,
    Side,
    VolunteerMatchResult,
)
from engine.time import now

STALE_AFTER = timedelta(minutes=15)
# Published runs of each side whose results are kept: the newest, and the one before it for
# readers that looked it up just before the newest was published.
KEEP_PUBLISHED = 2


@dataclass(frozen=True, slots=True)
class Plan:
    kind: RunKind
    top: int
    incremental: bool
    parameters: dict[str, object]
    matcher_version: str
    started_by: str
    chunks: dict[Side, list[list[int]]]
    counts: dict[str, int]
    volunteers: bool = False


def who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name for this uid (a container)
        return str(os.getuid())


def is_abandoned(run: MatchRun) -> bool:
    """True when nothing is working on a `running` run any more: on this host, its process is
    gone; run from another host, it has not beaten its heartbeat for STALE_AFTER."""
    if run.host != socket.gethostname():
        return now() - run.heartbeat_at > STALE_AFTER
    try:
        os.kill(run.pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, another user's
        return False
    return False


def running_run(session: Session) -> MatchRun | None:
    return session.scalar(select(MatchRun).where(MatchRun.status == RunStatus.RUNNING))


def start(factory: sessionmaker[Session], plan: Plan) -> int:
    """A new run with its chunks, or Conflict while another run is working. An abandoned
    run is cleaned up first."""
    with factory.begin() as session:
        current = running_run(session)
        if current is not None:
            if not is_abandoned(current):
                raise _busy(current)
            _abandon(session, current)
    try:
        with factory.begin() as session:
            run = MatchRun(
                kind=plan.kind,
                top=plan.top,
                incremental=plan.incremental,
                volunteers=plan.volunteers,
                parameters=plan.parameters,
                matcher_version=plan.matcher_version,
                status=RunStatus.RUNNING,
                counts=plan.counts,
                chunks_total=sum(len(chunks) for chunks in plan.chunks.values()),
                started_by=plan.started_by,
                host=socket.gethostname(),
                pid=os.getpid(),
            )
            session.add(run)
            session.flush()
            session.add_all(
                MatchRunChunk(run_id=run.id, side=side, number=number, subject_ids=ids)
                for side, chunks in plan.chunks.items()
                for number, ids in enumerate(chunks)
            )
            return run.id
    except IntegrityError:
        # Another start won the race between the check above and this insert.
        with factory() as session:
            current = running_run(session)
            if current is None:
                raise
            raise _busy(current) from None


def take_over(factory: sessionmaker[Session], run_id: int) -> None:
    """Makes this process the one working on an abandoned run (for --resume)."""
    with factory.begin() as session:
        run = session.get(MatchRun, run_id, with_for_update=True)
        if run is None:
            raise NotFound("run.not_found", field="resume", run=run_id)
        if run.status is not RunStatus.RUNNING:
            raise Conflict("run.not_resumable", field="resume", run=run_id, status=run.status)
        if not is_abandoned(run):
            raise _busy(run)
        run.host, run.pid, run.heartbeat_at = socket.gethostname(), os.getpid(), now()


def pending_chunks(
    factory: sessionmaker[Session], run_id: int, side: Side
) -> list[tuple[int, list[int]]]:
    """The number and subject ids of each chunk of `side` not done yet, in order."""
    with factory() as session:
        rows = session.execute(
            select(MatchRunChunk.number, MatchRunChunk.subject_ids)
            .where(*_pending(run_id, side))
            .order_by(MatchRunChunk.number)
        ).all()
    return [(number, list(ids)) for number, ids in rows]


def chunks_left(session: Session, run_id: int, side: Side) -> int:
    counted = select(func.count()).select_from(MatchRunChunk).where(*_pending(run_id, side))
    return session.scalar(counted) or 0


def _pending(run_id: int, side: Side) -> tuple[Any, ...]:
    return (
        MatchRunChunk.run_id == run_id,
        MatchRunChunk.side == side,
        MatchRunChunk.done_at.is_(None),
    )


def chunk_done(session: Session, run_id: int, side: Side, number: int, results: int) -> None:
    """Marks a chunk done, in the transaction that wrote its results."""
    session.execute(
        update(MatchRunChunk)
        .where(
            MatchRunChunk.run_id == run_id,
            MatchRunChunk.side == side,
            MatchRunChunk.number == number,
        )
        .values(done_at=now(), results=results)
    )
    counted = session.execute(
        _still_ours(update(MatchRun), run_id).values(
            chunks_done=MatchRun.chunks_done + 1, heartbeat_at=now()
        )
    )
    if counted.rowcount != 1:
        raise _lost(run_id)


def beat(factory: sessionmaker[Session], run_id: int) -> None:
    """The heartbeat of a run that is alive but between chunks (pausing)."""
    with factory.begin() as session:
        if (
            session.execute(
                _still_ours(update(MatchRun), run_id).values(heartbeat_at=now())
            ).rowcount
            != 1
        ):
            raise _lost(run_id)


def pause(factory: sessionmaker[Session], run_id: int, seconds: float) -> None:
    """Waits `seconds`, beating the heartbeat at least once a minute meanwhile."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        time.sleep(min(left, 60.0))
        beat(factory, run_id)


def _still_ours(statement: Any, run_id: int) -> Any:
    """Only while the run is running and this process works on it: a process that was taken
    for gone (and whose run was resumed elsewhere or cleaned up) can no longer write."""
    return statement.where(
        MatchRun.id == run_id,
        MatchRun.status == RunStatus.RUNNING,
        MatchRun.host == socket.gethostname(),
        MatchRun.pid == os.getpid(),
    )


def _lost(run_id: int) -> Conflict:
    return Conflict("run.lost", code="RUN_TAKEN_OVER", run=run_id)


def publish(factory: sessionmaker[Session], run_id: int) -> None:
    """Readers see this run from the moment this transaction commits; older runs' results
    beyond KEEP_PUBLISHED are then removed."""
    with factory.begin() as session:
        results = session.scalar(
            select(func.coalesce(func.sum(MatchRunChunk.results), 0)).where(
                MatchRunChunk.run_id == run_id
            )
        )
        run = session.get(MatchRun, run_id, with_for_update=True)
        assert run is not None
        mine = run.host == socket.gethostname() and run.pid == os.getpid()
        if run.status is not RunStatus.RUNNING or not mine:
            raise _lost(run_id)
        run.counts = {**run.counts, "results": int(results or 0)}
        run.status = RunStatus.PUBLISHED
        run.finished_at = now()
        if run.kind is not RunKind.JOBS:
            session.flush()
            record_new_alerts(session, run_id)
    with factory.begin() as session:
        kept = kept_runs(session)
        old = select(MatchRun.id).where(
            MatchRun.status != RunStatus.RUNNING, MatchRun.id.not_in(kept)
        )
        session.execute(delete(MatchResult).where(MatchResult.run_id.in_(old)))
        session.execute(delete(VolunteerMatchResult).where(VolunteerMatchResult.run_id.in_(old)))
        session.execute(delete(MatchRunChunk).where(MatchRunChunk.run_id.in_(old)))
        session.execute(delete(MatchRunVocabulary).where(MatchRunVocabulary.run_id.in_(old)))


def kept_runs(session: Session) -> set[int]:
    """The published runs whose results are kept: the newest KEEP_PUBLISHED of each side
    (a run of people for jobs never pushes out the newest of jobs for people)."""
    kept: set[int] = set()
    published = select(MatchRun.id).where(MatchRun.status == RunStatus.PUBLISHED)
    newest = published.order_by(MatchRun.finished_at.desc(), MatchRun.id.desc())
    for kinds in ((RunKind.CANDIDATES, RunKind.BOTH), (RunKind.JOBS, RunKind.BOTH)):
        kept.update(session.scalars(newest.where(MatchRun.kind.in_(kinds)).limit(KEEP_PUBLISHED)))
    kept.update(session.scalars(newest.where(MatchRun.volunteers).limit(KEEP_PUBLISHED)))
    return kept


def _abandon(session: Session, run: MatchRun) -> None:
    session.execute(delete(MatchResult).where(MatchResult.run_id == run.id))
    session.execute(delete(VolunteerMatchResult).where(VolunteerMatchResult.run_id == run.id))
    run.status = RunStatus.FAILED
    run.error = "abandoned: its process stopped before publishing"
    run.finished_at = now()


def _busy(run: MatchRun) -> Conflict:
    return Conflict(
        "run.busy",
        code="RUN_IN_PROGRESS",
        run=run.id,
        started_by=run.started_by,
        host=run.host,
        pid=run.pid,
    )
