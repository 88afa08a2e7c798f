"""What every command shares: reading input files, writing output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from engine.cli.console import Console
from engine.io.jsonl import write_objects
from engine.io.kinds import first_record, mismatch


class CommandFailed(Exception):
    """Ends a command with this message on standard error and exit status 1."""


def read_file(
    path: Path,
    reader: Callable[[Any, str], Any],
    *,
    kind: str,
    console: Console,
    other: str | None = None,
    mistake: str = "cli.file_wrong_kind",
    empty: str | None = "cli.file_empty",
) -> Any:
    """`reader(lines, source)` on the file, once it is known to be a `kind` file with records.

    A file that is plainly of another kind is refused with one message: that the arguments
    were swapped if it is of the kind of the command's `other` file, else `mistake`. A file
    with no records is refused with the message `empty`, or, when that is None, read.
    """
    source = str(path)
    try:
        stream = path.open("rb")
    except OSError as error:
        raise CommandFailed(
            console.text("cli.cannot_read", file=source, reason=error.strerror)
        ) from None
    with stream:
        record = first_record(stream)
        if record is None and empty is not None:
            raise CommandFailed(console.text(empty, file=source))
        found = mismatch(kind, record or {})
        if found is not None:
            raise CommandFailed(
                console.text(
                    "cli.file_swapped" if found.found == other else mistake,
                    file=source,
                    expected=found.expected,
                    found=found.found,
                    fields=found.fields,
                )
            )
        stream.seek(0)
        return reader(console.bars.reading(stream, source), source)


@contextmanager
def output(out: str, console: Console) -> Iterator[IO[str]]:
    """Standard output for "-", else the file, opened before any work is done."""
    if out == "-":
        yield sys.stdout
        return
    try:
        target = open(out, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        raise CommandFailed(
            console.text("cli.cannot_write", file=out, reason=error.strerror)
        ) from None
    with target:
        yield target


def write_lines(lines: Iterable[dict[str, Any]], out: str, console: Console) -> int:
    """Writes the lines; how many there were."""
    with output(out, console) as target:
        return write_objects(lines, target)


def positive(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", default="-", help="file to write, - for standard output")
    add_progress_option(parser)


def add_progress_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--progress",
        action="store_true",
        help="show progress bars also when standard error is not a terminal",
    )
