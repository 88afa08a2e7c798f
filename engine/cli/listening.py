"""`serve`'s socket: taken before anything else runs, announced once the server answers.

Binding first makes a busy port fail at once, before the database is created or migrated;
uvicorn then serves on the socket it is handed.
"""

from __future__ import annotations

import errno
import socket
from typing import Any

import uvicorn
from uvicorn.supervisors import Multiprocess

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
    it listens. Several workers each listen on a socket of their own at `sock`'s address
    (see `_SpreadWorkers`); `sock` only proved the port free."""
    config = uvicorn.Config("schema.app:create_app", factory=True, **options)
    url = base_url(sock)
    if config.workers > 1:
        family, address = sock.family, sock.getsockname()
        sock.close()  # a socket bound without SO_REUSEPORT would keep the workers' out
        announce(url, console)
        _SpreadWorkers(config, family, address).run()
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


class _SpreadWorkers(Multiprocess):
    """uvicorn's supervisor, with a listening socket of its own for each worker, all bound
    to one address with SO_REUSEPORT, so that the kernel spreads new connections over the
    workers. On one shared socket the first worker to wake accepted every connection
    waiting: 20 opened together landed 20/0 or 19/1 on two workers in five of five tries.

    The parent binds each socket and leaves listening to the worker, which listens when it
    starts serving, after its index is built: a worker restarted after a crash is given
    connections once it can answer them, and until the first worker is ready a connection
    is refused rather than held. The parent closes its copy once the worker has started, so
    a worker's socket closes with it. uvicorn reads `sockets` once for each worker it
    starts (at start-up, on a restart, for a worker that died, for one added by SIGTTIN;
    that last one's copy is closed on the supervisor's next round, half a second on)."""

    def __init__(self, config: uvicorn.Config, family: socket.AddressFamily, address: Any):
        self._family, self._address = family, address
        self._handed: list[socket.socket] = []
        super().__init__(config, sockets=[])

    @property
    def sockets(self) -> list[socket.socket]:
        sock = socket.socket(self._family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(self._address)
        sock.set_inheritable(True)
        self._handed.append(sock)
        return [sock]

    @sockets.setter
    def sockets(self, _shared: list[socket.socket]) -> None:
        """uvicorn's own constructor hands the shared list; each worker gets one instead."""

    def init_processes(self) -> None:
        super().init_processes()
        self._close_handed()

    def restart_all(self) -> None:
        super().restart_all()
        self._close_handed()

    def keep_subprocess_alive(self) -> None:
        super().keep_subprocess_alive()
        self._close_handed()

    def _close_handed(self) -> None:
        while self._handed:
            self._handed.pop().close()
