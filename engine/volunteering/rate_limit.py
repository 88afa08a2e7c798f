"""How many anonymous requests one client may submit in a sliding window.

The client's key (its address) lives only in this process's memory, for no longer than
about two windows; it is never written to the database or a log.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class SubmissionLimiter:
    """A sliding-window log per client: at most `max_per_window` allowed submissions within
    any `window_seconds`; refused attempts do not count."""

    def __init__(
        self,
        max_per_window: int,
        window_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ):
        if max_per_window < 1:
            raise ValueError(f"max_per_window must be at least 1, not {max_per_window}")
        if window_seconds <= 0:
            raise ValueError(f"window_seconds must be positive, not {window_seconds}")
        self.max_per_window = max_per_window
        self.window_seconds = window_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._hits: dict[str, deque[float]] = {}
        self._next_sweep = clock() + window_seconds

    def allow(self, client_key: str) -> bool:
        """Whether this client may submit now; if so, the submission is counted."""
        with self._lock:
            moment = self._clock()
            self._sweep(moment)
            hits = self._hits.setdefault(client_key, deque())
            _expire(hits, moment - self.window_seconds)
            if len(hits) >= self.max_per_window:
                return False
            hits.append(moment)
            return True

    def __len__(self) -> int:
        """How many clients are remembered."""
        with self._lock:
            return len(self._hits)

    def _sweep(self, moment: float) -> None:
        """Forgets clients with no submission in the last window; runs once per window, so
        the cost is spread over the calls and memory holds about two windows of clients."""
        if moment < self._next_sweep:
            return
        horizon = moment - self.window_seconds
        self._hits = {key: hits for key, hits in self._hits.items() if hits and hits[-1] > horizon}
        self._next_sweep = moment + self.window_seconds


def _expire(hits: deque[float], horizon: float) -> None:
    while hits and hits[0] <= horizon:
        hits.popleft()
