"""Points as a double-entry ledger, the rewards catalogue, and redemptions.

Every movement of points is one `LedgerTransaction` whose `LedgerEntry` amounts add up to
zero across accounts; balances are sums of entries; nothing is ever edited, a correction
is a new transaction. `LedgerAccount.turn` is bumped before a balance is checked, so two
spends from one account wait for each other.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from engine.columns import code_enum
from engine.db import Base
from engine.time import now


class AccountKind(StrEnum):
    VOLUNTEER = "volunteer"  # a volunteer's points
    AWARDS = "awards"  # where a community's awarded points come from
    REDEMPTIONS = "redemptions"  # where points spent on rewards go


class LedgerAccount(Base):
    __tablename__ = "ledger_accounts"
    __table_args__ = (UniqueConstraint("kind", "volunteer_id", "community_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AccountKind] = mapped_column(code_enum(AccountKind, "account_kind"))
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteers.id", ondelete="RESTRICT"), index=True
    )
    community_id: Mapped[int | None] = mapped_column(ForeignKey("communities.id"))
    turn: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=now)


class LedgerTransaction(Base):
    __tablename__ = "ledger_transactions"

    id: Mapped[int] = mapped_column(primary_key=True)
    memo: Mapped[str] = mapped_column(String(500), default="")
    sign_up_id: Mapped[int | None] = mapped_column(ForeignKey("sign_ups.id"), unique=True)
    redemption_id: Mapped[int | None] = mapped_column(ForeignKey("redemptions.id"), unique=True)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_transactions.id"))
    created_at: Mapped[datetime] = mapped_column(default=now)


class LedgerEntry(Base):
    __tablename__ = "ledger_entries"
    __table_args__ = (CheckConstraint("amount <> 0", name="amount_not_zero"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    transaction_id: Mapped[int] = mapped_column(
        ForeignKey("ledger_transactions.id", ondelete="RESTRICT"), index=True
    )
    account_id: Mapped[int] = mapped_column(
        ForeignKey("ledger_accounts.id", ondelete="RESTRICT"), index=True
    )
    amount: Mapped[int]


class Reward(Base):
    """An item in the rewards catalogue (实物兑换)."""

    __tablename__ = "rewards"
    __table_args__ = (
        CheckConstraint("points >= 1", name="points_positive"),
        CheckConstraint("stock >= 0", name="stock_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    community_id: Mapped[int | None] = mapped_column(ForeignKey("communities.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[int]
    stock: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)


class Redemption(Base):
    __tablename__ = "redemptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    reward_id: Mapped[int] = mapped_column(ForeignKey("rewards.id"), index=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    points: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=now)
