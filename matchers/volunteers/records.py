"""Volunteer tasks, volunteers and their weekly availability, and the hard rule between them.

FORMATS.md: a volunteer matches a task only if one availability window covers the task's
whole time, in Asia/Shanghai local weekday and clock time. A task that does not lie within
one local day (it crosses midnight) is covered by no window.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from matchers.vocabulary import TaskCategory, VolunteerTeam

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")
WEEKDAY_NAMES = {1: "周一", 2: "周二", 3: "周三", 4: "周四", 5: "周五", 6: "周六", 7: "周日"}
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")


@dataclass(frozen=True, slots=True)
class Window:
    """A weekly time a volunteer can serve: weekday 1 (Monday) to 7, local clock times."""

    weekday: int
    start: time
    end: time

    def __post_init__(self) -> None:
        if isinstance(self.weekday, bool) or self.weekday not in WEEKDAY_NAMES:
            raise ValueError(f"weekday must be 1 (Monday) to 7 (Sunday), not {self.weekday!r}")
        if not self.start < self.end:
            raise ValueError(f"ends at {self.end:%H:%M}, not after its start {self.start:%H:%M}")

    @classmethod
    def from_mapping(cls, data: Window | Mapping[str, Any]) -> Window:
        """From {"weekday": 6, "start": "09:00", "end": "11:30"} (or time values)."""
        if isinstance(data, Window):
            return data
        return cls(int(data["weekday"]), parse_clock(data["start"]), parse_clock(data["end"]))

    def as_dict(self) -> dict[str, Any]:
        return {"weekday": self.weekday, "start": f"{self.start:%H:%M}", "end": f"{self.end:%H:%M}"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Task:
    id: str
    title: str
    starts_at: datetime
    ends_at: datetime
    description: str = ""
    category: TaskCategory = TaskCategory.OTHER
    team: VolunteerTeam | None = None
    community: str = ""
    slots: int = 1
    skills: tuple[str, ...] = ()
    points: int = 0

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Task:
        """From a tasks.jsonl record (codes or members, ISO strings or datetimes)."""
        team = data.get("team")
        return cls(
            id=str(data["id"]),
            title=data.get("title") or "",
            starts_at=parse_moment(data["starts_at"]),
            ends_at=parse_moment(data["ends_at"]),
            description=data.get("description") or "",
            category=TaskCategory.parse(data.get("category") or "other"),
            team=None if team is None else VolunteerTeam.parse(team),
            community=data.get("community") or "",
            slots=data.get("slots") or 1,
            skills=tuple(data.get("skills") or ()),
            points=data.get("points") or 0,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Volunteer:
    """A resident who serves. `name` is personal data and never read in scoring."""

    id: str
    name: str = ""
    community: str = ""
    skills: tuple[str, ...] = ()
    teams: frozenset[VolunteerTeam] = frozenset()
    availability: tuple[Window, ...] = ()
    bio: str = ""

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Volunteer:
        """From a volunteers.jsonl record (codes or members, "HH:MM" strings or times)."""
        return cls(
            id=str(data["id"]),
            name=data.get("name") or "",
            community=data.get("community") or "",
            skills=tuple(data.get("skills") or ()),
            teams=frozenset(VolunteerTeam.parse(team) for team in data.get("teams") or ()),
            availability=tuple(Window.from_mapping(w) for w in data.get("availability") or ()),
            bio=data.get("bio") or "",
        )


@dataclass(frozen=True, slots=True)
class LocalSpan:
    """A task's time as the volunteer's week sees it: one local weekday, two clock times."""

    weekday: int
    start: time
    end: time

    def describe(self) -> str:
        return f"{WEEKDAY_NAMES[self.weekday]} {self.start:%H:%M}–{self.end:%H:%M}"


def local_span(task: Task) -> LocalSpan | None:
    """The task's local weekday and clock times; None when it is not within one local day."""
    start, end = as_local(task.starts_at), as_local(task.ends_at)
    if not start < end or start.date() != end.date():
        return None
    return LocalSpan(start.isoweekday(), start.time(), end.time())


def covers(window: Window, span: LocalSpan) -> bool:
    """The window holds the whole span; its boundaries count as inside."""
    return window.weekday == span.weekday and window.start <= span.start and span.end <= window.end


def covering_window(volunteer: Volunteer, task: Task) -> Window | None:
    span = local_span(task)
    if span is None:
        return None
    return next((window for window in volunteer.availability if covers(window, span)), None)


def is_available(volunteer: Volunteer, task: Task) -> bool:
    """The hard rule: one of the volunteer's windows covers the task's whole local time."""
    return covering_window(volunteer, task) is not None


def overlaps(first: Task, second: Task) -> bool:
    """Two tasks overlap when they share a moment; one ending as the other starts does not."""
    return first.starts_at < second.ends_at and second.starts_at < first.ends_at


def as_local(moment: datetime) -> datetime:
    """Asia/Shanghai time; a moment without an offset already is."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=LOCAL_ZONE)
    return moment.astimezone(LOCAL_ZONE)


def parse_moment(raw: datetime | str) -> datetime:
    """An aware datetime from an ISO 8601 string or a datetime; no offset means Asia/Shanghai."""
    moment = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw).strip())
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=LOCAL_ZONE)


def parse_clock(raw: time | str) -> time:
    """A clock time from "HH:MM" (or a time); raises ValueError for anything else."""
    if isinstance(raw, time):
        return raw
    match = _CLOCK.match(raw.strip()) if isinstance(raw, str) else None
    if match is None:
        raise ValueError(f"{raw!r} is not a time of day as HH:MM")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(f"{raw!r} is not a time of day as HH:MM")
    return time(hour, minute)


def clock_microseconds(value: time) -> int:
    """A clock time as microseconds since midnight, for exact comparison in arrays."""
    return ((value.hour * 60 + value.minute) * 60 + value.second) * 1_000_000 + value.microsecond
