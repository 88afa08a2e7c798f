"""Runs the engine's synchronous services from async resolvers, one session per request."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from anyio import to_thread
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")


class RequestDatabase:
    """A request's session, used by one thread at a time.

    Resolvers and loaders of one request run concurrently on the event loop; the lock keeps
    them from sharing the session at the same moment. A websocket connection lives for
    hours: with `per_call` each read gets a session of its own, so no transaction stays
    open between a subscription's events and every event sees the database as it is then.
    """

    def __init__(self, factory: sessionmaker[Session], *, per_call: bool = False):
        self._factory = factory
        self._per_call = per_call
        self._session: Session | None = None
        self._lock = asyncio.Lock()

    async def read(self, service: Callable[..., T], /, **kwargs: Any) -> T:
        async with self._lock:
            if self._per_call:
                return await to_thread.run_sync(lambda: self._read_alone(service, kwargs))
            return await to_thread.run_sync(lambda: service(session=self._open(), **kwargs))

    async def write(self, service: Callable[..., T], /, **kwargs: Any) -> T:
        """Runs one unit of work: committed if the service returns, rolled back if it raises."""
        async with self._lock:
            return await to_thread.run_sync(lambda: self._write(service, kwargs))

    async def close(self) -> None:
        async with self._lock:
            if self._session is not None:
                session, self._session = self._session, None
                await to_thread.run_sync(session.close)

    def _open(self) -> Session:
        if self._session is None:
            self._session = self._factory()
        return self._session

    def _read_alone(self, service: Callable[..., T], kwargs: dict[str, Any]) -> T:
        with self._factory() as session:
            return service(session=session, **kwargs)

    def _write(self, service: Callable[..., T], kwargs: dict[str, Any]) -> T:
        session = self._open()
        try:
            result = service(session=session, **kwargs)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            if self._per_call:
                self._session = None
                session.close()
        return result
