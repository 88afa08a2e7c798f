"""Jobs, employers, live streams, candidates, applications and API tokens.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "employers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employers")),
        sa.UniqueConstraint("name", name=op.f("uq_employers_name")),
    )
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "admin",
                "recruiter",
                "seeker",
                "volunteer",
                "coordinator",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=True),
        sa.Column("community", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employers.id"], name=op.f("fk_accounts_employer_id_employers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accounts_employer_id"), ["employer_id"], unique=False)

    op.create_table(
        "live_streams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=200), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=True),
        sa.Column("scheduled_start", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "scheduled",
                "live",
                "ended",
                name="live_stream_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("viewer_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "viewer_count >= 0", name=op.f("ck_live_streams_viewer_count_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employers.id"], name=op.f("fk_live_streams_employer_id_employers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_streams")),
        sa.UniqueConstraint("external_id", name=op.f("uq_live_streams_external_id")),
    )
    with op.batch_alter_table("live_streams", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_live_streams_employer_id"), ["employer_id"], unique=False
        )

    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_api_tokens_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("digest", name=op.f("uq_api_tokens_digest")),
    )
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_tokens_account_id"), ["account_id"], unique=False)

    op.create_table(
        "candidates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column(
            "education",
            sa.Enum(
                "none",
                "junior_high",
                "high_school",
                "secondary_vocational",
                "associate",
                "bachelor",
                "master",
                "doctorate",
                name="education_level",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("major", sa.String(length=200), nullable=False),
        sa.Column("graduation_year", sa.Integer(), nullable=True),
        sa.Column("experience_years", sa.Integer(), nullable=False),
        sa.Column(
            "skills",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column(
            "desired_titles",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("salary_expectation", sa.Integer(), nullable=True),
        sa.Column(
            "locations",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("needs_housing", sa.Boolean(), nullable=False),
        sa.Column(
            "travel",
            sa.Enum(
                "none",
                "occasional",
                "frequent",
                name="travel_level",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "needs",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("share_needs_with_employers", sa.Boolean(), nullable=False),
        sa.Column("visible_to_employers", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "experience_years >= 0", name=op.f("ck_candidates_experience_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_candidates_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidates")),
        sa.UniqueConstraint("account_id", name=op.f("uq_candidates_account_id")),
        sa.UniqueConstraint("external_id", name=op.f("uq_candidates_external_id")),
    )
    op.create_table(
        "job_posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "skills",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "education",
            sa.Enum(
                "none",
                "junior_high",
                "high_school",
                "secondary_vocational",
                "associate",
                "bachelor",
                "master",
                "doctorate",
                name="education_level",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "majors",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("experience_years", sa.Integer(), nullable=False),
        sa.Column("salary_min", sa.Integer(), nullable=True),
        sa.Column("salary_max", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("housing", sa.Boolean(), nullable=False),
        sa.Column(
            "travel",
            sa.Enum(
                "none",
                "occasional",
                "frequent",
                name="travel_level",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("graduates_welcome", sa.Boolean(), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.Column("live_stream_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "closed",
                name="job_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "experience_years >= 0", name=op.f("ck_job_posts_experience_not_negative")
        ),
        sa.CheckConstraint("headcount >= 1", name=op.f("ck_job_posts_headcount_positive")),
        sa.CheckConstraint(
            "salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max",
            name=op.f("ck_job_posts_salary_range_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employers.id"], name=op.f("fk_job_posts_employer_id_employers")
        ),
        sa.ForeignKeyConstraint(
            ["live_stream_id"],
            ["live_streams.id"],
            name=op.f("fk_job_posts_live_stream_id_live_streams"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_posts")),
        sa.UniqueConstraint("external_id", name=op.f("uq_job_posts_external_id")),
    )
    with op.batch_alter_table("job_posts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_job_posts_employer_id"), ["employer_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_job_posts_live_stream_id"), ["live_stream_id"], unique=False
        )
        batch_op.create_index("ix_job_posts_status_id", ["status", "id"], unique=False)

    op.create_table(
        "applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("live_stream_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "submitted",
                "screening",
                "interview",
                "offer",
                "hired",
                "rejected",
                "withdrawn",
                name="application_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_applications_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["job_posts.id"],
            name=op.f("fk_applications_job_id_job_posts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["live_stream_id"],
            ["live_streams.id"],
            name=op.f("fk_applications_live_stream_id_live_streams"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
        sa.UniqueConstraint(
            "candidate_id", "job_id", name=op.f("uq_applications_candidate_id_job_id")
        ),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_applications_candidate_id"), ["candidate_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_applications_job_id"), ["job_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_applications_live_stream_id"), ["live_stream_id"], unique=False
        )

    op.create_table(
        "job_accommodations",
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column(
            "accommodation",
            sa.Enum(
                "wheelchair_access",
                "seated_work",
                "no_heavy_lifting",
                "flexible_hours",
                "remote_possible",
                "sign_language",
                "screen_reader",
                name="accommodation",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["job_posts.id"],
            name=op.f("fk_job_accommodations_job_id_job_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("job_id", "accommodation", name=op.f("pk_job_accommodations")),
    )
    op.create_table(
        "presentations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("live_stream_id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("presented_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["job_posts.id"],
            name=op.f("fk_presentations_job_id_job_posts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["live_stream_id"],
            ["live_streams.id"],
            name=op.f("fk_presentations_live_stream_id_live_streams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_presentations")),
        sa.UniqueConstraint(
            "live_stream_id", "job_id", name=op.f("uq_presentations_live_stream_id_job_id")
        ),
        sa.UniqueConstraint(
            "live_stream_id", "position", name=op.f("uq_presentations_live_stream_id_position")
        ),
    )
    with op.batch_alter_table("presentations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_presentations_job_id"), ["job_id"], unique=False)

    op.create_table(
        "application_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "submitted",
                "screening",
                "interview",
                "offer",
                "hired",
                "rejected",
                "withdrawn",
                name="from_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "submitted",
                "screening",
                "interview",
                "offer",
                "hired",
                "rejected",
                "withdrawn",
                name="to_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("actor_account_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_account_id"],
            ["accounts.id"],
            name=op.f("fk_application_events_actor_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_application_events_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_events")),
    )
    with op.batch_alter_table("application_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_events_application_id"), ["application_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("application_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_events_application_id"))

    op.drop_table("application_events")
    with op.batch_alter_table("presentations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_presentations_job_id"))

    op.drop_table("presentations")
    op.drop_table("job_accommodations")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applications_live_stream_id"))
        batch_op.drop_index(batch_op.f("ix_applications_job_id"))
        batch_op.drop_index(batch_op.f("ix_applications_candidate_id"))

    op.drop_table("applications")
    with op.batch_alter_table("job_posts", schema=None) as batch_op:
        batch_op.drop_index("ix_job_posts_status_id")
        batch_op.drop_index(batch_op.f("ix_job_posts_live_stream_id"))
        batch_op.drop_index(batch_op.f("ix_job_posts_employer_id"))

    op.drop_table("job_posts")
    op.drop_table("candidates")
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_tokens_account_id"))

    op.drop_table("api_tokens")
    with op.batch_alter_table("live_streams", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_live_streams_employer_id"))

    op.drop_table("live_streams")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_employer_id"))

    op.drop_table("accounts")
    op.drop_table("employers")
