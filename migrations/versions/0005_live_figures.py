"""Broadcast campaigns and the figures civicmatch counts during a broadcast.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNTERS = ("questions_asked", "viewer_visits", "peak_viewers")


def upgrade() -> None:
    # Batch mode: SQLite can add a check constraint only by copying the table.
    with op.batch_alter_table("live_streams") as batch:
        batch.add_column(sa.Column("campaign", sa.String(length=200), nullable=True))
        for name in COUNTERS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default="0"))
        batch.create_index("ix_live_streams_campaign", ["campaign"])
        batch.create_check_constraint(
            op.f("ck_live_streams_live_figures_not_negative"),
            "questions_asked >= 0 AND viewer_visits >= 0 AND peak_viewers >= 0",
        )


def downgrade() -> None:
    with op.batch_alter_table("live_streams") as batch:
        batch.drop_constraint(op.f("ck_live_streams_live_figures_not_negative"), type_="check")
        batch.drop_index("ix_live_streams_campaign")
        for name in reversed(COUNTERS):
            batch.drop_column(name)
        batch.drop_column("campaign")
