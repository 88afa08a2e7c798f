"""How long-running work tells how far it has got: one stage at a time, to a bar or to no one.

A stage's label is a catalogue message (engine.messages) whose parameters are counts and
file names only: a bar is often on a shared screen, so it never names a person or quotes
what they wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, TypeVar

from engine.messages import Message

T = TypeVar("T")

# Called with how many more units are done.
Advance = Callable[[int], None]


class Progress(Protocol):
    def stage(self, label: Message, *, total: int | None = None, unit: str = "") -> Advance:
        """Ends the stage before and starts this one: `total` units of `unit` (a catalogue
        key), or, with no total, work that cannot tell how far it has got."""
        ...


class Silent:
    def stage(self, label: Message, *, total: int | None = None, unit: str = "") -> Advance:
        return _ignore


SILENT: Progress = Silent()


def tracked(items: Iterable[T], advance: Advance) -> Iterator[T]:
    """The items, advancing by one after each has been dealt with."""
    for item in items:
        yield item
        advance(1)


def importing(lines: Sequence[T], kind: str, progress: Progress) -> Iterator[T]:
    """An import's checked lines, one stage of `progress` as each is written."""
    return tracked(lines, import_stage(kind, len(lines), progress))


def import_stage(kind: str, total: int, progress: Progress) -> Advance:
    """The stage of writing an import's `total` records (bulk writes advance by chunks)."""
    label = Message("progress.importing", {"kind": kind})
    return progress.stage(label, total=total, unit="unit.records")


def _ignore(_done: int) -> None:
    pass
