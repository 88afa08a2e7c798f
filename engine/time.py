"""Time helpers. FORMATS.md: a time without an offset means Asia/Shanghai."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from engine.errors import InvalidValue

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")


def now() -> datetime:
    return datetime.now(UTC)


def parse_datetime(raw: object, *, field: str) -> datetime:
    if isinstance(raw, datetime):
        moment = raw
    elif isinstance(raw, str):
        try:
            moment = datetime.fromisoformat(raw.strip())
        except ValueError:
            raise InvalidValue(
                f"{raw!r} is not an ISO 8601 time", field=field, code="INVALID_TIME"
            ) from None
    else:
        raise InvalidValue("must be an ISO 8601 time string", field=field, code="WRONG_TYPE")
    return as_aware(moment)


def as_aware(moment: datetime) -> datetime:
    """A time without an offset is Asia/Shanghai time."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=LOCAL_ZONE)


def local_iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(LOCAL_ZONE).isoformat()


def this_year() -> int:
    """The year now in Liaocheng; who counts as a recent graduate depends on it."""
    return datetime.now(LOCAL_ZONE).year
