from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engine.columns import code_enum
from engine.db import Base
from engine.jobs.models import Employer
from engine.time import now


class Role(StrEnum):
    ADMIN = "admin"
    RECRUITER = "recruiter"
    SEEKER = "seeker"
    VOLUNTEER = "volunteer"
    COORDINATOR = "coordinator"


class Account(Base):
    """Who acts: an operator, a recruiter of one employer, a seeker, a volunteer, a coordinator."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[Role] = mapped_column(code_enum(Role, "role"))
    name: Mapped[str] = mapped_column(String(200), default="")
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"), index=True)
    community: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=now)

    employer: Mapped[Employer | None] = relationship()


class ApiToken(Base):
    """A bearer token; only its SHA-256 digest is kept."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=now)
    revoked_at: Mapped[datetime | None]

    account: Mapped[Account] = relationship()
