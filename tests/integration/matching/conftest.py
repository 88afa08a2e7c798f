"""Running `civicmatch match` and `match-text` in-process on files, with no database."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from engine.cli import main


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """run("match", jobs, candidates, ...) -> Result of `civicmatch ...` called in-process."""

    def call(*argv: object) -> Result:
        capsys.readouterr()
        code = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return call
