"""A small declarative validator for records that arrive as JSON (files) or GraphQL input.

Every problem is collected, so a user learns all bad fields of a record at once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from engine.errors import DomainError, InvalidValue, ValidationFailed
from engine.messages import FieldName
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
        raise ValidationFailed([InvalidValue("record.not_object", field="record")])
    known = {field.name: field for field in spec}
    errors: list[DomainError] = [
        InvalidValue("field.unknown", field=name, code="UNKNOWN_FIELD")
        for name in raw
        if name not in known and not ignore_unknown
    ]
    values: dict[str, Any] = {}
    for field in spec:
        if field.name not in raw:
            if field.required and not partial:
                errors.append(InvalidValue("field.required", field=field.name, code="REQUIRED"))
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
            "job_post.salary_range",
            field="salary_min",
            code="SALARY_RANGE",
            low=FieldName("salary_min"),
            salary_min=salary_min,
            high=FieldName("salary_max"),
            salary_max=salary_max,
        )


def _coerce(field: Field, value: Any) -> Any:
    if value is None:
        if field.nullable:
            return None
        if field.required:
            raise InvalidValue("field.required", field=field.name, code="REQUIRED")
        return field.fresh_default()
    match field.kind:
        case "str":
            return _text(field, value)
        case "int":
            return _integer(field, value)
        case "bool":
            if not isinstance(value, bool):
                raise _wrong_type(field, "field.not_bool", value)
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
        raise _wrong_type(field, "field.not_string", value)
    if field.non_blank and not value.strip():
        raise InvalidValue("field.blank", field=field.name, code="REQUIRED")
    if field.max_length is not None and len(value) > field.max_length:
        raise InvalidValue(
            "field.too_long",
            field=field.name,
            code="TOO_LONG",
            length=len(value),
            limit=field.max_length,
        )
    return value


def _integer(field: Field, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise _wrong_type(field, "field.not_integer", value)
    if field.minimum is not None and value < field.minimum:
        raise InvalidValue(
            "field.too_small", field=field.name, code="TOO_SMALL", value=value, limit=field.minimum
        )
    if field.maximum is not None and value > field.maximum:
        raise InvalidValue(
            "field.too_large", field=field.name, code="TOO_LARGE", value=value, limit=field.maximum
        )
    return value


def _list(field: Field, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _wrong_type(field, "field.not_list", value)
    if len(value) > MAX_LIST_ITEMS:
        raise InvalidValue(
            "field.too_many_items",
            field=field.name,
            code="TOO_LONG",
            count=len(value),
            limit=MAX_LIST_ITEMS,
        )
    return value


def _text_item(field: Field, item: Any) -> str:
    if not isinstance(item, str):
        raise _wrong_type(field, "field.not_strings", item)
    item = item.strip()
    if not item:
        raise InvalidValue("field.blank_item", field=field.name)
    if len(item) > MAX_ITEM_LENGTH:
        raise InvalidValue(
            "field.item_too_long", field=field.name, code="TOO_LONG", limit=MAX_ITEM_LENGTH
        )
    return item


def _member(field: Field, value: Any) -> Enum:
    assert field.vocabulary is not None
    try:
        return field.vocabulary.parse(value)
    except ValueError:
        raise InvalidValue(
            "field.invalid_choice",
            field=field.name,
            code="INVALID_CHOICE",
            value=shown_value(value),
            choices=list(field.vocabulary),
        ) from None


def _deduplicated(items: Any) -> list[Any]:
    return list(dict.fromkeys(items))


def _wrong_type(field: Field, key: str, value: Any) -> InvalidValue:
    return InvalidValue(key, field=field.name, code="WRONG_TYPE", value=shown_value(value))


def shown_value(value: Any, limit: int = 100) -> str:
    """A value as a message quotes it: as JSON, cut short."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def checked_name(value: str, *, field: str, max_length: int = MAX_ITEM_LENGTH) -> str:
    """A name or id given by a caller, trimmed; blank or too long is refused."""
    return _text(Field(field, "str", non_blank=True, max_length=max_length), value.strip())
