"""`civicmatch match-run`: batch matching over the database, stored and published."""

from __future__ import annotations

import argparse
import json

from sqlalchemy.orm import Session, sessionmaker

from engine.cli.cluster import add_cluster_options
from engine.cli.connect import open_database
from engine.cli.console import Console
from engine.cli.io import CommandFailed, add_progress_option, positive
from engine.config import Settings
from engine.db import make_sessionmaker
from engine.errors import DomainError
from engine.runs import control, pipeline
from engine.runs.executors import executor_for
from engine.runs.models import MatchRun, RunKind
from engine.time import local_iso

DEFAULT_TOP = 10
MAX_TOP = 100
MAX_CHUNK = 10_000
# The options a run's errors name (their `field`), as the command line spells them.
OPTIONS = {
    "incremental": "--incremental",
    "keep_vocabulary": "--keep-vocabulary",
    "top": "--top",
    "exhaustive": "--exhaustive",
    "resume": "--resume",
}


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    run = commands.add_parser(
        "match-run",
        parents=[common],
        help="rank jobs for every person and/or people for every job, and publish the results",
    )
    run.add_argument(
        "--for",
        dest="kind",
        choices=[kind.value for kind in RunKind],
        help="candidates: jobs for every person; jobs: people for every job; both",
    )
    run.add_argument("--top", type=_bounded("--top", MAX_TOP), default=None)
    run.add_argument("--chunk-size", type=_bounded("--chunk-size", MAX_CHUNK), default=None)
    run.add_argument(
        "--exhaustive",
        action="store_true",
        help="score every pair instead of a shortlist per person or job (for checking)",
    )
    run.add_argument(
        "--volunteers",
        action="store_true",
        help="also rank tasks for every volunteer and volunteers for every task",
    )
    run.add_argument(
        "--incremental",
        action="store_true",
        help="rank only what changed since the newest published run",
    )
    run.add_argument(
        "--keep-vocabulary",
        action="store_true",
        help="a full run in the vocabulary of the newest published run (what --incremental equals)",
    )
    run.add_argument("--resume", type=positive, metavar="RUN", help="finish an unfinished run")
    add_cluster_options(run)
    run.add_argument(
        "--pause",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long after each chunk, to leave the database to the service",
    )
    add_progress_option(run)
    run.set_defaults(handler=match_run_command)


def match_run_command(args: argparse.Namespace, settings: Settings) -> int:
    console = Console.of(args, settings)
    if args.resume is None and args.kind is None:
        raise CommandFailed(console.text("cli.run_needs_kind"))
    chosen = (args.kind, args.top, args.chunk_size, args.exhaustive, args.incremental)
    if args.resume is not None and (any(chosen) or args.keep_vocabulary or args.volunteers):
        raise CommandFailed(console.text("cli.resume_takes_run_options"))
    if not 0 <= args.pause <= 3600:
        raise CommandFailed(console.text("cli.pause_out_of_range"))
    engine = open_database(settings.database_url, console, missing="cli.database_missing")
    try:
        return _run(args, console, make_sessionmaker(engine))
    except DomainError as error:
        if error.field not in OPTIONS:
            raise
        problem = error.message.render(language=settings.language)
        raise CommandFailed(f"{OPTIONS[error.field]}: {problem}") from None
    finally:
        engine.dispose()


def _run(args: argparse.Namespace, console: Console, factory: sessionmaker[Session]) -> int:
    if args.resume is not None:
        control.take_over(factory, args.resume)
        run_id = args.resume
    else:
        options = pipeline.RunOptions(
            kind=RunKind(args.kind),
            top=args.top or DEFAULT_TOP,
            chunk_size=args.chunk_size or pipeline.CHUNK_SIZE,
            exhaustive=args.exhaustive,
            incremental=args.incremental,
            keep_vocabulary=args.keep_vocabulary,
            volunteers=args.volunteers,
        )
        with factory() as session:
            plan = pipeline.plan(session, options, started_by=control.who())
        run_id = control.start(factory, plan)
    console.notice("cli.run_started", run=run_id)
    with executor_for(address=args.dask_scheduler, workers=args.workers) as executor:
        pipeline.execute(
            factory, run_id, executor=executor, progress=console.bars, pause=args.pause
        )
    with factory() as session:
        run = session.get(MatchRun, run_id)
        assert run is not None
        console.result(json.dumps(run_summary(run), ensure_ascii=False))
        console.summary("cli.run_published", run=run_id, **run.counts)
    return 0


def run_summary(run: MatchRun) -> dict[str, object]:
    return {
        "run": run.id,
        "kind": run.kind.value,
        "status": run.status.value,
        "top": run.top,
        "incremental": run.incremental,
        "volunteers": run.volunteers,
        "matcher_version": run.matcher_version,
        "counts": run.counts,
        "started_at": local_iso(run.started_at),
        "finished_at": local_iso(run.finished_at),
    }


def _bounded(option: str, limit: int):  # type: ignore[no-untyped-def]
    def parse(raw: str) -> int:
        value = positive(raw)
        if value > limit:
            raise argparse.ArgumentTypeError(f"{option}: at most {limit}")
        return value

    return parse
