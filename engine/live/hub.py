"""The live hub of one server process: fans broadcast events out to the viewers watching.

Services announce events inside their transaction (`events.announce`); the hub listens to
its sessionmaker's commits and hands the committed events to the transport, which brings
them to the hub of every process. There, one channel per watched broadcast loads the
broadcast's state once per event (figure changes are gathered for `figures_delay` seconds
first) and gives it to each of its viewers' queues.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from anyio import to_thread
from sqlalchemy import event as sqlalchemy_event
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from engine.jobs.models import LiveStreamStatus
from engine.live.events import LiveEvent, LiveEventKind, take_announced
from engine.live.figures import BroadcastFigures, record_viewer_joined
from engine.live.state import LiveState, live_state
from engine.live.transport import Transport
from engine.metrics import BROADCASTS_WATCHED, LIVE_VIEWERS
from engine.time import now

log = logging.getLogger("civicmatch.live")


@dataclass(frozen=True, slots=True)
class LiveFigures:
    broadcast: BroadcastFigures
    viewers_now: int


@dataclass(frozen=True, slots=True)
class LiveUpdate:
    """What a viewer receives: why (`kind`: SNAPSHOT first, then a LiveEventKind) and the
    whole state, so a client only ever re-renders."""

    kind: LiveEventKind
    at: datetime
    state: LiveState
    figures: LiveFigures

    @property
    def final(self) -> bool:
        return self.state.stream.status is LiveStreamStatus.ENDED


@dataclass(frozen=True, slots=True)
class _Left:
    stream_id: int


_STOP = "stop"
STOP_GRACE_SECONDS = 5.0


class LiveHub:
    def __init__(
        self,
        factory: sessionmaker[Session],
        transport: Transport,
        *,
        figures_delay: float = 0.25,
        queue_size: int = 32,
    ):
        self._factory = factory
        self._transport = transport
        self._figures_delay = figures_delay
        self._queue_size = queue_size
        self._channels: dict[int, _Channel] = {}
        self._outbox: asyncio.Queue[list[LiveEvent] | _Left | str] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._sender: asyncio.Task[None] | None = None
        sqlalchemy_event.listen(factory, "after_commit", self._committed)
        sqlalchemy_event.listen(factory, "after_transaction_end", _forget_if_rolled_back)

    @property
    def viewers_here(self) -> int:
        """Viewers watching through this process."""
        return sum(len(channel.queues) for channel in self._channels.values())

    @property
    def broadcasts_watched_here(self) -> int:
        return len(self._channels)

    async def start(self) -> None:
        if self._loop is not None:
            return
        self._loop = asyncio.get_running_loop()
        self._outbox = asyncio.Queue()
        await self._transport.start(self._deliver)
        self._sender = asyncio.create_task(self._send())

    async def stop(self) -> None:
        """Ends the viewers' channels, sends what is still in the outbox, and disconnects."""
        channels = list(self._channels.values())
        self._channels.clear()
        BROADCASTS_WATCHED.dec(len(channels))
        for channel in channels:
            channel.stop()
        await end_tasks([channel.task for channel in channels])
        if self._sender is not None and self._outbox is not None:
            self._outbox.put_nowait(_STOP)
            await asyncio.wait([self._sender], timeout=STOP_GRACE_SECONDS)
            await end_tasks([self._sender])
        await self._transport.close()
        self._loop = None

    async def viewers_now(self, stream_ids: Sequence[int]) -> dict[int, int]:
        return await self._transport.viewers(stream_ids)

    @contextlib.asynccontextmanager
    async def watch(self, stream_id: int) -> AsyncIterator[AsyncIterator[LiveUpdate]]:
        """The broadcast's updates, a snapshot first; they end after the broadcast ends.

        Raises NotFound for an unknown broadcast. Leaving the block, however it is left
        (a viewer who vanishes cancels it), gives up everything the viewer held.
        """
        await self.start()
        first = await self._load(stream_id, None)
        if first.stream.status is LiveStreamStatus.ENDED:
            yield _once(await self._update(LiveEventKind.SNAPSHOT, first))
            return
        channel = self._channels.get(stream_id)
        if channel is None:
            channel = self._channels[stream_id] = _Channel(self, stream_id)
            BROADCASTS_WATCHED.inc()
        queue: asyncio.Queue[LiveUpdate] = asyncio.Queue(self._queue_size)
        channel.queues.add(queue)
        LIVE_VIEWERS.inc()
        joined = False
        try:
            watching = await self._transport.add_viewers(stream_id, 1)
            joined = True
            await to_thread.run_sync(self._record_join, stream_id, watching)
            snapshot = await self._update(LiveEventKind.SNAPSHOT, await self._load(stream_id, None))
            yield _updates(snapshot, queue)
        finally:
            # Runs also while the viewer's task is being cancelled, so nothing here awaits:
            # the sender task tells the other processes.
            channel.queues.discard(queue)
            LIVE_VIEWERS.dec()
            if not channel.queues and self._channels.get(stream_id) is channel:
                del self._channels[stream_id]
                BROADCASTS_WATCHED.dec()
                channel.stop()
            if joined and self._outbox is not None:
                self._outbox.put_nowait(_Left(stream_id))

    def _committed(self, session: Session) -> None:
        events = take_announced(session)
        if events and self._loop is not None and self._outbox is not None:
            self._loop.call_soon_threadsafe(self._outbox.put_nowait, events)

    def _deliver(self, event: LiveEvent) -> None:
        channel = self._channels.get(event.stream_id)
        if channel is not None:
            channel.incoming.put_nowait(event)

    async def _send(self) -> None:
        assert self._outbox is not None
        while True:
            item = await self._outbox.get()
            if item == _STOP:
                return
            try:
                if isinstance(item, _Left):
                    await self._transport.add_viewers(item.stream_id, -1)
                    await self._transport.publish(LiveEvent(item.stream_id, LiveEventKind.FIGURES))
                elif isinstance(item, list):
                    for live_event in item:
                        await self._transport.publish(live_event)
            except Exception:
                log.exception("a live event could not be sent to the other processes")

    def _record_join(self, stream_id: int, watching: int) -> None:
        with self._factory.begin() as session:
            record_viewer_joined(session=session, stream_id=stream_id, watching=watching)

    async def _load(self, stream_id: int, job_id: int | None) -> LiveState:
        def load() -> LiveState:
            with self._factory() as session:
                return live_state(session=session, stream_id=stream_id, job_id=job_id)

        return await to_thread.run_sync(load)

    async def _update(self, kind: LiveEventKind, state: LiveState) -> LiveUpdate:
        watching = (await self._transport.viewers([state.stream.id]))[state.stream.id]
        return LiveUpdate(
            kind=kind, at=now(), state=state, figures=LiveFigures(state.figures, watching)
        )


