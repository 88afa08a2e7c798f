"""Turning strawberry inputs into the plain dicts that the engine validates."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from strawberry import UNSET


def provided(input: Any, *, exclude: Iterable[str] = ()) -> dict[str, Any]:
    """The fields the client sent (null included), by their snake_case names."""
    skipped = set(exclude)
    return {
        field.name: getattr(input, field.name)
        for field in dataclasses.fields(input)
        if field.name not in skipped and getattr(input, field.name) is not UNSET
    }


def given(value: Any) -> Any:
    """None for a field the client left out."""
    return None if value is UNSET else value
