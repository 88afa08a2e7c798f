"""Batch match runs: the runs, their chunks of work and the rankings they store.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "match_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "candidates",
                "jobs",
                "both",
                name="run_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("top", sa.Integer(), nullable=False),
        sa.Column("incremental", sa.Boolean(), nullable=False),
        sa.Column("volunteers", sa.Boolean(), nullable=False),
        sa.Column("parameters", JSON, nullable=False),
        sa.Column("matcher_version", sa.String(length=100), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "running",
                "published",
                "failed",
                name="run_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("counts", JSON, nullable=False),
        sa.Column("chunks_total", sa.Integer(), nullable=False),
        sa.Column("chunks_done", sa.Integer(), nullable=False),
        sa.Column("started_by", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=200), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_runs")),
    )
    with op.batch_alter_table("match_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_runs_status"), ["status"], unique=False)
        batch_op.create_index(
            "ux_match_runs_one_running",
            ["status"],
            unique=True,
            sqlite_where=sa.text("status = 'running'"),
            postgresql_where=sa.text("status = 'running'"),
        )

    op.create_table(
        "match_run_chunks",
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column(
            "side",
            sa.Enum(
                "jobs",
                "candidates",
                "tasks",
                "volunteers",
                name="run_side",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("subject_ids", JSON, nullable=False),
        sa.Column("results", sa.Integer(), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["match_runs.id"],
            name=op.f("fk_match_run_chunks_run_id_match_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("run_id", "side", "number", name=op.f("pk_match_run_chunks")),
    )
    op.create_table(
        "match_results",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column(
            "side",
            sa.Enum(
                "jobs",
                "candidates",
                "tasks",
                "volunteers",
                name="run_side",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "audience",
            sa.Enum(
                "all",
                "with_needs",
                "without_needs",
                name="run_audience",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("figures", JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["match_runs.id"],
            name=op.f("fk_match_results_run_id_match_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_results")),
    )
    with op.batch_alter_table("match_results", schema=None) as batch_op:
        batch_op.create_index(
            "ix_match_results_candidate", ["run_id", "side", "candidate_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_match_results_candidate_id"), ["candidate_id"], unique=False
        )
        batch_op.create_index("ix_match_results_job", ["run_id", "side", "job_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_match_results_job_id"), ["job_id"], unique=False)
    op.create_table(
        "match_run_vocabularies",
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column(
            "side",
            sa.Enum(
                "jobs",
                "candidates",
                "tasks",
                "volunteers",
                name="run_side",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["match_runs.id"],
            name=op.f("fk_match_run_vocabularies_run_id_match_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("run_id", "side", name=op.f("pk_match_run_vocabularies")),
    )
    op.create_table(
        "volunteer_match_results",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column(
            "side",
            sa.Enum(
                "jobs",
                "candidates",
                "tasks",
                "volunteers",
                name="run_side",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("figures", JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["match_runs.id"],
            name=op.f("fk_volunteer_match_results_run_id_match_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_match_results")),
    )
    with op.batch_alter_table("volunteer_match_results") as batch_op:
        batch_op.create_index(
            "ix_volunteer_match_results_task", ["run_id", "side", "task_id"], unique=False
        )
        batch_op.create_index(
            "ix_volunteer_match_results_volunteer",
            ["run_id", "side", "volunteer_id"],
            unique=False,
        )
    op.create_table(
        "job_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_job_alerts_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["job_posts.id"],
            name=op.f("fk_job_alerts_job_id_job_posts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["match_runs.id"],
            name=op.f("fk_job_alerts_run_id_match_runs"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_alerts")),
        sa.UniqueConstraint(
            "candidate_id", "job_id", name=op.f("uq_job_alerts_candidate_id_job_id")
        ),
    )
    with op.batch_alter_table("job_alerts") as batch_op:
        batch_op.create_index(batch_op.f("ix_job_alerts_candidate_id"), ["candidate_id"])
        batch_op.create_index(batch_op.f("ix_job_alerts_job_id"), ["job_id"])
    with op.batch_alter_table("candidates") as batch_op:
        batch_op.add_column(
            sa.Column("alerts_enabled", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("candidates") as batch_op:
        batch_op.drop_column("alerts_enabled")
    op.drop_table("job_alerts")
    op.drop_table("match_run_vocabularies")
    op.drop_table("volunteer_match_results")
    with op.batch_alter_table("match_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_match_results_job_id"))
        batch_op.drop_index("ix_match_results_job")
        batch_op.drop_index(batch_op.f("ix_match_results_candidate_id"))
        batch_op.drop_index("ix_match_results_candidate")

    op.drop_table("match_results")
    op.drop_table("match_run_chunks")
    with op.batch_alter_table("match_runs", schema=None) as batch_op:
        batch_op.drop_index(
            "ux_match_runs_one_running",
            sqlite_where=sa.text("status = 'running'"),
            postgresql_where=sa.text("status = 'running'"),
        )
        batch_op.drop_index(batch_op.f("ix_match_runs_status"))

    op.drop_table("match_runs")
