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
                "time.invalid", field=field, code="INVALID_TIME", value=raw.strip()[:100]
            ) from None
    else:
        raise InvalidValue("time.not_string", field=field, code="WRONG_TYPE")
    return as_aware(moment, field=field)


def as_aware(moment: datetime, *, field: str | None = None) -> datetime:
    """A time without an offset is Asia/Shanghai time. One that UTC cannot hold (within a
    day of year 1 or of the end of 9999) is refused: the database stores UTC."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=LOCAL_ZONE)
    try:
        aware.astimezone(UTC)
    except OverflowError:
        raise InvalidValue(
            "time.out_of_range", field=field, code="INVALID_TIME", value=moment.isoformat()
        ) from None
    return aware


def local_iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(LOCAL_ZONE).isoformat()


def this_year() -> int:
    """The year now in Liaocheng; who counts as a recent graduate depends on it."""
    return datetime.now(LOCAL_ZONE).year
