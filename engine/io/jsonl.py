"""Reading and writing JSON Lines, with errors that name the file, the line and the field."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Any

from engine.errors import DomainError, ValidationFailed
from engine.fields import Field, validate_record
from engine.messages import Message, render

MAX_REPORTED_ERRORS = 50


@dataclass(frozen=True, slots=True)
class LineError:
    """One problem of a file: its field as the file spells it, objects by the file's ids."""

    source: str
    line: int
    field: str | None
    message: Message

    def render(self, language: str) -> str:
        where = f"{self.source}:{self.line}"
        text = self.message.render(language=language)
        return f"{where}: {self.field}: {text}" if self.field else f"{where}: {text}"

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}"
        return f"{where}: {self.field}: {self.message.key}" if self.field else where


class FileRejected(Exception):
    """A file with any bad line is refused whole."""

    def __init__(self, errors: Sequence[LineError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors[:MAX_REPORTED_ERRORS]))

    def report(self, language: str) -> str:
        """`FILE:LINE: field: message` for each problem, in `language`."""
        lines = [error.render(language) for error in self.errors[:MAX_REPORTED_ERRORS]]
        hidden = len(self.errors) - MAX_REPORTED_ERRORS
        if hidden > 0:
            lines.append(render("file.more_errors", {"count": hidden}, language=language))
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    values: dict[str, Any]


class RecordFile:
    """A JSON Lines file under check: its good lines so far, and every problem found.

    Each stage (parsing, field validation, cross-field and reference checks) runs on the
    lines that passed the stages before, so one import reports all of a file's problems.
    """

    def __init__(self, source: str):
        self.source = source
        self.lines: list[Line] = []
        self.errors: list[LineError] = []

    @classmethod
    def read(
        cls,
        lines: Iterable[bytes],
        source: str,
        spec: Sequence[Field],
        *,
        ignore_unknown: bool = False,
    ) -> RecordFile:
        """Parses every non-blank line and validates it against `spec`; ids must be unique."""
        checked = cls(source)
        first_seen: dict[str, int] = {}
        for number, raw in enumerate(lines, start=1):
            problem, value = _parse(raw, first=number == 1)
            if problem is not None:
                checked.errors.append(LineError(source, number, None, problem))
                continue
            if value is None:
                continue
            try:
                values = validate_record(spec, value, ignore_unknown=ignore_unknown)
            except ValidationFailed as failure:
                checked.errors.extend(_line_errors(source, number, failure.errors))
                continue
            record_id = values.get("id")
            if record_id is not None and record_id in first_seen:
                message = Message(
                    "file.duplicate_id", {"id": record_id, "line": first_seen[record_id]}
                )
                checked.errors.append(LineError(source, number, "id", message))
                continue
            if record_id is not None:
                first_seen[record_id] = number
            checked.lines.append(Line(number, values))
        return checked

    def check(self, rule: Callable[[dict[str, Any]], None]) -> None:
        """Runs `rule(values)` on every good line; a line whose rule raises is set aside."""
        passed: list[Line] = []
        for line in self.lines:
            try:
                rule(line.values)
            except DomainError as error:
                self.errors.extend(_line_errors(self.source, line.number, [error]))
                continue
            passed.append(line)
        self.lines = passed

    def accepted(self) -> list[Line]:
        """The lines, if the whole file is good; raises FileRejected (in line order) if not."""
        if self.errors:
            raise FileRejected(sorted(self.errors, key=lambda error: error.line))
        return self.lines


def _parse(raw: bytes, *, first: bool) -> tuple[Message | None, dict[str, Any] | None]:
    """(problem, object) for one line; (None, None) for a blank line."""
    try:
        text = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as error:
        return Message("file.not_utf8", {"reason": error.reason}), None
    if not text.strip():
        return None, None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        # Python's own words for what is wrong, like graphql-core's for a bad query.
        return Message("file.not_json", {"reason": error.msg}), None
    if not isinstance(value, dict):
        return Message("file.not_object"), None
    return None, value


def write_objects(records: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _line_errors(source: str, number: int, errors: Iterable[DomainError]) -> list[LineError]:
    return [
        LineError(source, number, problem.field, problem.message)
        for error in errors
        for problem in error.problems()
    ]
