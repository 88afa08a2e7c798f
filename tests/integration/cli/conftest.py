"""Running the `civicmatch` command in-process and through its installed console script."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from engine.cli import main
from tests.data import EVERY_FIELD

REPO = Path(__file__).resolve().parents[3]
EVERY_FIELD_JOBS = EVERY_FIELD / "jobs.jsonl"
EVERY_FIELD_CANDIDATES = EVERY_FIELD / "candidates.jsonl"
SEED_DATA = REPO / "seeds" / "data"
SEED_JOBS = SEED_DATA / "jobs.jsonl"
SEED_LIVESTREAMS = SEED_DATA / "livestreams.jsonl"
CONSOLE_SCRIPT = Path(sys.executable).parent / "civicmatch"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """run("import", "jobs", path, ...) -> Result of `civicmatch ...` called in-process."""

    def call(*argv: object) -> Result:
        capsys.readouterr()
        code = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return call


@pytest.fixture
def cli(run, database_url: str):  # type: ignore[no-untyped-def]
    """cli("import", "jobs", path) -> the same, on the test database."""

    def call(*argv: object) -> Result:
        return run(*argv, "--database", database_url)

    return call


def run_console_script(*argv: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "CIVICMATCH_DATABASE_URL"}
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *(str(arg) for arg in argv)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
    )


def records_in(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def count(engine: Engine, model: type) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def other_sqlite_url(tmp_path: Path) -> str:
    """A second, brand-new SQLite database (not migrated yet)."""
    return f"sqlite:///{tmp_path / 'other.db'}"
