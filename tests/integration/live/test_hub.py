"""The live hub: events go out on commit only, reach every viewer (through Redis, every
process), figure changes are gathered, and a viewer who leaves gives back what it held."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

import pytest
from redis import asyncio as aioredis

from engine.accounts.actor import OPERATOR
from engine.db import make_engine, make_sessionmaker, transaction
from engine.errors import InvalidValue, NotFound
from engine.jobs.livestreams import StreamAction, present_job, update_live_stream
from engine.jobs.models import LiveStreamStatus
from engine.live.events import LiveEvent, LiveEventKind, take_announced
from engine.live.figures import count_question
from engine.live.hub import LiveHub, LiveUpdate
from engine.live.transport import LocalTransport, RedisTransport
from engine.seekers.service import apply_to_job

HENGGU = "聊城市恒固新型建材有限公司"
PET_FOOD = "聊城乖宝宠物食品有限公司"
SNAPSHOT = LiveEventKind.SNAPSHOT
FIGURES = LiveEventKind.FIGURES
TIMEOUT = 10.0

T = TypeVar("T")


def run(scenario: Coroutine[Any, Any, T]) -> T:
    """The test's async part on an event loop of its own; a hang fails it.

    Not `asyncio.wait_for`: that waits on forever for a task that swallows its cancellation.
    """

    async def bounded() -> T:
        task = asyncio.create_task(scenario)
        done, _ = await asyncio.wait({task}, timeout=TIMEOUT)
        if not done:
            task.cancel()
            await asyncio.wait({task}, timeout=1.0)
            pytest.fail(f"the scenario was still running after {TIMEOUT} s")
        return task.result()

    return asyncio.run(bounded())


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 3.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        assert asyncio.get_running_loop().time() < deadline, "the condition never came true"
        await asyncio.sleep(0.02)


class Viewer:
    """Watches a broadcast in a task of its own and keeps what arrives."""

    def __init__(self, hub: LiveHub, stream_id: int):
        self.received: asyncio.Queue[LiveUpdate] = asyncio.Queue()
        self.task = asyncio.create_task(self._watch(hub, stream_id))

    async def _watch(self, hub: LiveHub, stream_id: int) -> None:
        async with hub.watch(stream_id) as updates:
            async for update in updates:
                self.received.put_nowait(update)

    async def next(self, timeout: float = 5.0) -> LiveUpdate:
        return await asyncio.wait_for(self.received.get(), timeout)

    async def joined(self) -> LiveUpdate:
        """The snapshot, after which comes the FIGURES update of the viewer's own visit."""
        snapshot = await self.next()
        assert snapshot.kind is SNAPSHOT
        assert (await self.next()).kind is FIGURES
        return snapshot

    async def nothing_more(self, wait: float) -> None:
        await asyncio.sleep(wait)
        assert self.received.empty(), self.received.get_nowait().kind

    async def leave(self) -> None:
        """Vanishes, as a dropped connection does: its task is cancelled."""
        self.task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await self.task


async def viewers_now(hub: LiveHub, stream_id: int) -> int:
    return (await hub.viewers_now([stream_id]))[stream_id]


def test_events_round_trip_through_their_wire_form():
    for event in [LiveEvent(3, LiveEventKind.JOB_PRESENTED, job_id=42), LiveEvent(3, FIGURES)]:
        assert LiveEvent.decode(event.encode()) == event
        assert LiveEvent.decode(event.encode().encode()) == event


def test_services_queue_what_they_announce_on_the_session_they_run_in(fair):
    stream = fair.broadcast()
    mixer = fair.job("搅拌站操作员", employer=HENGGU)
    packer = fair.job("包装工", employer=PET_FOOD)
    seeker = fair.seeker("王晓梅")
    as_operator = {"actor": OPERATOR, "stream_id": stream}

    with fair.sessions() as session:
        present_job(session=session, job_id=mixer, **as_operator)
        update_live_stream(session=session, changes={"viewer_count": 80}, **as_operator)
        update_live_stream(session=session, changes={}, **as_operator)
        update_live_stream(session=session, changes={}, action=StreamAction.START, **as_operator)
        count_question(session=session, stream_id=stream)
        apply_to_job(session=session, actor=seeker, job_id=mixer, live_stream_id=stream)
        apply_to_job(session=session, actor=seeker, job_id=packer)
        update_live_stream(session=session, changes={}, action=StreamAction.END, **as_operator)
        announced = take_announced(session)
        again = take_announced(session)
        session.rollback()

    assert announced == [
        LiveEvent(stream, LiveEventKind.JOB_PRESENTED, job_id=mixer),
        LiveEvent(stream, FIGURES),
        LiveEvent(stream, LiveEventKind.STARTED),
        LiveEvent(stream, FIGURES),
        LiveEvent(stream, FIGURES),
        LiveEvent(stream, LiveEventKind.ENDED),
    ]
    assert again == []


