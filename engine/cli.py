"""The `civicmatch` command: serve, migrate, tokens, import and export."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

from sqlalchemy import inspect

from engine.accounts.models import Role
from engine.accounts.tokens import create_token
from engine.config import Settings
from engine.db import make_engine, make_sessionmaker, transaction
from engine.errors import DomainError
from engine.io.candidates_file import export_candidates, import_candidates
from engine.io.jobs_file import export_jobs, import_jobs
from engine.io.jsonl import FileRejected, write_objects
from engine.io.livestreams_file import export_live_streams, import_live_streams
from engine.migrate import upgrade

IMPORTERS: dict[str, Callable[..., Any]] = {
    "jobs": import_jobs,
    "candidates": import_candidates,
    "livestreams": import_live_streams,
}
EXPORTERS: dict[str, Callable[..., Any]] = {
    "jobs": export_jobs,
    "candidates": export_candidates,
    "livestreams": export_live_streams,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings.from_env(database_url=getattr(args, "database", None))
    try:
        return int(args.handler(args, settings) or 0)
    except FileRejected as rejected:
        print(rejected.report(), file=sys.stderr)
        return 1
    except (DomainError, CommandFailed) as error:
        print(f"civicmatch: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; say nothing more on a closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy URL (default: $CIVICMATCH_DATABASE_URL, else sqlite:///civicmatch.db)",
    )
    parser = argparse.ArgumentParser(prog="civicmatch", parents=[common])
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", parents=[common], help="run the GraphQL service")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument(
        "--no-demo", action="store_true", help="do not fill a new database with demo data"
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

    match = commands.add_parser("match", help="rank jobs for people, or people for jobs, on files")
    match.add_argument("jobs", type=Path, help="jobs.jsonl")
    match.add_argument("candidates", type=Path, help="candidates.jsonl")
    match.add_argument("--for", dest="side", choices=["candidates", "jobs"], default="candidates")
    match.add_argument("--top", type=_positive, default=10)
    match.add_argument("--out", default="-", help="file to write, - for standard output")
    match.set_defaults(handler=match_command)

    match_text = commands.add_parser(
        "match-text", help="read chat messages into profiles and rank jobs for them"
    )
    match_text.add_argument("jobs", type=Path, help="jobs.jsonl")
    match_text.add_argument("queries", type=Path, help='{"id", "text"} lines')
    match_text.add_argument("--top", type=_positive, default=10)
    match_text.add_argument("--out", default="-", help="file to write, - for standard output")
    match_text.set_defaults(handler=match_text_command)

    match_volunteers = commands.add_parser(
        "match-volunteers", help="rank tasks for volunteers, or volunteers for tasks, on files"
    )
    match_volunteers.add_argument("tasks", type=Path, help="tasks.jsonl")
    match_volunteers.add_argument("volunteers", type=Path, help="volunteers.jsonl")
    match_volunteers.add_argument(
        "--for", dest="side", choices=["tasks", "volunteers"], default="volunteers"
    )
    match_volunteers.add_argument("--top", type=_positive, default=10)
    match_volunteers.add_argument("--out", default="-", help="file to write, - for standard output")
    match_volunteers.set_defaults(handler=match_volunteers_command)

    assign = commands.add_parser(
        "assign", help="the best assignment of volunteers to tasks: slots, times, availability"
    )
    assign.add_argument("tasks", type=Path, help="tasks.jsonl")
    assign.add_argument("volunteers", type=Path, help="volunteers.jsonl")
    assign.add_argument("--out", default="-", help="file to write, - for standard output")
    assign.set_defaults(handler=assign_command)
    route = commands.add_parser(
        "route-requests", help="route anonymous requests to a team and a task category"
    )
    route.add_argument("texts", type=Path, help='{"text"} lines')
    route.add_argument("--out", default="-", help="file to write, - for standard output")
    route.set_defaults(handler=route_requests_command)
    return parser


def serve_command(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    fresh = prepare_database(settings.database_url, demo=not args.no_demo)
    if fresh and not args.no_demo:
        print("civicmatch: new database, demo data loaded", file=sys.stderr)
    os.environ["CIVICMATCH_DATABASE_URL"] = settings.database_url
    uvicorn.run(
        "schema.app:create_app",
        factory=True,
        host=args.host or settings.host,
        port=args.port or settings.port,
        workers=args.workers,
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
        )
    engine.dispose()
    print(token)
    return 0


def import_command(args: argparse.Namespace, settings: Settings) -> int:
    engine = make_engine(settings.database_url)
    upgrade(engine)
    try:
        with transaction(make_sessionmaker(engine)) as session:
            summary = _read(
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


def match_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.matching.files import match_records, read_candidates, read_jobs

    jobs = _read(args.jobs, read_jobs)
    candidates = _read(args.candidates, read_candidates)
    total = len(candidates) if args.side == "candidates" else len(jobs)
    lines = match_records(
        jobs,
        candidates,
        side=args.side,
        top=args.top,
        current_year=date.today().year,
        progress=progress_bar(total),
    )
    return _write_lines(lines, args.out)


def match_text_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.matching.files import match_texts, read_jobs, read_queries

    jobs = _read(args.jobs, read_jobs)
    queries = _read(args.queries, read_queries)
    lines = match_texts(jobs, queries, top=args.top, current_year=date.today().year)
    return _write_lines(lines, args.out)


def match_volunteers_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.volunteering.files import match_volunteer_records, read_tasks, read_volunteers

    tasks = _read(args.tasks, read_tasks)
    volunteers = _read(args.volunteers, read_volunteers)
    total = len(tasks) if args.side == "tasks" else len(volunteers)
    lines = match_volunteer_records(
        tasks, volunteers, side=args.side, top=args.top, progress=progress_bar(total)
    )
    return _write_lines(lines, args.out)


def assign_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.volunteering.files import assignment_lines, read_tasks, read_volunteers

    tasks = _read(args.tasks, read_tasks)
    volunteers = _read(args.volunteers, read_volunteers)
    return _write_lines(assignment_lines(tasks, volunteers), args.out)


def route_requests_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.volunteering.files import read_request_texts, route_lines

    texts = _read(args.texts, read_request_texts)
    return _write_lines(route_lines(texts), args.out)


def progress_bar(total: int) -> Callable[[int], None] | None:
    """A progress bar on standard error when it is a terminal and the work is long."""
    if not sys.stderr.isatty() or total < 200:
        return None

    def show(done: int) -> None:
        if done % 50 and done != total:
            return
        filled = int(30 * done / total)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


class CommandFailed(Exception):
    """Ends a command with this message on standard error and exit status 1."""


def _read(path: Path, reader: Callable[[IO[bytes], str], Any]) -> Any:
    try:
        stream = path.open("rb")
    except OSError as error:
        raise CommandFailed(f"cannot read {path}: {error.strerror}") from None
    with stream:
        return reader(stream, str(path))


@contextmanager
def output(out: str) -> Iterator[IO[str]]:
    """Standard output for "-", else the file, opened before any work is done."""
    if out == "-":
        yield sys.stdout
        return
    try:
        target = open(out, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        raise CommandFailed(f"cannot write {out}: {error.strerror}") from None
    with target:
        yield target


def _write_lines(lines: Iterable[dict[str, Any]], out: str) -> int:
    with output(out) as target:
        write_objects(lines, target)
    return 0


def _positive(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


if __name__ == "__main__":
    sys.exit(main())
