"""A batch run, its chunks of work, and the rankings it stores.

Readers see only the newest *published* run; a run's results are written chunk by chunk
while it is `running` and become visible all at once when its status turns `published`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql
from sqlalchemy.orm import Mapped, mapped_column

from engine.columns import JsonList, code_enum
from engine.db import Base
from engine.time import now


class RunKind(StrEnum):
    CANDIDATES = "candidates"  # jobs for every person
    JOBS = "jobs"  # people for every job
    BOTH = "both"


class RunStatus(StrEnum):
    RUNNING = "running"
    PUBLISHED = "published"
    FAILED = "failed"


class Side(StrEnum):
    """What a stored ranking lists: jobs (for a person), candidates (for a job), and with
    --volunteers, tasks (for a volunteer) and volunteers (for a task)."""

    JOBS = "jobs"
    CANDIDATES = "candidates"
    TASKS = "tasks"
    VOLUNTEERS = "volunteers"


class Audience(StrEnum):
    """Who may read a stored ranking. A person who states needs is ranked twice: with them,
    for readers who may see the needs (the person, admins, recruiters they share them with),
    and without, for everyone else, so no recruiter can infer a need from which jobs are
    missing. Everyone else once, for all."""

    ALL = "all"
    WITH_NEEDS = "with_needs"
    WITHOUT_NEEDS = "without_needs"


class MatchRun(Base):
    __tablename__ = "match_runs"
    __table_args__ = (
        # At most one run at a time: a second start fails on this index, whatever races.
        Index(
            "ux_match_runs_one_running",
            "status",
            unique=True,
            sqlite_where=sql("status = 'running'"),
            postgresql_where=sql("status = 'running'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RunKind] = mapped_column(code_enum(RunKind, "run_kind"))
    top: Mapped[int]
    incremental: Mapped[bool] = mapped_column(default=False)
    # Also tasks for every volunteer and volunteers for every task.
    volunteers: Mapped[bool] = mapped_column(default=False)
    parameters: Mapped[dict[str, Any]] = mapped_column(JsonList)
    matcher_version: Mapped[str] = mapped_column(String(100))
    status: Mapped[RunStatus] = mapped_column(code_enum(RunStatus, "run_status"), index=True)
    counts: Mapped[dict[str, Any]] = mapped_column(JsonList)
    chunks_total: Mapped[int] = mapped_column(default=0)
    chunks_done: Mapped[int] = mapped_column(default=0)
    started_by: Mapped[str] = mapped_column(String(200), default="")
    host: Mapped[str] = mapped_column(String(200), default="")
    pid: Mapped[int] = mapped_column(default=0)
    error: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime] = mapped_column(default=now)
    heartbeat_at: Mapped[datetime] = mapped_column(default=now)
    finished_at: Mapped[datetime | None]

    @property
    def progress(self) -> float:
        return 1.0 if not self.chunks_total else self.chunks_done / self.chunks_total


class MatchRunChunk(Base):
    """A slice of one side's subjects (people or jobs by id); done once its results are in."""

    __tablename__ = "match_run_chunks"

    run_id: Mapped[int] = mapped_column(
        ForeignKey("match_runs.id", ondelete="CASCADE"), primary_key=True
    )
    side: Mapped[Side] = mapped_column(code_enum(Side, "run_side"), primary_key=True)
    number: Mapped[int] = mapped_column(primary_key=True)
    subject_ids: Mapped[list[int]] = mapped_column(JsonList)
    results: Mapped[int] = mapped_column(default=0)
    done_at: Mapped[datetime | None]


class MatchRunVocabulary(Base):
    """The vocabulary a run fitted for one side (pickled), so that an incremental run after it
    ranks new and changed rows in the same terms instead of refitting."""

    __tablename__ = "match_run_vocabularies"

    run_id: Mapped[int] = mapped_column(
        ForeignKey("match_runs.id", ondelete="CASCADE"), primary_key=True
    )
    side: Mapped[Side] = mapped_column(code_enum(Side, "run_side"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class MatchResult(Base):
    __tablename__ = "match_results"
    __table_args__ = (
        Index("ix_match_results_job", "run_id", "side", "job_id"),
        Index("ix_match_results_candidate", "run_id", "side", "candidate_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("match_runs.id", ondelete="CASCADE"))
    side: Mapped[Side] = mapped_column(code_enum(Side, "run_side"))
    audience: Mapped[Audience] = mapped_column(code_enum(Audience, "run_audience"))
    # No foreign keys: a row of someone deleted since holds no personal data, is never served
    # (readers join the live rows), and tells an incremental run to rank its subject again.
    candidate_id: Mapped[int] = mapped_column(index=True)
    job_id: Mapped[int] = mapped_column(index=True)
    rank: Mapped[int]
    score: Mapped[float]
    # The figure of each score component (reason codes and their figures): the reasons are
    # written again from them, in the reader's language, when the ranking is served.
    figures: Mapped[dict[str, float]] = mapped_column(JsonList)


class VolunteerMatchResult(Base):
    """A stored ranking of tasks for a volunteer (side tasks) or of volunteers for a task."""

    __tablename__ = "volunteer_match_results"
    __table_args__ = (
        Index("ix_volunteer_match_results_task", "run_id", "side", "task_id"),
        Index("ix_volunteer_match_results_volunteer", "run_id", "side", "volunteer_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("match_runs.id", ondelete="CASCADE"))
    side: Mapped[Side] = mapped_column(code_enum(Side, "run_side"))
    volunteer_id: Mapped[int]
    task_id: Mapped[int]
    rank: Mapped[int]
    score: Mapped[float]
    figures: Mapped[dict[str, float]] = mapped_column(JsonList)


class JobAlert(Base):
    """A new top match of a person who opted in to alerts, from the run that found it; once
    per person and job."""

    __tablename__ = "job_alerts"
    __table_args__ = (UniqueConstraint("candidate_id", "job_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    job_id: Mapped[int] = mapped_column(ForeignKey("job_posts.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("match_runs.id", ondelete="SET NULL"))
    score: Mapped[float]
    created_at: Mapped[datetime] = mapped_column(default=now)
    seen_at: Mapped[datetime | None]
