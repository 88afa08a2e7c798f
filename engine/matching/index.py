"""A fitted matcher over the open jobs, refitted only when the jobs change."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engine.jobs.models import Employer, JobPost, JobStatus
from engine.matching.records import job_from_row
from engine.metrics import INDEX_REFIT_SECONDS, INDEX_REFITS

if TYPE_CHECKING:
    from matchers.jobs.matcher import JobMatcher


@dataclass(frozen=True, slots=True)
class _Fitted:
    version: tuple[Any, ...]
    matcher: JobMatcher | None


class OpenJobsIndex:
    """One per process: shared by requests, safe across threads.

    A cheap query tells whether any open job was added, changed or closed since the last fit;
    only then are the open jobs read and the matcher fitted again.
    """

    def __init__(self, *, current_year: int | None = None):
        self.current_year = current_year  # None: the matcher asks for the year when ranking
        self._fitted = _Fitted(version=(), matcher=None)
        self._lock = threading.Lock()

    def matcher(self, *, session: Session) -> JobMatcher | None:
        """The matcher over the open jobs now; None when there are none."""
        version = _version(session)
        fitted = self._fitted
        if fitted.version == version:
            return fitted.matcher
        with self._lock:
            if self._fitted.version != version:
                with INDEX_REFIT_SECONDS.labels(index="open_jobs").time():
                    matcher = self._fit(session)
                INDEX_REFITS.labels(index="open_jobs").inc()
                self._fitted = _Fitted(version=version, matcher=matcher)
            return self._fitted.matcher

    def _fit(self, session: Session) -> JobMatcher | None:
        # Imported on the first match, not at start-up: scikit-learn takes a second to load.
        from matchers.jobs.matcher import JobMatcher

        rows = session.execute(
            select(JobPost, Employer.name)
            .join(Employer, Employer.id == JobPost.employer_id)
            .where(JobPost.status == JobStatus.OPEN)
            .order_by(JobPost.id)
        ).all()
        if not rows:
            return None
        jobs = [job_from_row(job, employer) for job, employer in rows]
        return JobMatcher(current_year=self.current_year).fit(jobs)


def _version(session: Session) -> tuple[Any, ...]:
    return tuple(
        session.execute(
            select(
                func.count(JobPost.id), func.max(JobPost.id), func.max(JobPost.updated_at)
            ).where(JobPost.status == JobStatus.OPEN)
        ).one()
    )
