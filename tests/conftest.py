"""Fixtures shared by every test: real databases, tokens, and the API in-process.

Tests that take `database_url` run on SQLite and, when CIVICMATCH_TEST_POSTGRES_URL is set,
on PostgreSQL too. PostgreSQL tests use a database created for this run and dropped after.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from engine.accounts.models import Role
from engine.accounts.tokens import create_token
from engine.db import make_engine, make_sessionmaker, transaction
from engine.migrate import upgrade
from engine.models import Base

POSTGRES_ENV = "CIVICMATCH_TEST_POSTGRES_URL"


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto`: one test process more than cores. Many tests wait on a server, a database
    or a subprocess, and a third process on two cores fills those waits (11 minutes → 9.7)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own answer reads it
    return (os.cpu_count() or 1) + 1


@pytest.fixture(autouse=True)
def default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in the default language (Chinese) whatever the shell sets; a test that wants
    another sets CIVICMATCH_LANGUAGE itself."""
    monkeypatch.delenv("CIVICMATCH_LANGUAGE", raising=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file; each test gets a copy, which is much faster than migrating."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this run, migrated once."""
    server_url = os.environ.get(POSTGRES_ENV)
    if not server_url:
        pytest.skip(f"{POSTGRES_ENV} is not set")
    name = f"civicmatch_test_{uuid.uuid4().hex[:10]}"
    admin = make_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path
) -> Iterator[str]:
    """An empty, migrated database of each kind, private to the test."""
    if request.param == "sqlite":
        path = tmp_path / "civicmatch.db"
        shutil.copy(sqlite_template, path)
        yield f"sqlite:///{path}"
        return
    url = request.getfixturevalue("postgres_url")
    yield url
    empty_postgres(url)


def empty_postgres(url: str) -> None:
    """Every table emptied and every id sequence restarted, for the next test. DELETE rather
    than TRUNCATE: a test's few rows go ten times faster than new files for every table."""
    tables = reversed(Base.metadata.sorted_tables)  # those referring to others first
    statements = [f'DELETE FROM "{table.name}"' for table in tables]
    statements.append("SELECT setval(oid, 1, false) FROM pg_class WHERE relkind = 'S'")
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql(";\n".join(statements))
    engine.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return make_sessionmaker(engine)


@pytest.fixture
def make_token(sessions: sessionmaker[Session]):  # type: ignore[no-untyped-def]
    """make_token("recruiter", employer="…") -> a bearer token for a new account."""

    def make(role: str, **options: Any) -> str:
        with transaction(sessions) as session:
            token, _ = create_token(session=session, role=Role(role), **options)
        return token

    return make


@pytest.fixture
def api(database_url: str):  # type: ignore[no-untyped-def]
    """The GraphQL API of a real app on the test database, called in-process."""
    from tests.api import graphql_client

    with graphql_client(database_url) as client:
        yield client
