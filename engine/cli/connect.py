"""The database a command works on: said on standard error, and never made by mistake.

Without `--database` a command falls back to `$CIVICMATCH_DATABASE_URL`, then to
`civicmatch.db` in the working directory; run from the wrong directory or shell, it would
quietly make a new, empty SQLite file there. Commands that write into an existing database
(`token create`, `import`) refuse a SQLite file that does not exist unless `--create` says
so, and `export` always does: a database that does not exist has nothing to export.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from engine.cli.console import Console
from engine.cli.io import CommandFailed
from engine.db import make_engine


def shown_url(url: str, console: Console) -> str:
    """The URL with its password hidden (`***`)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        # Not echoed: a malformed URL may still hold a password.
        raise CommandFailed(console.text("cli.database_url_invalid")) from None


def missing_sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL when it does not exist yet (None for other databases, for
    an in-memory one, and for a file that exists)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database)
    return None if path.exists() else path.absolute()


def open_database(url: str, console: Console, *, missing: str | None = None) -> Engine:
    """An engine on `url`, named on standard error first. With `missing` (a message key),
    a SQLite file that does not exist is refused with that message and left uncreated."""
    console.notice("cli.database", url=shown_url(url, console))
    if missing is not None:
        path = missing_sqlite_file(url)
        if path is not None:
            raise CommandFailed(console.text(missing, path=path))
    return make_engine(url)
