"""Request bodies over the deployment's limit are refused with HTTP 413 before they are read
whole: by their Content-Length when they give one, else as soon as the bytes received pass it."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from engine.messages import DEFAULT_LANGUAGE, render


class BodyTooLarge(Exception):
    """Raised from `receive`; the GraphQL view answers it with its status and reason."""

    status_code = 413

    def __init__(self, max_bytes: int, language: str):
        self.reason = render("api.body_too_large", {"limit": max_bytes}, language=language)
        self.extensions = {"code": "BODY_TOO_LARGE", "limit": max_bytes}
        super().__init__(self.reason)


class BodySizeLimit:
    def __init__(self, app: ASGIApp, *, max_bytes: int, language: str = DEFAULT_LANGUAGE):
        self.app = app
        self.max_bytes = max_bytes
        self.language = language

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes, self.language)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        refusal = BodyTooLarge(self.max_bytes, self.language)
        body = json.dumps(
            {"errors": [{"message": refusal.reason, "extensions": refusal.extensions}]}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
