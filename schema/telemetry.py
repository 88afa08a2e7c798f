"""Every GraphQL operation counted, timed and logged in one line: its name, type, duration
and outcome; never its variables, its text, a token or the client's address.

Over HTTP, `RequestTelemetry` (ASGI middleware, outermost) times the request whole and sees
its status; `OperationTelemetry` (a schema extension) tells it the operation's name, type and
the codes of the errors answered. Refusals that never reach GraphQL (HTTP 413, a TIMEOUT, a
malformed body) carry their codes in a small JSON body, read from there. Over a websocket the
extension reports each operation itself, when its first result goes out: a subscription is
counted once, as it starts, and errors in its later events add to the error counts.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from graphql import GraphQLError
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionResult

from engine.metrics import (
    ANONYMOUS,
    NONE,
    OPERATION_NAMES,
    OTHER,
    REQUEST_SECONDS,
    REQUESTS,
    UNCODED,
    count_errors,
)

log = logging.getLogger("civicmatch.requests")

# Where the middleware leaves the operation for the extension to describe.
SLOT = "civicmatch.operation"
# Refusals are a few hundred bytes; a larger body is not read for codes.
MAX_REFUSAL_BYTES = 64 * 1024


@dataclass
class Operation:
    name: str = NONE
    type: str = NONE
    error_codes: list[str] = field(default_factory=list)


def report(operation: Operation, *, transport: str, seconds: float, status: int | None) -> None:
    labels = {"operation": OPERATION_NAMES(operation.name), "type": operation.type}
    REQUESTS.labels(**labels).inc()
    REQUEST_SECONDS.labels(**labels).observe(seconds)
    count_errors(operation.error_codes)
    failed = bool(operation.error_codes) or (status is not None and status >= 400)
    fields: dict[str, object] = {
        "operation": operation.name,
        "operation_type": operation.type,
        "transport": transport,
    }
    if status is not None:
        fields["status"] = status
    fields["outcome"] = "error" if failed else "ok"
    fields["duration_ms"] = round(seconds * 1000, 1)
    if operation.error_codes:
        fields["error_codes"] = sorted(set(operation.error_codes))
    log.info("request", extra=fields)


class RequestTelemetry:
    def __init__(self, app: ASGIApp, *, path: str = "/graphql"):
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        operation = scope[SLOT] = Operation()
        started = time.perf_counter()
        status: int | None = None
        refusal: bytearray | None = None
        reported = False

        def finish() -> None:
            nonlocal reported
            if refusal is not None:
                # What the client was answered, whatever the operation had come to.
                operation.error_codes = list(_codes_in_body(bytes(refusal)))
            seconds = time.perf_counter() - started
            report(operation, transport="http", seconds=seconds, status=status)
            reported = True

        async def observed_send(message: Message) -> None:
            nonlocal status, refusal
            if message["type"] == "http.response.start":
                status = message["status"]
                if status != 200 and _is_json(message.get("headers", ())):
                    refusal = bytearray()
            elif message["type"] == "http.response.body":
                if refusal is not None:
                    refusal += message.get("body", b"")
                    if len(refusal) > MAX_REFUSAL_BYTES:
                        refusal = None
                if not message.get("more_body", False):
                    # Before the last bytes go: whoever reads the answer finds it counted.
                    finish()
            await send(message)

        try:
            await self.app(scope, receive, observed_send)
        except Exception:
            status = status or 500
            raise
        finally:
            if not reported:
                finish()


class OperationTelemetry(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        self.started = time.perf_counter()
        self.reported = False
        try:
            yield
        finally:
            if not self.reported:
                self._first_result(self.execution_context.pre_execution_errors or [])

    def on_stream_result(self, result: Any) -> None:
        errors = result.errors if isinstance(result, ExecutionResult) else None
        if not self.reported:
            self._first_result(errors or [])
            return
        codes = list(_codes(errors or []))
        slot = self._slot()
        if slot is not None:
            slot.error_codes += codes
        elif self._transport() == "websocket":
            count_errors(codes)

    def _first_result(self, errors: Iterable[GraphQLError]) -> None:
        self.reported = True
        operation = self._describe(errors)
        slot = self._slot()
        if slot is not None:
            slot.name, slot.type, slot.error_codes = (
                operation.name,
                operation.type,
                operation.error_codes,
            )
        elif self._transport() == "websocket":
            seconds = time.perf_counter() - self.started
            report(operation, transport="websocket", seconds=seconds, status=None)

    def _describe(self, errors: Iterable[GraphQLError]) -> Operation:
        context = self.execution_context
        codes = list(_codes(errors))
        if context.graphql_document is None:
            name = context.operation_name
            return Operation(_name(name) if name else NONE, NONE, codes)
        try:
            kind = context.operation_type.value
        except RuntimeError:  # no operation by the name asked for
            kind = NONE
        name = context.operation_name
        return Operation(_name(name) if name else ANONYMOUS, kind, codes)

    def _scope(self) -> Scope | None:
        request = getattr(self.execution_context.context, "request", None)
        return getattr(request, "scope", None)

    def _slot(self) -> Operation | None:
        scope = self._scope()
        return scope.get(SLOT) if scope is not None else None

    def _transport(self) -> str | None:
        scope = self._scope()
        return scope.get("type") if scope is not None else None


def _name(name: str) -> str:
    """The client's name for its operation, if it is one: a name in a log line or a label."""
    return name if OPERATION_NAMES.valid(name) else OTHER


def _codes(errors: Iterable[GraphQLError]) -> Iterator[str]:
    for error in errors:
        code = (error.extensions or {}).get("code")
        yield code if isinstance(code, str) else UNCODED


def _codes_in_body(body: bytes) -> Iterator[str]:
    try:
        errors = json.loads(body).get("errors")
    except (ValueError, AttributeError):
        return
    for error in errors if isinstance(errors, list) else []:
        extensions = error.get("extensions") if isinstance(error, dict) else None
        code = extensions.get("code") if isinstance(extensions, dict) else None
        yield code if isinstance(code, str) else UNCODED


def _is_json(headers: Iterable[tuple[bytes, bytes]]) -> bool:
    return any(
        name.lower() == b"content-type" and value.startswith(b"application/json")
        for name, value in headers
    )
