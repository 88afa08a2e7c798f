"""Commands on files, with no database: matching, assignment, routing and extraction.

Each imports its matcher when it runs: scikit-learn takes a while to load, and the other
commands need not wait for it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from engine.cli.io import positive, progress_bar, read_file, write_lines
from engine.config import Settings


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    match = commands.add_parser("match", help="rank jobs for people, or people for jobs, on files")
    match.add_argument("jobs", type=Path, help="jobs.jsonl")
    match.add_argument("candidates", type=Path, help="candidates.jsonl")
    match.add_argument("--for", dest="side", choices=["candidates", "jobs"], default="candidates")
    match.add_argument("--top", type=positive, default=10)
    match.add_argument("--out", default="-", help="file to write, - for standard output")
    match.set_defaults(handler=match_command)

    match_text = commands.add_parser(
        "match-text", help="read chat messages into profiles and rank jobs for them"
    )
    match_text.add_argument("jobs", type=Path, help="jobs.jsonl")
    match_text.add_argument("queries", type=Path, help='{"id", "text"} lines')
    match_text.add_argument("--top", type=positive, default=10)
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
    match_volunteers.add_argument("--top", type=positive, default=10)
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

    extract = commands.add_parser(
        "extract-jobs", help="read what live-stream hosts said into job fields"
    )
    extract.add_argument("texts", type=Path, help='{"text"} lines')
    extract.add_argument("--out", default="-", help="file to write, - for standard output")
    extract.set_defaults(handler=extract_jobs_command)


def match_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.matching.files import match_records, read_candidates, read_jobs

    jobs = read_file(args.jobs, read_jobs)
    candidates = read_file(args.candidates, read_candidates)
    total = len(candidates) if args.side == "candidates" else len(jobs)
    lines = match_records(
        jobs,
        candidates,
        side=args.side,
        top=args.top,
        current_year=date.today().year,
        progress=progress_bar(total),
    )
    return write_lines(lines, args.out)


def match_text_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.matching.files import match_texts, read_jobs, read_queries

    jobs = read_file(args.jobs, read_jobs)
    queries = read_file(args.queries, read_queries)
    lines = match_texts(jobs, queries, top=args.top, current_year=date.today().year)
    return write_lines(lines, args.out)


def match_volunteers_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.volunteering.files import match_volunteer_records, read_tasks, read_volunteers

    tasks = read_file(args.tasks, read_tasks)
    volunteers = read_file(args.volunteers, read_volunteers)
    total = len(tasks) if args.side == "tasks" else len(volunteers)
    lines = match_volunteer_records(
        tasks, volunteers, side=args.side, top=args.top, progress=progress_bar(total)
    )
    return write_lines(lines, args.out)


def assign_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.volunteering.files import assignment_lines, read_tasks, read_volunteers

    tasks = read_file(args.tasks, read_tasks)
    volunteers = read_file(args.volunteers, read_volunteers)
    return write_lines(assignment_lines(tasks, volunteers), args.out)


def route_requests_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.volunteering.files import read_request_texts, route_lines

    texts = read_file(args.texts, read_request_texts)
    return write_lines(route_lines(texts), args.out)


def extract_jobs_command(args: argparse.Namespace, settings: Settings) -> int:
    from engine.matching.speech_files import extraction_lines, read_texts

    texts = read_file(args.texts, read_texts)
    return write_lines(extraction_lines(texts), args.out)
