"""`civicmatch extract-jobs`: what live-stream hosts said, read into job fields, on files."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import IO, Any

from engine.fields import Field
from engine.io.jsonl import RecordFile
from matchers.speech import read_job

TEXT_FIELDS: tuple[Field, ...] = (
    Field("text", "str", required=True, non_blank=True, max_length=2000),
)


def read_texts(stream: IO[bytes], source: str) -> list[str]:
    """{"text"} lines; other keys (an id, the expected fields) are allowed and ignored."""
    checked = RecordFile.read(stream, source, TEXT_FIELDS, ignore_unknown=True)
    return [line.values["text"] for line in checked.accepted()]


def extraction_lines(texts: Sequence[str]) -> Iterator[dict[str, Any]]:
    """One line per text, in order: the jobs.jsonl fields the text states."""
    for text in texts:
        yield read_job(text).fields
