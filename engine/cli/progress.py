"""Progress bars on standard error, drawn by tqdm: labelled, with a rate and the time left.

Shown when standard error is a terminal, or wherever `--progress` asks; otherwise nothing
is drawn and the work is not slowed down by it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from typing import IO, Any

from engine.io.progress import Advance
from engine.messages import Message, render

# tqdm's own layout, but a slow rate stays "0.50 people/s" rather than turning into "2.00s/ people".
BAR = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}]"


class Bars:
    """One bar at a time: each stage closes the bar before it."""

    def __init__(self, *, shown: bool, language: str):
        self.shown = shown
        self.language = language
        self._bar: Any = None

    def stage(self, label: Message, *, total: int | None = None, unit: str = "") -> Advance:
        self.close()
        if not self.shown:
            return _ignore
        text = render(label.key, with_separators(label.params), language=self.language)
        if total is None:
            print(f"{text} …", file=sys.stderr, flush=True)
            return _ignore
        unit_text = " " + render(unit, language=self.language) if unit else ""
        return self._open(desc=text, total=total, unit=unit_text, bar_format=BAR).update

    def reading(self, stream: IO[bytes], source: str) -> Iterator[bytes]:
        """The file's lines, with a bar of the bytes read so far."""
        if not self.shown:
            yield from stream
            return
        label = Message("progress.reading", {"file": source})
        bar = self._open(
            desc=label.render(language=self.language),
            total=os.fstat(stream.fileno()).st_size,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
        )
        for line in stream:
            bar.update(len(line))
            yield line
        self.close()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def _open(self, **options: Any) -> Any:
        # Imported here: commands that show no bar need not load it.
        from tqdm import tqdm

        self.close()
        self._bar = tqdm(
            file=sys.stderr,
            dynamic_ncols=True,
            # A pipe (--progress into a log) gets a line a second, a terminal ten.
            mininterval=0.1 if sys.stderr.isatty() else 1.0,
            **options,
        )
        return self._bar


def with_separators(params: Mapping[str, Any]) -> dict[str, Any]:
    """Counts as 12,000: thousands separators, which read the same in Chinese and English."""
    return {
        name: f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else value
        for name, value in params.items()
    }


def _ignore(_done: int) -> None:
    pass
