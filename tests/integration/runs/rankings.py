"""What a run stored, and what the matchers rank for the same rows when called directly."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from engine.jobs.models import Employer, JobPost, JobStatus
from engine.matching.records import candidate_record, job_from_row
from engine.runs.models import Audience, MatchResult, MatchRun, MatchRunChunk, Side
from engine.seekers.models import Candidate
from matchers.jobs.matcher import CandidateMatcher, JobMatcher

# (side, audience, the person or job ranked for) -> [(the job or person, score, figures)]
Rankings = dict[tuple[Side, Audience, int], list[tuple[int, float, dict[str, float]]]]


def stored(sessions: sessionmaker[Session], run_id: int) -> Rankings:
    """A run's rankings, best first."""
    rankings: Rankings = defaultdict(list)
    with sessions() as session:
        rows = session.scalars(select(MatchResult).where(MatchResult.run_id == run_id)).all()
        for row in sorted(rows, key=lambda row: (row.side, row.audience, _subject(row), row.rank)):
            other = row.job_id if row.side is Side.JOBS else row.candidate_id
            rankings[(row.side, row.audience, _subject(row))].append(
                (other, row.score, dict(row.figures))
            )
    return dict(rankings)


def ranks(sessions: sessionmaker[Session], run_id: int) -> list[tuple[Side, Audience, int, int]]:
    """(side, audience, subject, rank) of every stored row: each appears once, 1 to n."""
    with sessions() as session:
        rows = session.scalars(select(MatchResult).where(MatchResult.run_id == run_id)).all()
        return sorted((row.side, row.audience, _subject(row), row.rank) for row in rows)


def expected(
    sessions: sessionmaker[Session], *, year: int, top: int, sides: tuple[Side, ...]
) -> Rankings:
    """Every open job ranked for every person (twice for a person who states needs: with
    them and without), and every person, without needs, ranked for every open job, by
    JobMatcher and CandidateMatcher fitted on all of them and asked one subject at a time."""
    with sessions() as session:
        rows = session.execute(
            select(JobPost, Employer.name)
            .join(Employer, Employer.id == JobPost.employer_id)
            .where(JobPost.status == JobStatus.OPEN)
            .order_by(JobPost.id)
        ).all()
        open_jobs = [job_from_row(job, employer) for job, employer in rows]
        people = list(session.scalars(select(Candidate).order_by(Candidate.id)))
        with_needs = {
            person.id: candidate_record(person, show_needs=True)
            for person in people
            if person.needs
        }
        without = {person.id: candidate_record(person, show_needs=False) for person in people}
    rankings: Rankings = {}
    if Side.JOBS in sides:
        matcher = JobMatcher(current_year=year).fit(open_jobs)
        for person, record in without.items():
            audience = Audience.WITHOUT_NEEDS if person in with_needs else Audience.ALL
            rankings[(Side.JOBS, audience, person)] = _plain(matcher.rank(record, top=top))
        for person, record in with_needs.items():
            rankings[(Side.JOBS, Audience.WITH_NEEDS, person)] = _plain(
                matcher.rank(record, top=top)
            )
    if Side.CANDIDATES in sides:
        matcher = CandidateMatcher(current_year=year).fit(list(without.values()))
        for job in open_jobs:
            rankings[(Side.CANDIDATES, Audience.ALL, int(job.id))] = _plain(
                matcher.rank(job, top=top)
            )
    return {key: ranking for key, ranking in rankings.items() if ranking}


def subjects(rankings: Rankings, side: Side) -> set[int]:
    return {subject for ranking_side, _, subject in rankings if ranking_side is side}


def run_row(sessions: sessionmaker[Session], run_id: int) -> MatchRun:
    with sessions() as session:
        run = session.get(MatchRun, run_id)
        assert run is not None, run_id
        session.expunge(run)
        return run


def chunks_done_at(sessions: sessionmaker[Session], run_id: int) -> dict[tuple[Side, int], Any]:
    """When each chunk of the run was done (None while it is not)."""
    with sessions() as session:
        rows = session.execute(
            select(MatchRunChunk.side, MatchRunChunk.number, MatchRunChunk.done_at).where(
                MatchRunChunk.run_id == run_id
            )
        ).all()
    return {(side, number): done_at for side, number, done_at in rows}


def _subject(row: MatchResult) -> int:
    return row.candidate_id if row.side is Side.JOBS else row.job_id


def _plain(ranking: list[Any]) -> list[tuple[int, float, dict[str, float]]]:
    return [(int(match.id), match.score, dict(match.figures)) for match in ranking]
