"""A data set's graded truth, a contender's full rankings of it, and the figures read from
them: over every query, or over the queries of some folds only.

NDCG@5 ranks every job (or candidate) of a set; ungraded items count 0. The ideal ranking
holds only graded items that pass the hard rules, since nothing else can ever be returned;
a query none of whose positively graded items pass them is skipped and counted.

Restricted to a scope (the jobs of some folds), a person's query keeps only the grades of
jobs in scope, and their graded jobs out of scope leave the ranking: they neither help nor
hurt. A job is a query when it is in scope.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from benchmarks.metrics import distractor_share, ndcg_at_k
from matchers.jobs.rules import passes_hard_rules
from matchers.records import Candidate, Job, Match

K = 5
Scope = Callable[[str], bool]  # whether a job id is in scope


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


def load_set(directory: Path, name: str | None = None) -> DataSet:
    distractors: dict[str, set[str]] = defaultdict(set)
    if (directory / "distractors.jsonl").exists():
        for row in read_jsonl(directory / "distractors.jsonl"):
            distractors[row["candidate"]].add(row["job"])
    queries = directory / "text_queries.jsonl"
    return DataSet(
        name=name or directory.name,
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


@dataclass(frozen=True)
class Truth:
    """Positive grades by person and by job, split into those a ranking can reach (the pair
    passes the hard rules) and all of them."""

    by_person: dict[str, dict[str, int]]
    by_job: dict[str, dict[str, int]]
    reachable_by_person: dict[str, dict[str, int]]
    reachable_by_job: dict[str, dict[str, int]]

    @classmethod
    def of(cls, data: DataSet) -> Truth:
        jobs = {job.id: job for job in data.jobs}
        people = {person.id: person for person in data.candidates}
        by_person: dict[str, dict[str, int]] = defaultdict(dict)
        by_job: dict[str, dict[str, int]] = defaultdict(dict)
        reach_person: dict[str, dict[str, int]] = defaultdict(dict)
        reach_job: dict[str, dict[str, int]] = defaultdict(dict)
        for person, job, grade in data.grades:
            if grade <= 0:
                continue
            by_person[person][job] = by_job[job][person] = grade
            if passes_hard_rules(jobs[job], people[person]):
                reach_person[person][job] = reach_job[job][person] = grade
        return cls(dict(by_person), dict(by_job), dict(reach_person), dict(reach_job))


@dataclass(frozen=True)
class Rankings:
    """Every item a contender returns, best first: jobs by person id, people by job id."""

    to_jobs: dict[str, list[str]]
    to_people: dict[str, list[str]]


class JobRanker(Protocol):
    def fit(self, jobs: Sequence[Job]) -> JobRanker: ...
    def rank(self, candidate: Candidate, *, top: int = 10) -> list[Match]: ...


class CandidateRanker(Protocol):
    def fit(self, candidates: Sequence[Candidate]) -> CandidateRanker: ...
    def rank(self, job: Job, *, top: int = 10) -> list[Match]: ...


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


def rank_all(
    data: DataSet, job_matcher: JobRanker, candidate_matcher: CandidateRanker, audit: Audit
) -> Rankings:
    """Fits both matchers on the set and ranks every job for every person and back."""
    jobs = {job.id: job for job in data.jobs}
    people = {person.id: person for person in data.candidates}
    to_jobs = _rank_each(job_matcher.fit(data.jobs), data.candidates, len(jobs))
    to_people = _rank_each(candidate_matcher.fit(data.candidates), data.jobs, len(people))
    for person, matches in zip(data.candidates, to_jobs, strict=True):
        audit.check(matches, lambda job_id, person=person: (jobs[job_id], person))
    for job, matches in zip(data.jobs, to_people, strict=True):
        audit.check(matches, lambda person_id, job=job: (job, people[person_id]))
    return Rankings(
        to_jobs={
            person.id: _ids(matches)
            for person, matches in zip(data.candidates, to_jobs, strict=True)
        },
        to_people={
            job.id: _ids(matches) for job, matches in zip(data.jobs, to_people, strict=True)
        },
    )


def _rank_each(matcher: Any, queries: Sequence[Any], top: int) -> list[list[Match]]:
    many = getattr(matcher, "rank_many", None)  # the matcher scores queries in blocks
    if many is not None:
        return list(many(queries, top=top))
    return [matcher.rank(query, top=top) for query in queries]


def _ids(matches: Sequence[Match]) -> list[str]:
    return [match.id for match in matches]


@dataclass
class Mean:
    values: list[float] = field(default_factory=list)
    skipped: int = 0

    @property
    def mean(self) -> float | None:
        return statistics.fmean(self.values) if self.values else None

    def note(self) -> str:
        return f"{len(self.values)} queries, {self.skipped} skipped"


def _everything(_: str) -> bool:
    return True


def _query(
    ranking: Sequence[str], graded: Mapping[str, int], reachable: Mapping[str, int], scope: Scope
) -> tuple[list[str], dict[str, int]] | None:
    """The ranking and grades of one person's query within the scope; None when the person
    has no positive grade in it."""
    if not any(scope(job) for job in graded):
        return None
    outside = {job for job in graded if not scope(job)}
    kept = [job for job in ranking if job not in outside]
    return kept, {job: grade for job, grade in reachable.items() if scope(job)}


def to_jobs_ndcg(truth: Truth, rankings: Rankings, scope: Scope = _everything) -> Mean:
    result = Mean()
    for person, graded in truth.by_person.items():
        ranking = rankings.to_jobs.get(person, [])
        query = _query(ranking, graded, truth.reachable_by_person.get(person, {}), scope)
        if query is None:
            continue
        kept, grades = query
        if grades:
            result.values.append(ndcg_at_k(kept, grades, K))
        else:
            result.skipped += 1
    return result


def to_people_ndcg(truth: Truth, rankings: Rankings, scope: Scope = _everything) -> Mean:
    result = Mean()
    for job in truth.by_job:
        if not scope(job):
            continue
        grades = truth.reachable_by_job.get(job, {})
        if grades:
            result.values.append(ndcg_at_k(rankings.to_people.get(job, []), grades, K))
        else:
            result.skipped += 1
    return result


def distractors_taken(
    data: DataSet, truth: Truth, rankings: Rankings, scope: Scope = _everything
) -> float | None:
    """The distractors' share of the top-5 slots of the people who are queries in scope;
    None when none of them has distractors."""
    kept: dict[str, list[str]] = {}
    for person, distractors in data.distractors.items():
        graded = truth.by_person.get(person, {})
        ranking = rankings.to_jobs.get(person, [])
        query = _query(ranking, graded, truth.reachable_by_person.get(person, {}), scope)
        if not distractors:
            continue
        if query is not None:
            kept[person] = query[0]
        elif scope is _everything:  # over the whole set, every person with distractors counts
            kept[person] = ranking
    if not kept:
        return None
    return distractor_share(kept, {person: data.distractors[person] for person in kept}, K)
