from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engine.columns import JsonList, code_enum
from engine.db import Base
from engine.time import now
from matchers.vocabulary import EducationLevel, TravelLevel


class ApplicationStatus(StrEnum):
    SUBMITTED = "submitted"
    SCREENING = "screening"
    INTERVIEW = "interview"
    OFFER = "offer"
    HIRED = "hired"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class Candidate(Base):
    """A job seeker's profile. `name`, `age`, contacts and `needs` are personal data."""

    __tablename__ = "candidates"
    __table_args__ = (CheckConstraint("experience_years >= 0", name="experience_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), unique=True
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    age: Mapped[int | None]
    education: Mapped[EducationLevel] = mapped_column(
        code_enum(EducationLevel, "education_level"), default=EducationLevel.NONE
    )
    major: Mapped[str] = mapped_column(String(200), default="")
    graduation_year: Mapped[int | None]
    experience_years: Mapped[int] = mapped_column(default=0)
    skills: Mapped[list[str]] = mapped_column(JsonList, default=list)
    summary: Mapped[str] = mapped_column(Text, default="")
    desired_titles: Mapped[list[str]] = mapped_column(JsonList, default=list)
    salary_expectation: Mapped[int | None]
    locations: Mapped[list[str]] = mapped_column(JsonList, default=list)
    needs_housing: Mapped[bool] = mapped_column(default=False)
    travel: Mapped[TravelLevel] = mapped_column(
        code_enum(TravelLevel, "travel_level"), default=TravelLevel.FREQUENT
    )
    needs: Mapped[list[str]] = mapped_column(JsonList, default=list)
    share_needs_with_employers: Mapped[bool] = mapped_column(default=False)
    visible_to_employers: Mapped[bool] = mapped_column(default=False)
    # Opted in to job alerts: new top matches of each published batch run.
    alerts_enabled: Mapped[bool] = mapped_column(default=False)
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)


class Application(Base):
    __tablename__ = "applications"
    __table_args__ = (UniqueConstraint("candidate_id", "job_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    job_id: Mapped[int] = mapped_column(ForeignKey("job_posts.id", ondelete="CASCADE"), index=True)
    live_stream_id: Mapped[int | None] = mapped_column(
        ForeignKey("live_streams.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[ApplicationStatus] = mapped_column(
        code_enum(ApplicationStatus, "application_status"), default=ApplicationStatus.SUBMITTED
    )
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)

    events: Mapped[list[ApplicationEvent]] = relationship(
        order_by="ApplicationEvent.id", cascade="all, delete-orphan"
    )


class ApplicationEvent(Base):
    """One change of an application's status; the history is never edited."""

    __tablename__ = "application_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[ApplicationStatus | None] = mapped_column(
        code_enum(ApplicationStatus, "from_status")
    )
    to_status: Mapped[ApplicationStatus] = mapped_column(code_enum(ApplicationStatus, "to_status"))
    actor_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=now)
