"""How events and viewer counts reach every server process.

`LocalTransport` keeps both in this process: right for the embedded SQLite default, where
one process serves. `RedisTransport` publishes through Redis and counts viewers in a Redis
hash per broadcast, one field per process, so several uvicorn workers or machines serve the
same broadcast and each viewer sees every event.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from redis import asyncio as redis
from redis.asyncio.client import PubSub
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from engine.live.events import LiveEvent

log = logging.getLogger("civicmatch.live")

Deliver = Callable[[LiveEvent], None]


class Transport(Protocol):
    async def start(self, deliver: Deliver) -> None:
        """Begins handing every event published by any process to `deliver`."""

    async def publish(self, event: LiveEvent) -> None: ...

    async def add_viewers(self, stream_id: int, delta: int) -> int:
        """Changes this process's viewers of the broadcast; returns those of all processes."""

    async def viewers(self, stream_ids: Sequence[int]) -> dict[int, int]: ...

    async def close(self) -> None: ...


class LocalTransport:
    def __init__(self) -> None:
        self._deliver: Deliver | None = None
        self._viewers: Counter[int] = Counter()

    async def start(self, deliver: Deliver) -> None:
        self._deliver = deliver

    async def publish(self, event: LiveEvent) -> None:
        if self._deliver is not None:
            self._deliver(event)

    async def add_viewers(self, stream_id: int, delta: int) -> int:
        self._viewers[stream_id] += delta
        if self._viewers[stream_id] <= 0:
            del self._viewers[stream_id]
        return self._viewers[stream_id]

    async def viewers(self, stream_ids: Sequence[int]) -> dict[int, int]:
        return {stream_id: self._viewers[stream_id] for stream_id in stream_ids}

    async def close(self) -> None:
        self._deliver = None


class RedisTransport:
    """Channel `{prefix}:live:{stream}`; viewers in hash `{prefix}:viewers:{stream}`.

    A process that dies without leaving stops renewing its `{prefix}:process:{id}` key, and
    its viewers stop counting once the key expires.
    """

    HEARTBEAT_SECONDS = 10.0
    PROCESS_TTL_SECONDS = 30
    POLL_SECONDS = 1.0
    CLOSE_GRACE_SECONDS = 3.0

    def __init__(self, url: str, prefix: str = "civicmatch") -> None:
        self._redis = redis.from_url(url)
        self._prefix = prefix
        self._process = uuid.uuid4().hex
        self._tasks: list[asyncio.Task[None]] = []
        self._closing = False
        self._streams_watched: set[int] = set()

    async def start(self, deliver: Deliver) -> None:
        pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
        await pubsub.psubscribe(f"{self._prefix}:live:*")
        await self._beat()
        self._tasks = [
            asyncio.create_task(self._listen(pubsub, deliver)),
            asyncio.create_task(self._heartbeat()),
        ]

    async def publish(self, event: LiveEvent) -> None:
        await self._redis.publish(f"{self._prefix}:live:{event.stream_id}", event.encode())

    async def add_viewers(self, stream_id: int, delta: int) -> int:
        key = self._viewers_key(stream_id)
        mine = await self._redis.hincrby(key, self._process, delta)
        if mine <= 0:
            await self._redis.hdel(key, self._process)
            self._streams_watched.discard(stream_id)
        else:
            self._streams_watched.add(stream_id)
        return (await self.viewers([stream_id]))[stream_id]

    async def viewers(self, stream_ids: Sequence[int]) -> dict[int, int]:
        """Two round trips for any number of broadcasts: their hashes, then the heartbeats."""
        async with self._redis.pipeline(transaction=False) as pipe:
            for stream_id in stream_ids:
                pipe.hgetall(self._viewers_key(stream_id))
            stored = await pipe.execute()
        per_stream = {
            stream_id: {field.decode(): int(value) for field, value in hash_.items()}
            for stream_id, hash_ in zip(stream_ids, stored, strict=True)
        }
        processes = sorted({p for counts in per_stream.values() for p in counts})
        keys = [self._process_key(p) for p in processes]
        beats = await self._redis.mget(keys) if keys else []
        gone = {p for p, beat in zip(processes, beats, strict=True) if beat is None}
        for stream_id, counts in per_stream.items():
            if dead := gone & counts.keys():
                await self._redis.hdel(self._viewers_key(stream_id), *dead)
        return {
            stream_id: sum(n for p, n in counts.items() if p not in gone and n > 0)
            for stream_id, counts in per_stream.items()
        }

    async def close(self) -> None:
        self._closing = True
        for task in self._tasks:
            task.cancel()
        # The loops also stop on the flag: a cancel landing in redis-py's asyncio.wait_for
        # can be lost on Python 3.11.
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=self.CLOSE_GRACE_SECONDS)
        with contextlib.suppress(RedisError, OSError):
            for stream_id in self._streams_watched:
                await self._redis.hdel(self._viewers_key(stream_id), self._process)
            await self._redis.delete(self._process_key(self._process))
        await self._redis.aclose()

    async def _listen(self, pubsub: PubSub, deliver: Deliver) -> None:
        try:
            while not self._closing:
                try:
                    message = await pubsub.get_message(
                        ignore_subscribe_messages=True, timeout=self.POLL_SECONDS
                    )
                except (RedisConnectionError, RedisTimeoutError, OSError) as error:
                    log.warning("lost the Redis subscription (%s); reconnecting", error)
                    await asyncio.sleep(1.0)
                    continue
                if message is None or message["type"] != "pmessage":
                    continue
                try:
                    deliver(LiveEvent.decode(message["data"]))
                except (ValueError, KeyError):
                    log.exception("a live event from Redis could not be read")
        finally:
            with contextlib.suppress(RedisError, OSError):
                await pubsub.aclose()

    async def _heartbeat(self) -> None:
        while not self._closing:
            await asyncio.sleep(self.HEARTBEAT_SECONDS)
            try:
                await self._beat()
            except Exception as error:
                log.warning("could not renew this process's viewers in Redis: %s", error)

    async def _beat(self) -> None:
        await self._redis.set(self._process_key(self._process), b"1", ex=self.PROCESS_TTL_SECONDS)

    def _viewers_key(self, stream_id: int) -> str:
        return f"{self._prefix}:viewers:{stream_id}"

    def _process_key(self, process: str) -> str:
        return f"{self._prefix}:process:{process}"
