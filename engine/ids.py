from __future__ import annotations

import secrets


def new_external_id(prefix: str) -> str:
    """An id for records created through the API, so that every record can be exported."""
    return f"{prefix}-{secrets.token_hex(6)}"
