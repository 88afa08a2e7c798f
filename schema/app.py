"""The ASGI application: GraphQL (and GraphiQL) at /graphql on Starlette."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL

from engine.accounts.actor import ANONYMOUS, Actor
from engine.accounts.tokens import authenticate
from engine.config import Settings
from engine.db import make_engine, make_sessionmaker
from engine.errors import AuthenticationRequired
from engine.matching.index import OpenJobsIndex
from engine.volunteering.rate_limit import SubmissionLimiter
from schema.context import Context
from schema.database import RequestDatabase
from schema.loaders import Loaders
from schema.schema import schema

log = logging.getLogger("civicmatch.api")


class RequestRefused(Exception):
    """Ends a request early with a status code and a GraphQL-shaped error body."""

    def __init__(self, status_code: int, reason: str):
        super().__init__(reason)
        self.status_code = status_code
        self.reason = reason


class CivicmatchGraphQL(GraphQL):
    def __init__(
        self,
        factory: Any,
        jobs_index: OpenJobsIndex,
        submission_limiter: SubmissionLimiter,
        **kwargs: Any,
    ):
        super().__init__(schema, **kwargs)
        self.factory = factory
        self.jobs_index = jobs_index
        self.submission_limiter = submission_limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        try:
            response = await self.run(request)
        except Exception as error:
            # strawberry refuses malformed requests with an exception carrying a status and
            # reason; clients get them as GraphQL errors, never as plain text.
            status_code = getattr(error, "status_code", None)
            reason = getattr(error, "reason", None)
            if status_code is None or reason is None:
                log.exception("request failed")
                status_code, reason = 500, "Internal server error."
            response = JSONResponse({"errors": [{"message": reason}]}, status_code=status_code)
        await response(scope, receive, send)

    def parse_json(self, data: str | bytes) -> object:
        parsed = super().parse_json(data)
        if not isinstance(parsed, dict):
            raise RequestRefused(400, "the request body must be a JSON object")
        return parsed

    def encode_json(self, data: object) -> str:
        return json.dumps(data, ensure_ascii=False)

    async def get_context(self, request: HTTPConnection, response: Any) -> Context:
        db = RequestDatabase(self.factory)
        actor = await self._actor(request, db)
        return Context(
            request=request,
            db=db,
            actor=actor,
            loaders=Loaders(db, actor),
            jobs_index=self.jobs_index,
            submission_limiter=self.submission_limiter,
        )

    async def _actor(self, request: HTTPConnection, db: RequestDatabase) -> Actor:
        header = request.headers.get("authorization")
        if not header:
            return ANONYMOUS
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            await db.close()
            raise RequestRefused(401, "the Authorization header must be 'Bearer TOKEN'")
        try:
            return await db.read(authenticate, token=token.strip())
        except AuthenticationRequired as error:
            await db.close()
            raise RequestRefused(401, str(error)) from None


def create_app(settings: Settings | None = None) -> Starlette:
    """The application factory; settings default to the environment's."""
    settings = settings or Settings.from_env()
    _configure_logging()
    engine = make_engine(settings.database_url)
    graphql = CivicmatchGraphQL(
        make_sessionmaker(engine),
        OpenJobsIndex(),
        SubmissionLimiter(
            max_per_window=settings.submissions_per_window,
            window_seconds=settings.submission_window_seconds,
        ),
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        engine.dispose()

    async def home(request: Request) -> Response:
        return RedirectResponse("/graphql")

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    app = Starlette(
        routes=[
            Route("/", home),
            Route("/healthz", health),
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
        ],
        lifespan=lifespan,
    )
    app.state.engine = engine
    return app


def _configure_logging() -> None:
    """Unexpected errors reach the operator's console, alongside uvicorn's own log."""
    logger = logging.getLogger("civicmatch")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s:     %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
