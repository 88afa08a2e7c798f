"""Fitted matchers over the open jobs and over the people, kept up to date item by item.

Requests rank with the snapshot an index holds now and never fit: a snapshot is immutable,
and a new one replaces it in one assignment. `refresh` compares each item's `updated_at`
with the snapshot's and applies the difference: rows of new and edited items are encoded in
the fitted vocabulary and appended, those of closed or deleted ones dropped
(`JobMatcher.updated`). Once the items changed since the last full fit reach `refit_share`
of those it was fitted on, a full fit (vocabulary and IDF learned again) runs in a thread of
its own, and takes over only after catching up with what changed meanwhile; until then
requests go on with the previous snapshot. engine/matching/freshness.py decides when to
refresh.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from engine.gc_pause import collector_paused
from engine.jobs.models import Employer, JobPost, JobStatus
from engine.matching.records import candidate_record, job_from_row
from engine.metrics import (
    INDEX_ITEMS,
    INDEX_LAG_SECONDS,
    INDEX_LAST_REFIT,
    INDEX_REFIT_SECONDS,
    INDEX_REFITS,
    INDEX_UPDATES,
    INDEX_VERSION,
)
from engine.seekers.models import Candidate
from engine.time import now

if TYPE_CHECKING:
    import numpy as np

    from matchers.jobs.matcher import CandidateMatcher, JobMatcher

log = logging.getLogger("civicmatch.index")

# A full fit once the items added, edited or closed since the last one reach this share of
# the items it was fitted on. Until then new words are unknown to the vocabulary (they add
# nothing to text likeness) and the IDF weighs words as the older items did; a tenth keeps
# that drift small while a posting every few seconds still costs a full fit only every few
# hundred postings at a fair's size.
REFIT_SHARE = 0.1
# Up to this many items, a full fit costs no more than an update at a fair's size (300 jobs:
# 70 ms; one job into 20,000: 60 ms, on this 2-core machine), so it runs at once, where the
# change is taken in, instead of in the background: a small index is always freshly fitted.
REFIT_HERE = 300
# Ids read per query when loading changed items: a query's parameters never grow with the data.
CHUNK = 1000
# How far before the latest change already seen the version check looks for more: a
# transaction stamps its rows with its process's clock and may commit a little after a later
# one (or on a machine whose clock is behind); a change made through the service comes with
# its own message anyway.
CLOCK_MARGIN = timedelta(seconds=60)

M = TypeVar("M")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Snapshot(Generic[M]):
    matcher: M | None  # None when there is nothing to rank
    stamps: Mapping[int, datetime]  # each item's updated_at, as the matcher holds it
    version: int  # one more for every change applied, fits included
    built_at: datetime  # when the vocabulary in use was fitted
    updated_at: datetime  # when the last change was applied
    fitted_on: int  # items at the last full fit
    changed_since_fit: int
    extras: Mapping[int, Any]  # what an index keeps beside each item (people: visibility)
    arrays: Any = None  # those extras as arrays in the matcher's order (`LiveIndex._arrays`)

    @property
    def items(self) -> int:
        return len(self.stamps)


class LiveIndex(Generic[M, R]):
    """One per process and kind of item: shared by requests, safe across threads."""

    name = ""

    def __init__(self, *, current_year: int | None = None, refit_share: float = REFIT_SHARE):
        self.current_year = current_year  # None: the matcher asks for the year when ranking
        self.refit_share = refit_share
        self._snapshot: Snapshot[M] | None = None
        # One writer of snapshots at a time; requests never take it once there is one.
        self._writing = threading.Lock()
        self._refit: threading.Thread | None = None  # a full fit running in the background
        self._factory: sessionmaker[Session] | None = None
        # Called in the refit's thread before the fitted matcher catches up and takes over.
        self.before_refit_swap: Callable[[], None] | None = None
        self.last_refit_seconds: float | None = None
        # `version_check` as read before the last catching up began: while the database
        # says the same, the index holds everything (engine/matching/freshness.py).
        self.seen_version: tuple[Any, ...] | None = None
        # Set once a refresher keeps the index fresh (engine/matching/freshness.py); until
        # then every request catches up first, as a script or a bare app needs.
        self.refreshed_in_background = False

    # What a kind of item says -------------------------------------------------------------

    def _stamps(self, session: Session) -> dict[int, datetime]:
        """Each item that belongs in the index: its updated_at."""
        raise NotImplementedError

    def _stamps_of(self, session: Session, ids: Sequence[int]) -> dict[int, datetime]:
        """As `_stamps`, among `ids`."""
        found: dict[int, datetime] = {}
        for start in range(0, len(ids), CHUNK):
            found.update(self._stamps_among(session, ids[start : start + CHUNK]))
        return found

    def _stamps_among(self, session: Session, ids: Sequence[int]) -> dict[int, datetime]:
        raise NotImplementedError

    def _changed_since(self, session: Session, moment: datetime) -> list[int]:
        """Items, in the index or not (closed), whose updated_at is `moment` or later."""
        raise NotImplementedError

    def _read(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[R, Any]]:
        """The items among `ids` that belong in the index: their records and extras."""
        raise NotImplementedError

    def _fit(self, records: list[R]) -> M:
        raise NotImplementedError

    def _update(self, matcher: M, changed: list[R], removed: set[str]) -> M:
        raise NotImplementedError

    def _arrays(self, matcher: M | None, extras: Mapping[int, Any]) -> Any:
        return None

    def version_check(self, session: Session) -> tuple[Any, ...]:
        """A cheap figure that changes whenever an item is added, edited or removed: the
        items that belong in the index, then the latest updated_at of any."""
        raise NotImplementedError

    # Reading ------------------------------------------------------------------------------

    @property
    def snapshot(self) -> Snapshot[M] | None:
        return self._snapshot

    @property
    def refitting(self) -> bool:
        return self._refit is not None

    def current(self, session: Session) -> Snapshot[M]:
        """The snapshot to rank with now; built first if this process has none yet (the
        server builds it before it accepts requests)."""
        if not self.refreshed_in_background:
            self.refresh(session)
        snapshot = self._snapshot
        if snapshot is None:
            with self._writing_with(session):
                if self._snapshot is None:
                    self._swap(self._build(session, version=1))
            snapshot = self._snapshot
            assert snapshot is not None
        return snapshot

    def matcher(self, *, session: Session) -> M | None:
        return self.current(session).matcher

    # Writing ------------------------------------------------------------------------------

    def attach(self, factory: sessionmaker[Session]) -> None:
        """Where background fits read the items."""
        self._factory = factory

    def build(self, session: Session) -> Snapshot[M]:
        """A full fit now, in this thread (start-up)."""
        with self._writing_with(session):
            previous = self._snapshot
            version = self.version_check(session)
            self._swap(
                self._build(session, version=1 if previous is None else previous.version + 1)
            )
            self.seen_version = version
        assert self._snapshot is not None
        return self._snapshot

    def refresh(self, session: Session, *, ids: Collection[int] | None = None) -> int:
        """Applies every item added, edited or removed since the snapshot, or, given `ids`,
        those among them (a commit names the items it changed); the number applied."""
        with self._writing_with(session):
            if ids is None:
                # Read first: whatever it says, the index holds at least that afterwards.
                version = self.version_check(session)
            if self._snapshot is None:
                self._swap(self._build(session, version=1))
                changes = self._snapshot.items if self._snapshot else 0
            else:
                if ids is None:
                    stamps = self._stamps(session)
                else:
                    stamps = self._stamps_of(session, sorted(ids))
                updated, changes = self._caught_up(
                    self._snapshot, session, stamps, ids, may_refit=True
                )
                if changes:
                    self._swap(updated)
            if ids is None:
                self.seen_version = version
        if changes:
            self._maybe_refit()
        return changes

    def catch_up(self, session: Session) -> int:
        """What the version check says changed since the last look (engine/matching/
        freshness.py polls it): nothing when it says the same; the items changed since the
        latest change seen, less a margin, when the count still agrees afterwards; else
        every item compared. The number applied."""
        seen = self.seen_version
        version = self.version_check(session)
        if version == seen:
            return 0
        if seen is None or seen[-1] is None or self._snapshot is None:
            return self.refresh(session)
        recent = self._changed_since(session, seen[-1] - CLOCK_MARGIN)
        changes = self.refresh(session, ids=recent)
        snapshot = self._snapshot
        if snapshot is None or snapshot.items != version[0]:
            return changes + self.refresh(session)
        self.seen_version = version
        return changes

    def _caught_up(
        self,
        snapshot: Snapshot[M],
        session: Session,
        stamps: Mapping[int, datetime],
        ids: Collection[int] | None = None,
        *,
        may_refit: bool = False,
    ) -> tuple[Snapshot[M], int]:
        """`snapshot` with the items as `stamps` (read just now) says they are: every item,
        or only `ids` (then `stamps` holds those of them that belong in the index).
        `may_refit`: a small index (REFIT_HERE) due for a full fit is fitted afresh, here,
        instead of updated."""
        held = snapshot.stamps
        if ids is None:
            removed = {item for item in held if item not in stamps}
        else:
            removed = {item for item in ids if item in held and item not in stamps}
        changed_ids = sorted(item for item, stamp in stamps.items() if held.get(item) != stamp)
        if not removed and not changed_ids:
            return snapshot, 0
        lag = [time.time() - _seconds(stamps[item]) for item in changed_ids]
        if lag:
            INDEX_LAG_SECONDS.labels(index=self.name).set(max(0.0, max(lag)))
        changes = len(removed) + len(changed_ids)
        if (
            may_refit
            and self._refit is None
            and snapshot.items + len(changed_ids) <= REFIT_HERE
            and self._due(snapshot, changes)
        ):
            INDEX_UPDATES.labels(index=self.name).inc(changes)
            return self._build(session, version=snapshot.version + 1), changes
        found = self._read_chunked(session, changed_ids)
        # An item that left between the two reads is removed too.
        removed |= {item for item in changed_ids if item not in found}
        records = [found[item][0] for item in changed_ids if item in found]
        new_stamps = {item: stamp for item, stamp in held.items() if item not in removed}
        new_stamps.update({item: stamps[item] for item in found})
        extras = dict(snapshot.extras)
        for item in removed:
            extras.pop(item, None)
        extras.update({item: found[item][1] for item in found})
        if not new_stamps:
            matcher: M | None = None
        elif snapshot.matcher is None:
            matcher = self._fit([record for _, (record, _) in self._read_all(session, new_stamps)])
        else:
            matcher = self._update(snapshot.matcher, records, {str(item) for item in removed})
        changes = len(removed | set(found))
        INDEX_UPDATES.labels(index=self.name).inc(changes)
        return (
            replace(
                snapshot,
                matcher=matcher,
                stamps=new_stamps,
                version=snapshot.version + 1,
                updated_at=now(),
                changed_since_fit=snapshot.changed_since_fit + changes,
                extras=extras,
                arrays=self._arrays(matcher, extras),
            ),
            changes,
        )

    def _build(self, session: Session, *, version: int) -> Snapshot[M]:
        started = time.perf_counter()
        with collector_paused():
            stamps = self._stamps(session)
            found = dict(self._read_all(session, stamps))
            stamps = {item: stamp for item, stamp in stamps.items() if item in found}
            matcher = self._fit([found[item][0] for item in sorted(found)]) if found else None
            extras = {item: extra for item, (_, extra) in found.items()}
        seconds = time.perf_counter() - started
        INDEX_REFIT_SECONDS.labels(index=self.name).observe(seconds)
        INDEX_REFITS.labels(index=self.name).inc()
        INDEX_LAST_REFIT.labels(index=self.name).set(time.time())
        self.last_refit_seconds = seconds
        moment = now()
        return Snapshot(
            matcher=matcher,
            stamps=stamps,
            version=version,
            built_at=moment,
            updated_at=moment,
            fitted_on=len(stamps),
            changed_since_fit=0,
            extras=extras,
            arrays=self._arrays(matcher, extras),
        )

    def _maybe_refit(self) -> None:
        snapshot = self._snapshot
        if snapshot is None or self._refit is not None:
            return
        if self._due(snapshot) and self._factory is not None:
            self.refit_in_background()

    def _due(self, snapshot: Snapshot[M], changes: int = 0) -> bool:
        """Whether the changes since the last full fit, and `changes` more, call for one."""
        return snapshot.changed_since_fit + changes >= max(1, self.refit_share * snapshot.fitted_on)

    def refit_in_background(self) -> threading.Thread:
        """Starts a full fit in a thread of its own, unless one is running; the thread."""
        if self._factory is None:
            raise RuntimeError("attach a sessionmaker first")
        with self._writing:
            if self._refit is None:
                self._refit = threading.Thread(
                    target=self._refit_now, name=f"refit-{self.name}", daemon=True
                )
                self._refit.start()
            return self._refit

    def _refit_now(self) -> None:
        assert self._factory is not None
        try:
            with self._factory() as session:
                self._refit_in(session, before_swap=self.before_refit_swap)
        except Exception:
            log.exception("the background fit of the %s index failed", self.name)
        finally:
            self._refit = None

    def _refit_in(self, session: Session, *, before_swap: Callable[[], None] | None = None) -> None:
        """A full fit, caught up with what changed while it ran, then swapped in."""
        fitted = self._build(session, version=0)
        if before_swap is not None:
            before_swap()
        with self._writing_with(session):
            current = self._snapshot
            base = replace(fitted, version=current.version if current else 0)
            caught_up, _ = self._caught_up(base, session, self._stamps(session))
            self._swap(replace(caught_up, version=base.version + 1, changed_since_fit=0))

    @contextlib.contextmanager
    def _writing_with(self, session: Session) -> Iterator[None]:
        """The writer's lock, taken once `session` holds its connection: the holder never
        waits for a pool while others wait for it holding theirs."""
        session.connection()
        with self._writing:
            yield

    def _swap(self, snapshot: Snapshot[M]) -> None:
        self._snapshot = snapshot
        INDEX_ITEMS.labels(index=self.name).set(snapshot.items)
        INDEX_VERSION.labels(index=self.name).set(snapshot.version)

    def _read_all(
        self, session: Session, ids: Iterable[int]
    ) -> Iterable[tuple[int, tuple[R, Any]]]:
        return sorted(self._read_chunked(session, sorted(ids)).items())

    def _read_chunked(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[R, Any]]:
        found: dict[int, tuple[R, Any]] = {}
        for start in range(0, len(ids), CHUNK):
            found.update(self._read(session, ids[start : start + CHUNK]))
        return found


def _seconds(moment: datetime) -> float:
    """Unix time of a stored moment (SQLite gives it back without its zone, which is UTC)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


