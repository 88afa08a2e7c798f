"""Matching on files, with no database: `civicmatch match` and `civicmatch match-text`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

from engine.fields import check_salary_range
from engine.gc_pause import collector_paused
from engine.io.jsonl import RecordFile
from engine.io.progress import SILENT, Progress, tracked
from engine.io.text_files import QUERY_FIELDS
from engine.jobs.records import JOB_FILE_FIELDS
from engine.messages import Message
from engine.runs.compute import rank_chunk
from engine.runs.executors import DaskExecutor, LocalExecutor
from engine.runs.pipeline import CHUNK_SIZE
from engine.seekers.records import CANDIDATE_FILE_FIELDS
from matchers.jobs.matcher import CandidateMatcher, JobMatcher
from matchers.records import Candidate, Job, Match
from matchers.text.profile import EmptyQuery, read_profile


def read_jobs(lines: Iterable[bytes], source: str) -> list[Job]:
    checked = RecordFile.read(lines, source, JOB_FILE_FIELDS)
    checked.check(lambda values: check_salary_range(values["salary_min"], values["salary_max"]))
    return [Job.from_mapping(line.values) for line in checked.accepted()]


def read_candidates(lines: Iterable[bytes], source: str) -> list[Candidate]:
    checked = RecordFile.read(lines, source, CANDIDATE_FILE_FIELDS).accepted()
    return [Candidate.from_mapping(line.values) for line in checked]


def read_queries(lines: Iterable[bytes], source: str) -> list[dict[str, Any]]:
    """{"id", "text"} lines (see engine.io.text_files)."""
    checked = RecordFile.read(lines, source, QUERY_FIELDS)
    return [line.values for line in checked.accepted()]


def match_records(
    jobs: Sequence[Job],
    candidates: Sequence[Candidate],
    *,
    side: Literal["candidates", "jobs"],
    top: int,
    current_year: int,
    progress: Progress = SILENT,
    executor: LocalExecutor | DaskExecutor | None = None,
) -> Iterator[dict[str, Any]]:
    """One line per candidate (or per job), in input order, as FORMATS.md's match output.
    Ranked in chunks through the same pipeline as batch runs over the database (in this
    process, or on Dask with `executor`)."""
    if side == "candidates":
        progress.stage(Message("progress.indexing_jobs", {"count": len(jobs)}))
        with collector_paused():
            matcher: Any = JobMatcher(current_year=current_year).fit(jobs) if jobs else None
        subjects: Sequence[Any] = candidates
        subject_key, matched_key = "candidate", "job"
        label, unit = "progress.ranking_jobs", "unit.people"
    else:
        progress.stage(Message("progress.indexing_candidates", {"count": len(candidates)}))
        with collector_paused():
            matcher = (
                CandidateMatcher(current_year=current_year).fit(candidates) if candidates else None
            )
        subjects, subject_key, matched_key = jobs, "job", "candidate"
        label, unit = "progress.ranking_candidates", "unit.jobs"
    advance = progress.stage(Message(label), total=len(subjects), unit=unit)
    starts = range(0, len(subjects), CHUNK_SIZE)
    tasks = ((start, (subjects[start : start + CHUNK_SIZE], top)) for start in starts)
    if matcher is None:
        finished: Iterable[tuple[int, list[list[Match]]]] = (
            (start, [[] for _ in chunk]) for start, (chunk, _) in tasks
        )
    else:
        finished = (executor or LocalExecutor()).run(rank_chunk, matcher, tasks)
    # Dask returns chunks as they finish; lines keep the input order.
    waiting: dict[int, list[list[Match]]] = {}
    following = 0
    for start, rankings in finished:
        waiting[start] = rankings
        while following in waiting:
            ranked = waiting.pop(following)
            for offset, ranking in enumerate(ranked):
                yield {
                    subject_key: subjects[following + offset].id,
                    "matches": matches_as(ranking, matched_key),
                }
            advance(len(ranked))
            following += CHUNK_SIZE


def match_texts(
    jobs: Sequence[Job],
    queries: Sequence[dict[str, Any]],
    *,
    top: int,
    current_year: int,
    progress: Progress = SILENT,
) -> Iterator[dict[str, Any]]:
    """For each chat message: the profile read from it and the jobs that match it."""
    progress.stage(Message("progress.indexing_jobs", {"count": len(jobs)}))
    with collector_paused():
        matcher = JobMatcher(current_year=current_year).fit(jobs)
    advance = progress.stage(
        Message("progress.matching_messages"), total=len(queries), unit="unit.messages"
    )
    for query in tracked(queries, advance):
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
