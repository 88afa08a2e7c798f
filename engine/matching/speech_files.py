"""`civicmatch extract-jobs`: what live-stream hosts said, read into job fields, on files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from engine.io.jsonl import RecordFile
from engine.io.progress import SILENT, Progress, tracked
from engine.io.text_files import HOST_TEXT_FIELDS, with_id
from engine.messages import Message
from matchers.speech.reader import read_job


def read_texts(lines: Iterable[bytes], source: str) -> list[dict[str, Any]]:
    """{"text"} lines with an optional `id` (see engine.io.text_files)."""
    checked = RecordFile.read(lines, source, HOST_TEXT_FIELDS)
    return [line.values for line in checked.accepted()]


def extraction_lines(
    texts: Sequence[dict[str, Any]], *, progress: Progress = SILENT
) -> Iterator[dict[str, Any]]:
    """One line per text, in order: its id, if it had one, and the jobs.jsonl fields the
    text states."""
    advance = progress.stage(Message("progress.extracting"), total=len(texts), unit="unit.texts")
    for record in tracked(texts, advance):
        yield with_id(record.get("id"), read_job(record["text"]).fields)
