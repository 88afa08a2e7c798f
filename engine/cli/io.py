"""What every command shares: reading input files, writing output, progress."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from engine.io.jsonl import write_objects


class CommandFailed(Exception):
    """Ends a command with this message on standard error and exit status 1."""


def read_file(path: Path, reader: Callable[[IO[bytes], str], Any]) -> Any:
    try:
        stream = path.open("rb")
    except OSError as error:
        raise CommandFailed(f"cannot read {path}: {error.strerror}") from None
    with stream:
        return reader(stream, str(path))


@contextmanager
def output(out: str) -> Iterator[IO[str]]:
    """Standard output for "-", else the file, opened before any work is done."""
    if out == "-":
        yield sys.stdout
        return
    try:
        target = open(out, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        raise CommandFailed(f"cannot write {out}: {error.strerror}") from None
    with target:
        yield target


def write_lines(lines: Iterable[dict[str, Any]], out: str) -> int:
    with output(out) as target:
        write_objects(lines, target)
    return 0


def positive(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def progress_bar(total: int) -> Callable[[int], None] | None:
    """A progress bar on standard error when it is a terminal and the work is long."""
    if not sys.stderr.isatty() or total < 200:
        return None

    def show(done: int) -> None:
        if done % 50 and done != total:
            return
        filled = int(30 * done / total)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show
