"""Anonymous resident requests (红便签) and their public progress.

No account, IP address, user agent or other identity is stored with a request. The
submitter holds a follow-up code; only its SHA-256 digest is kept.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from engine.columns import code_enum
from engine.db import Base
from engine.time import now
from matchers.vocabulary import TaskCategory, VolunteerTeam


class RequestStatus(StrEnum):
    SUBMITTED = "submitted"
    ROUTED = "routed"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"


class AnonymousRequest(Base):
    __tablename__ = "anonymous_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int | None] = mapped_column(ForeignKey("communities.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    follow_up_digest: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[RequestStatus] = mapped_column(
        code_enum(RequestStatus, "request_status"), default=RequestStatus.SUBMITTED
    )
    team: Mapped[VolunteerTeam | None] = mapped_column(code_enum(VolunteerTeam, "request_team"))
    category: Mapped[TaskCategory | None] = mapped_column(
        code_enum(TaskCategory, "request_category")
    )
    suggested_team: Mapped[VolunteerTeam | None] = mapped_column(
        code_enum(VolunteerTeam, "suggested_team")
    )
    suggested_category: Mapped[TaskCategory | None] = mapped_column(
        code_enum(TaskCategory, "suggested_category")
    )
    suggestion_confidence: Mapped[float | None]
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)


class RequestUpdate(Base):
    """Progress posted by a coordinator; shown on the public board without any identity."""

    __tablename__ = "request_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("anonymous_requests.id", ondelete="CASCADE"), index=True
    )
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=now)
