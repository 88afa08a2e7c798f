"""Which indexes a committed transaction touched, and how other processes hear of it.

`watch` notes, on every session of a sessionmaker, the jobs and people a transaction added,
changed or deleted, and hands them to a callback once it commits: for each index touched, the
ids, or None when a bulk statement changed rows it cannot name. A bus carries the same to
every server process: Redis pub/sub when Redis is configured (channel `{prefix}:index`),
PostgreSQL's NOTIFY otherwise (channel `civicmatch_index`), nothing on SQLite (one process
serves it; a cheap version check covers the rest). A message holds names and ids only (JSON,
at most MESSAGE_IDS ids an index): every process reads what changed from the database itself.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from sqlalchemy import Engine, event
from sqlalchemy import text as sql
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from engine.jobs.models import JobPost
from engine.seekers.models import Candidate

log = logging.getLogger("civicmatch.index")

WATCHED: dict[type, str] = {JobPost: "open_jobs", Candidate: "people"}
PG_CHANNEL = "civicmatch_index"
_NOTED = "civicmatch_changed_indexes"
RECONNECT_SECONDS = 1.0
# Ids an index's part of a message may name (NOTIFY carries 8,000 bytes at most); more, and
# the message says only that the index changed.
MESSAGE_IDS = 500

# Index name → ids of the items changed, or None: changed, but which is not known.
Changes = Mapping[str, frozenset[int] | None]
Wake = Callable[[Changes], None]
EVERYTHING: Changes = {name: None for name in WATCHED.values()}


def merged(first: Changes, then: Changes) -> dict[str, frozenset[int] | None]:
    both: dict[str, frozenset[int] | None] = dict(first)
    for name, ids in then.items():
        held = both.get(name, frozenset())
        both[name] = None if ids is None or held is None else held | ids
    return both


def encoded(changes: Changes) -> str:
    return json.dumps(
        {
            name: None if ids is None or len(ids) > MESSAGE_IDS else sorted(ids)
            for name, ids in changes.items()
        },
        separators=(",", ":"),
    )


def decoded(message: str | bytes) -> Changes:
    """What a message says; everything changed when it cannot be read (a message from a
    newer or older version, say): a full comparison is never wrong."""
    try:
        raw = json.loads(message)
        changes = {
            str(name): None if ids is None else frozenset(int(item) for item in ids)
            for name, ids in raw.items()
            if name in EVERYTHING
        }
    except (ValueError, TypeError, AttributeError):
        return EVERYTHING
    return changes


def watch(factory: sessionmaker[Session], on_commit: Wake) -> None:
    """Calls `on_commit(changes)` after each commit that touched a watched kind of row."""

    def note(session: Session, kind: str | None, item: int | None) -> None:
        if kind is None:
            return
        noted: dict[str, set[int] | None] = session.info.setdefault(_NOTED, {})
        held = noted.setdefault(kind, set())
        if item is None:
            noted[kind] = None
        elif held is not None:
            held.add(item)

    def flushed(session: Session, _context: Any) -> None:
        for item in (*session.new, *session.dirty, *session.deleted):
            kind = WATCHED.get(type(item))
            if kind is not None:
                note(session, kind, getattr(item, "id", None))

    def executed(state: ORMExecuteState) -> None:
        if (state.is_insert or state.is_update or state.is_delete) and state.bind_mapper:
            note(state.session, WATCHED.get(state.bind_mapper.class_), None)

    def committed(session: Session) -> None:
        noted = session.info.pop(_NOTED, None)
        if noted:
            on_commit({kind: ids if ids is None else frozenset(ids) for kind, ids in noted.items()})

    def rolled_back(session: Session, *_: Any) -> None:
        session.info.pop(_NOTED, None)

    event.listen(factory, "after_flush", flushed)
    event.listen(factory, "do_orm_execute", executed)
    event.listen(factory, "after_commit", committed)
    event.listen(factory, "after_rollback", rolled_back)


class Bus(Protocol):
    def publish(self, changes: Changes) -> None: ...

    def listen(self, wake: Wake) -> None:
        """Begins calling `wake` with what other processes publish, in a thread of its own."""

    def close(self) -> None: ...


class NoBus:
    """One process: nobody else to tell."""

    def publish(self, changes: Changes) -> None:
        pass

    def listen(self, wake: Wake) -> None:
        pass

    def close(self) -> None:
        pass


class _Listening:
    """A listening thread that reconnects after an error, and wakes everything when it does:
    what was published while it was away is not delivered again."""

    def __init__(self) -> None:
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def listen(self, wake: Wake) -> None:
        self._thread = threading.Thread(
            target=self._loop, args=(wake,), name=f"{type(self).__name__}-listen", daemon=True
        )
        self._thread.start()

    def _loop(self, wake: Wake) -> None:
        first = True
        while not self._stopping.is_set():
            try:
                self._session(wake, reconnected=not first)
            except Exception as error:
                log.warning("lost the index change channel (%s); reconnecting", error)
                self._stopping.wait(RECONNECT_SECONDS)
            first = False

    def _session(self, wake: Wake, *, reconnected: bool) -> None:
        raise NotImplementedError

    def stop_listening(self, wake_listener: Callable[[], object]) -> None:
        """Stops the listening thread, waking it with `wake_listener()` (a message on a
        channel of its own) rather than waiting out its timeout."""
        self._stopping.set()
        if self._thread is None:
            return
        with contextlib.suppress(Exception):  # it stops within a second anyway
            wake_listener()
        self._thread.join(timeout=5)


class RedisBus(_Listening):
    def __init__(self, url: str, prefix: str) -> None:
        super().__init__()
        import redis

        self._redis = redis.Redis.from_url(url)
        self.channel = f"{prefix}:index"
        self._own = f"{self.channel}:{uuid.uuid4().hex}"  # to wake this listener to stop

    def publish(self, changes: Changes) -> None:
        try:
            self._redis.publish(self.channel, encoded(changes))
        except Exception as error:  # the version check still finds the change
            log.warning("could not publish an index change to Redis: %s", error)

    def _session(self, wake: Wake, *, reconnected: bool) -> None:
        pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
        try:
            pubsub.subscribe(self.channel, self._own)
            if reconnected:
                wake(EVERYTHING)
            while not self._stopping.is_set():
                message = pubsub.get_message(timeout=1.0)
                if message is not None and message["channel"] == self.channel.encode():
                    wake(decoded(message["data"]))
        finally:
            with contextlib.suppress(Exception):
                pubsub.close()

    def close(self) -> None:
        self.stop_listening(lambda: self._redis.publish(self._own, "stop"))
        self._redis.close()


class PostgresBus(_Listening):
    """NOTIFY on a connection of the pool after the commit; LISTEN on a connection of its own."""

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self._engine = engine
        url = engine.url.set(drivername="postgresql")
        self._conninfo = url.render_as_string(hide_password=False)
        self._own = f"{PG_CHANNEL}_{uuid.uuid4().hex}"  # to wake this listener to stop

    def publish(self, changes: Changes) -> None:
        try:
            self._notify(PG_CHANNEL, encoded(changes))
        except Exception as error:
            log.warning("could not notify an index change: %s", error)

    def _session(self, wake: Wake, *, reconnected: bool) -> None:
        import psycopg

        with psycopg.connect(self._conninfo, autocommit=True) as connection:
            connection.execute(f"LISTEN {PG_CHANNEL}")
            connection.execute(f"LISTEN {self._own}")
            if reconnected:
                wake(EVERYTHING)
            while not self._stopping.is_set():
                for notice in connection.notifies(timeout=1.0):
                    if self._stopping.is_set():
                        break
                    if notice.channel == PG_CHANNEL:
                        wake(decoded(notice.payload))

    def close(self) -> None:
        self.stop_listening(lambda: self._notify(self._own, "stop"))

    def _notify(self, channel: str, payload: str) -> None:
        with self._engine.connect() as connection:
            connection.execute(
                sql("SELECT pg_notify(:channel, :payload)"),
                {"channel": channel, "payload": payload},
            )
            connection.commit()


def bus_for(engine: Engine, redis_url: str | None, redis_prefix: str) -> Bus:
    if redis_url:
        return RedisBus(redis_url, redis_prefix)
    if engine.dialect.name == "postgresql":
        return PostgresBus(engine)
    return NoBus()
