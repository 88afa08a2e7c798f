"""`civicmatch match-run` called in-process on the test database."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from engine.cli import main


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def summary(self) -> dict[str, Any]:
        """The one JSON line a finished run prints on standard output."""
        assert self.code == 0, self.err
        lines = self.out.splitlines()
        assert len(lines) == 1, self.out
        return json.loads(lines[0])


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """run("match-run", ...) -> Result of `civicmatch ...` in-process; argparse's refusals
    (SystemExit) become their exit status."""

    def call(*argv: object) -> Result:
        capsys.readouterr()
        try:
            code = main([str(arg) for arg in argv])
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return call


@pytest.fixture
def match_run(run, database_url: str):  # type: ignore[no-untyped-def]
    """match_run("--for", "both", ...) -> `civicmatch --database URL match-run ...`."""

    def call(*argv: object) -> Result:
        return run("--database", database_url, "match-run", *argv)

    return call
