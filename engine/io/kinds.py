"""What kind of file a JSON Lines file is, told from its first record's field names.

Files given in the wrong order (candidates where jobs are expected) would otherwise be
refused with one error per field and line; recognising them first gives one message.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from engine.fields import Field
from engine.io.livestreams_file import LIVESTREAM_FILE_FIELDS
from engine.io.text_files import HOST_TEXT_FIELDS, QUERY_FIELDS, REQUEST_FIELDS
from engine.jobs.records import JOB_FILE_FIELDS
from engine.seekers.records import CANDIDATE_FILE_FIELDS
from engine.volunteering.records import TASK_FILE_FIELDS, VOLUNTEER_FILE_FIELDS
from engine.volunteering.rewards import REWARD_FIELDS

SHOWN_FIELDS = 4


@dataclass(frozen=True, slots=True)
class FileKind:
    name: str
    fields: frozenset[str]
    required: frozenset[str]

    @classmethod
    def of(cls, name: str, spec: Sequence[Field]) -> FileKind:
        return cls(
            name,
            frozenset(field.name for field in spec),
            frozenset(field.name for field in spec if field.required),
        )

    def fits(self, names: Iterable[str]) -> bool:
        present = set(names)
        return present <= self.fields and self.required <= present


KINDS = {
    kind.name: kind
    for kind in (
        FileKind.of("jobs", JOB_FILE_FIELDS),
        FileKind.of("candidates", CANDIDATE_FILE_FIELDS),
        FileKind.of("livestreams", LIVESTREAM_FILE_FIELDS),
        FileKind.of("tasks", TASK_FILE_FIELDS),
        FileKind.of("volunteers", VOLUNTEER_FILE_FIELDS),
        FileKind.of("rewards", REWARD_FIELDS),
        FileKind.of("queries", QUERY_FIELDS),
        FileKind.of("texts", HOST_TEXT_FIELDS),
        FileKind.of("requests", REQUEST_FIELDS),
    )
}


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A file of kind `expected` whose first record is plainly a `found` record."""

    expected: str
    found: str
    # The record's first few fields that the expected kind does not have.
    fields: tuple[str, ...]


def first_record(lines: Iterable[bytes]) -> dict[str, Any] | None:
    """The first non-blank line as an object; {} if it is not one (the reader will say why);
    None if the file has no records at all."""
    for raw in lines:
        if not raw.strip():
            continue
        try:
            value = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return {}
        return value if isinstance(value, dict) else {}
    return None


def mismatch(expected: str, record: dict[str, Any]) -> Mismatch | None:
    """The kind `record` belongs to, if it does not fit `expected` but fits another (the one
    with the fewest fields, when several do)."""
    kind = KINDS[expected]
    if not record or kind.fits(record):
        return None
    foreign = [name for name in record if name not in kind.fields]
    if not foreign:
        return None  # only required fields are missing: the reader names them
    fitting = sorted(
        (other for other in KINDS.values() if other is not kind and other.fits(record)),
        key=lambda other: (len(other.fields), other.name),
    )
    if not fitting:
        return None
    shown = foreign[:SHOWN_FIELDS] + (["…"] if len(foreign) > SHOWN_FIELDS else [])
    return Mismatch(expected, fitting[0].name, tuple(shown))
