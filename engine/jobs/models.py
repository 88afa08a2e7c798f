from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engine.columns import JsonList, code_enum
from engine.db import Base
from engine.time import now
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel


class JobStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class LiveStreamStatus(StrEnum):
    SCHEDULED = "scheduled"
    LIVE = "live"
    ENDED = "ended"


class Employer(Base):
    __tablename__ = "employers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=now)


class JobPost(Base):
    __tablename__ = "job_posts"
    __table_args__ = (
        CheckConstraint("headcount >= 1", name="headcount_positive"),
        CheckConstraint("experience_years >= 0", name="experience_not_negative"),
        CheckConstraint(
            "salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max",
            name="salary_range_ordered",
        ),
        Index("ix_job_posts_status_id", "status", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[list[str]] = mapped_column(JsonList, default=list)
    education: Mapped[EducationLevel] = mapped_column(
        code_enum(EducationLevel, "education_level"), default=EducationLevel.NONE
    )
    majors: Mapped[list[str]] = mapped_column(JsonList, default=list)
    experience_years: Mapped[int] = mapped_column(default=0)
    salary_min: Mapped[int | None]
    salary_max: Mapped[int | None]
    location: Mapped[str] = mapped_column(String(200), default="")
    housing: Mapped[bool] = mapped_column(default=False)
    travel: Mapped[TravelLevel] = mapped_column(
        code_enum(TravelLevel, "travel_level"), default=TravelLevel.NONE
    )
    graduates_welcome: Mapped[bool] = mapped_column(default=False)
    headcount: Mapped[int] = mapped_column(default=1)
    live_stream_id: Mapped[int | None] = mapped_column(
        ForeignKey("live_streams.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[JobStatus] = mapped_column(
        code_enum(JobStatus, "job_status"), default=JobStatus.OPEN
    )
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)
    closed_at: Mapped[datetime | None]

    employer: Mapped[Employer] = relationship()
    accommodation_rows: Mapped[list[JobAccommodation]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="JobAccommodation.accommodation"
    )

    @property
    def accommodations(self) -> list[Accommodation]:
        offered = {row.accommodation for row in self.accommodation_rows}
        return [accommodation for accommodation in Accommodation if accommodation in offered]

    @accommodations.setter
    def accommodations(self, values: list[Accommodation]) -> None:
        wanted = set(values)
        kept = [row for row in self.accommodation_rows if row.accommodation in wanted]
        present = {row.accommodation for row in kept}
        kept.extend(JobAccommodation(accommodation=value) for value in wanted - present)
        self.accommodation_rows = kept


class JobAccommodation(Base):
    """What a workplace offers; one row per accommodation so filters stay plain SQL."""

    __tablename__ = "job_accommodations"

    job_id: Mapped[int] = mapped_column(
        ForeignKey("job_posts.id", ondelete="CASCADE"), primary_key=True
    )
    accommodation: Mapped[Accommodation] = mapped_column(
        code_enum(Accommodation, "accommodation"), primary_key=True
    )


class LiveStream(Base):
    """A live-stream job fair (直播带岗); an employer's own, or the city's when employer is None.

    A broadcast first met as a job's `livestream` in an imported file has no scheduled start.
    """

    __tablename__ = "live_streams"
    __table_args__ = (
        CheckConstraint("viewer_count >= 0", name="viewer_count_not_negative"),
        CheckConstraint(
            "questions_asked >= 0 AND viewer_visits >= 0 AND peak_viewers >= 0",
            name="live_figures_not_negative",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    host: Mapped[str] = mapped_column(String(200), default="")
    # Broadcasts of one campaign (2023年春风行动) are counted together.
    campaign: Mapped[str | None] = mapped_column(String(200), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"), index=True)
    scheduled_start: Mapped[datetime | None]
    status: Mapped[LiveStreamStatus] = mapped_column(
        code_enum(LiveStreamStatus, "live_stream_status"), default=LiveStreamStatus.SCHEDULED
    )
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    # Reported by the host from the streaming platform.
    viewer_count: Mapped[int] = mapped_column(default=0)
    # Counted by civicmatch: questions asked in the broadcast, and companion-page viewers
    # (visits, 观看人次, and the most watching at once).
    questions_asked: Mapped[int] = mapped_column(default=0)
    viewer_visits: Mapped[int] = mapped_column(default=0)
    peak_viewers: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)


class Presentation(Base):
    """One job presented in a broadcast, at a position in the running order.

    `presented_at` is unknown (None) for presentations known only from an imported file.
    """

    __tablename__ = "presentations"
    __table_args__ = (
        UniqueConstraint("live_stream_id", "job_id"),
        UniqueConstraint("live_stream_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    live_stream_id: Mapped[int] = mapped_column(ForeignKey("live_streams.id", ondelete="CASCADE"))
    job_id: Mapped[int] = mapped_column(ForeignKey("job_posts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    presented_at: Mapped[datetime | None] = mapped_column(default=now)
