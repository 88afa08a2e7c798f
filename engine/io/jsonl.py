"""Reading and writing JSON Lines, with errors that name the file, the line and the field."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from engine.errors import DomainError, ValidationFailed
from engine.fields import Field, validate_record

MAX_REPORTED_ERRORS = 50


@dataclass(frozen=True, slots=True)
class LineError:
    source: str
    line: int
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class FileRejected(Exception):
    """A file with any bad line is refused whole."""

    def __init__(self, errors: Sequence[LineError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors[:MAX_REPORTED_ERRORS]))

    def report(self) -> str:
        lines = [str(error) for error in self.errors[:MAX_REPORTED_ERRORS]]
        hidden = len(self.errors) - MAX_REPORTED_ERRORS
        if hidden > 0:
            lines.append(f"... and {hidden} more errors")
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    values: dict[str, Any]


def read_objects(stream: IO[bytes], source: str) -> list[Line]:
    """Every non-blank line parsed as a JSON object; raises FileRejected listing every bad line."""
    lines: list[Line] = []
    errors: list[LineError] = []
    for number, raw in enumerate(stream, start=1):
        try:
            text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            errors.append(LineError(source, number, None, f"not UTF-8 ({error.reason})"))
            continue
        if not text.strip():
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            errors.append(LineError(source, number, None, f"not valid JSON: {error.msg}"))
            continue
        if not isinstance(value, dict):
            errors.append(LineError(source, number, None, "each line must be a JSON object"))
            continue
        lines.append(Line(number, value))
    if errors:
        raise FileRejected(errors)
    return lines


def validate_lines(lines: Sequence[Line], spec: Sequence[Field], source: str) -> list[Line]:
    """Each line validated against `spec`; ids must be unique within the file."""
    valid: list[Line] = []
    errors: list[LineError] = []
    first_seen: dict[str, int] = {}
    for line in lines:
        try:
            values = validate_record(spec, line.values)
        except ValidationFailed as failure:
            errors.extend(_line_errors(source, line.number, failure.errors))
            continue
        record_id = values.get("id")
        if record_id is not None:
            if record_id in first_seen:
                errors.append(
                    LineError(
                        source,
                        line.number,
                        "id",
                        f"{record_id!r} is already used on line {first_seen[record_id]}",
                    )
                )
                continue
            first_seen[record_id] = line.number
        valid.append(Line(line.number, values))
    if errors:
        raise FileRejected(errors)
    return valid


def check_each(lines: Sequence[Line], source: str, check: Any) -> None:
    """Runs `check(values)` on every line, collecting the DomainErrors it raises."""
    errors: list[LineError] = []
    for line in lines:
        try:
            check(line.values)
        except DomainError as error:
            errors.extend(_line_errors(source, line.number, [error]))
    if errors:
        raise FileRejected(errors)


def write_objects(records: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def iter_nested(errors: Iterable[DomainError]) -> Iterator[DomainError]:
    for error in errors:
        if isinstance(error, ValidationFailed):
            yield from iter_nested(error.errors)
        else:
            yield error


def _line_errors(source: str, number: int, errors: Iterable[DomainError]) -> list[LineError]:
    return [LineError(source, number, error.field, error.message) for error in iter_nested(errors)]
