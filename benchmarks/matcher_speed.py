"""Times the job matcher beside the baseline on synthetic data (issue 3, point 9).

    python -m benchmarks.matcher_speed [--jobs 20000] [--people 200] [--seed 0]

Fits JobMatcher on the jobs, then ranks them (top 10) for each person, one call per person,
after one untimed warm-up call. Memory is measured in a second pass under tracemalloc
(which slows code down, so it is kept out of the timings): the peak of traced allocations
while fitting and ranking for 20 people; native code that bypasses Python's allocator
(a Rust tokenizer, say) is not seen, and the process's peak RSS is printed for that.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import time
import traceback
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from benchmarks.evaluate_matcher import Contender, baseline, load_matcher
from matchers.records import Candidate, Job
from seeds.synthetic import generate_candidates, generate_jobs

FIT_TARGET_S = 5.0
RANK_TARGET_MS = 20.0
TOP = 10
MEMORY_PEOPLE = 20


@dataclass(frozen=True)
class Timings:
    fit_s: float
    rank_ms: list[float]
    peak_mb: float

    @property
    def median_ms(self) -> float:
        return statistics.median(self.rank_ms)

    @property
    def p95_ms(self) -> float:
        return statistics.quantiles(self.rank_ms, n=20, method="inclusive")[18]


def measure(contender: Contender, jobs: Sequence[Job], people: Sequence[Candidate]) -> Timings:
    gc.collect()
    started = time.perf_counter()
    matcher = contender.job_matcher().fit(jobs)
    fit_s = time.perf_counter() - started
    matcher.rank(people[0], top=TOP)
    rank_ms = []
    for person in people:
        started = time.perf_counter()
        matcher.rank(person, top=TOP)
        rank_ms.append((time.perf_counter() - started) * 1000)
    del matcher
    return Timings(fit_s, rank_ms, peak_memory_mb(contender, jobs, people[:MEMORY_PEOPLE]))


def peak_memory_mb(contender: Contender, jobs: Sequence[Job], people: Sequence[Candidate]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        matcher = contender.job_matcher().fit(jobs)
        for person in people:
            matcher.rank(person, top=TOP)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def verdict(value: float, target: float) -> str:
    return "PASS" if value < target else "FAIL"


def report(columns: dict[str, Timings]) -> str:
    rows = [
        ("fit (s)", lambda t: t.fit_s, f"< {FIT_TARGET_S:g} s", FIT_TARGET_S, 2),
        ("rank median (ms)", lambda t: t.median_ms, f"< {RANK_TARGET_MS:g} ms", RANK_TARGET_MS, 2),
        ("rank p95 (ms)", lambda t: t.p95_ms, f"< {RANK_TARGET_MS:g} ms", RANK_TARGET_MS, 2),
        ("rank max (ms)", lambda t: max(t.rank_ms), "", None, 2),
        ("peak traced memory (MB)", lambda t: t.peak_mb, "", None, 1),
    ]
    lines = [f"{'':26}" + "".join(f"{name:>16}" for name in columns) + "   target"]
    for label, value, target_text, target, digits in rows:
        cells = ""
        for timings in columns.values():
            figure = value(timings)
            mark = f" {verdict(figure, target)}" if target is not None else ""
            cells += f"{f'{figure:.{digits}f}{mark}':>16}"
        lines.append(f"{label:26}{cells}   {target_text}".rstrip())
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--current-year", type=int, default=datetime.now(ZoneInfo("Asia/Shanghai")).year
    )
    args = parser.parse_args(argv)
    if args.jobs < 1 or args.people < 1:
        parser.error("--jobs and --people must be at least 1")
    jobs = [Job.from_mapping(record) for record in generate_jobs(args.jobs, args.seed)]
    people = [
        Candidate.from_mapping(record) for record in generate_candidates(args.people, args.seed)
    ]
    matcher, message = load_matcher(args.current_year)
    columns = {"baseline": measure(baseline(), jobs, people)}
    if matcher:
        try:
            columns[matcher.name] = measure(matcher, jobs, people)
        except Exception as error:  # the baseline still deserves its figures
            traceback.print_exc()
            message = f"matcher failed: {type(error).__name__}: {error}"
    print(
        f"{len(jobs)} synthetic jobs, {len(people)} synthetic people (seed {args.seed}), "
        f"top={TOP}, Python {sys.version.split()[0]}"
    )
    print(report(columns))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS, all columns and passes: {rss_mb:.0f} MB")
    if message:
        print(message)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