def test_a_committed_presentation_reaches_the_viewer_and_a_rolled_back_one_never_does(fair):
    stream = fair.broadcast()
    mixer = fair.job("搅拌站操作员", employer=HENGGU)
    driver = fair.job("罐车司机", employer=HENGGU)

    def present_twice() -> None:
        # The first presentation is announced, then the second fails and rolls both back.
        with transaction(fair.sessions) as session:
            for _ in range(2):
                present_job(session=session, actor=OPERATOR, stream_id=stream, job_id=mixer)

    async def scenario() -> LiveUpdate:
        hub = LiveHub(fair.sessions, LocalTransport(), figures_delay=0.05)
        await hub.start()
        try:
            viewer = Viewer(hub, stream)
            await viewer.joined()
            with pytest.raises(InvalidValue, match=r"live_stream\.already_presented"):
                await asyncio.to_thread(present_twice)
            await asyncio.to_thread(fair.present, stream, driver)
            presented = await viewer.next()
            await viewer.nothing_more(0.3)
            await viewer.leave()
            return presented
        finally:
            await hub.stop()

    presented = run(scenario())

    assert presented.kind is LiveEventKind.JOB_PRESENTED
    assert presented.state.job is not None and presented.state.job.id == driver
    assert presented.state.presentation is not None
    assert presented.state.presentation.position == 1
    assert presented.figures.broadcast.jobs_presented == 1
    assert presented.figures.viewers_now == 1


def test_a_savepoint_rolled_back_inside_a_transaction_keeps_its_announced_events(fair):
    stream = fair.broadcast()

    def count_then_roll_back_a_savepoint() -> None:
        with transaction(fair.sessions) as session:
            count_question(session=session, stream_id=stream)
            session.begin_nested().rollback()

    async def scenario() -> LiveUpdate | None:
        hub = LiveHub(fair.sessions, LocalTransport(), figures_delay=0.05)
        await hub.start()
        try:
            viewer = Viewer(hub, stream)
            await viewer.joined()
            await asyncio.to_thread(count_then_roll_back_a_savepoint)
            try:
                return await viewer.next(timeout=1.0)
            except TimeoutError:
                return None
            finally:
                await viewer.leave()
        finally:
            await hub.stop()

    update = run(scenario())

    assert fair.figures(stream).questions_asked == 1
    assert update is not None, "the committed count was never announced"
    assert update.kind is FIGURES
    assert update.figures.broadcast.questions_asked == 1


def test_start_and_end_reach_the_viewer_whose_watch_then_ends(fair):
    stream = fair.broadcast()

    async def scenario() -> tuple[list[LiveUpdate], list[LiveUpdate]]:
        hub = LiveHub(fair.sessions, LocalTransport(), figures_delay=0.05)
        await hub.start()
        try:
            viewer = Viewer(hub, stream)
            seen = [await viewer.joined()]
            await asyncio.to_thread(fair.update, stream, StreamAction.START)
            seen.append(await viewer.next())
            await asyncio.to_thread(fair.update, stream, viewer_count=1200)
            seen.append(await viewer.next())
            await asyncio.to_thread(fair.update, stream, StreamAction.END)
            seen.append(await viewer.next())
            await asyncio.wait_for(viewer.task, 5)
            assert (hub.viewers_here, hub.broadcasts_watched_here) == (0, 0)
            async with hub.watch(stream) as updates:
                assert hub.viewers_here == 0
                late = [update async for update in updates]
            return seen, late
        finally:
            await hub.stop()

    seen, late = run(scenario())

    assert [(u.kind, u.state.stream.status, u.final) for u in seen] == [
        (SNAPSHOT, LiveStreamStatus.SCHEDULED, False),
        (LiveEventKind.STARTED, LiveStreamStatus.LIVE, False),
        (FIGURES, LiveStreamStatus.LIVE, False),
        (LiveEventKind.ENDED, LiveStreamStatus.ENDED, True),
    ]
    assert seen[2].figures.broadcast.reported_viewers == 1200
    assert [(u.kind, u.state.stream.status) for u in late] == [(SNAPSHOT, LiveStreamStatus.ENDED)]


