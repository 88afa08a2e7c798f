"""`civicmatch import` and `civicmatch export`: JSON Lines files in and out of the database."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from engine.cli.connect import open_database
from engine.cli.console import Console
from engine.cli.io import add_progress_option, output, read_file
from engine.config import Settings
from engine.db import make_sessionmaker, transaction
from engine.io.batches import count_rows
from engine.io.candidates_file import export_candidates, import_candidates
from engine.io.jobs_file import export_jobs, import_jobs
from engine.io.jsonl import write_objects
from engine.io.livestreams_file import export_live_streams, import_live_streams
from engine.io.progress import Progress, tracked
from engine.io.volunteering_files import import_tasks, import_volunteers
from engine.jobs.models import JobPost, LiveStream
from engine.messages import Message
from engine.migrate import upgrade
from engine.seekers.models import Candidate
from engine.volunteering.rewards import import_rewards


def _import_rewards(*, progress: Progress, **options: Any) -> Any:
    # A rewards catalogue is a few dozen lines: no bar.
    return import_rewards(**options)


IMPORTERS: dict[str, Callable[..., Any]] = {
    "jobs": import_jobs,
    "candidates": import_candidates,
    "livestreams": import_live_streams,
    "tasks": import_tasks,
    "volunteers": import_volunteers,
    "rewards": _import_rewards,
}
EXPORTERS: dict[str, tuple[Callable[..., Any], type]] = {
    "jobs": (export_jobs, JobPost),
    "candidates": (export_candidates, Candidate),
    "livestreams": (export_live_streams, LiveStream),
}


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    importer = commands.add_parser(
        "import", parents=[common], help="upsert a JSON Lines file, all or nothing"
    )
    importer.add_argument("kind", choices=sorted(IMPORTERS))
    importer.add_argument("file", type=Path)
    importer.add_argument(
        "--create", action="store_true", help="make the SQLite database if it does not exist"
    )
    add_progress_option(importer)
    importer.set_defaults(handler=import_command)

    exporter = commands.add_parser("export", parents=[common], help="write a JSON Lines file")
    exporter.add_argument("kind", choices=sorted(EXPORTERS))
    exporter.add_argument("--out", default="-", help="file to write, - for standard output")
    add_progress_option(exporter)
    exporter.set_defaults(handler=export_command)


def import_command(args: argparse.Namespace, settings: Settings) -> int:
    console = Console.of(args, settings)
    missing = None if args.create else "cli.database_missing"
    engine = open_database(settings.database_url, console, missing=missing)
    try:
        upgrade(engine)
        with transaction(make_sessionmaker(engine)) as session:
            summary = read_file(
                args.file,
                lambda lines, source: IMPORTERS[args.kind](
                    session=session, stream=lines, source=source, progress=console.bars
                ),
                kind=args.kind,
                console=console,
                mistake="cli.file_wrong_import",
                # An export of an empty table is an empty file, and import(export(x)) is x.
                empty=None,
            )
    finally:
        engine.dispose()
    count = summary.created + summary.updated
    if count == 0:
        console.notice("cli.file_empty_import", file=str(args.file))
    # The result on standard output, as `seed` prints it; the summary with the time taken.
    console.result(f"{args.file}: {summary}")
    console.summary("cli.done_import", file=str(args.file), count=count, kind=args.kind)
    return 0


def export_command(args: argparse.Namespace, settings: Settings) -> int:
    console = Console.of(args, settings)
    engine = open_database(settings.database_url, console, missing="cli.database_missing_export")
    exporter, model = EXPORTERS[args.kind]
    try:
        upgrade(engine)
        with output(args.out, console) as target, make_sessionmaker(engine)() as session:
            advance = console.bars.stage(
                Message("progress.exporting", {"kind": args.kind}),
                total=count_rows(session, model),
                unit="unit.records",
            )
            count = write_objects(tracked(exporter(session=session), advance), target)
            target.flush()
    finally:
        engine.dispose()
    console.summary("cli.done_export", out=args.out, count=count, kind=args.kind)
    return 0
