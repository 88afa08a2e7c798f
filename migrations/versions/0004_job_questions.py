"""Viewers' questions about jobs, and the recruiters' answers.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "job_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("live_stream_id", sa.Integer(), nullable=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_by_account_id", sa.Integer(), nullable=True),
        sa.Column("asked_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("asked_count >= 1", name=op.f("ck_job_questions_asked_count_positive")),
        sa.ForeignKeyConstraint(
            ["answered_by_account_id"],
            ["accounts.id"],
            name=op.f("fk_job_questions_answered_by_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["job_posts.id"],
            name=op.f("fk_job_questions_job_id_job_posts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["live_stream_id"],
            ["live_streams.id"],
            name=op.f("fk_job_questions_live_stream_id_live_streams"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_questions")),
        sa.UniqueConstraint("job_id", "key", name=op.f("uq_job_questions_job_id_key")),
    )
    with op.batch_alter_table("job_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_job_questions_live_stream_id"), ["live_stream_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("job_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_job_questions_live_stream_id"))

    op.drop_table("job_questions")
