"""Runs the engine's synchronous services from async resolvers, one session per request."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from anyio import to_thread
from sqlalchemy.orm import Session, sessionmaker

from schema.limits.offload import Offload

T = TypeVar("T")


class RequestDatabase:
    """A request's session, used by one thread at a time.

    Resolvers and loaders of one request run concurrently on the event loop; the lock keeps
    them from sharing the session at the same moment. A websocket connection lives for
    hours: with `per_call` each read gets a session of its own, so no transaction stays
    open between a subscription's events and every event sees the database as it is then.
    """

    def __init__(
        self,
        factory: sessionmaker[Session],
        *,
        offload: Offload,
        per_call: bool = False,
    ):
        self._factory = factory
        self._offload = offload
        self._per_call = per_call
        self._session: Session | None = None
        self._lock = asyncio.Lock()

    async def read(self, service: Callable[..., T], /, heavy: bool = False, **kwargs: Any) -> T:
        """The service's answer; `heavy` for ranking and text reading (see Offload)."""
        if self._per_call:
            return await self._locked(lambda: self._read_alone(service, kwargs), heavy=heavy)
        return await self._locked(
            lambda: service(session=self._open(), **kwargs), heavy=heavy, then=self._discard
        )

    async def write(self, service: Callable[..., T], /, **kwargs: Any) -> T:
        """Runs one unit of work: committed if the service returns, rolled back if it raises."""
        return await self._locked(lambda: self._write(service, kwargs), then=self._discard)

    async def _locked(
        self, work: Callable[[], T], *, heavy: bool = False, then: Callable[[], None] | None = None
    ) -> T:
        """`work` in a thread, holding the lock until that thread is done: a caller cancelled
        meanwhile (a sibling field failed, the request timed out) returns at once, but the
        session is still in use, and nothing else may touch it, `close` included."""
        await self._lock.acquire()

        def done() -> None:
            try:
                if then is not None:
                    then()
            finally:
                self._lock.release()

        try:
            result = await self._offload.run(work, heavy=heavy, then=done)
        except asyncio.CancelledError:
            raise  # `done` releases the lock once the thread ends
        except BaseException:
            self._lock.release()
            raise
        self._lock.release()
        return result

    async def close(self) -> None:
        async with self._lock:
            if self._session is not None:
                session, self._session = self._session, None
                await to_thread.run_sync(session.close)

    def _discard(self) -> None:
        """After a request ran out of time: its session goes back once its thread is done."""
        if self._session is not None:
            session, self._session = self._session, None
            asyncio.get_running_loop().run_in_executor(None, session.close)

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
