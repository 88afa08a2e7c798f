"""`civicmatch match-run` as a real process of its own: started, watched through the
database, and killed with SIGKILL as an operator's `kill -9` would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from engine.runs.models import MatchRun, RunStatus

CONSOLE_SCRIPT = Path(sys.executable).parent / "civicmatch"
# How long a condition may take to come true before the test gives up on it; a guard
# against hanging, not a measure of speed.
PATIENCE = 120.0

T = TypeVar("T")


class RunProcess:
    def __init__(self, process: subprocess.Popen[bytes], stderr: Path):
        self.process = process
        self._stderr = stderr

    @property
    def pid(self) -> int:
        return self.process.pid

    def kill(self) -> None:
        """SIGKILL, and reaped: a zombie would still answer `kill -0`."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=PATIENCE)

    def stderr(self) -> str:
        return self._stderr.read_text("utf-8", errors="replace")


@contextmanager
def match_run_process(database_url: str, *argv: object, workdir: Path) -> Iterator[RunProcess]:
    """`civicmatch --database URL match-run ARGV` in the background; killed on the way out
    if it is still running."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("CIVICMATCH_")}
    stderr = workdir / f"match-run-{time.monotonic_ns()}.err"
    with stderr.open("wb") as errors:
        process = subprocess.Popen(
            [str(CONSOLE_SCRIPT), "--database", database_url, "match-run", *map(str, argv)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            env=env,
        )
    running = RunProcess(process, stderr)
    try:
        yield running
    finally:
        running.kill()


def wait_for(check: Callable[[], T | None], *, process: RunProcess | None = None) -> T:
    """The first true value of `check()`, polled; fails if `process` ends first."""
    deadline = time.monotonic() + PATIENCE
    while True:
        value = check()
        if value:
            return value
        if process is not None and process.process.poll() is not None:
            raise AssertionError(f"match-run ended early:\n{process.stderr()}")
        assert time.monotonic() < deadline, "the condition never came true"
        time.sleep(0.05)


def running_run(sessions: sessionmaker[Session]) -> MatchRun | None:
    with sessions() as session:
        run = session.scalar(select(MatchRun).where(MatchRun.status == RunStatus.RUNNING))
        if run is not None:
            session.expunge(run)
        return run


def with_chunks_done(sessions: sessionmaker[Session]) -> MatchRun | None:
    """The running run once at least one of its chunks is done."""
    run = running_run(sessions)
    return run if run is not None and run.chunks_done >= 1 else None
