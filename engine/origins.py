"""Web origins (`scheme://host[:port]`) as the allowed-origins setting names them.

Written the way browsers send them in an `Origin` header: scheme and host in lower case, the
scheme's default port left out, so a listed origin compares equal to the header.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

ANY_ORIGIN = "*"
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_origin(text: str) -> str | None:
    """`text` as a browser would send it as an origin; None when it is not one."""
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.hostname:
        return None
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        return None
    scheme = parts.scheme.lower()
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    if port is not None and port != DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    return f"{scheme}://{host}"


def parse_origins(values: Iterable[str], *, source: str) -> tuple[str, ...]:
    """The origins named, normalised and without repeats; `*` stands for any origin.

    A value that is not an origin is an error naming `source` (the variable or option).
    """
    origins: list[str] = []
    for value in values:
        text = value.strip()
        if not text:
            continue
        origin = ANY_ORIGIN if text == ANY_ORIGIN else normalize_origin(text)
        if origin is None:
            raise ValueError(
                f"{source}: {text!r} is not an origin; write scheme://host[:port] with no "
                "path, like http://localhost:5173, or * for any origin"
            )
        if origin not in origins:
            origins.append(origin)
    return tuple(origins)
