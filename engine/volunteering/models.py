from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from engine.columns import JsonList, code_enum
from engine.db import Base
from engine.time import now
from matchers.vocabulary import TaskCategory, VolunteerTeam


class TaskStatus(StrEnum):
    OPEN = "open"
    CANCELLED = "cancelled"
    COMPLETED = "completed"


class SignUpStatus(StrEnum):
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    COMPLETED = "completed"  # the coordinator confirmed the service; points were awarded
    NO_SHOW = "no_show"


class Community(Base):
    """A neighbourhood (社区) that runs the programme, e.g. 御苑社区."""

    __tablename__ = "communities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=now)


class Volunteer(Base):
    """A volunteer's profile, every field of volunteers.jsonl.

    `sign_up_turn` is bumped at the start of each of the volunteer's sign-ups, so that two
    sign-ups of one person wait for each other and cannot both pass the overlap check.
    """

    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), unique=True
    )
    community_id: Mapped[int | None] = mapped_column(ForeignKey("communities.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    skills: Mapped[list[str]] = mapped_column(JsonList, default=list)
    teams: Mapped[list[str]] = mapped_column(JsonList, default=list)
    availability: Mapped[list[dict[str, object]]] = mapped_column(JsonList, default=list)
    bio: Mapped[str] = mapped_column(Text, default="")
    sign_up_turn: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)


class Task(Base):
    """A volunteer task, every field of tasks.jsonl; `confirmed` counts confirmed sign-ups."""

    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint("slots >= 1", name="slots_positive"),
        CheckConstraint("points >= 0", name="points_not_negative"),
        CheckConstraint("confirmed >= 0 AND confirmed <= slots", name="confirmed_within_slots"),
        CheckConstraint("starts_at < ends_at", name="ends_after_start"),
        Index("ix_tasks_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    community_id: Mapped[int | None] = mapped_column(ForeignKey("communities.id"), index=True)
    coordinator_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[TaskCategory] = mapped_column(
        code_enum(TaskCategory, "task_category"), default=TaskCategory.OTHER
    )
    team: Mapped[VolunteerTeam | None] = mapped_column(code_enum(VolunteerTeam, "team"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    slots: Mapped[int] = mapped_column(default=1)
    skills: Mapped[list[str]] = mapped_column(JsonList, default=list)
    points: Mapped[int] = mapped_column(default=0)
    status: Mapped[TaskStatus] = mapped_column(
        code_enum(TaskStatus, "task_status"), default=TaskStatus.OPEN
    )
    confirmed: Mapped[int] = mapped_column(default=0)
    check_in_code: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)


class SignUp(Base):
    """A volunteer's place on a task: confirmed, on the waitlist (in order), or cancelled."""

    __tablename__ = "sign_ups"
    __table_args__ = (UniqueConstraint("task_id", "volunteer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteers.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[SignUpStatus] = mapped_column(code_enum(SignUpStatus, "sign_up_status"))
    queued_at: Mapped[datetime] = mapped_column(default=now)
    checked_in_at: Mapped[datetime | None]
    checked_out_at: Mapped[datetime | None]
    minutes_served: Mapped[int | None]
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)
