"""Comparing answers about someone else's object with answers about a missing one."""

from __future__ import annotations

import base64
import re
from typing import Any


def pk(node_id: str) -> str:
    return base64.urlsafe_b64decode(node_id).decode().rpartition(":")[2]


def normalised(value: Any, node_id: str) -> Any:
    """The answer with the id the client sent (global, or its primary key) made `<ID>`."""
    if isinstance(value, dict):
        return {key: normalised(item, node_id) for key, item in value.items()}
    if isinstance(value, list):
        return [normalised(item, node_id) for item in value]
    if isinstance(value, str):
        return re.sub(rf"(?<!\d){pk(node_id)}(?!\d)", "<ID>", value.replace(node_id, "<ID>"))
    return value


def codes(body: dict[str, Any]) -> list[str]:
    """Every code in the answer: top-level errors' and userErrors'."""
    found = [error["extensions"]["code"] for error in body.get("errors", [])]
    for result in (body.get("data") or {}).values():
        if isinstance(result, dict):
            found += [error["code"] for error in result.get("userErrors", [])]
    return found
