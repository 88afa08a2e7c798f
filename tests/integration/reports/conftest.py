"""`civicmatch` called in-process on the test database, speaking English."""

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

    def report(self) -> dict[str, Any]:
        """The JSON report written on standard output."""
        assert self.code == 0, self.err
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIVICMATCH_LANGUAGE", "en")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], database_url: str):  # type: ignore[no-untyped-def]
    """cli("report", "supply-demand", ...) -> Result of `civicmatch --database URL ...`;
    argparse's refusals (SystemExit) become their exit status."""

    def call(*argv: object) -> Result:
        capsys.readouterr()
        try:
            code = main(["--database", database_url, *(str(arg) for arg in argv)])
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return call
