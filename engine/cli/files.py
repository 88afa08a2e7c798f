"""Commands on files, with no database: matching, assignment, routing and extraction.

Each imports its matcher when it runs: scikit-learn takes a while to load, and the other
commands need not wait for it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from engine.cli.cluster import add_cluster_options
from engine.cli.console import Console
from engine.cli.io import CommandFailed, add_output_options, positive, read_file, write_lines
from engine.config import Settings


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    match = commands.add_parser("match", help="rank jobs for people, or people for jobs, on files")
    match.add_argument("jobs", type=Path, help="jobs.jsonl")
    match.add_argument("candidates", type=Path, help="candidates.jsonl")
    match.add_argument("--for", dest="side", choices=["candidates", "jobs"], default="candidates")
    match.add_argument("--top", type=positive, default=10)
    add_title_examples_option(match)
    add_cluster_options(match)
    add_output_options(match)
    match.set_defaults(handler=match_command)

    match_text = commands.add_parser(
        "match-text", help="read chat messages into profiles and rank jobs for them"
    )
    match_text.add_argument("jobs", type=Path, help="jobs.jsonl")
    match_text.add_argument("queries", type=Path, help='{"id", "text"} lines')
    match_text.add_argument("--top", type=positive, default=10)
    add_title_examples_option(match_text)
    add_output_options(match_text)
    match_text.set_defaults(handler=match_text_command)

    match_volunteers = commands.add_parser(
        "match-volunteers", help="rank tasks for volunteers, or volunteers for tasks, on files"
    )
    match_volunteers.add_argument("tasks", type=Path, help="tasks.jsonl")
    match_volunteers.add_argument("volunteers", type=Path, help="volunteers.jsonl")
    match_volunteers.add_argument(
        "--for", dest="side", choices=["tasks", "volunteers"], default="volunteers"
    )
    match_volunteers.add_argument("--top", type=positive, default=10)
    add_output_options(match_volunteers)
    match_volunteers.set_defaults(handler=match_volunteers_command)

    assign = commands.add_parser(
        "assign", help="the best assignment of volunteers to tasks: slots, times, availability"
    )
    assign.add_argument("tasks", type=Path, help="tasks.jsonl")
    assign.add_argument("volunteers", type=Path, help="volunteers.jsonl")
    add_output_options(assign)
    assign.set_defaults(handler=assign_command)

    route = commands.add_parser(
        "route-requests", help="route anonymous requests to a team and a task category"
    )
    route.add_argument("texts", type=Path, help='{"text"} lines, each with an optional "id"')
    add_output_options(route)
    route.set_defaults(handler=route_requests_command)

    extract = commands.add_parser(
        "extract-jobs", help="read what live-stream hosts said into job fields"
    )
    extract.add_argument("texts", type=Path, help='{"text"} lines, each with an optional "id"')
    add_output_options(extract)
    extract.set_defaults(handler=extract_jobs_command)


def add_title_examples_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--title-examples",
        type=Path,
        metavar="FILE",
        help="labelled job titles (title TAB occupation code per line) to read titles with,"
        " instead of the shipped ones",
    )


def use_title_examples(args: argparse.Namespace, console: Console) -> None:
    if args.title_examples is None:
        return
    from matchers.taxonomy.csco_reading import BadExample
    from matchers.taxonomy.csco_reading import use_title_examples as use

    source = str(args.title_examples)
    try:
        use(args.title_examples)
    except OSError as error:
        raise CommandFailed(
            console.text("cli.cannot_read", file=source, reason=error.strerror)
        ) from None
    except UnicodeDecodeError:
        raise CommandFailed(console.text("cli.title_examples_not_text", file=source)) from None
    except BadExample as error:
        raise CommandFailed(
            console.text(
                "cli.title_example_bad",
                file=source,
                line=error.line,
                field=error.field,
                value=error.value,
            )
        ) from None


def match_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.matching.files import match_records, read_candidates, read_jobs
    from engine.runs.executors import executor_for

    console = Console.of(args, settings)
    use_title_examples(args, console)
    jobs = read_file(args.jobs, read_jobs, kind="jobs", other="candidates", console=console)
    candidates = read_file(
        args.candidates, read_candidates, kind="candidates", other="jobs", console=console
    )
    with executor_for(address=args.dask_scheduler, workers=args.workers) as executor:
        lines = match_records(
            jobs,
            candidates,
            side=args.side,
            top=args.top,
            current_year=date.today().year,
            progress=console.bars,
            executor=executor,
        )
        count = write_lines(lines, args.out, console)
    if args.side == "candidates":
        console.summary("cli.done_match_candidates", out=args.out, count=count)
    else:
        console.summary("cli.done_match_jobs", out=args.out, count=count)
    return 0


def match_text_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.matching.files import match_texts, read_jobs, read_queries

    console = Console.of(args, settings)
    use_title_examples(args, console)
    jobs = read_file(args.jobs, read_jobs, kind="jobs", other="queries", console=console)
    queries = read_file(args.queries, read_queries, kind="queries", other="jobs", console=console)
    lines = match_texts(
        jobs, queries, top=args.top, current_year=date.today().year, progress=console.bars
    )
    count = write_lines(lines, args.out, console)
    console.summary("cli.done_match_text", out=args.out, count=count)
    return 0


def match_volunteers_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.volunteering.files import match_volunteer_records, read_tasks, read_volunteers

    console = Console.of(args, settings)
    tasks = read_file(args.tasks, read_tasks, kind="tasks", other="volunteers", console=console)
    volunteers = read_file(
        args.volunteers, read_volunteers, kind="volunteers", other="tasks", console=console
    )
    lines = match_volunteer_records(
        tasks, volunteers, side=args.side, top=args.top, progress=console.bars
    )
    count = write_lines(lines, args.out, console)
    if args.side == "tasks":
        console.summary("cli.done_match_tasks", out=args.out, count=count)
    else:
        console.summary("cli.done_match_volunteers", out=args.out, count=count)
    return 0


def assign_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.volunteering.files import assignment_lines, read_tasks, read_volunteers

    console = Console.of(args, settings)
    tasks = read_file(args.tasks, read_tasks, kind="tasks", other="volunteers", console=console)
    volunteers = read_file(
        args.volunteers, read_volunteers, kind="volunteers", other="tasks", console=console
    )
    # The whole assignment is solved before its first line, so nothing is lost in a list.
    lines = list(assignment_lines(tasks, volunteers, progress=console.bars))
    count = write_lines(lines, args.out, console)
    console.summary(
        "cli.done_assign",
        out=args.out,
        count=count,
        filled=sum(len(line["volunteers"]) for line in lines),
        slots=sum(task.slots for task in tasks),
    )
    return 0


def route_requests_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.volunteering.files import read_request_texts, route_lines

    console = Console.of(args, settings)
    requests = read_file(args.texts, read_request_texts, kind="requests", console=console)
    count = write_lines(route_lines(requests, progress=console.bars), args.out, console)
    console.summary("cli.done_route", out=args.out, count=count)
    return 0


def extract_jobs_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.matching.speech_files import extraction_lines, read_texts

    console = Console.of(args, settings)
    texts = read_file(args.texts, read_texts, kind="texts", console=console)
    count = write_lines(extraction_lines(texts, progress=console.bars), args.out, console)
    console.summary("cli.done_extract", out=args.out, count=count)
    return 0