class OpenJobsIndex(LiveIndex["JobMatcher", Any]):
    """The open jobs, for jobs for a person and jobs for a chat message."""

    name = "open_jobs"

    def _stamps(self, session: Session) -> dict[int, datetime]:
        rows = session.execute(
            select(JobPost.id, JobPost.updated_at).where(JobPost.status == JobStatus.OPEN)
        )
        return {row.id: row.updated_at for row in rows}

    def _stamps_among(self, session: Session, ids: Sequence[int]) -> dict[int, datetime]:
        rows = session.execute(
            select(JobPost.id, JobPost.updated_at).where(
                JobPost.id.in_(ids), JobPost.status == JobStatus.OPEN
            )
        )
        return {row.id: row.updated_at for row in rows}

    def _changed_since(self, session: Session, moment: datetime) -> list[int]:
        return list(session.scalars(select(JobPost.id).where(JobPost.updated_at >= moment)))

    def _read(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, Any]]:
        rows = session.execute(
            select(JobPost, Employer.name)
            .join(Employer, Employer.id == JobPost.employer_id)
            .where(JobPost.id.in_(ids), JobPost.status == JobStatus.OPEN)
        ).all()
        return {job.id: (job_from_row(job, employer), None) for job, employer in rows}

    def _fit(self, records: list[Any]) -> JobMatcher:
        # Imported on the first fit, not at start-up: scikit-learn takes a second to load.
        from matchers.jobs.matcher import JobMatcher

        return JobMatcher(current_year=self.current_year).fit(records)

    def _update(self, matcher: JobMatcher, changed: list[Any], removed: set[str]) -> JobMatcher:
        return matcher.updated(changed, removed)

    def version_check(self, session: Session) -> tuple[Any, ...]:
        # Over every job, not the open ones only: a job closed and another opened in the same
        # moment leave the count alone, but not the latest change.
        return tuple(
            session.execute(
                select(
                    func.count(JobPost.id).filter(JobPost.status == JobStatus.OPEN),
                    func.max(JobPost.id),
                    func.max(JobPost.updated_at),
                )
            ).one()
        )


