"""Keeps a process's matching indexes as fresh as the database, in a thread of their own.

A commit in this process is taken in by the thread that made it, before its caller goes on
(read-your-writes), then announced to the other processes. A refresher thread applies changes
(`LiveIndex.refresh`) when woken by a message from another process
(engine/matching/changes.py), and otherwise every
`poll_seconds` when a cheap version check says something changed (the only way a change made
without the service, such as a bulk import, is seen, and the fallback when a message is
lost). Requests never wait for it: they rank with the snapshot an index holds.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from engine.matching.changes import Bus, Changes, NoBus, merged, watch
from engine.matching.index import LiveIndex

log = logging.getLogger("civicmatch.index")

POLL_SECONDS = 1.0


class Freshness:
    def __init__(
        self,
        factory: sessionmaker[Session],
        indexes: Sequence[LiveIndex[Any, Any]],
        *,
        bus: Bus | None = None,
        poll_seconds: float = POLL_SECONDS,
        after_commit: sessionmaker[Session] | None = None,
    ):
        """`after_commit`: where refreshes read, a pool apart from the requests' (see
        engine.db.side_engine); `factory` by default. Full fits read from `factory`."""
        self.factory = factory
        self.reader = after_commit or factory
        self.indexes = {index.name: index for index in indexes}
        self.bus = bus or NoBus()
        self.poll_seconds = poll_seconds
        self._woken: dict[str, frozenset[int] | None] = {}
        self._wake = threading.Condition()
        self._stopping = False
        self._thread: threading.Thread | None = None
        for index in indexes:
            index.attach(factory)
        watch(factory, self.committed)

    def committed(self, changes: Changes) -> None:
        """After a commit in this process: the indexes it touched take it in before the
        commit's caller goes on (whoever posts a job and then asks for people for it finds
        it there), and the other processes are told."""
        try:
            self.refresh_now(changes)
        except Exception:
            log.exception("could not take a commit into the matching indexes")
            self.wake(changes)  # the refresher tries again
        self.bus.publish(changes)

    def refresh_now(self, changes: Changes) -> None:
        wanted = [
            (index, changes[name])
            for name, index in self.indexes.items()
            if name in changes and index.refreshed_in_background
        ]
        if not wanted:
            return  # not started: requests catch up themselves
        with self.reader() as session:
            for index, ids in wanted:
                index.refresh(session, ids=ids)

    def wake(self, changes: Changes) -> None:
        with self._wake:
            known = {name: ids for name, ids in changes.items() if name in self.indexes}
            self._woken = merged(self._woken, known)
            self._wake.notify()

    def catch_up(self) -> None:
        """Every index takes in what the version check finds, now, in this thread (the
        refresher does so every `poll_seconds`)."""
        with self.reader() as session:
            for index in self.indexes.values():
                index.catch_up(session)

    def start(self) -> None:
        """Builds every index (before the server accepts requests), then keeps them fresh."""
        for index in self.indexes.values():
            try:
                with self.factory() as session:
                    index.build(session)
            except Exception:
                # A database not migrated yet, or not there: the refresher, or the first
                # request that needs the index, builds it once it can.
                log.exception("could not build the %s index at start-up", index.name)
            index.refreshed_in_background = True
        self.bus.listen(self.wake)
        self._thread = threading.Thread(target=self._run, name="index-freshness", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.bus.close()

    def _run(self) -> None:
        while True:
            with self._wake:
                if not self._woken and not self._stopping:
                    self._wake.wait(self.poll_seconds)
                if self._stopping:
                    return
                woken, self._woken = self._woken, {}
            try:
                with self.reader() as session:
                    for name, index in self.indexes.items():
                        if name in woken:
                            index.refresh(session, ids=woken[name])
                        else:
                            index.catch_up(session)
            except Exception:
                log.exception("could not refresh the matching indexes")
                with self._wake:
                    self._wake.wait(self.poll_seconds)
