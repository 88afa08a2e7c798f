"""What a run matches, read from the database as the matchers' plain records.

A run fixes its subjects when it starts (the ids in its chunks) and the items it ranks them
among (open jobs, or people, up to the largest id at the start), so a resumed run ranks
among the same rows. Rows are read in slices of ids, so no query's size grows with the data.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.io.batches import chunked
from engine.jobs.models import Employer, JobPost, JobStatus
from engine.matching.records import candidate_record, job_from_row
from engine.runs.models import Audience
from engine.seekers.models import Candidate
from matchers.records import Candidate as CandidateRecord
from matchers.records import Job

READ_SLICE = 1_000


def open_job_ids(session: Session, up_to: int | None = None) -> list[int]:
    statement = select(JobPost.id).where(JobPost.status == JobStatus.OPEN).order_by(JobPost.id)
    if up_to is not None:
        statement = statement.where(JobPost.id <= up_to)
    return list(session.scalars(statement))


def candidate_ids(session: Session, up_to: int | None = None) -> list[int]:
    statement = select(Candidate.id).order_by(Candidate.id)
    if up_to is not None:
        statement = statement.where(Candidate.id <= up_to)
    return list(session.scalars(statement))


def jobs(session: Session, ids: Sequence[int]) -> list[Job]:
    """The open jobs among `ids`, in id order (a job closed since is left out)."""
    found: list[Job] = []
    for part in chunked(ids, READ_SLICE):
        rows = session.execute(
            select(JobPost, Employer.name)
            .join(Employer, Employer.id == JobPost.employer_id)
            .where(JobPost.id.in_(part), JobPost.status == JobStatus.OPEN)
            .order_by(JobPost.id)
        ).all()
        found.extend(job_from_row(job, employer) for job, employer in rows)
    return found


def _candidates(session: Session, ids: Sequence[int]) -> Iterator[Candidate]:
    for part in chunked(ids, READ_SLICE):
        yield from session.scalars(
            select(Candidate).where(Candidate.id.in_(part)).order_by(Candidate.id)
        )


def people_without_needs(session: Session, ids: Sequence[int]) -> list[CandidateRecord]:
    """People to rank for jobs, as if no one stated needs: hard rule 2 is applied when the
    ranking is served, with the needs the reader may see then (see engine.runs.reading), so
    that no stored ranking can tell a recruiter what a person keeps to themself."""
    return [candidate_record(row, show_needs=False) for row in _candidates(session, ids)]


def subjects_for_jobs(
    session: Session, ids: Sequence[int]
) -> list[tuple[Audience, CandidateRecord]]:
    """People to find jobs for, each with the audience of its ranking. A person who states
    needs is ranked twice: with them (for readers who may see them) and without."""
    subjects: list[tuple[Audience, CandidateRecord]] = []
    for row in _candidates(session, ids):
        if row.needs:
            subjects.append((Audience.WITH_NEEDS, candidate_record(row, show_needs=True)))
            subjects.append((Audience.WITHOUT_NEEDS, candidate_record(row, show_needs=False)))
        else:
            subjects.append((Audience.ALL, candidate_record(row, show_needs=False)))
    return subjects
