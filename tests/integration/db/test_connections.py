from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from engine.db import make_engine
from engine.migrate import upgrade


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'civicmatch.db'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_foreign_keys_are_enforced(engine):
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO job_posts (external_id, employer_id, title, description, skills,"
                " education, majors, experience_years, location, housing, travel,"
                " graduates_welcome, headcount, status, created_at, updated_at)"
                " VALUES ('x', 999, 't', '', '[]', 'none', '[]', 0, '', false, 'none', false,"
                " 1, 'open', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )


def test_migrations_are_idempotent_and_create_every_table(engine):
    upgrade(engine)
    upgrade(engine)

    tables = set(inspect(engine).get_table_names())
    assert {"job_posts", "live_streams", "presentations", "candidates", "applications"} <= tables
    assert {"application_events", "api_tokens", "accounts", "employers"} <= tables


def test_migrations_match_the_models(engine):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from engine.models import Base

    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
