"""Settings, read once at an entry point from the environment and passed down as values."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass

from engine.messages import DEFAULT_LANGUAGE, LANGUAGES
from engine.origins import parse_origins

DEFAULT_DATABASE_URL = "sqlite:///civicmatch.db"
LOG_FORMATS = ("text", "json")


@dataclass(frozen=True, slots=True)
class Limits:
    """What one request may ask of the service; checked before anything runs."""

    # Estimated cost per operation (see README, "Running it in production"): one object read
    # costs 1, a ranking 300.
    max_cost: int = 20_000
    max_depth: int = 10
    max_aliases: int = 30
    # Fields selected, fragments expanded.
    max_fields: int = 1_000
    max_tokens: int = 5_000
    # Items assumed for a list field whose size is neither given (first) nor known.
    default_list_size: int = 50
    mutation_weight: int = 10
    # Any string argument or input field, whatever narrower limit its field has.
    max_text_length: int = 20_000
    max_body_bytes: int = 1_000_000
    # A request still running after this long ends with a TIMEOUT error.
    request_seconds: float = 10.0
    # Ranking and text reading that may run at once in a process; more wait their turn so the
    # event loop keeps answering.
    heavy_workers: int = 2

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Limits:
        values: dict[str, object] = {}
        for name, kind in cls.__annotations__.items():
            raw = env.get(f"CIVICMATCH_{name.upper()}")
            if raw:
                values[name] = float(raw) if kind == "float" else int(raw)
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    host: str = "127.0.0.1"
    port: int = 8000
    # Anonymous requests (红便签) one client may submit per window, so a flood cannot bury
    # real requests.
    submissions_per_window: int = 5
    submission_window_seconds: float = 600.0
    # How early before a volunteer task's start its volunteers may check in.
    check_in_opens_minutes: int = 30
    # Set when several server processes serve the same database: live broadcast events and
    # viewer counts then go through Redis to all of them.
    redis_url: str | None = None
    redis_prefix: str = "civicmatch"
    limits: Limits = Limits()
    # Matching indexes (engine/matching/freshness.py, index.py): how often each worker checks
    # the database for changes no message told it of, and the share of items changed since
    # the last full fit that starts the next one in the background.
    index_poll_seconds: float = 1.0
    index_refit_share: float = 0.1
    # Exposure. `production` turns GraphiQL and introspection off unless asked for, and puts
    # /metrics behind `metrics_token` (without one, /metrics is not served).
    production: bool = False
    graphiql: bool = True
    introspection: bool = True
    metrics_token: str | None = None
    # `text` (one line a record, `key=value` fields) or `json` (one object a line).
    log_format: str = "text"
    # What users read (error messages): `zh` or `en`; see engine/messages.py.
    language: str = DEFAULT_LANGUAGE
    # Proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (uvicorn's
    # forwarded_allow_ips: addresses, networks or *); none by default.
    forwarded_allow_ips: str = ""
    # Web pages on other origins that may use the API from a browser (CORS and websockets),
    # as `scheme://host[:port]`, or "*" for any; the service's own origin always may.
    allowed_origins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"language: expected {' or '.join(LANGUAGES)}, not {self.language!r}")

    @property
    def metrics_open(self) -> bool:
        """Whether /metrics answers without a token."""
        return not self.production and self.metrics_token is None

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
            "check_in_opens_minutes": int(env.get("CIVICMATCH_CHECK_IN_OPENS_MINUTES", "30")),
            "redis_url": env.get("CIVICMATCH_REDIS_URL") or None,
            "redis_prefix": env.get("CIVICMATCH_REDIS_PREFIX") or "civicmatch",
            "limits": Limits.from_env(env),
            "index_poll_seconds": _positive(env, "CIVICMATCH_INDEX_POLL_SECONDS", "1.0"),
            "index_refit_share": _positive(env, "CIVICMATCH_INDEX_REFIT_SHARE", "0.1"),
            "metrics_token": env.get("CIVICMATCH_METRICS_TOKEN") or None,
            "log_format": _choice(env, "CIVICMATCH_LOG_FORMAT", LOG_FORMATS),
            "language": _choice(env, "CIVICMATCH_LANGUAGE", LANGUAGES),
            "forwarded_allow_ips": env.get("CIVICMATCH_FORWARDED_ALLOW_IPS", ""),
            "allowed_origins": parse_origins(
                env.get("CIVICMATCH_ALLOWED_ORIGINS", "").split(","),
                source="CIVICMATCH_ALLOWED_ORIGINS",
            ),
        }
        production = _flag(env, "CIVICMATCH_PRODUCTION", default=False)
        values["production"] = production
        values["graphiql"] = _flag(env, "CIVICMATCH_GRAPHIQL", default=not production)
        values["introspection"] = _flag(env, "CIVICMATCH_INTROSPECTION", default=not production)
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**values)  # type: ignore[arg-type]


def _choice(env: Mapping[str, str], name: str, choices: tuple[str, ...]) -> str:
    """The variable's value, one of `choices`; the first when it is unset."""
    raw = env.get(name, "").strip().lower() or choices[0]
    if raw not in choices:
        raise ValueError(f"{name}: expected {' or '.join(choices)}, not {raw!r}")
    return raw


def _positive(env: Mapping[str, str], name: str, default: str) -> float:
    raw = env.get(name, "").strip() or default
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not 0 < value < math.inf:
        raise ValueError(f"{name}: expected a positive number, not {raw!r}")
    return value


def _flag(env: Mapping[str, str], name: str, *, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{name}: expected true or false, not {raw!r}")
