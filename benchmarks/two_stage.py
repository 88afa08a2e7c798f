"""Two-stage ranking (a short list per query, then exact scores) beside exhaustive scoring.

    python -m benchmarks.two_stage --data-dir ../shared/data [--jobs 20000] [--people 20000]
        [--shortlist 30,20] [--top 10] [--seed 0] [--current-year YYYY]

On the dev and dev-hard sets of the data folder and on a synthetic set (`seeds/synthetic.py`),
in both directions (jobs for each person, people for each job), the exhaustive matcher
(`shortlist=None`) and the two-stage matcher rank every query. For each list length it
prints the share of queries whose two-stage top `--top` has the same ids in the same order as
the exhaustive one, the share whose matches are identical (scores, reasons, figures), the
share that stage 1 could not settle (scored again, against every item that could still
reach their last place), the wall time of fitting
and of ranking, the CPU time of ranking (the speed-up is its ratio, as other processes on the
machine stretch wall time) and the peak RSS. Each run is a process of its own, so that one's
memory does not hide the other's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import resource
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from multiprocessing import get_context
from pathlib import Path
from zoneinfo import ZoneInfo

from matchers.jobs.matcher import SHORTLIST, CandidateMatcher, JobMatcher
from matchers.jobs.shortlist import list_length
from matchers.records import Candidate, Job
from seeds.synthetic import generate_candidates, generate_jobs

SETS = ("dev", "dev-hard")
DIRECTIONS = ("jobs for people", "people for jobs")


@dataclass(frozen=True)
class Source:
    name: str
    directory: Path | None = None  # else synthetic
    jobs: int = 0
    people: int = 0
    seed: int = 0

    def load(self) -> tuple[list[Job], list[Candidate]]:
        if self.directory is None:
            return (
                [Job.from_mapping(row) for row in generate_jobs(self.jobs, self.seed)],
                [
                    Candidate.from_mapping(row)
                    for row in generate_candidates(self.people, self.seed)
                ],
            )
        return (
            [Job.from_mapping(row) for row in _read(self.directory / "jobs.jsonl")],
            [Candidate.from_mapping(row) for row in _read(self.directory / "candidates.jsonl")],
        )


@dataclass(frozen=True)
class Run:
    fit_s: float
    rank_s: float
    rank_cpu_s: float  # this process's CPU time: steadier than wall time on a busy machine
    rss_mb: float
    ids: list[tuple[str, ...]]  # of each query's ranking
    digests: list[bytes]  # of each query's matches: ids, scores, reasons, figures
    rescored: int  # queries whose list could hide a better item, scored again


class Rescored(logging.Handler):
    """Counts the queries that matchers.jobs.shortlist scored again (its first argument)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += int(record.args[0])  # type: ignore[index]


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def run(source: Source, direction: str, shortlist: int | None, top: int, year: int) -> Run:
    """Fits and ranks once (in a process of its own)."""
    jobs, people = source.load()
    if direction == DIRECTIONS[0]:
        matcher, items, queries = JobMatcher(current_year=year, shortlist=shortlist), jobs, people
    else:
        matcher, items, queries = (
            CandidateMatcher(current_year=year, shortlist=shortlist),
            people,
            jobs,
        )
    rescored = Rescored()
    logger = logging.getLogger("matchers.jobs.shortlist")
    logger.addHandler(rescored)
    logger.setLevel(logging.DEBUG)
    started = time.perf_counter()
    matcher.fit(items)
    fitted, cpu = time.perf_counter(), time.process_time()
    ids, digests = [], []
    # Digests, not the matches: their memory is the caller's, not the matcher's.
    for ranking in matcher.rank_many(queries, top=top):
        ids.append(tuple(match.id for match in ranking))
        digests.append(hashlib.blake2b(repr(ranking).encode(), digest_size=16).digest())
    ranked, cpu = time.perf_counter(), time.process_time() - cpu
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return Run(fitted - started, ranked - fitted, cpu, rss_mb, ids, digests, rescored.count)


def in_own_process(*arguments: object) -> Run:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(run, *arguments).result()


def share(a: Sequence[object], b: Sequence[object]) -> float:
    return sum(x == y for x, y in zip(a, b, strict=True)) / max(len(a), 1)


HEADER = (
    f"{'set':<22}{'direction':<17}{'queries×items':>15}{'list':>6}{'same top ids':>14}"
    f"{'same matches':>14}{'scored again':>13}{'fit s':>15}{'rank s':>17}{'rank CPU s':>17}"
    f"{'speed-up':>10}{'peak RSS MB':>15}"
)


def compare(source: Source, shortlists: Sequence[int], top: int, year: int) -> None:
    jobs, people = source.load()
    for direction in DIRECTIONS:
        queries, items = (people, jobs) if direction == DIRECTIONS[0] else (jobs, people)
        size = f"{len(queries)}×{len(items)}"
        row = f"{source.name:<22}{direction:<17}{size:>15}"
        exhaustive = in_own_process(source, direction, None, top, year)
        for length in shortlists:
            if list_length(length, top) >= len(items):
                print(f"{row}{length:>6}   (every item listed: the exhaustive path)", flush=True)
                continue
            two = in_own_process(source, direction, length, top, year)
            print(
                f"{row}{length:>6}"
                f"{share(exhaustive.ids, two.ids):>14.2%}"
                f"{share(exhaustive.digests, two.digests):>14.2%}"
                f"{two.rescored / max(len(queries), 1):>13.2%}"
                f"{f'{two.fit_s:.2f} / {exhaustive.fit_s:.2f}':>15}"
                f"{f'{two.rank_s:.2f} / {exhaustive.rank_s:.2f}':>17}"
                f"{f'{two.rank_cpu_s:.2f} / {exhaustive.rank_cpu_s:.2f}':>17}"
                f"{exhaustive.rank_cpu_s / max(two.rank_cpu_s, 1e-9):>9.1f}×"
                f"{f'{two.rss_mb:.0f} / {exhaustive.rss_mb:.0f}':>15}",
                flush=True,
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="holds dev/ and dev-hard/")
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument(
        "--shortlist",
        default=f"{SHORTLIST},20",
        help="list lengths, comma-separated (20, the least for a top 10, runs on the dev sets)",
    )
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--current-year", type=int, default=datetime.now(ZoneInfo("Asia/Shanghai")).year
    )
    args = parser.parse_args(argv)
    shortlists = [int(size) for size in args.shortlist.split(",")]
    for name in SETS:
        for file in ("jobs.jsonl", "candidates.jsonl"):
            if not (args.data_dir / name / file).exists():
                parser.error(
                    f"--data-dir {args.data_dir}: {args.data_dir / name / file} does not exist"
                )
    sources = [Source(name, args.data_dir / name) for name in SETS]
    synthetic = f"synthetic (seed {args.seed})"
    sources.append(Source(synthetic, jobs=args.jobs, people=args.people, seed=args.seed))
    print(
        f"top {args.top}, Python {sys.version.split()[0]}; 'scored again': queries that stage 1 "
        "could not settle; pairs of figures: two-stage / exhaustive"
    )
    print(HEADER, flush=True)
    for source in sources:
        compare(source, shortlists, args.top, args.current_year)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
