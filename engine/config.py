"""Settings, read once at an entry point from the environment and passed down as values."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_DATABASE_URL = "sqlite:///civicmatch.db"


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    host: str = "127.0.0.1"
    port: int = 8000
    # Anonymous requests (红便签) one client may submit per window, so a flood cannot bury
    # real requests.
    submissions_per_window: int = 5
    submission_window_seconds: float = 600.0
    # Set when several server processes serve the same database: live broadcast events and
    # viewer counts then go through Redis to all of them.
    redis_url: str | None = None
    redis_prefix: str = "civicmatch"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, object] = {
            "database_url": env.get("CIVICMATCH_DATABASE_URL") or DEFAULT_DATABASE_URL,
            "host": env.get("CIVICMATCH_HOST", "127.0.0.1"),
            "port": int(env.get("CIVICMATCH_PORT", "8000")),
            "submissions_per_window": int(env.get("CIVICMATCH_SUBMISSIONS_PER_WINDOW", "5")),
            "submission_window_seconds": float(
                env.get("CIVICMATCH_SUBMISSION_WINDOW_SECONDS", "600")
            ),
            "redis_url": env.get("CIVICMATCH_REDIS_URL") or None,
            "redis_prefix": env.get("CIVICMATCH_REDIS_PREFIX") or "civicmatch",
        }
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**values)  # type: ignore[arg-type]
