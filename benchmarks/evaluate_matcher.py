"""Scores the job matcher beside the plain baseline on a data folder's dev and dev-hard sets.

    python -m benchmarks.evaluate_matcher --data-dir ../shared/data [--current-year YYYY]

NDCG@5 ranks every job (or candidate) of a set; ungraded items count 0. The ideal ranking
holds only graded items that pass the hard rules, since nothing else can ever be returned;
a query none of whose positively graded items pass them is skipped and counted.
"""

from __future__ import annotations

import argparse
import inspect
import json
import statistics
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from benchmarks.baseline import BaselineCandidateMatcher, BaselineJobMatcher
from benchmarks.metrics import distractor_share, ndcg_at_k
from matchers.jobs.rules import passes_hard_rules
from matchers.records import Candidate, Job, Match

SETS = ("dev", "dev-hard")
NEEDED = ("jobs.jsonl", "candidates.jsonl", "pair_grades.jsonl")
K = 5


class JobRanker(Protocol):
    def fit(self, jobs: Sequence[Job]) -> JobRanker: ...
    def rank(self, candidate: Candidate, *, top: int = 10) -> list[Match]: ...


class CandidateRanker(Protocol):
    def fit(self, candidates: Sequence[Candidate]) -> CandidateRanker: ...
    def rank(self, job: Job, *, top: int = 10) -> list[Match]: ...


ProfileReader = Callable[[str], Candidate]


@dataclass(frozen=True)
class Contender:
    """One column of the table: how to build its two matchers."""

    name: str
    job_matcher: Callable[[], JobRanker]
    candidate_matcher: Callable[[], CandidateRanker]


@dataclass(frozen=True)
class DataSet:
    name: str
    jobs: list[Job]
    candidates: list[Candidate]
    grades: list[tuple[str, str, int]]
    distractors: dict[str, set[str]] = field(default_factory=dict)
    text_queries: list[dict[str, Any]] = field(default_factory=list)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def load_set(directory: Path) -> DataSet:
    distractors: dict[str, set[str]] = defaultdict(set)
    if (directory / "distractors.jsonl").exists():
        for row in read_jsonl(directory / "distractors.jsonl"):
            distractors[row["candidate"]].add(row["job"])
    queries = directory / "text_queries.jsonl"
    return DataSet(
        name=directory.name,
        jobs=[Job.from_mapping(row) for row in read_jsonl(directory / "jobs.jsonl")],
        candidates=[
            Candidate.from_mapping(row) for row in read_jsonl(directory / "candidates.jsonl")
        ],
        grades=[
            (row["candidate"], row["job"], int(row["grade"]))
            for row in read_jsonl(directory / "pair_grades.jsonl")
        ],
        distractors=dict(distractors),
        text_queries=read_jsonl(queries) if queries.exists() else [],
    )


def construct(cls: type, current_year: int, **params: Any) -> Any:
    """Builds a matcher with its defaults, telling it the year when it asks for one."""
    if "current_year" in inspect.signature(cls).parameters:
        return cls(current_year=current_year, **params)
    return cls(**params)


def load_matcher(
    current_year: int, name: str = "matcher", **params: Any
) -> tuple[Contender | None, str]:
    try:
        from matchers.jobs.matcher import CandidateMatcher, JobMatcher
    except ImportError as error:
        return None, f"matcher unavailable (matchers.jobs.matcher: {error})"
    return (
        Contender(
            name,
            lambda: construct(JobMatcher, current_year, **params),
            lambda: construct(CandidateMatcher, current_year, **params),
        ),
        "",
    )


def load_profile_reader(current_year: int) -> tuple[ProfileReader | None, str]:
    try:
        from matchers.text.profile import read_profile
    except ImportError as error:
        return None, f"text queries unavailable (matchers.text.profile: {error})"
    return (lambda text: read_profile(text, current_year=current_year).candidate), ""


def baseline() -> Contender:
    return Contender("baseline", BaselineJobMatcher, BaselineCandidateMatcher)


@dataclass
class Audit:
    """Returned pairs that break a hard rule, and rankings that break the output contract."""

    pairs: int = 0
    violations: int = 0
    disorders: int = 0

    def check(self, matches: Sequence[Match], pair: Callable[[str], tuple[Job, Candidate]]) -> None:
        self.pairs += len(matches)
        self.violations += sum(not passes_hard_rules(*pair(match.id)) for match in matches)
        keys = [(-match.score, match.id) for match in matches]
        in_range = all(0.0 <= match.score <= 1.0 for match in matches)
        unique = len({match.id for match in matches}) == len(matches)
        self.disorders += keys != sorted(keys) or not in_range or not unique


@dataclass
class Mean:
    values: list[float] = field(default_factory=list)
    skipped: int = 0

    def cell(self) -> str:
        return f"{statistics.fmean(self.values):.3f}" if self.values else "n/a"

    def note(self) -> str:
        return f"{len(self.values)} queries, {self.skipped} skipped"


def reachable(grades: Mapping[str, int], passes: Callable[[str], bool]) -> dict[str, int]:
    return {item: grade for item, grade in grades.items() if grade > 0 and passes(item)}


