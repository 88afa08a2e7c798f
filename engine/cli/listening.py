"""`serve`'s socket: taken before anything else runs, announced once the server answers.

Binding first makes a busy port fail at once, before the database is created or migrated;
uvicorn then serves on the socket it is handed.
"""

from __future__ import annotations

import errno
import socket
from typing import Any

import uvicorn

from engine.cli.console import Console
from engine.cli.io import CommandFailed


def bind(host: str, port: int, console: Console) -> socket.socket:
    """A TCP socket bound to host:port (not yet listening), or a one-line CommandFailed."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    # As uvicorn does: a restart may reuse the port while old connections linger.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        where = address(host, port)
        if error.errno == errno.EADDRINUSE:
            raise CommandFailed(console.text("cli.port_busy", address=where)) from None
        reason = error.strerror or str(error)
        failed = console.text("cli.cannot_listen", address=where, reason=reason)
        raise CommandFailed(failed) from None
    sock.set_inheritable(True)
    return sock


def address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def base_url(sock: socket.socket) -> str:
    """Where a browser on this machine reaches the socket; a wildcard address is this machine."""
    host, port = sock.getsockname()[:2]
    host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)
    return f"http://{address(host, port)}"


def announce(url: str, console: Console) -> None:
    console.notice("cli.graphiql_at", url=f"{url}/graphql")
    console.notice("cli.live_page_at", url=f"{url}/live/ID")


def run(sock: socket.socket, console: Console, **options: Any) -> int:
    """Serves `schema.app:create_app` on `sock` with uvicorn; announces the URLs as soon as
    it listens. Several workers share the socket; the parent announces it once listening,
    and the kernel holds connections until a worker takes them."""
    config = uvicorn.Config("schema.app:create_app", factory=True, **options)
    url = base_url(sock)
    if config.workers > 1:
        from uvicorn.supervisors import Multiprocess

        sock.listen(config.backlog)
        announce(url, console)
        Multiprocess(config, sockets=[sock]).run()
        return 0
    server = _AnnouncingServer(config, url, console)
    server.run(sockets=[sock])
    return 0 if server.started else 3


class _AnnouncingServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, url: str, console: Console):
        super().__init__(config)
        self.url = url
        self.console = console

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            announce(self.url, self.console)
