"""Matching on files, with no database: `civicmatch match` and `civicmatch match-text`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Literal

from engine.fields import Field, check_salary_range
from engine.io.jsonl import RecordFile
from engine.jobs.records import JOB_FILE_FIELDS
from engine.seekers.records import CANDIDATE_FILE_FIELDS
from matchers.jobs import CandidateMatcher, JobMatcher
from matchers.records import Candidate, Job, Match
from matchers.text_profile import EmptyQuery, read_profile

QUERY_FIELDS: tuple[Field, ...] = (
    Field("id", "str", required=True, non_blank=True, max_length=200),
    Field("text", "str", required=True, non_blank=True, max_length=2000),
)

Progress = Callable[[int], None]


def read_jobs(stream: IO[bytes], source: str) -> list[Job]:
    checked = RecordFile.read(stream, source, JOB_FILE_FIELDS)
    checked.check(lambda values: check_salary_range(values["salary_min"], values["salary_max"]))
    return [Job.from_mapping(line.values) for line in checked.accepted()]


def read_candidates(stream: IO[bytes], source: str) -> list[Candidate]:
    lines = RecordFile.read(stream, source, CANDIDATE_FILE_FIELDS).accepted()
    return [Candidate.from_mapping(line.values) for line in lines]


def read_queries(stream: IO[bytes], source: str) -> list[dict[str, Any]]:
    """{"id", "text"} lines; other keys (labels, expected answers) are allowed and ignored."""
    checked = RecordFile.read(stream, source, QUERY_FIELDS, ignore_unknown=True)
    return [line.values for line in checked.accepted()]


def match_records(
    jobs: Sequence[Job],
    candidates: Sequence[Candidate],
    *,
    side: Literal["candidates", "jobs"],
    top: int,
    current_year: int,
    progress: Progress | None = None,
) -> Iterator[dict[str, Any]]:
    """One line per candidate (or per job), in input order, as FORMATS.md's match output."""
    if side == "candidates":
        rankings = JobMatcher(current_year=current_year).fit(jobs).rank_many(candidates, top=top)
        for done, (candidate, ranking) in enumerate(zip(candidates, rankings, strict=True), 1):
            yield {"candidate": candidate.id, "matches": matches_as(ranking, "job")}
            if progress is not None:
                progress(done)
    else:
        matcher = CandidateMatcher(current_year=current_year).fit(candidates)
        for done, (job, ranking) in enumerate(
            zip(jobs, matcher.rank_many(jobs, top=top), strict=True), 1
        ):
            yield {"job": job.id, "matches": matches_as(ranking, "candidate")}
            if progress is not None:
                progress(done)


def match_texts(
    jobs: Sequence[Job],
    queries: Sequence[dict[str, Any]],
    *,
    top: int,
    current_year: int,
) -> Iterator[dict[str, Any]]:
    """For each chat message: the profile read from it and the jobs that match it."""
    matcher = JobMatcher(current_year=current_year).fit(jobs)
    for query in queries:
        try:
            profile = read_profile(query["text"], current_year=current_year)
        except EmptyQuery:  # validation keeps blank texts out; this is a guard
            yield {"id": query["id"], "profile": {}, "matches": []}
            continue
        yield {
            "id": query["id"],
            "profile": stated_fields(profile.candidate, profile.stated),
            "matches": matches_as(matcher.rank(profile.candidate, top=top), "job"),
        }


def matches_as(ranking: Sequence[Match], key: str) -> list[dict[str, Any]]:
    return [
        {
            key: match.id,
            "score": match.score,
            "reasons": [reason.as_dict() for reason in match.reasons],
        }
        for match in ranking
    ]


def stated_fields(candidate: Candidate, stated: frozenset[str]) -> dict[str, Any]:
    """The fields a text stated, as in candidates.jsonl (codes, lists)."""
    profile: dict[str, Any] = {}
    for name in sorted(stated):
        value = getattr(candidate, name)
        if isinstance(value, frozenset):
            value = sorted(member.value for member in value)
        elif isinstance(value, tuple):
            value = list(value)
        profile[name] = getattr(value, "value", value)
    return profile
