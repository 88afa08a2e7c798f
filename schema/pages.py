"""The live companion page (/live/{stream_id}): hand-written HTML, JavaScript and CSS.

The page is the same for every broadcast: its script reads the id from the address and asks
the GraphQL API, over a websocket, for the broadcast's events, so an unknown id still gets the
page and the page shows the subscription's error.
"""

from __future__ import annotations

import re
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

WEB = Path(__file__).parent / "web"

# A Host header we may echo into the policy: a name or address and a port, nothing else.
_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")

_COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


def live_page_routes() -> list[BaseRoute]:
    """The page and its two assets; the assets live outside /live/ so no id can shadow them."""
    page = _Asset("live.html", "text/html; charset=utf-8")
    script = _Asset("live.js", "text/javascript; charset=utf-8")
    style = _Asset("live.css", "text/css; charset=utf-8")
    return [
        Route("/live/{stream_id}", page.serve, methods=["GET"]),
        Route("/assets/live.js", script.serve, methods=["GET"]),
        Route("/assets/live.css", style.serve, methods=["GET"]),
    ]


class _Asset:
    def __init__(self, name: str, media_type: str):
        self.body = (WEB / name).read_bytes()
        self.media_type = media_type

    async def serve(self, request: Request) -> Response:
        headers = {**_COMMON_HEADERS, "Content-Security-Policy": content_security_policy(request)}
        return Response(self.body, media_type=self.media_type, headers=headers)


def content_security_policy(
    request: Request, *, style_src: str = "'self'", font_src: str = "'self'"
) -> str:
    """Only our own script, style and GraphQL endpoint; websockets named by origin.

    `connect-src 'self'` covers ws: and wss: to the same host in current browsers but not in
    older ones, so the page's own websocket origin is listed explicitly when the Host header
    is well formed. GraphiQL widens styles and fonts (`schema/graphiql.py`).
    """
    host = request.headers.get("host", "")
    # Both schemes: behind a TLS proxy the app may see http while the page is https.
    sockets = f"ws://{host} wss://{host}" if _HOST.match(host) else "ws: wss:"
    return "; ".join(
        (
            "default-src 'self'",
            f"connect-src 'self' {sockets}",
            "img-src 'self' data:",
            f"font-src {font_src}",
            "script-src 'self'",
            f"style-src {style_src}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        )
    )
