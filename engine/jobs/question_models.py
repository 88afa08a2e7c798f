"""Questions viewers ask about a job that its fields cannot answer, and the recruiters' answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from engine.db import Base
from engine.time import now


class JobQuestion(Base):
    """One question per job and normalised `key`; repeats raise `asked_count`.

    `answer` is None while the question waits for the employer's recruiter.
    """

    __tablename__ = "job_questions"
    __table_args__ = (
        UniqueConstraint("job_id", "key"),
        CheckConstraint("asked_count >= 1", name="asked_count_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("job_posts.id", ondelete="CASCADE"))
    live_stream_id: Mapped[int | None] = mapped_column(
        ForeignKey("live_streams.id", ondelete="SET NULL"), index=True
    )
    question: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str | None] = mapped_column(String(32))
    answer: Mapped[str | None] = mapped_column(Text)
    answered_by_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL")
    )
    asked_count: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=now)
    answered_at: Mapped[datetime | None]
