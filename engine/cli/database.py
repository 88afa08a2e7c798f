"""Commands on the database: serve, migrate, seed, tokens, import and export."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import inspect

from engine.accounts.models import Role
from engine.accounts.tokens import create_token
from engine.cli.io import output, read_file
from engine.config import Settings
from engine.db import make_engine, make_sessionmaker, transaction
from engine.io.candidates_file import export_candidates, import_candidates
from engine.io.jobs_file import export_jobs, import_jobs
from engine.io.jsonl import write_objects
from engine.io.livestreams_file import export_live_streams, import_live_streams
from engine.io.volunteering_files import import_tasks, import_volunteers
from engine.migrate import upgrade
from engine.volunteering.rewards import import_rewards

IMPORTERS: dict[str, Callable[..., Any]] = {
    "jobs": import_jobs,
    "candidates": import_candidates,
    "livestreams": import_live_streams,
    "tasks": import_tasks,
    "volunteers": import_volunteers,
    "rewards": import_rewards,
}
EXPORTERS: dict[str, Callable[..., Any]] = {
    "jobs": export_jobs,
    "candidates": export_candidates,
    "livestreams": export_live_streams,
}


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
    serve.set_defaults(handler=serve_command)

    migrate = commands.add_parser("migrate", parents=[common], help="apply schema migrations")
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
    create.set_defaults(handler=token_create_command)

    importer = commands.add_parser(
        "import", parents=[common], help="upsert a JSON Lines file, all or nothing"
    )
    importer.add_argument("kind", choices=sorted(IMPORTERS))
    importer.add_argument("file", type=Path)
    importer.set_defaults(handler=import_command)

    exporter = commands.add_parser("export", parents=[common], help="write a JSON Lines file")
    exporter.add_argument("kind", choices=sorted(EXPORTERS))
    exporter.add_argument("--out", default="-", help="file to write, - for standard output")
    exporter.set_defaults(handler=export_command)


def serve_command(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    fresh = prepare_database(settings.database_url, demo=not args.no_demo)
    if fresh and not args.no_demo:
        print("civicmatch: new database, demo data loaded", file=sys.stderr)
    os.environ["CIVICMATCH_DATABASE_URL"] = settings.database_url
    redis_url = args.redis or settings.redis_url
    if redis_url:
        os.environ["CIVICMATCH_REDIS_URL"] = redis_url
    elif args.workers > 1:
        print(
            "civicmatch: several workers without --redis: a live broadcast's viewers see "
            "only the events of their own worker",
            file=sys.stderr,
        )
    if args.production:
        os.environ["CIVICMATCH_PRODUCTION"] = "1"
    proxies = (
        settings.forwarded_allow_ips
        if args.forwarded_allow_ips is None
        else (args.forwarded_allow_ips)
    )
    uvicorn.run(
        "schema.app:create_app",
        factory=True,
        host=args.host or settings.host,
        port=args.port or settings.port,
        workers=args.workers,
        # No access log: it would record client addresses beside anonymous requests (红便签).
        access_log=False,
        # uvicorn believes X-Forwarded-For from 127.0.0.1 unless told otherwise; a client
        # could then pose as anyone to the per-client limit of anonymous requests.
        proxy_headers=bool(proxies),
        forwarded_allow_ips=proxies or "",
        ws_max_size=settings.limits.max_body_bytes,
    )
    return 0


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
    engine = make_engine(settings.database_url)
    upgrade(engine)
    engine.dispose()
    return 0


def seed_command(args: argparse.Namespace, settings: Settings) -> int:
    from seeds.demo import load_demo

    engine = make_engine(settings.database_url)
    upgrade(engine)
    with transaction(make_sessionmaker(engine)) as session:
        for name, summary in load_demo(session=session).items():
            print(f"{name}: {summary}")
    engine.dispose()
    return 0


def token_create_command(args: argparse.Namespace, settings: Settings) -> int:
    engine = make_engine(settings.database_url)
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
    engine.dispose()
    print(token)
    return 0


def import_command(args: argparse.Namespace, settings: Settings) -> int:
    engine = make_engine(settings.database_url)
    upgrade(engine)
    try:
        with transaction(make_sessionmaker(engine)) as session:
            summary = read_file(
                args.file,
                lambda stream, source: IMPORTERS[args.kind](
                    session=session, stream=stream, source=source
                ),
            )
    finally:
        engine.dispose()
    print(f"{args.file}: {summary}")
    return 0


def export_command(args: argparse.Namespace, settings: Settings) -> int:
    engine = make_engine(settings.database_url)
    upgrade(engine)
    try:
        with output(args.out) as target, make_sessionmaker(engine)() as session:
            count = write_objects(EXPORTERS[args.kind](session=session), target)
    finally:
        engine.dispose()
    if args.out != "-":
        print(f"{args.out}: {count} {args.kind}", file=sys.stderr)
    return 0
