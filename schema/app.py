"""The ASGI application: GraphQL (and GraphiQL) at /graphql on Starlette."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hmac
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.types.unset import UNSET, UnsetType

from engine.accounts.actor import ANONYMOUS, Actor
from engine.accounts.tokens import authenticate
from engine.config import Settings
from engine.db import make_engine, make_sessionmaker, side_engine
from engine.errors import AuthenticationRequired
from engine.live.hub import LiveHub
from engine.live.transport import LocalTransport, RedisTransport, Transport
from engine.logs import formatter
from engine.matching.changes import bus_for
from engine.matching.freshness import Freshness
from engine.matching.index import OpenJobsIndex, PeopleIndex
from engine.messages import Message
from engine.metrics import exposition, forget_this_process
from engine.redaction import redact_logs, redacted
from engine.volunteering import router_cache
from engine.volunteering.rate_limit import SubmissionLimiter
from schema.context import Context
from schema.database import RequestDatabase
from schema.errors import for_client
from schema.graphiql import graphiql_page, graphiql_routes
from schema.limits.body import BodySizeLimit, BodyTooLarge
from schema.limits.offload import Offload
from schema.loaders import Loaders
from schema.origins import CrossOrigin, OriginPolicy
from schema.pages import live_page_routes
from schema.schema import schema
from schema.telemetry import RequestTelemetry

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
        freshness: Freshness,
        submission_limiter: SubmissionLimiter,
        live: LiveHub,
        settings: Settings,
        origins: OriginPolicy,
        **kwargs: Any,
    ):
        # Enough for a viewer following a few broadcasts on one connection.
        kwargs.setdefault("max_subscriptions_per_connection", 10)
        kwargs.setdefault("graphql_ide", "graphiql" if settings.graphiql else None)
        super().__init__(schema, **kwargs)
        self.factory = factory
        self.freshness = freshness
        self.jobs_index = freshness.indexes["open_jobs"]
        self.people_index = freshness.indexes["people"]
        self.submission_limiter = submission_limiter
        self.live = live
        self.settings = settings
        self.origins = origins
        self.offload = Offload(heavy_workers=settings.limits.heavy_workers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        seconds = self.settings.limits.request_seconds
        try:
            async with asyncio.timeout(seconds):
                response = await self.run(request)
        except TimeoutError:
            message = self._message("api.timeout", seconds=seconds)
            response = JSONResponse(
                {"errors": [{"message": message, "extensions": {"code": "TIMEOUT"}}]},
                status_code=503,
            )
        except Exception as error:
            # strawberry refuses malformed requests with an exception carrying a status and
            # reason; clients get them as GraphQL errors, never as plain text.
            status_code = getattr(error, "status_code", None)
            reason = getattr(error, "reason", None)
            if status_code is None or reason is None:
                log.error("request failed", exc_info=redacted(error))
                status_code, reason = 500, self._message("api.internal")
            body: dict[str, Any] = {"message": reason}
            if isinstance(error, BodyTooLarge):
                body["extensions"] = error.extensions
            response = JSONResponse({"errors": [body]}, status_code=status_code)
        await response(scope, receive, send)

    def is_websocket_origin_allowed(self, request: WebSocket, origin: str) -> bool:
        """Asked by strawberry for a handshake from a page it does not see as same-origin."""
        return self.origins.allows(origin, request.headers.get("host"))

    async def render_graphql_ide(self, request: Request) -> Response:
        return graphiql_page(request)

    def _message(self, key: str, **params: Any) -> str:
        return for_client(Message(key, params), self.settings.language)

    def parse_json(self, data: str | bytes) -> object:
        parsed = super().parse_json(data)
        if not isinstance(parsed, dict):
            raise RequestRefused(400, self._message("api.body_not_object"))
        return parsed

    def encode_json(self, data: object) -> str:
        return json.dumps(data, ensure_ascii=False)

    async def get_context(self, request: HTTPConnection, response: Any) -> Context:
        long_lived = isinstance(request, WebSocket)
        db = RequestDatabase(self.factory, offload=self.offload, per_call=long_lived)
        refused = None
        try:
            actor = await self._actor(request, db)
        except RequestRefused as error:
            if not long_lived:
                raise
            # The websocket is already accepted: on_ws_connect closes it with 4403.
            actor, refused = ANONYMOUS, error.reason
        return Context(
            request=request,
            db=db,
            actor=actor,
            loaders=Loaders(db, actor, self.live, cache=not long_lived),
            jobs_index=self.jobs_index,
            people_index=self.people_index,
            submission_limiter=self.submission_limiter,
            live=self.live,
            settings=self.settings,
            offload=self.offload,
            refused=refused,
        )

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """Browsers cannot set headers on a websocket: a token may come in connection_init's
        payload instead, as `{"Authorization": "Bearer TOKEN"}`."""
        if context.refused is not None:
            raise ConnectionRejectionError()
        params = context.connection_params
        header = params.get("Authorization") if isinstance(params, dict) else None
        if header is None:
            return UNSET
        try:
            actor = await self._authenticate(str(header), context.db)
        except RequestRefused:
            raise ConnectionRejectionError() from None
        context.actor = actor
        context.loaders = Loaders(context.db, actor, self.live, cache=False)
        return UNSET

    async def _actor(self, request: HTTPConnection, db: RequestDatabase) -> Actor:
        header = request.headers.get("authorization")
        if not header:
            return ANONYMOUS
        return await self._authenticate(header, db)

    async def _authenticate(self, header: str, db: RequestDatabase) -> Actor:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            await db.close()
            raise RequestRefused(401, self._message("api.bad_authorization"))
        try:
            return await db.read(authenticate, token=token.strip())
        except AuthenticationRequired as error:
            await db.close()
            raise RequestRefused(401, for_client(error.message, self.settings.language)) from None


def create_app(settings: Settings | None = None) -> Starlette:
    """The application factory; settings default to the environment's."""
    settings = settings or Settings.from_env()
    _configure_logging(settings.log_format)
    engine = make_engine(settings.database_url)
    factory = make_sessionmaker(engine)
    transport: Transport = (
        RedisTransport(settings.redis_url, settings.redis_prefix)
        if settings.redis_url
        else LocalTransport()
    )
    live = LiveHub(factory, transport)
    origins = OriginPolicy.of(settings.allowed_origins)
    # Refreshes after a commit and NOTIFY read and write on a small pool of their own.
    index_engine = side_engine(engine)
    freshness = Freshness(
        factory,
        [
            OpenJobsIndex(refit_share=settings.index_refit_share),
            PeopleIndex(refit_share=settings.index_refit_share),
        ],
        bus=bus_for(index_engine, settings.redis_url, settings.redis_prefix),
        poll_seconds=settings.index_poll_seconds,
        after_commit=make_sessionmaker(index_engine),
    )
    graphql = CivicmatchGraphQL(
        factory,
        freshness,
        SubmissionLimiter(
            max_per_window=settings.submissions_per_window,
            window_seconds=settings.submission_window_seconds,
        ),
        live,
        settings,
        origins,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await live.start()
        # Before the first request: a worker answers only once its indexes are built and
        # the request router is loaded or fitted (side by side; see router_cache).
        router = asyncio.create_task(asyncio.to_thread(router_cache.request_router))
        await asyncio.to_thread(freshness.start)
        await router
        _freeze_what_lives_forever()
        yield
        await asyncio.to_thread(freshness.stop)
        await live.stop()
        forget_this_process()
        engine.dispose()
        index_engine.dispose()

    async def home(request: Request) -> Response:
        return RedirectResponse("/graphql")

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    async def metrics(request: Request) -> Response:
        if not settings.metrics_open and not _bearer_is(request, settings.metrics_token):
            return PlainTextResponse("not found", status_code=404)
        body, content_type = exposition()
        return Response(body, media_type=content_type)

    app = Starlette(
        routes=[
            Route("/", home),
            Route("/healthz", health),
            Route("/metrics", metrics),
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            *live_page_routes(),
            *(graphiql_routes() if settings.graphiql else []),
        ],
        lifespan=lifespan,
        middleware=[
            # Outermost, so that refusals (413 …) reach an allowed page with their headers.
            Middleware(CrossOrigin, policy=origins),
            # Outside the body limit, so that its refusals are counted and logged too.
            Middleware(RequestTelemetry),
            Middleware(
                BodySizeLimit,
                max_bytes=settings.limits.max_body_bytes,
                language=settings.language,
            ),
        ],
    )
    app.state.engine = engine
    app.state.live = live
    app.state.freshness = freshness
    return app


def _freeze_what_lives_forever() -> None:
    """Moves what start-up made (modules, the schema, the app) out of the garbage collector's
    reach. Its full collections otherwise walk all of it, stopping the event loop for over
    100 ms several times a second under load (`python -m benchmarks.hostile`). Once per
    process: what a later app in the same process makes stays collectable."""
    global _frozen
    if not _frozen:
        gc.collect()
        gc.freeze()
        _frozen = True


_frozen = False


def _bearer_is(request: Request, token: str | None) -> bool:
    if token is None:
        return False
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    # Bytes: compare_digest refuses str with characters outside ASCII.
    return scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode(), token.encode()
    )


def _configure_logging(log_format: str) -> None:
    """Unexpected errors and a line per request reach the operator's console, alongside
    uvicorn's own log (`serve` sets up both, in `log_format`, before the app is made)."""
    logger = logging.getLogger("civicmatch")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(formatter(log_format))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    redact_logs(
        "civicmatch.api",
        "civicmatch.live",
        "uvicorn.error",
        "strawberry.execution",
        "strawberry.ws",
        "strawberry.ws.task",
    )
    uvicorn_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _NoClientAddresses) for f in uvicorn_log.filters):
        uvicorn_log.addFilter(_NoClientAddresses())


class _NoClientAddresses(logging.Filter):
    """Drops uvicorn's per-websocket lines: like the access log (which serve turns off),
    they would record viewers' addresses."""

    def filter(self, record: logging.LogRecord) -> bool:
        return '"WebSocket ' not in str(record.msg)
