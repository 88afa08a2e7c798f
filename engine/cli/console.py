"""What a command tells its user on standard error: notices, progress, a closing summary.

Standard output carries only results (an export, matches written to `-`, a token), so it
can be piped; everything about the run goes to standard error, in the deployment's language.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from engine.cli.progress import Bars, with_separators
from engine.config import Settings
from engine.messages import render

PREFIX = "civicmatch: "


class Console:
    def __init__(self, *, language: str, progress: bool = False):
        self.language = language
        self.started = time.perf_counter()
        self.bars = Bars(shown=progress or sys.stderr.isatty(), language=language)

    @classmethod
    def of(cls, args: argparse.Namespace, settings: Settings) -> Console:
        return cls(language=settings.language, progress=getattr(args, "progress", False))

    def text(self, key: str, **params: Any) -> str:
        return render(key, params, language=self.language)

    def result(self, line: str) -> None:
        """A line of the command's result, on standard output."""
        self.bars.close()
        print(line, flush=True)

    def notice(self, key: str, **params: Any) -> None:
        """A line about the run, such as which database it uses."""
        self.bars.close()
        print(PREFIX + self.text(key, **params), file=sys.stderr, flush=True)

    def summary(self, key: str, *, out: str | None = None, **params: Any) -> None:
        """The closing line: `key` with the time taken (`duration`), counts with thousands
        separators, and where the output went (`target`) for commands that write one."""
        self.bars.close()
        shown = with_separators(params)
        shown["duration"] = self.duration(time.perf_counter() - self.started)
        if out is not None:
            shown["target"] = self.text("cli.standard_output") if out == "-" else out
        print(self.text(key, **shown), file=sys.stderr, flush=True)

    def duration(self, seconds: float) -> str:
        if seconds < 10:
            return self.text("cli.seconds", seconds=f"{seconds:.1f}")
        if seconds < 60:
            return self.text("cli.seconds", seconds=round(seconds))
        minutes, rest = divmod(round(seconds), 60)
        return self.text("cli.minutes", minutes=minutes, seconds=rest)
