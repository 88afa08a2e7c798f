"""`civicmatch report supply-demand`: supply and demand from a published match run, as JSON
or as a self-contained HTML page."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from engine.accounts.actor import OPERATOR
from engine.cli.connect import open_database
from engine.cli.console import Console
from engine.cli.io import CommandFailed, output, positive
from engine.config import Settings
from engine.db import make_sessionmaker
from engine.errors import DomainError
from engine.time import local_iso

if TYPE_CHECKING:
    from engine.runs.supply_demand import SupplyDemand


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    report = commands.add_parser("report", help="reports on published match runs")
    reports = report.add_subparsers(dest="report", required=True)
    supply = reports.add_parser(
        "supply-demand",
        parents=[common],
        help="jobs, openings, people matched and gaps per occupation and per district",
    )
    supply.add_argument(
        "--run",
        type=positive,
        metavar="RUN",
        help="the run's number (default: the newest published run that ranked jobs for people)",
    )
    supply.add_argument(
        "--out", default="-", metavar="FILE", help="file to write, - for standard output"
    )
    supply.add_argument(
        "--html", action="store_true", help="a self-contained HTML page with charts, not JSON"
    )
    supply.set_defaults(handler=supply_demand_command)


def supply_demand_command(args: argparse.Namespace, settings: Settings) -> int:
    # Here, not at start-up: the report reads titles and places with the matchers' tables.
    from engine.runs.supply_demand import supply_demand

    console = Console.of(args, settings)
    engine = open_database(settings.database_url, console, missing="report.database_missing")
    try:
        with make_sessionmaker(engine)() as session:
            try:
                report = supply_demand(session=session, actor=OPERATOR, run_id=args.run)
            except DomainError as error:
                if error.field != "run_id":
                    raise
                problem = error.message.render(language=settings.language)
                raise CommandFailed(f"--run: {problem}") from None
    finally:
        engine.dispose()
    if args.html:
        from engine.runs.supply_demand_html import render_html

        text = render_html(report, language=settings.language)
    else:
        text = json.dumps(as_json(report), ensure_ascii=False, indent=2) + "\n"
    # Written once the report is made: a refused run leaves no file behind.
    with output(args.out, console) as target:
        target.write(text)
    console.summary("report.written", out=args.out, run=report.run_id)
    return 0


def as_json(report: SupplyDemand) -> dict[str, Any]:
    return {
        "run": report.run_id,
        "kind": report.kind.value,
        "top": report.top,
        "finished_at": local_iso(report.finished_at),
        "current_year": report.current_year,
        "minimum_cell": report.minimum_cell,
        "total": asdict(report.total),
        "by_occupation": [asdict(row) for row in report.by_occupation],
        "by_district": [asdict(row) for row in report.by_district],
    }
