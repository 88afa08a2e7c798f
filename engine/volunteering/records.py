"""The fields of tasks and volunteers as FORMATS.md's volunteer programme files define them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time
from typing import Any

from engine.errors import InvalidValue
from engine.fields import MAX_LIST_ITEMS, Field, shown_value
from engine.messages import FieldName
from matchers.vocabulary import TaskCategory, VolunteerTeam
from matchers.volunteers.records import Window, parse_clock

TITLE_MAX = 200
DESCRIPTION_MAX = 20_000
SLOTS_MAX = 10_000
POINTS_MAX = 1_000_000
WINDOW_KEYS = frozenset({"weekday", "start", "end"})

TASK_CONTENT_FIELDS: tuple[Field, ...] = (
    Field("title", "str", required=True, non_blank=True, max_length=TITLE_MAX),
    Field("description", "str", default="", max_length=DESCRIPTION_MAX),
    Field("category", "enum", default=TaskCategory.OTHER, vocabulary=TaskCategory),
    Field("team", "enum", nullable=True, vocabulary=VolunteerTeam),
    Field("community", "str", default="", max_length=200),
    Field("starts_at", "datetime", required=True),
    Field("ends_at", "datetime", required=True),
    Field("slots", "int", default=1, minimum=1, maximum=SLOTS_MAX),
    Field("skills", "strings", default=[]),
    Field("points", "int", default=0, minimum=0, maximum=POINTS_MAX),
)

TASK_FILE_FIELDS: tuple[Field, ...] = (
    Field("id", "str", required=True, non_blank=True, max_length=200),
    *TASK_CONTENT_FIELDS,
)

VOLUNTEER_PROFILE_FIELDS: tuple[Field, ...] = (
    Field("name", "str", default="", max_length=100),
    Field("community", "str", default="", max_length=200),
    Field("skills", "strings", default=[]),
    Field("teams", "enums", default=[], vocabulary=VolunteerTeam),
    Field("availability", "json", default=[]),
    Field("bio", "str", default="", max_length=DESCRIPTION_MAX),
)

VOLUNTEER_FILE_FIELDS: tuple[Field, ...] = (
    Field("id", "str", required=True, non_blank=True, max_length=200),
    *VOLUNTEER_PROFILE_FIELDS,
)


def check_task_times(starts_at: datetime, ends_at: datetime) -> None:
    if not starts_at < ends_at:
        raise InvalidValue(
            "task.ends_before_start",
            field="ends_at",
            code="TIME_RANGE",
            end=FieldName("ends_at"),
            ends_at=ends_at.isoformat(),
            start=FieldName("starts_at"),
            starts_at=starts_at.isoformat(),
        )


def check_task(values: Mapping[str, Any]) -> None:
    """The rules across a task's fields (each field alone is checked by its Field)."""
    check_task_times(values["starts_at"], values["ends_at"])


def check_volunteer(values: Mapping[str, Any]) -> None:
    availability_windows(values["availability"])


def availability_windows(raw: object) -> list[Window]:
    """[{weekday: 1..7, start: "HH:MM", end: "HH:MM"}, ...] as windows; InvalidValue names
    the first bad item (counted from 1) and what is wrong with it."""
    if not isinstance(raw, list):
        raise _bad("availability.not_list")
    if len(raw) > MAX_LIST_ITEMS:
        raise _bad("field.too_many_items", "TOO_LONG", count=len(raw), limit=MAX_LIST_ITEMS)
    return [_window(number, item) for number, item in enumerate(raw, start=1)]


def _window(number: int, item: object) -> Window:
    if not isinstance(item, Mapping) or set(item) != WINDOW_KEYS:
        raise _bad("availability.window_keys", window=number)
    weekday = item["weekday"]
    if isinstance(weekday, bool) or not isinstance(weekday, int) or not 1 <= weekday <= 7:
        raise _bad("availability.weekday", window=number, value=shown_value(weekday))
    start, end = (_clock(number, item[name]) for name in ("start", "end"))
    if not start < end:
        raise _bad(
            "availability.ends_before_start",
            "TIME_RANGE",
            window=number,
            start=item["start"],
            end=item["end"],
        )
    return Window(weekday, start, end)


def _clock(number: int, raw: object) -> time:
    try:
        return parse_clock(raw)  # type: ignore[arg-type]
    except (ValueError, AttributeError):
        raise _bad("availability.clock", window=number, value=shown_value(raw)) from None


def _bad(key: str, code: str = "INVALID", **params: Any) -> InvalidValue:
    return InvalidValue(key, field="availability", code=code, **params)
