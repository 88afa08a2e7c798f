"""GraphiQL at /graphql, served whole by the service: it works with no internet.

Our page (`web/graphiql.html`, `web/graphiql.js`) loads the pinned releases of React, GraphiQL
and its explorer plugin from /assets/graphiql/ (`graphiql_assets.py` says how they are pinned,
checked and refreshed). Its content security policy allows nothing from elsewhere.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from schema.graphiql_assets import DIRECTORY
from schema.pages import WEB, content_security_policy

_PAGE = (WEB / "graphiql.html").read_bytes()
_SCRIPT = (WEB / "graphiql.js").read_bytes()

_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def graphiql_page(request: Request) -> Response:
    return HTMLResponse(_PAGE, headers={**_HEADERS, **_policy(request)})


def graphiql_routes() -> list[BaseRoute]:
    async def script(request: Request) -> Response:
        return Response(
            _SCRIPT,
            media_type="text/javascript; charset=utf-8",
            headers={**_HEADERS, "Cache-Control": "no-cache"},
        )

    return [
        Route("/assets/graphiql.js", script, methods=["GET"]),
        Mount("/assets/graphiql", StaticFiles(directory=DIRECTORY), name="graphiql"),
    ]


def _policy(request: Request) -> dict[str, str]:
    # GraphiQL's editors set inline styles, and its stylesheet embeds its fonts as data: URLs.
    policy = content_security_policy(
        request, style_src="'self' 'unsafe-inline'", font_src="'self' data:"
    )
    return {"Content-Security-Policy": policy}