def test_watching_an_unknown_broadcast_is_not_found(fair):
    async def scenario() -> NotFound:
        hub = LiveHub(fair.sessions, LocalTransport())
        try:
            with pytest.raises(NotFound) as error:
                async with hub.watch(987_654):
                    pass
            assert (hub.viewers_here, hub.broadcasts_watched_here) == (0, 0)
            assert await viewers_now(hub, 987_654) == 0
            return error.value
        finally:
            await hub.stop()

    assert run(scenario()).field == "stream_id"


def test_figure_changes_that_arrive_together_go_out_as_one_update(fair):
    stream = fair.broadcast()
    mixer = fair.job("搅拌站操作员", employer=HENGGU, salary_min=4500, salary_max=6000)
    seeker = fair.seeker("王晓梅")

    def ask_and_apply() -> None:
        fair.ask(mixer, "工资多少？", stream)
        fair.ask(mixer, "周末双休吗？", stream)
        fair.ask(mixer, "包住吗？", stream)
        fair.apply(seeker, mixer, stream)

    async def scenario() -> LiveUpdate:
        # The four writes must all land within the delay: generous, for a busy machine
        # (0.3 s was once too short with three test processes on two cores).
        hub = LiveHub(fair.sessions, LocalTransport(), figures_delay=2.0)
        await hub.start()
        try:
            viewer = Viewer(hub, stream)
            await viewer.joined()
            await asyncio.to_thread(ask_and_apply)
            gathered = await viewer.next()
            await viewer.nothing_more(0.5)
            await viewer.leave()
            return gathered
        finally:
            await hub.stop()

    gathered = run(scenario())

    counted = gathered.figures.broadcast
    assert gathered.kind is FIGURES
    assert (counted.questions_asked, counted.applications) == (3, 1)


def test_a_viewer_who_leaves_or_vanishes_gives_back_what_it_held(fair):
    stream = fair.broadcast()

    async def scenario() -> None:
        hub = LiveHub(fair.sessions, LocalTransport(), figures_delay=0.05)
        await hub.start()
        try:
            baseline = len(asyncio.all_tasks())
            async with hub.watch(stream) as updates:
                snapshot = await anext(updates)
                assert snapshot.figures.viewers_now == 1
                assert (hub.viewers_here, hub.broadcasts_watched_here) == (1, 1)
            assert (hub.viewers_here, hub.broadcasts_watched_here) == (0, 0)
            await eventually(lambda: _is(viewers_now(hub, stream), 0))

            first, second = Viewer(hub, stream), Viewer(hub, stream)
            await first.next()
            await second.next()
            assert (hub.viewers_here, hub.broadcasts_watched_here) == (2, 1)
            assert await viewers_now(hub, stream) == 2
            await first.leave()
            assert (hub.viewers_here, hub.broadcasts_watched_here) == (1, 1)
            await eventually(lambda: _is(viewers_now(hub, stream), 1))
            await second.leave()
            assert (hub.viewers_here, hub.broadcasts_watched_here) == (0, 0)
            await eventually(lambda: _is(viewers_now(hub, stream), 0))
            await eventually(lambda: _is(_tasks(), baseline))
        finally:
            await hub.stop()

    run(scenario())

    figures = fair.figures(stream)
    assert (figures.viewer_visits, figures.peak_viewers) == (3, 2)


async def _is(value: Awaitable[int], expected: int) -> bool:
    return await value == expected


async def _tasks() -> int:
    return len(asyncio.all_tasks())


def test_events_published_by_one_process_reach_every_process_of_the_prefix(redis_url, redis_prefix):
    event = LiveEvent(7, LiveEventKind.JOB_PRESENTED, job_id=42)

    async def scenario() -> tuple[LiveEvent, LiveEvent]:
        here = RedisTransport(redis_url, redis_prefix)
        there = RedisTransport(redis_url, redis_prefix)
        elsewhere = RedisTransport(redis_url, f"{redis_prefix}-other")
        inboxes: list[asyncio.Queue[LiveEvent]] = [asyncio.Queue() for _ in range(3)]
        transports = [here, there, elsewhere]
        try:
            for transport, inbox in zip(transports, inboxes, strict=True):
                await transport.start(inbox.put_nowait)
            await here.publish(event)
            got_there = await asyncio.wait_for(inboxes[1].get(), 5)
            got_here = await asyncio.wait_for(inboxes[0].get(), 5)
            await asyncio.sleep(0.2)
            assert inboxes[2].empty()
            return got_there, got_here
        finally:
            for transport in transports:
                await transport.close()

    assert run(scenario()) == (event, event)


