"""What the service counts, in prometheus-client's metrics, and their exposition.

One process counts in memory. Several worker processes (`civicmatch serve --workers N`) each
write to files in the directory named by PROMETHEUS_MULTIPROC_DIR, and `/metrics`, in
whichever worker answers it, adds them all up (prometheus-client's multiprocess mode, chosen
by that variable when prometheus-client is first imported).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

MULTIPROCESS_DIRECTORY = "PROMETHEUS_MULTIPROC_DIR"
# Label values for what a request did not say or that is not counted under its own name.
NONE = "none"
ANONYMOUS = "anonymous"
OTHER = "other"
UNCODED = "UNCODED"


# A `_created` timestamp beside every counter and histogram would double the series.
disable_created_metrics()


class LabelValues:
    """The values one label may take in this process: those matching `pattern`, and of them
    the first `limit` seen; anything else is `other`. A client chooses operation names, and
    each new value is a new time series: unbounded, they would swamp Prometheus."""

    def __init__(self, pattern: str, *, limit: int, other: str):
        self.pattern = re.compile(pattern)
        self.limit = limit
        self.other = other
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def valid(self, value: str) -> bool:
        return self.pattern.fullmatch(value) is not None

    def __call__(self, value: str) -> str:
        if value in self._seen:
            return value
        if not self.valid(value):
            return self.other
        with self._lock:
            if len(self._seen) >= self.limit:
                return self.other
            self._seen.add(value)
        return value


# GraphQL's own syntax for names, shorter.
OPERATION_NAMES = LabelValues(r"[_A-Za-z][_0-9A-Za-z]{0,63}", limit=100, other=OTHER)
# Codes are the service's own; the bound only guards against a mistake.
ERROR_CODES = LabelValues(r"[A-Z][A-Z0-9_]{0,39}", limit=100, other="OTHER")

REQUESTS = Counter(
    "civicmatch_requests",
    "GraphQL operations received: one per HTTP request to /graphql, one per operation over "
    "a websocket (a subscription when it starts).",
    ["operation", "type"],
)
REQUEST_SECONDS = Histogram(
    "civicmatch_request_duration_seconds",
    "Time to answer: an HTTP request whole, a websocket operation to its first result.",
    ["operation", "type"],
)
ERRORS = Counter(
    "civicmatch_errors",
    "Errors in answers, by extensions.code (UNCODED: GraphQL syntax and validation errors, "
    "malformed requests).",
    ["code"],
)
LIVE_VIEWERS = Gauge(
    "civicmatch_live_viewers",
    "Viewers watching a live broadcast now.",
    multiprocess_mode="livesum",
)
BROADCASTS_WATCHED = Gauge(
    "civicmatch_live_broadcasts_watched",
    "Broadcasts with at least one viewer, counted once per process that serves them.",
    multiprocess_mode="livesum",
)
# Per worker (a `pid` label when several serve): each keeps its own index.
INDEX_ITEMS = Gauge(
    "civicmatch_index_items",
    "Items (open jobs, people) in this worker's matching index.",
    ["index"],
    multiprocess_mode="liveall",
)
INDEX_VERSION = Gauge(
    "civicmatch_index_version",
    "This worker's matching index version: one more for every change applied.",
    ["index"],
    multiprocess_mode="liveall",
)
INDEX_LAG_SECONDS = Gauge(
    "civicmatch_index_update_lag_seconds",
    "For the last change applied to this worker's index: seconds from the item's change in "
    "the database to the index serving it.",
    ["index"],
    multiprocess_mode="liveall",
)
INDEX_LAST_REFIT = Gauge(
    "civicmatch_index_last_refit_timestamp_seconds",
    "When this worker's index was last fitted in full (Unix time).",
    ["index"],
    multiprocess_mode="liveall",
)
INDEX_UPDATES = Counter(
    "civicmatch_index_updates",
    "Items added, edited or removed in a matching index without a full fit.",
    ["index"],
)
INDEX_REFITS = Counter(
    "civicmatch_index_refits", "Times a matching index was fitted again.", ["index"]
)
INDEX_REFIT_SECONDS = Histogram(
    "civicmatch_index_refit_duration_seconds",
    "Time to read the items and fit a matching index in full (vocabulary and IDF).",
    ["index"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)


def count_errors(codes: Iterable[str]) -> None:
    for code in codes:
        ERRORS.labels(code=ERROR_CODES(code)).inc()


class _EventLoopAndThreads(Collector):
    """This process's asyncio tasks and threads, read when scraped: a leak shows as one that
    grows. Not in multiprocess mode, where the scrape reaches one worker of several."""

    def collect(self) -> Iterator[GaugeMetricFamily]:
        try:
            tasks = len(asyncio.all_tasks())
        except RuntimeError:  # no event loop in this thread
            tasks = 0
        yield GaugeMetricFamily(
            "civicmatch_asyncio_tasks", "asyncio tasks in this process.", value=tasks
        )
        yield GaugeMetricFamily(
            "civicmatch_threads", "Threads in this process.", value=threading.active_count()
        )


def _multiprocess_directory() -> str | None:
    return os.environ.get(MULTIPROCESS_DIRECTORY) or None


if _multiprocess_directory() is None:
    REGISTRY.register(_EventLoopAndThreads())


def exposition() -> tuple[bytes, str]:
    """The metrics in Prometheus's text format, and its content type. One process: its own,
    with prometheus-client's process and Python collectors (resident memory, CPU, open files,
    garbage collections). Several: every worker's, added up."""
    directory = _multiprocess_directory()
    if directory is None:
        return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
    _forget_dead_processes(Path(directory))
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=directory)
    return generate_latest(registry), CONTENT_TYPE_LATEST


def forget_this_process() -> None:
    """At a worker's exit: its gauges stop counting (its counters stay in the totals)."""
    directory = _multiprocess_directory()
    if directory is not None:
        multiprocess.mark_process_dead(os.getpid(), directory)


def _forget_dead_processes(directory: Path) -> None:
    """A worker that was killed could not forget its own gauges; its viewers are gone."""
    for file in directory.glob("gauge_live*_*.db"):
        pid = file.stem.rpartition("_")[2]
        if pid.isdigit() and not _running(int(pid)):
            multiprocess.mark_process_dead(int(pid), str(directory))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        pass
    return True


@contextlib.contextmanager
def shared_by_workers(workers: int) -> Iterator[None]:
    """With several workers and no PROMETHEUS_MULTIPROC_DIR given, a fresh directory for
    their metrics' files, named in the environment the workers inherit and removed at exit
    (files left from an earlier run would be counted again)."""
    if workers <= 1 or _multiprocess_directory() is not None:
        yield
        return
    directory = tempfile.mkdtemp(prefix="civicmatch-metrics-")
    os.environ[MULTIPROCESS_DIRECTORY] = directory
    try:
        yield
    finally:
        os.environ.pop(MULTIPROCESS_DIRECTORY, None)
        shutil.rmtree(directory, ignore_errors=True)
