"""How fast one server process brings a presented job to its viewers, beside a naive baseline.

    python -m benchmarks.live_fanout [--viewers 1000] [--events 10]

On a temporary SQLite database with the demo data, `--viewers` watchers follow one live
broadcast through a LiveHub (in-process transport) while `--events` jobs are presented, one
at a time. For each event it times the commit to the moment the last viewer holds it.
The baseline is the obvious design without the per-broadcast channel: every viewer loads
the broadcast's state itself (one database read per viewer per event), timed for the same
events. Memory: the traced allocations one watching viewer holds.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from anyio import to_thread
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from engine.accounts.actor import OPERATOR
from engine.db import make_engine, make_sessionmaker
from engine.jobs.livestreams import StreamAction, create_live_stream, present_job
from engine.jobs.livestreams import update_live_stream as update_stream
from engine.jobs.models import JobPost, JobStatus
from engine.live.events import LiveEventKind
from engine.live.hub import LiveHub
from engine.live.state import live_state
from engine.live.transport import LocalTransport
from engine.migrate import upgrade
from seeds.demo import load_demo

DELIVERY_TARGET_MS = 500.0


def prepare(url: str) -> tuple[sessionmaker[Session], int, list[int]]:
    engine = make_engine(url)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    with factory.begin() as session:
        load_demo(session=session)
        stream = create_live_stream(
            session=session,
            actor=OPERATOR,
            data={"title": "基准测试直播", "scheduled_start": None},
        )
        update_stream(
            session=session,
            actor=OPERATOR,
            stream_id=stream.id,
            changes={},
            action=StreamAction.START,
        )
        jobs = list(
            session.scalars(select(JobPost.id).where(JobPost.status == JobStatus.OPEN).limit(200))
        )
        return factory, stream.id, jobs


async def watch(
    hub: LiveHub, stream_id: int, ready: asyncio.Event, seen: asyncio.Queue[float]
) -> None:
    async with hub.watch(stream_id) as updates:
        ready.set()
        async for update in updates:
            if update.kind is LiveEventKind.JOB_PRESENTED:
                seen.put_nowait(time.perf_counter())


async def measure_hub(
    factory: sessionmaker[Session], stream_id: int, jobs: list[int], viewers: int, events: int
) -> tuple[list[float], float]:
    hub = LiveHub(factory, LocalTransport())
    await hub.start()
    seen: asyncio.Queue[float] = asyncio.Queue()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    watchers = []
    for _ in range(viewers):
        ready = asyncio.Event()
        watchers.append(asyncio.create_task(watch(hub, stream_id, ready, seen)))
        await ready.wait()
    await asyncio.sleep(0.5)  # let the joins' figure events settle
    per_viewer = (tracemalloc.get_traced_memory()[0] - before) / viewers
    tracemalloc.stop()
    latencies = []
    for job_id in jobs[:events]:
        committed = await to_thread.run_sync(_present, factory, stream_id, job_id)
        last = 0.0
        for _ in range(viewers):
            last = max(last, await seen.get())
        latencies.append((last - committed) * 1000)
    for task in watchers:
        task.cancel()
    await asyncio.gather(*watchers, return_exceptions=True)
    await hub.stop()
    return latencies, per_viewer


def _present(factory: sessionmaker[Session], stream_id: int, job_id: int) -> float:
    with factory.begin() as session:
        present_job(session=session, actor=OPERATOR, stream_id=stream_id, job_id=job_id)
    return time.perf_counter()


async def measure_baseline(
    factory: sessionmaker[Session], stream_id: int, jobs: list[int], viewers: int
) -> list[float]:
    """Each viewer reads the state itself, as many at once as the thread pool allows."""

    def load(job_id: int) -> None:
        with factory() as session:
            live_state(session=session, stream_id=stream_id, job_id=job_id)

    latencies = []
    for job_id in jobs:
        started = time.perf_counter()
        await asyncio.gather(*(to_thread.run_sync(load, job_id) for _ in range(viewers)))
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--viewers", type=int, default=1000)
    parser.add_argument("--events", type=int, default=10)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        factory, stream_id, jobs = prepare(url)
        if len(jobs) < 2 * args.events:
            print(f"need {2 * args.events} open jobs, the demo has {len(jobs)}", file=sys.stderr)
            return 1
        hub_ms, per_viewer = asyncio.run(
            measure_hub(factory, stream_id, jobs, args.viewers, args.events)
        )
        base_ms = asyncio.run(
            measure_baseline(factory, stream_id, jobs[args.events : 2 * args.events], args.viewers)
        )
    hub_median, base_median = statistics.median(hub_ms), statistics.median(base_ms)
    print(f"{args.viewers} viewers, {args.events} jobs presented, SQLite, one process")
    print(f"{'':34}{'median ms':>10}{'max ms':>10}")
    print(f"{'hub: one read per event':34}{hub_median:10.1f}{max(hub_ms):10.1f}")
    print(f"{'baseline: one read per viewer':34}{base_median:10.1f}{max(base_ms):10.1f}")
    print(f"speed-up: {base_median / hub_median:.1f}x")
    print(f"memory per watching viewer: {per_viewer / 1024:.1f} KiB (traced)")
    met = max(hub_ms) <= DELIVERY_TARGET_MS
    verdict = "met" if met else "MISSED"
    print(f"target: every viewer within {DELIVERY_TARGET_MS:.0f} ms of the commit: {verdict}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
