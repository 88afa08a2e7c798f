"""Attendance, the points ledger, rewards and anonymous requests.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "rewards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("points >= 1", name=op.f("ck_rewards_points_positive")),
        sa.CheckConstraint("stock >= 0", name=op.f("ck_rewards_stock_not_negative")),
        sa.ForeignKeyConstraint(
            ["community_id"], ["communities.id"], name=op.f("fk_rewards_community_id_communities")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rewards")),
        sa.UniqueConstraint("external_id", name=op.f("uq_rewards_external_id")),
    )
    with op.batch_alter_table("rewards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rewards_community_id"), ["community_id"], unique=False)

    op.create_table(
        "anonymous_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("follow_up_digest", sa.String(length=64), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "submitted",
                "routed",
                "in_progress",
                "resolved",
                name="request_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "team",
            sa.Enum(
                "party_warmth",
                "civil_wedding",
                "civil_health",
                "school_enrollment",
                "elder_child_care",
                name="request_team",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "category",
            sa.Enum(
                "policy_outreach",
                "errands",
                "care_vulnerable",
                "environment",
                "blood_donation",
                "culture_education",
                "other",
                name="request_category",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "suggested_team",
            sa.Enum(
                "party_warmth",
                "civil_wedding",
                "civil_health",
                "school_enrollment",
                "elder_child_care",
                name="suggested_team",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "suggested_category",
            sa.Enum(
                "policy_outreach",
                "errands",
                "care_vulnerable",
                "environment",
                "blood_donation",
                "culture_education",
                "other",
                name="suggested_category",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("suggestion_confidence", sa.Double(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["communities.id"],
            name=op.f("fk_anonymous_requests_community_id_communities"),
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_anonymous_requests_task_id_tasks"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anonymous_requests")),
        sa.UniqueConstraint(
            "follow_up_digest", name=op.f("uq_anonymous_requests_follow_up_digest")
        ),
    )
    with op.batch_alter_table("anonymous_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_anonymous_requests_community_id"), ["community_id"], unique=False
        )

    op.create_table(
        "ledger_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "volunteer",
                "awards",
                "redemptions",
                name="account_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("community_id", sa.Integer(), nullable=True),
        sa.Column("turn", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["communities.id"],
            name=op.f("fk_ledger_accounts_community_id_communities"),
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_ledger_accounts_volunteer_id_volunteers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_accounts")),
        sa.UniqueConstraint(
            "kind",
            "volunteer_id",
            "community_id",
            name=op.f("uq_ledger_accounts_kind_volunteer_id_community_id"),
        ),
    )
    with op.batch_alter_table("ledger_accounts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ledger_accounts_volunteer_id"), ["volunteer_id"], unique=False
        )

    op.create_table(
        "redemptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reward_id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["reward_id"], ["rewards.id"], name=op.f("fk_redemptions_reward_id_rewards")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"], ["volunteers.id"], name=op.f("fk_redemptions_volunteer_id_volunteers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_redemptions")),
    )
    with op.batch_alter_table("redemptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_redemptions_reward_id"), ["reward_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_redemptions_volunteer_id"), ["volunteer_id"], unique=False
        )

    op.create_table(
        "ledger_transactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("memo", sa.String(length=500), nullable=False),
        sa.Column("sign_up_id", sa.Integer(), nullable=True),
        sa.Column("redemption_id", sa.Integer(), nullable=True),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["ledger_transactions.id"],
            name=op.f("fk_ledger_transactions_corrects_id_ledger_transactions"),
        ),
        sa.ForeignKeyConstraint(
            ["redemption_id"],
            ["redemptions.id"],
            name=op.f("fk_ledger_transactions_redemption_id_redemptions"),
        ),
        sa.ForeignKeyConstraint(
            ["sign_up_id"], ["sign_ups.id"], name=op.f("fk_ledger_transactions_sign_up_id_sign_ups")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_transactions")),
        sa.UniqueConstraint("redemption_id", name=op.f("uq_ledger_transactions_redemption_id")),
        sa.UniqueConstraint("sign_up_id", name=op.f("uq_ledger_transactions_sign_up_id")),
    )
    op.create_table(
        "request_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["anonymous_requests.id"],
            name=op.f("fk_request_updates_request_id_anonymous_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_updates")),
    )
    with op.batch_alter_table("request_updates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_updates_request_id"), ["request_id"], unique=False
        )

    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transaction_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount <> 0", name=op.f("ck_ledger_entries_amount_not_zero")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["ledger_accounts.id"],
            name=op.f("fk_ledger_entries_account_id_ledger_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["ledger_transactions.id"],
            name=op.f("fk_ledger_entries_transaction_id_ledger_transactions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entries")),
    )
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ledger_entries_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ledger_entries_transaction_id"), ["transaction_id"], unique=False
        )

    with op.batch_alter_table("sign_ups", schema=None) as batch_op:
        batch_op.add_column(sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("checked_out_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("minutes_served", sa.Integer(), nullable=True))

    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("check_in_code", sa.String(length=16), nullable=True))


def downgrade() -> None:

    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_column("check_in_code")

    with op.batch_alter_table("sign_ups", schema=None) as batch_op:
        batch_op.drop_column("minutes_served")
        batch_op.drop_column("checked_out_at")
        batch_op.drop_column("checked_in_at")

    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entries_transaction_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_entries_account_id"))

    op.drop_table("ledger_entries")
    with op.batch_alter_table("request_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_updates_request_id"))

    op.drop_table("request_updates")
    op.drop_table("ledger_transactions")
    with op.batch_alter_table("redemptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_redemptions_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_redemptions_reward_id"))

    op.drop_table("redemptions")
    with op.batch_alter_table("ledger_accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_accounts_volunteer_id"))

    op.drop_table("ledger_accounts")
    with op.batch_alter_table("anonymous_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_anonymous_requests_community_id"))

    op.drop_table("anonymous_requests")
    with op.batch_alter_table("rewards", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rewards_community_id"))

    op.drop_table("rewards")