def test_viewers_of_every_process_add_up_until_one_stops_beating(redis_url, redis_prefix):
    async def scenario() -> None:
        a, b = RedisTransport(redis_url, redis_prefix), RedisTransport(redis_url, redis_prefix)
        raw = aioredis.from_url(redis_url)
        try:
            for transport in (a, b):
                await transport.start(lambda event: None)
            assert await a.add_viewers(5, 2) == 2
            assert await b.add_viewers(5, 3) == 5
            assert await b.add_viewers(5, -1) == 4
            assert await a.viewers([5, 6]) == {5: 4, 6: 0}

            # b's process crashes: its heartbeat key is gone, as after its TTL.
            assert await raw.delete(f"{redis_prefix}:process:{b._process}") == 1

            assert await a.viewers([5]) == {5: 2}
            assert await raw.hkeys(f"{redis_prefix}:viewers:5") == [a._process.encode()]
            assert await b.viewers([5]) == {5: 2}
        finally:
            await a.close()
            await b.close()
            await raw.aclose()

    run(scenario())


def test_a_process_that_closes_takes_its_viewers_and_heartbeat_with_it(redis_url, redis_prefix):
    async def scenario() -> None:
        a, b = RedisTransport(redis_url, redis_prefix), RedisTransport(redis_url, redis_prefix)
        raw = aioredis.from_url(redis_url)
        try:
            for transport in (a, b):
                await transport.start(lambda event: None)
            await a.add_viewers(5, 2)
            await a.add_viewers(8, 1)
            await b.add_viewers(5, 1)
            assert await raw.exists(f"{redis_prefix}:process:{a._process}") == 1

            await a.close()

            assert await b.viewers([5, 8]) == {5: 1, 8: 0}
            assert await raw.hkeys(f"{redis_prefix}:viewers:5") == [b._process.encode()]
            assert await raw.exists(f"{redis_prefix}:viewers:8") == 0
            assert await raw.exists(f"{redis_prefix}:process:{a._process}") == 0
            await b.add_viewers(5, -1)
            assert await raw.exists(f"{redis_prefix}:viewers:5") == 0
        finally:
            await b.close()
            await raw.aclose()

    run(scenario())


def test_a_commit_in_one_process_reaches_a_viewer_in_another(
    fair, database_url, redis_url, redis_prefix
):
    stream = fair.broadcast()
    mixer = fair.job("搅拌站操作员", employer=HENGGU)
    other_engine = make_engine(database_url)

    async def scenario() -> LiveUpdate:
        here = LiveHub(fair.sessions, RedisTransport(redis_url, redis_prefix), figures_delay=0.05)
        there = LiveHub(
            make_sessionmaker(other_engine),
            RedisTransport(redis_url, redis_prefix),
            figures_delay=0.05,
        )
        await here.start()
        await there.start()
        try:
            viewer = Viewer(there, stream)
            await viewer.joined()
            assert await viewers_now(here, stream) == 1
            await asyncio.to_thread(fair.present, stream, mixer)
            presented = await viewer.next()
            await viewer.leave()
            await eventually(lambda: _is(viewers_now(here, stream), 0))
            # Lets the sender finish telling the others, so that stopping does not hang
            # (see test_a_hub_stopped_while_it_sends_to_redis_stops).
            await asyncio.sleep(0.2)
            return presented
        finally:
            await there.stop()
            await here.stop()

    try:
        presented = run(scenario())
    finally:
        other_engine.dispose()

    assert presented.kind is LiveEventKind.JOB_PRESENTED
    assert presented.state.job is not None and presented.state.job.id == mixer
    assert presented.figures.viewers_now == 1


def test_a_hub_stopped_while_it_sends_to_redis_stops(fair, redis_url, redis_prefix):
    stream = fair.broadcast()

    def count_many() -> None:
        with transaction(fair.sessions) as session:
            for _ in range(300):
                count_question(session=session, stream_id=stream)

    async def stops_promptly(hub: LiveHub) -> bool:
        await hub.start()
        await asyncio.to_thread(count_many)
        await asyncio.sleep(0.005)  # the sender is publishing the 300 events now
        stopping = asyncio.create_task(hub.stop())
        done, _ = await asyncio.wait({stopping}, timeout=1.0)
        while not stopping.done():  # cancel the sender again until it takes
            assert hub._sender is not None
            hub._sender.cancel()
            await asyncio.wait({stopping}, timeout=0.2)
        return bool(done)

    async def scenario() -> list[bool]:
        stopped: list[bool] = []
        for _ in range(6):
            hub = LiveHub(fair.sessions, RedisTransport(redis_url, redis_prefix))
            stopped.append(await stops_promptly(hub))
            if not stopped[-1]:
                break
        return stopped

    assert all(run(scenario()))