def jobs_for_people(data: DataSet, matcher: JobRanker, audit: Audit) -> tuple[Mean, dict]:
    jobs = {job.id: job for job in data.jobs}
    by_person: dict[str, dict[str, int]] = defaultdict(dict)
    for person, job, grade in data.grades:
        by_person[person][job] = grade
    result, rankings = Mean(), {}
    for person in data.candidates:
        matches = matcher.rank(person, top=len(jobs))
        audit.check(matches, lambda job_id, person=person: (jobs[job_id], person))
        rankings[person.id] = [match.id for match in matches]
        if person.id not in by_person:
            continue
        grades = reachable(by_person[person.id], lambda j, p=person: passes_hard_rules(jobs[j], p))
        if grades:
            result.values.append(ndcg_at_k(rankings[person.id], grades, K))
        else:
            result.skipped += 1
    return result, rankings


def people_for_jobs(data: DataSet, matcher: CandidateRanker, audit: Audit) -> Mean:
    people = {person.id: person for person in data.candidates}
    by_job: dict[str, dict[str, int]] = defaultdict(dict)
    for person, job, grade in data.grades:
        by_job[job][person] = grade
    result = Mean()
    for job in data.jobs:
        matches = matcher.rank(job, top=len(people))
        audit.check(matches, lambda person_id, job=job: (job, people[person_id]))
        if job.id not in by_job:
            continue
        grades = reachable(by_job[job.id], lambda p, j=job: passes_hard_rules(j, people[p]))
        if grades:
            result.values.append(ndcg_at_k([match.id for match in matches], grades, K))
        else:
            result.skipped += 1
    return result


def text_queries(data: DataSet, matcher: JobRanker, read: ProfileReader, audit: Audit) -> Mean:
    jobs = {job.id: job for job in data.jobs}
    result = Mean()
    for query in data.text_queries:
        person = read(query["text"])
        matches = matcher.rank(person, top=len(jobs))
        audit.check(matches, lambda job_id, person=person: (jobs[job_id], person))
        grades = reachable(query["grades"], lambda j, p=person: passes_hard_rules(jobs[j], p))
        if grades:
            result.values.append(ndcg_at_k([match.id for match in matches], grades, K))
        else:
            result.skipped += 1
    return result


Row = tuple[str, str, str]


def evaluate(
    contender: Contender, sets: Iterable[DataSet], read: ProfileReader | None
) -> list[Row]:
    """(label, cell, note) for every figure of one contender."""
    audit, rows = Audit(), []
    for data in sets:
        job_matcher = contender.job_matcher().fit(data.jobs)
        to_jobs, rankings = jobs_for_people(data, job_matcher, audit)
        to_people = people_for_jobs(data, contender.candidate_matcher().fit(data.candidates), audit)
        rows.append((f"{data.name} NDCG@5 candidate→jobs", to_jobs.cell(), to_jobs.note()))
        rows.append((f"{data.name} NDCG@5 job→candidates", to_people.cell(), to_people.note()))
        if data.text_queries:
            if read is None:
                rows.append((f"{data.name} NDCG@5 text queries", "n/a", "no read_profile"))
            else:
                texts = text_queries(data, job_matcher, read, audit)
                rows.append((f"{data.name} NDCG@5 text queries", texts.cell(), texts.note()))
        if data.distractors:
            share = distractor_share(rankings, data.distractors, K)
            note = f"{len(data.distractors)} people, {K} slots each"
            rows.append((f"{data.name} distractors in top-5 slots", f"{share:.1%}", note))
    rows.append(("hard-rule violations (must be 0)", str(audit.violations), f"{audit.pairs} pairs"))
    rows.append(("rankings out of order or score ∉ [0,1]", str(audit.disorders), ""))
    return rows


def width(text: str) -> int:
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def table(columns: Mapping[str, list[Row]]) -> str:
    names = list(columns)
    first = columns[names[0]]
    label_width = max(width(label) for label, _, _ in first) + 2
    lines = [pad("", label_width) + "".join(f"{name:>10}" for name in names) + "   queries"]
    for index, (label, _, note) in enumerate(first):
        cells = "".join(f"{columns[name][index][1]:>10}" for name in names)
        lines.append(pad(label, label_width) + cells + (f"   {note}" if note else ""))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-dir",
        type=Path,
        required=True,
        help="the folder holding dev/ and dev-hard/, each with " + ", ".join(NEEDED),
    )
    parser.add_argument(
        "--current-year", type=int, default=datetime.now(ZoneInfo("Asia/Shanghai")).year
    )
    parser.add_argument(
        "--compare-analyzers",
        action="store_true",
        help="also score the matcher with rjieba words only and character n-grams only",
    )
    args = parser.parse_args(argv)
    for needed in (args.data_dir / name / file for name in SETS for file in NEEDED):
        if not needed.is_file():
            parser.error(f"--data-dir {args.data_dir}: {needed} does not exist")
    sets = [load_set(args.data_dir / name) for name in SETS]
    read, read_message = load_profile_reader(args.current_year)
    matcher, matcher_message = load_matcher(args.current_year)
    columns = {"baseline": evaluate(baseline(), sets, read)}
    if matcher:
        try:
            columns[matcher.name] = evaluate(matcher, sets, read)
        except Exception as error:  # the baseline still deserves its figures
            traceback.print_exc()
            matcher_message = f"matcher failed: {type(error).__name__}: {error}"
        if args.compare_analyzers:
            for analyzer in ("words", "chars"):
                variant, _ = load_matcher(args.current_year, analyzer, analyzer=analyzer)
                assert variant is not None
                columns[analyzer] = evaluate(variant, sets, read)
    print(f"data: {args.data_dir.resolve()}   current year: {args.current_year}")
    print(table(columns))
    for message in (matcher_message, read_message):
        if message:
            print(message)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
