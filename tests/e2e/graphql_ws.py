"""A minimal graphql-transport-ws client over `websockets`, for end-to-end tests.

One `Connection` per websocket; `subscribe` starts an operation and returns its id, and
`receive` gives the server's next message for that id (`next`, `error` or `complete`),
keeping messages for other operations until they are asked for.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import defaultdict, deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from websockets.asyncio.client import ClientConnection, connect

PROTOCOL = "graphql-transport-ws"
TIMEOUT = 5.0

Message = dict[str, Any]


class Connection:
    def __init__(self, websocket: ClientConnection):
        self.websocket = websocket
        self._ids = itertools.count(1)
        self._pending: defaultdict[str, deque[Message]] = defaultdict(deque)

    async def init(self, payload: dict[str, Any] | None = None) -> None:
        await self._send({"type": "connection_init", "payload": payload or {}})
        ack = await self._read(TIMEOUT)
        assert ack["type"] == "connection_ack", ack

    async def subscribe(self, query: str, variables: dict[str, Any] | None = None) -> str:
        operation = str(next(self._ids))
        await self._send(
            {
                "id": operation,
                "type": "subscribe",
                "payload": {"query": query, "variables": variables or {}},
            }
        )
        return operation

    async def complete(self, operation: str) -> None:
        await self._send({"id": operation, "type": "complete"})

    async def receive(self, operation: str, timeout: float = TIMEOUT) -> Message:
        """The next `next`, `error` or `complete` message of the operation."""
        async with asyncio.timeout(timeout):
            while not self._pending[operation]:
                message = await self._read(None)
                self._pending[message["id"]].append(message)
        return self._pending[operation].popleft()

    async def next_data(self, operation: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The data of the operation's next result, which must carry no errors."""
        message = await self.receive(operation, timeout)
        assert message["type"] == "next", message
        assert "errors" not in message["payload"], message["payload"]["errors"]
        return message["payload"]["data"]

    async def drop(self) -> None:
        """Vanishes like a client whose network went away: no complete, no close frame."""
        self.websocket.transport.abort()
        await self.websocket.wait_closed()

    async def _send(self, message: Message) -> None:
        await self.websocket.send(json.dumps(message))

    async def _read(self, timeout: float | None) -> Message:
        """The next message that belongs to an operation or the handshake; answers pings."""
        async with asyncio.timeout(timeout):
            while True:
                message: Message = json.loads(await self.websocket.recv())
                if message["type"] == "ping":
                    await self._send({"type": "pong"})
                elif message["type"] != "pong":
                    return message


async def open_connection(http_url: str, token: str | None = None) -> Connection:
    """A websocket to `/graphql` on the server at `http_url`, initialised and acknowledged."""
    headers = {"Authorization": f"Bearer {token}"} if token else None
    url = http_url.replace("http://", "ws://", 1) + "/graphql"
    websocket = await connect(url, subprotocols=[PROTOCOL], additional_headers=headers)
    connection = Connection(websocket)
    try:
        await connection.init()
    except BaseException:
        await websocket.close()
        raise
    return connection


@asynccontextmanager
async def connected(http_url: str, token: str | None = None) -> AsyncIterator[Connection]:
    """`open_connection`, closed properly (close frame and all) on leaving."""
    connection = await open_connection(http_url, token)
    try:
        yield connection
    finally:
        await connection.websocket.close()
