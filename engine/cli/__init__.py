"""The `civicmatch` command."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from engine.cli import database, files, report, runs, transfer
from engine.cli.io import CommandFailed
from engine.config import Settings
from engine.errors import DomainError, described
from engine.io.jsonl import FileRejected
from engine.redaction import redacted


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env(database_url=getattr(args, "database", None))
    except ValueError as error:
        # A malformed CIVICMATCH_* variable.
        print(f"civicmatch: {error}", file=sys.stderr)
        return 2
    try:
        return int(args.handler(args, settings) or 0)
    except FileRejected as rejected:
        print(rejected.report(settings.language), file=sys.stderr)
        return 1
    except DomainError as error:
        print(f"civicmatch: {described(error, language=settings.language)}", file=sys.stderr)
        return 1
    except CommandFailed as error:
        print(f"civicmatch: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; say nothing more on a closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        # The traceback, without the data the command failed on (a database error's DETAIL
        # quotes the row: a candidate's phone, a resident's request).
        traceback.print_exception(redacted(error), file=sys.stderr)
        return 1


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
    database.add_commands(commands, common)
    transfer.add_commands(commands, common)
    files.add_commands(commands)
    runs.add_commands(commands, common)
    report.add_commands(commands, common)
    return parser