class _Channel:
    """One watched broadcast in this process: its viewers' queues and the task feeding them."""

    def __init__(self, hub: LiveHub, stream_id: int):
        self.hub = hub
        self.stream_id = stream_id
        self.queues: set[asyncio.Queue[LiveUpdate]] = set()
        self.incoming: asyncio.Queue[LiveEvent] = asyncio.Queue()
        self.stopped = False
        self.task = asyncio.create_task(self._run())

    def stop(self) -> None:
        # The flag as well as the cancel: on Python 3.11 a cancel that lands inside
        # asyncio.wait_for (redis-py sends every command in one) can be lost.
        self.stopped = True
        self.task.cancel()

    async def _run(self) -> None:
        while not self.stopped:
            first = await self.incoming.get()
            if first.kind is LiveEventKind.FIGURES:
                await asyncio.sleep(self.hub._figures_delay)
            events = [first]
            while not self.incoming.empty():
                events.append(self.incoming.get_nowait())
            notable = [e for e in events if e.kind is not LiveEventKind.FIGURES] or events[-1:]
            for live_event in notable:
                try:
                    update = await self.hub._update(
                        live_event.kind,
                        await self.hub._load(self.stream_id, live_event.job_id),
                    )
                except Exception:
                    log.exception("broadcast %s: the live state could not be read", self.stream_id)
                    continue
                for queue in list(self.queues):
                    _offer(queue, update)


def _forget_if_rolled_back(session: Session, transaction: SessionTransaction) -> None:
    """Events of a transaction that ended without committing are dropped; a rolled-back
    SAVEPOINT (a nested transaction) leaves its enclosing transaction's events alone."""
    if transaction.parent is None:
        take_announced(session)


async def end_tasks(tasks: Sequence[asyncio.Task[None]], grace: float = 1.0) -> None:
    """Cancels the tasks still running and waits up to `grace` seconds for them to end."""
    running = [task for task in tasks if not task.done()]
    for task in running:
        task.cancel()
    if running:
        _, stuck = await asyncio.wait(running, timeout=grace)
        for task in stuck:
            log.warning("a live task did not end within %.0f s of being cancelled", grace)
            task.cancel()


def _offer(queue: asyncio.Queue[LiveUpdate], update: LiveUpdate) -> None:
    """A viewer too slow to keep up loses its oldest update, never the newest."""
    if queue.full():
        queue.get_nowait()
    queue.put_nowait(update)


async def _updates(
    snapshot: LiveUpdate, queue: asyncio.Queue[LiveUpdate]
) -> AsyncIterator[LiveUpdate]:
    yield snapshot
    if snapshot.final:
        return
    while True:
        update = await queue.get()
        yield update
        if update.final:
            return


async def _once(update: LiveUpdate) -> AsyncIterator[LiveUpdate]:
    yield update
