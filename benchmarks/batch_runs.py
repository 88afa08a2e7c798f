"""Batch match runs over the database (`civicmatch match-run`) beside a bare baseline.

    python -m benchmarks.batch_runs --data-dir DIR [--jobs 20000] [--people 10000,25000]
        [--postgres URL] [--repeat 1]

The default sizes take about 11 minutes on SQLite on a quiet 2-core machine; 25000,50000
takes about 21, and PostgreSQL as long again.

Synthetic jobs and people (`seeds/synthetic.py`, seed 0) are written into DIR once and
reused. For each number of people, a fresh database (a SQLite file in a temporary folder
under DIR; with --postgres, also a new database on that server, dropped afterwards) gets
both files through the bulk import, then, in this order, each timed as a command of its own:

- the bare baseline (`bare_baseline`): the records read as a run reads them, char TF-IDF
  (benchmarks/baseline.py's char_wb 1-2-grams) fit on the jobs' texts, each person's best 10
  jobs by one single-threaded `sp_matmul_topn` product; no rules, nothing written;
- `match-run --for candidates --exhaustive` (at the smallest size only: it is slow; first,
  so that the incremental run below builds on a two-stage run), `--for candidates`
  (two-stage), `--for jobs`, `--for candidates --workers 2` (a local Dask cluster);
- `match-run --for candidates --incremental` after 1% of the open jobs changed (a third
  retitled, a third closed, a third added).

Every command is a child process: its wall time includes the interpreter's start and
imports. Peak RSS is the child's own (`os.wait4`), or the sum over it and its children
(Dask workers) sampled every 0.1 s, whichever is larger. Full runs and the baseline are
timed --repeat times (median); imports once; each incremental run follows a change of its
own. Rows per second: result rows a run wrote (lines for an import) over its wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import psutil
from sklearn.feature_extraction.text import TfidfVectorizer
from sparse_dot_topn import sp_matmul_topn

from benchmarks import import_speed
from benchmarks.baseline import BaselineJobMatcher, candidate_text, job_text
from engine.accounts.actor import OPERATOR
from engine.db import make_engine, make_sessionmaker, transaction
from engine.io.jobs_file import import_jobs
from engine.jobs.models import JobPost
from engine.jobs.service import close_job, update_job
from engine.runs import inputs
from matchers.records import Candidate, Job
from seeds.synthetic import generate_candidates, generate_jobs

TOP = 10
SEED = 0
CHANGED = 0.01  # share of the open jobs changed before an incremental run
SAMPLE_S = 0.1
RETITLED = "（急招）"
BASELINE = "bare baseline"
NOTES = """\
seconds: wall time of the whole command, interpreter start included; CPU s: its user and
system time (with its Dask workers'), which a busy machine inflates less; in run: the run's
started_at to finished_at (baseline: reading the records and ranking); × base, × CPU: over
the baseline's; peak RSS: the largest process, or driver and workers summed (sampled)."""


@dataclass(frozen=True, slots=True)
class Inputs:
    jobs: Path
    added_jobs: Path  # jobs added between runs, never in `jobs`
    people: dict[int, Path]


@dataclass(frozen=True, slots=True)
class Finished:
    seconds: float
    cpu_s: float  # user and system time of the command and the children it waited for
    peak_mb: float
    out: str


Runner = Callable[[Sequence[str]], Finished]


@dataclass(frozen=True, slots=True)
class Row:
    what: str
    database: str
    jobs: int
    people: int
    seconds: float
    cpu_s: float
    peak_mb: float
    rows: int | None = None
    inside_s: float | None = None  # the run's own time, started_at to finished_at


def _jsonl(records: Sequence[dict[str, Any]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def _write(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    if not path.is_file():
        partial = path.with_suffix(".part")
        partial.write_text(_jsonl(records), encoding="utf-8")
        partial.replace(path)
    return path


def write_inputs(folder: Path, *, jobs: int, people: Sequence[int], added: int) -> Inputs:
    """The synthetic files, written once: record i depends only on (seed, i), so a file of
    n records is the same whichever run wrote it."""
    names = {size: folder / f"candidates-{size}-seed{SEED}.jsonl" for size in people}
    if not all(path.is_file() for path in names.values()):
        everyone = generate_candidates(max(people), SEED)
        for size, path in names.items():
            _write(path, everyone[:size])
    jobs_file = folder / f"jobs-{jobs}-seed{SEED}.jsonl"
    added_file = folder / f"jobs-{jobs}-plus-{added}-seed{SEED}.jsonl"
    if not (jobs_file.is_file() and added_file.is_file()):
        records = generate_jobs(jobs + added, SEED)
        _write(jobs_file, records[:jobs])
        _write(added_file, records[jobs:])
    return Inputs(jobs=jobs_file, added_jobs=added_file, people=names)


@contextmanager
def fresh_database(kind: str, folder: Path, postgres: str | None = None) -> Iterator[str]:
    with import_speed.fresh_database(kind, postgres, folder) as url:
        yield url


def run_process(command: Sequence[str]) -> Finished:
    """Runs `command` to the end; fails with its standard error if it fails."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        code, usage, tree_bytes = _wait_sampling(process.pid)
        seconds = time.perf_counter() - started
        process.returncode = code  # reaped by wait4 above
        out.seek(0)
        err.seek(0)
        if code != 0:
            tail = err.read().decode(errors="replace")[-3000:]
            raise RuntimeError(f"{' '.join(command)} exited with {code}:\n{tail}")
        peak_mb = max(usage.ru_maxrss * 1024, tree_bytes) / 2**20
        cpu_s = usage.ru_utime + usage.ru_stime
        return Finished(seconds, cpu_s, peak_mb, out.read().decode())


def _wait_sampling(pid: int) -> tuple[int, resource.struct_rusage, int]:
    """The child's exit code, its resource usage from wait4 (peak RSS: the largest of it and
    its reaped children), and the peak of its process tree's summed RSS, sampled."""
    tree = psutil.Process(pid)
    peak = 0
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), usage, peak
        peak = max(peak, _tree_rss(tree))
        time.sleep(SAMPLE_S)


def _tree_rss(root: psutil.Process) -> int:
    total = 0
    try:
        members = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def civicmatch(url: str, *argv: object) -> list[str]:
    return [sys.executable, "-m", "engine.cli", "--database", url, *map(str, argv)]


def bare_baseline(jobs: Sequence[Job], people: Sequence[Candidate], *, top: int = TOP) -> Any:
    """People × jobs, each row a person's best `top` cosines between character n-gram TF-IDF
    vectors (the vectorizer of benchmarks/baseline.py, fit on the jobs' texts); no rules."""
    settings = BaselineJobMatcher()
    vectorizer = TfidfVectorizer(analyzer=settings.analyzer, ngram_range=settings.ngram_range)
    job_matrix = vectorizer.fit_transform([job_text(job) for job in jobs])
    people_matrix = vectorizer.transform([candidate_text(person) for person in people])
    return sp_matmul_topn(people_matrix, job_matrix.T.tocsr(), top_n=top)


def baseline_on(url: str) -> dict[str, float]:
    """The baseline over what the database holds, read as a run reads it; its phases' times."""
    engine = make_engine(url)
    started = time.perf_counter()
    with make_sessionmaker(engine)() as session:
        jobs = inputs.jobs(session, inputs.open_job_ids(session))
        people = inputs.people_without_needs(session, inputs.candidate_ids(session))
    engine.dispose()
    read = time.perf_counter()
    found = bare_baseline(jobs, people)
    return {"read_s": read - started, "rank_s": time.perf_counter() - read, "results": found.nnz}


def change_jobs(url: str, added: Path, *, share: float, round_: int) -> None:
    """Retitles a third of `share` of the open jobs, closes a third, adds a third (the
    `round_`-th slice of `added`): each change updates updated_at, as the services do."""
    engine = make_engine(url)
    try:
        with transaction(make_sessionmaker(engine)) as session:
            open_ids = inputs.open_job_ids(session)
            third = max(1, round(len(open_ids) * share / 3))
            picked = random.Random(f"change:{round_}").sample(open_ids, 2 * third)
            for job_id in picked[:third]:
                job = session.get(JobPost, job_id)
                assert job is not None
                title = job.title.removesuffix(RETITLED) + RETITLED
                update_job(session=session, actor=OPERATOR, job_id=job_id, changes={"title": title})
            for job_id in picked[third:]:
                close_job(session=session, actor=OPERATOR, job_id=job_id)
            lines = added.read_bytes().splitlines(keepends=True)[round_ * third :][:third]
            if len(lines) < third:
                raise ValueError(f"{added} holds too few jobs for change round {round_}")
            import_jobs(session=session, stream=iter(lines), source=added.name)
    finally:
        engine.dispose()


def added_per_round(jobs: int) -> int:
    return max(1, round(jobs * CHANGED / 3))


class Bench:
    """The commands of one database and size, each a Row."""

    def __init__(
        self,
        database: str,
        url: str,
        data: Inputs,
        jobs: int,
        people: int,
        *,
        runner: Runner = run_process,
    ):
        self.database, self.url, self.data = database, url, data
        self.jobs, self.people = jobs, people
        self.runner = runner
        self.changes = 0

    def row(
        self, what: str, runs: Sequence[Finished], rows: int | None, inside: float | None
    ) -> Row:
        seconds = statistics.median(run.seconds for run in runs)
        cpu = statistics.median(run.cpu_s for run in runs)
        peak = max(run.peak_mb for run in runs)
        return Row(what, self.database, self.jobs, self.people, seconds, cpu, peak, rows, inside)

    def imports(self) -> list[Row]:
        rows = []
        for kind, path, count in (
            ("jobs", self.data.jobs, self.jobs),
            ("candidates", self.data.people[self.people], self.people),
        ):
            finished = self.runner(civicmatch(self.url, "import", kind, path, "--create"))
            rows.append(self.row(f"import {kind}", [finished], count, None))
        return rows

    def baseline(self, repeat: int) -> Row:
        command = [sys.executable, "-m", "benchmarks.batch_runs", "--baseline-on", self.url]
        runs = [self.runner(command) for _ in range(repeat)]
        phases = [json.loads(run.out) for run in runs]
        inside = statistics.median(phase["read_s"] + phase["rank_s"] for phase in phases)
        return self.row(BASELINE, runs, None, inside)

    def match_run(self, label: str, *options: object, repeat: int = 1) -> Row:
        runs, summaries = [], []
        for _ in range(repeat):
            if "--incremental" in options:
                change_jobs(self.url, self.data.added_jobs, share=CHANGED, round_=self.changes)
                self.changes += 1
            finished = self.runner(civicmatch(self.url, "match-run", "--top", TOP, *options))
            runs.append(finished)
            summaries.append(json.loads(finished.out.strip().splitlines()[-1]))
        rows = [summary["counts"]["results"] for summary in summaries]
        inside = statistics.median(_inside_seconds(summary) for summary in summaries)
        return self.row(label, runs, int(statistics.median(rows)), inside)


def _inside_seconds(summary: dict[str, Any]) -> float:
    started = datetime.fromisoformat(summary["started_at"])
    return (datetime.fromisoformat(summary["finished_at"]) - started).total_seconds()


def measure(
    bench: Bench, *, repeat: int, exhaustive: bool, workers: int | None = 2
) -> Iterator[Row]:
    """The rows of one database and size; `workers`: None leaves out the Dask run. The
    exhaustive run goes first: an incremental run needs the newest published run for people
    to be a two-stage one."""
    yield from bench.imports()
    yield bench.baseline(repeat)
    people = ("--for", "candidates")
    if exhaustive:
        yield bench.match_run("candidates --exhaustive", *people, "--exhaustive", repeat=repeat)
    yield bench.match_run("candidates (two-stage)", *people, repeat=repeat)
    yield bench.match_run("jobs (two-stage)", "--for", "jobs", repeat=repeat)
    if workers:
        label = f"candidates --workers {workers}"
        yield bench.match_run(label, *people, "--workers", workers, repeat=repeat)
    label = f"candidates --incremental ({CHANGED:.0%} of jobs)"
    yield bench.match_run(label, *people, "--incremental", repeat=repeat)


HEADER = (
    f"{'what':38}{'database':>11}{'jobs × people':>17}{'seconds':>9}{'CPU s':>8}{'in run':>8}"
    f"{'× base':>8}{'× CPU':>7}{'peak RSS MB':>13}{'rows/s':>9}"
)


def format_row(row: Row, baseline: Row | None) -> str:
    """One line of the table; `baseline`: the row the ratios are to, if any."""
    ratio = f"{row.seconds / baseline.seconds:.1f}" if baseline else ""
    cpu_ratio = f"{row.cpu_s / baseline.cpu_s:.1f}" if baseline and baseline.cpu_s else ""
    inside = "" if row.inside_s is None else f"{row.inside_s:.1f}"
    rate = "" if row.rows is None else f"{row.rows / row.seconds:,.0f}"
    return (
        f"{row.what:38}{row.database:>11}{f'{row.jobs:,} × {row.people:,}':>17}"
        f"{row.seconds:>9.1f}{row.cpu_s:>8.1f}{inside:>8}{ratio:>8}{cpu_ratio:>7}"
        f"{row.peak_mb:>13,.0f}{rate:>9}"
    )


def sizes(raw: str) -> list[int]:
    """An argument: comma-separated counts, each at least 1 (sorted, once each)."""
    try:
        sizes = sorted({int(part) for part in raw.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {raw}") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes must be at least 1")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="synthetic files and temporary databases")
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--people", type=sizes, default=[10_000, 25_000], help="e.g. 25000,50000")
    parser.add_argument("--postgres", help="a PostgreSQL server URL (a database is created on it)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--baseline-on", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.baseline_on:
        print(json.dumps(baseline_on(args.baseline_on)))
        return 0
    if args.data_dir is None:
        parser.error("--data-dir is required")
    if args.jobs < 3 or args.repeat < 1:
        parser.error("--jobs must be at least 3 and --repeat at least 1")
    args.data_dir.mkdir(parents=True, exist_ok=True)
    data = write_inputs(
        args.data_dir,
        jobs=args.jobs,
        people=args.people,
        added=added_per_round(args.jobs) * args.repeat,
    )
    databases = ["sqlite", *(["postgresql"] if args.postgres else [])]
    print(
        f"top {TOP}, median of {args.repeat}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f} at the start"
    )
    print(HEADER)
    for database in databases:
        for people in args.people:
            with fresh_database(database, args.data_dir, args.postgres) as url:
                bench = Bench(database, url, data, args.jobs, people)
                baseline = None
                for row in measure(bench, repeat=args.repeat, exhaustive=people == args.people[0]):
                    baseline = row if row.what == BASELINE else baseline
                    print(format_row(row, baseline), flush=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    print(NOTES)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
