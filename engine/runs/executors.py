"""Where a run's chunks are ranked: in this process, or on a dask.distributed cluster.

Either way the driver reads each chunk's records, hands them over, and writes each result
as it comes back; at most a few chunks are in flight at once, so memory stays flat however
many people there are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from itertools import islice
from types import TracebackType
from typing import Any, TypeVar

K = TypeVar("K")


class LocalExecutor(AbstractContextManager["LocalExecutor"]):
    """Chunks one after another in this process."""

    description = "local"

    def run(
        self, fn: Callable[..., Any], shared: Any, tasks: Iterable[tuple[K, tuple[Any, ...]]]
    ) -> Iterator[tuple[K, Any]]:
        for key, args in tasks:
            yield key, fn(shared, *args)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        return None


class DaskExecutor(AbstractContextManager["DaskExecutor"]):
    """Chunks on a dask.distributed cluster: an existing one (`address`) or a local one of
    `workers` processes, closed again at the end."""

    def __init__(self, *, address: str | None = None, workers: int | None = None):
        from dask.distributed import Client, LocalCluster

        self._cluster = None
        if address is None:
            self._cluster = LocalCluster(
                n_workers=workers or 2, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self.client = Client(self._cluster)
            self.description = f"local Dask cluster of {workers or 2} workers"
        else:
            self.client = Client(address, timeout="30s")
            self.description = f"Dask scheduler {address}"

    def run(
        self, fn: Callable[..., Any], shared: Any, tasks: Iterable[tuple[K, tuple[Any, ...]]]
    ) -> Iterator[tuple[K, Any]]:
        from dask.distributed import as_completed

        # The fitted matcher goes to every worker once, not with every chunk.
        handle = self.client.scatter(shared, broadcast=True, hash=False)
        window = 2 * max(1, len(self.client.scheduler_info()["workers"]))
        keys: dict[str, K] = {}
        pending = iter(tasks)

        def submit(key: K, args: tuple[Any, ...]) -> Any:
            future = self.client.submit(fn, handle, *args, pure=False)
            keys[future.key] = key
            return future

        running = as_completed([submit(key, args) for key, args in islice(pending, window)])
        for future in running:
            result = future.result()
            key = keys.pop(future.key)
            future.release()
            following = next(pending, None)
            if following is not None:
                running.add(submit(*following))
            yield key, result

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def executor_for(*, address: str | None, workers: int | None) -> LocalExecutor | DaskExecutor:
    if address is None and not workers:
        return LocalExecutor()
    return DaskExecutor(address=address, workers=workers)
