"""Work that must not run on the event loop: blocking database calls and CPU-heavy ranking
or text reading, in worker threads.

A request that runs out of time is cancelled, but a worker thread cannot be: it finishes in
the background, and `then` (given by the caller) cleans up after it. Heavy work takes a
place among at most `heavy_workers` per process, so a flood of it queues instead of taking
every core from the loop that answers everyone else.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from anyio import CapacityLimiter, to_thread

T = TypeVar("T")


class Offload:
    def __init__(self, *, heavy_workers: int):
        self.heavy_workers = heavy_workers
        self._heavy: CapacityLimiter | None = None

    @property
    def heavy(self) -> CapacityLimiter:
        # Created on first use, inside the running event loop.
        if self._heavy is None:
            self._heavy = CapacityLimiter(self.heavy_workers)
        return self._heavy

    async def run(
        self,
        work: Callable[[], T],
        *,
        heavy: bool = False,
        then: Callable[[], None] | None = None,
    ) -> T:
        """`work()` in a worker thread; if the caller is cancelled meanwhile, the thread
        is left to finish and `then()` runs after it, on the loop."""
        limiter = self.heavy if heavy else None
        future = asyncio.ensure_future(to_thread.run_sync(work, limiter=limiter))
        try:
            return await asyncio.shield(future)
        except asyncio.CancelledError:
            future.add_done_callback(lambda done: _finish(done, then))
            raise


def _finish(done: asyncio.Future[object], then: Callable[[], None] | None) -> None:
    if not done.cancelled():
        done.exception()  # retrieved: its request is gone, nobody else will read it
    if then is not None:
        then()
