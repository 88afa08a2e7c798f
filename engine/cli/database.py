"""Commands on the database: serve, migrate, seed and tokens (import and export: transfer)."""

from __future__ import annotations

import argparse
import os

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from engine.accounts.models import Role
from engine.accounts.tokens import create_token
from engine.cli.connect import open_database, shown_url
from engine.cli.console import Console
from engine.cli.io import CommandFailed, add_progress_option
from engine.config import LOG_FORMATS, Settings
from engine.db import make_engine, make_sessionmaker, transaction
from engine.logs import uvicorn_log_config
from engine.messages import Message
from engine.metrics import shared_by_workers
from engine.migrate import alembic_config, upgrade
from engine.origins import parse_origins


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    serve = commands.add_parser("serve", parents=[common], help="run the GraphQL service")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument(
        "--redis",
        metavar="URL",
        default=None,
        help="Redis for live events across processes (default: $CIVICMATCH_REDIS_URL)",
    )
    serve.add_argument(
        "--no-demo", action="store_true", help="do not fill a new database with demo data"
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="ADDRESSES",
        default=None,
        help="comma-separated proxies whose X-Forwarded-For is believed "
        "(default: $CIVICMATCH_FORWARDED_ALLOW_IPS, else none)",
    )
    serve.add_argument(
        "--production",
        action="store_true",
        default=None,
        help="GraphiQL and introspection off, /metrics only with $CIVICMATCH_METRICS_TOKEN",
    )
    serve.add_argument(
        "--allow-origin",
        metavar="ORIGIN",
        action="append",
        default=None,
        help="a web page origin (http://localhost:5173) that may use the API from a browser; "
        "repeat for several, * for any (default: $CIVICMATCH_ALLOWED_ORIGINS, else only the "
        "service's own)",
    )
    serve.add_argument(
        "--log-format",
        choices=LOG_FORMATS,
        default=None,
        help="text, or json: one object a line (default: $CIVICMATCH_LOG_FORMAT, else text)",
    )
    serve.set_defaults(handler=serve_command)

    migrate = commands.add_parser("migrate", parents=[common], help="apply schema migrations")
    add_progress_option(migrate)
    migrate.set_defaults(handler=migrate_command)

    seed = commands.add_parser("seed", parents=[common], help="load the demo data")
    seed.set_defaults(handler=seed_command)

    token = commands.add_parser("token", help="API tokens")
    token_commands = token.add_subparsers(dest="token_command", required=True)
    create = token_commands.add_parser("create", parents=[common], help="print a new token")
    create.add_argument("--role", required=True, choices=[role.value for role in Role])
    create.add_argument("--employer", help="the recruiter's employer (created if new)")
    create.add_argument("--community", help="the coordinator's community")
    create.add_argument("--name", default="", help="who holds the token")
    create.add_argument("--candidate", help="bind a seeker token to this candidate id")
    create.add_argument("--volunteer", help="bind a volunteer token to this volunteer id")
    create.add_argument(
        "--create", action="store_true", help="make the SQLite database if it does not exist"
    )
    create.set_defaults(handler=token_create_command)


def serve_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.cli import listening

    origins = settings.allowed_origins
    if args.allow_origin is not None:
        try:
            origins = parse_origins(args.allow_origin, source="--allow-origin")
        except ValueError as error:
            raise CommandFailed(str(error)) from None
    console = Console.of(args, settings)
    # First, so that a busy port fails before the database is created or migrated.
    sock = listening.bind(
        args.host or settings.host, settings.port if args.port is None else args.port, console
    )
    console.notice("cli.database", url=shown_url(settings.database_url, console))
    fresh = prepare_database(settings.database_url, demo=not args.no_demo)
    if fresh and not args.no_demo:
        console.notice("cli.demo_loaded_new")
    os.environ["CIVICMATCH_DATABASE_URL"] = settings.database_url
    redis_url = args.redis or settings.redis_url
    if redis_url:
        os.environ["CIVICMATCH_REDIS_URL"] = redis_url
    elif args.workers > 1:
        console.notice("cli.workers_without_redis")
    if args.production:
        os.environ["CIVICMATCH_PRODUCTION"] = "1"
    os.environ["CIVICMATCH_ALLOWED_ORIGINS"] = ",".join(origins)
    log_format = args.log_format or settings.log_format
    os.environ["CIVICMATCH_LOG_FORMAT"] = log_format
    proxies = (
        settings.forwarded_allow_ips
        if args.forwarded_allow_ips is None
        else (args.forwarded_allow_ips)
    )
    with shared_by_workers(args.workers):
        return listening.run(
            sock,
            console,
            workers=args.workers,
            log_config=uvicorn_log_config(log_format),
            # No access log: it would record client addresses beside anonymous requests
            # (红便签).
            access_log=False,
            # uvicorn believes X-Forwarded-For from 127.0.0.1 unless told otherwise; a client
            # could then pose as anyone to the per-client limit of anonymous requests.
            proxy_headers=bool(proxies),
            forwarded_allow_ips=proxies or "",
            ws_max_size=settings.limits.max_body_bytes,
        )


def prepare_database(url: str, *, demo: bool) -> bool:
    """Migrates; on a database that had no schema yet, loads the demo data. True if new."""
    engine = make_engine(url)
    try:
        fresh = "alembic_version" not in inspect(engine).get_table_names()
        upgrade(engine)
        if fresh and demo:
            from seeds.demo import load_demo

            with transaction(make_sessionmaker(engine)) as session:
                load_demo(session=session)
        return fresh
    finally:
        engine.dispose()


def migrate_command(args: argparse.Namespace, settings: Settings) -> int:
    console = Console.of(args, settings)
    engine = open_database(settings.database_url, console)
    try:
        before = current_revision(engine)
        head = ScriptDirectory.from_config(alembic_config(settings.database_url)).get_current_head()
        if before != head:
            console.bars.stage(Message("progress.migrating"))
        upgrade(engine)
    finally:
        engine.dispose()
    if before is None:
        console.summary("cli.done_migrate_new", revision=head)
    elif before == head:
        console.summary("cli.done_migrate_current", revision=head)
    else:
        console.summary("cli.done_migrate", before=before, revision=head)
    return 0


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def seed_command(args: argparse.Namespace, settings: Settings) -> int:
    from seeds.demo import load_demo

    console = Console.of(args, settings)
    engine = open_database(settings.database_url, console)
    try:
        upgrade(engine)
        with transaction(make_sessionmaker(engine)) as session:
            for name, summary in load_demo(session=session).items():
                console.result(f"{name}: {summary}")
    finally:
        engine.dispose()
    console.summary("cli.done_seed")
    return 0


def token_create_command(args: argparse.Namespace, settings: Settings) -> int:
    console = Console.of(args, settings)
    missing = None if args.create else "cli.database_missing"
    engine = open_database(settings.database_url, console, missing=missing)
    try:
        upgrade(engine)
        with transaction(make_sessionmaker(engine)) as session:
            token, _ = create_token(
                session=session,
                role=Role(args.role),
                name=args.name,
                employer=args.employer,
                community=args.community,
                candidate_external_id=args.candidate,
                volunteer_external_id=args.volunteer,
            )
    finally:
        engine.dispose()
    print(token)
    return 0
