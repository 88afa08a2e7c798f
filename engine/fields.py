"""A small declarative validator for records that arrive as JSON (files) or GraphQL input.

Every problem is collected, so a user learns all bad fields of a record at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from engine.errors import DomainError, InvalidValue, ValidationFailed
from engine.time import parse_datetime
from matchers.vocabulary import Vocabulary

MAX_LIST_ITEMS = 200
MAX_ITEM_LENGTH = 200


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a record.

    kind is one of: "str", "int", "bool", "strings", "enum", "enums", "datetime", "json".
    An `extension` field is not in FORMATS.md: when a record leaves it out, an update keeps
    the stored value instead of resetting it to the default.
    """

    name: str
    kind: str
    default: Any = None
    required: bool = False
    nullable: bool = False
    non_blank: bool = False
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None
    vocabulary: type[Vocabulary] | None = None
    extension: bool = False

    def fresh_default(self) -> Any:
        return list(self.default) if isinstance(self.default, list) else self.default


def validate_record(
    spec: Sequence[Field],
    raw: Mapping[str, Any],
    *,
    partial: bool = False,
    ignore_unknown: bool = False,
) -> dict[str, Any]:
    """Returns the record's values, typed and defaulted; raises ValidationFailed on any problem.

    With `partial`, only the fields present are validated and returned (for updates), and an
    absent extension field is left out even when not partial. Fields not in `spec` are errors
    unless `ignore_unknown`.
    """
    if not isinstance(raw, Mapping):
        raise ValidationFailed([InvalidValue("a record must be a JSON object", field="record")])
    known = {field.name: field for field in spec}
    errors: list[DomainError] = [
        InvalidValue("unknown field", field=name, code="UNKNOWN_FIELD")
        for name in raw
        if name not in known and not ignore_unknown
    ]
    values: dict[str, Any] = {}
    for field in spec:
        if field.name not in raw:
            if field.required and not partial:
                errors.append(InvalidValue("is required", field=field.name, code="REQUIRED"))
            elif not partial and not field.extension:
                values[field.name] = field.fresh_default()
            continue
        try:
            values[field.name] = _coerce(field, raw[field.name])
        except InvalidValue as error:
            errors.append(error)
    if errors:
        raise ValidationFailed(errors)
    return values


def check_salary_range(salary_min: int | None, salary_max: int | None) -> None:
    if salary_min is not None and salary_max is not None and salary_min > salary_max:
        raise InvalidValue(
            f"salary_min {salary_min} is above salary_max {salary_max}",
            field="salary_min",
            code="SALARY_RANGE",
        )


def _coerce(field: Field, value: Any) -> Any:
    if value is None:
        if field.nullable:
            return None
        if field.required:
            raise InvalidValue("is required", field=field.name, code="REQUIRED")
        return field.fresh_default()
    match field.kind:
        case "str":
            return _text(field, value)
        case "int":
            return _integer(field, value)
        case "bool":
            if not isinstance(value, bool):
                raise _wrong_type(field, "true or false", value)
            return value
        case "strings":
            return _deduplicated(_text_item(field, item) for item in _list(field, value))
        case "enum":
            return _member(field, value)
        case "enums":
            return _deduplicated(_member(field, item) for item in _list(field, value))
        case "datetime":
            return parse_datetime(value, field=field.name)
        case "json":
            return value
    raise AssertionError(f"unknown field kind {field.kind}")


def _text(field: Field, value: Any) -> str:
    if not isinstance(value, str):
        raise _wrong_type(field, "a string", value)
    if field.non_blank and not value.strip():
        raise InvalidValue("must not be blank", field=field.name, code="REQUIRED")
    if field.max_length is not None and len(value) > field.max_length:
        raise InvalidValue(
            f"is {len(value)} characters long; at most {field.max_length} are allowed",
            field=field.name,
            code="TOO_LONG",
        )
    return value


def _integer(field: Field, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise _wrong_type(field, "an integer", value)
    if field.minimum is not None and value < field.minimum:
        raise InvalidValue(
            f"{value} is below the minimum {field.minimum}", field=field.name, code="TOO_SMALL"
        )
    if field.maximum is not None and value > field.maximum:
        raise InvalidValue(
            f"{value} is above the maximum {field.maximum}", field=field.name, code="TOO_LARGE"
        )
    return value


def _list(field: Field, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _wrong_type(field, "a list", value)
    if len(value) > MAX_LIST_ITEMS:
        raise InvalidValue(
            f"has {len(value)} items; at most {MAX_LIST_ITEMS} are allowed",
            field=field.name,
            code="TOO_LONG",
        )
    return value


def _text_item(field: Field, item: Any) -> str:
    if not isinstance(item, str):
        raise _wrong_type(field, "a list of strings", item)
    item = item.strip()
    if not item:
        raise InvalidValue("must not contain blank strings", field=field.name)
    if len(item) > MAX_ITEM_LENGTH:
        raise InvalidValue(
            f"items are at most {MAX_ITEM_LENGTH} characters", field=field.name, code="TOO_LONG"
        )
    return item


def _member(field: Field, value: Any) -> Enum:
    assert field.vocabulary is not None
    try:
        return field.vocabulary.parse(value)
    except ValueError as error:
        raise InvalidValue(str(error), field=field.name, code="INVALID_CHOICE") from None


def _deduplicated(items: Any) -> list[Any]:
    return list(dict.fromkeys(items))


def _wrong_type(field: Field, expected: str, value: Any) -> InvalidValue:
    return InvalidValue(
        f"must be {expected}, not {type(value).__name__} {value!r}"[:300],
        field=field.name,
        code="WRONG_TYPE",
    )


def checked_name(value: str, *, field: str, max_length: int = MAX_ITEM_LENGTH) -> str:
    """A name or id given by a caller, trimmed; blank or too long is refused."""
    return _text(Field(field, "str", non_blank=True, max_length=max_length), value.strip())