@dataclass(frozen=True, slots=True)
class PeopleArrays:
    """Per fitted person (in the matcher's order): who employers may see, and whose needs."""

    visible: np.ndarray
    shares_needs: np.ndarray
    rows: Mapping[int, int]  # person id → row


class PeopleIndex(LiveIndex["CandidateMatcher", Any]):
    """Every person, for people for a job. Needs are fitted as stated; a request for a viewer
    who may not see someone's needs ranks them without (`CandidateMatcher.rank_among`)."""

    name = "people"

    def _stamps(self, session: Session) -> dict[int, datetime]:
        rows = session.execute(select(Candidate.id, Candidate.updated_at))
        return {row.id: row.updated_at for row in rows}

    def _stamps_among(self, session: Session, ids: Sequence[int]) -> dict[int, datetime]:
        rows = session.execute(
            select(Candidate.id, Candidate.updated_at).where(Candidate.id.in_(ids))
        )
        return {row.id: row.updated_at for row in rows}

    def _changed_since(self, session: Session, moment: datetime) -> list[int]:
        return list(session.scalars(select(Candidate.id).where(Candidate.updated_at >= moment)))

    def _read(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, Any]]:
        people = session.scalars(select(Candidate).where(Candidate.id.in_(ids)))
        return {
            person.id: (
                candidate_record(person, show_needs=True),
                (person.visible_to_employers, person.share_needs_with_employers),
            )
            for person in people
        }

    def _fit(self, records: list[Any]) -> CandidateMatcher:
        from matchers.jobs.matcher import CandidateMatcher

        return CandidateMatcher(current_year=self.current_year).fit(records)

    def _update(
        self, matcher: CandidateMatcher, changed: list[Any], removed: set[str]
    ) -> CandidateMatcher:
        return matcher.updated(changed, removed)

    def _arrays(self, matcher: CandidateMatcher | None, extras: Mapping[int, Any]) -> Any:
        import numpy as np

        ids = [] if matcher is None else [int(person.id) for person in matcher.candidates_]
        flags = [extras[person] for person in ids]
        return PeopleArrays(
            visible=np.array([visible for visible, _ in flags], dtype=bool),
            shares_needs=np.array([shares for _, shares in flags], dtype=bool),
            rows={person: row for row, person in enumerate(ids)},
        )

    def version_check(self, session: Session) -> tuple[Any, ...]:
        return tuple(
            session.execute(
                select(
                    func.count(Candidate.id), func.max(Candidate.id), func.max(Candidate.updated_at)
                )
            ).one()
        )


def people_arrays(snapshot: Snapshot[Any]) -> PeopleArrays:
    assert isinstance(snapshot.arrays, PeopleArrays)
    return snapshot.arrays
