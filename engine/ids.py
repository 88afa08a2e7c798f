"""External ids: the ids records carry in files, given by callers or generated here."""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.errors import InvalidValue
from engine.fields import checked_name


def new_external_id(prefix: str) -> str:
    """An id for records created through the API, so that every record can be exported."""
    return f"{prefix}-{secrets.token_hex(6)}"


def claim_external_id(*, session: Session, model: Any, given: str | None, prefix: str) -> str:
    """`given` if it is a usable id that no `model` row has yet, else a new one if none given."""
    if given is None:
        return new_external_id(prefix)
    external_id = checked_name(given, field="external_id")
    taken = session.scalar(select(model.id).where(model.external_id == external_id))
    if taken is not None:
        raise InvalidValue(
            "record.id_in_use", field="external_id", code="DUPLICATE", id=external_id
        )
    return external_id
