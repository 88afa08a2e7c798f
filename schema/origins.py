"""Which web pages may use the API from a browser: one policy for CORS and for websockets.

A page may when it is on the service's own origin, or on one the settings allow. The service's
own origin is the host and port the request was sent to (its Host header), whatever name the
service is reached by; `localhost`, 127.0.0.1 and [::1] at the same port are the same service.
The scheme is not compared, so a page served over https by a TLS proxy in front of the
service still counts as the service's own.

The API takes `Authorization: Bearer` tokens, never cookies, so nothing is allowed with
credentials and no response header is exposed beyond the defaults.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from engine.origins import ANY_ORIGIN, DEFAULT_PORTS, normalize_origin, parse_origins

# What GraphQL clients send beside the safelisted headers: the token, and Apollo Client's
# optional client-awareness and CSRF-prevention headers.
REQUEST_HEADERS = (
    "authorization",
    "content-type",
    "apollo-require-preflight",
    "apollographql-client-name",
    "apollographql-client-version",
    "x-apollo-operation-name",
)
PREFLIGHT_SECONDS = 600


@dataclass(frozen=True, slots=True)
class OriginPolicy:
    allowed: frozenset[str] = frozenset()

    @classmethod
    def of(cls, origins: Sequence[str]) -> OriginPolicy:
        return cls(frozenset(parse_origins(origins, source="allowed origins")))

    def allows(self, origin: str, host: str | None) -> bool:
        """Whether a page on `origin` may use the API reached at `host` (the Host header)."""
        if ANY_ORIGIN in self.allowed:
            return True
        normalized = normalize_origin(origin)
        if normalized is None:
            return False
        return normalized in self.allowed or is_own_origin(normalized, host)


def is_own_origin(origin: str, host: str | None) -> bool:
    """Whether `origin` (normalised) names the host and port the request came to."""
    if not host:
        return False
    try:
        page = urlsplit(origin)
        service = urlsplit(f"//{host.strip()}")
        default_port = DEFAULT_PORTS[page.scheme]
        page_port = page.port or default_port
        service_port = service.port or default_port
    except (KeyError, ValueError):
        return False
    if page.hostname is None or service.hostname is None or page_port != service_port:
        return False
    if page.hostname == service.hostname.lower():
        return True
    return is_loopback(page.hostname) and is_loopback(service.hostname)


def is_loopback(hostname: str) -> bool:
    """localhost (and names under it) or a loopback address: this machine by any name."""
    name = hostname.lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class CrossOrigin:
    """Starlette's CORS middleware on the GraphQL endpoint, with the policy choosing per
    request (the Host header takes part) between a copy that allows the page's origin and
    one that allows none: a preflight from a page the policy refuses gets 400, and no
    response to it carries `Access-Control-Allow-Origin`."""

    def __init__(self, app: ASGIApp, policy: OriginPolicy, path: str = "/graphql"):
        options = {
            "allow_methods": ("GET", "POST"),
            "allow_headers": REQUEST_HEADERS,
            "max_age": PREFLIGHT_SECONDS,
        }
        self.app = app
        self.policy = policy
        self.path = path
        self.allowing = CORSMiddleware(app, allow_origin_regex=".*", **options)  # type: ignore[arg-type]
        self.refusing = CORSMiddleware(app, **options)  # type: ignore[arg-type]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if origin is None:
            await self.app(scope, receive, send)
            return
        allowed = self.policy.allows(origin, headers.get("host"))
        await (self.allowing if allowed else self.refusing)(scope, receive, send)
