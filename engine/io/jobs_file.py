"""jobs.jsonl in and out: an all-or-nothing upsert by external id, and the same format back."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.fields import check_salary_range
from engine.io.batches import batched, by_external_id, plain
from engine.io.jsonl import RecordFile
from engine.io.progress import SILENT, Progress, importing
from engine.io.summary import ImportSummary
from engine.jobs.employers import get_or_create_employer
from engine.jobs.livestreams import add_presentation
from engine.jobs.models import (
    Employer,
    JobPost,
    JobStatus,
    LiveStream,
    LiveStreamStatus,
    Presentation,
)
from engine.jobs.occupations import occupations_of_titles
from engine.jobs.records import JOB_CONTENT_FIELDS, JOB_FILE_FIELDS
from engine.time import now

CONTENT_NAMES = tuple(field.name for field in JOB_CONTENT_FIELDS)
EXPORT_BATCH = 500  # jobs whose titles are read together


def import_jobs(
    *, session: Session, stream: Iterable[bytes], source: str, progress: Progress = SILENT
) -> ImportSummary:
    """Validates the whole file first; raises FileRejected before writing anything."""
    checked = RecordFile.read(stream, source, JOB_FILE_FIELDS)
    checked.check(lambda values: check_salary_range(values["salary_min"], values["salary_max"]))
    lines = checked.accepted()
    existing = by_external_id(session, JobPost, [line.values["id"] for line in lines])
    employers: dict[str, Employer] = {}
    streams: dict[str, LiveStream] = {}
    created = 0
    for line in importing(lines, "jobs", progress):
        values = line.values
        employer_name = values["employer"].strip()
        if employer_name not in employers:
            employers[employer_name] = get_or_create_employer(session=session, name=employer_name)
        job = existing.get(values["id"])
        if job is None:
            job = JobPost(external_id=values["id"])
            session.add(job)
            created += 1
        for name in CONTENT_NAMES:
            setattr(job, name, values[name])
        job.employer_id = employers[employer_name].id
        if "status" in values:
            _set_status(job, JobStatus(values["status"].value))
        job.updated_at = now()
        session.flush()
        if values["livestream"] is not None:
            stream = streams.get(values["livestream"]) or _stream(session, values["livestream"])
            streams[values["livestream"]] = stream
            _attach(session, stream, job)
        else:
            job.live_stream_id = None
    session.flush()
    return ImportSummary(created=created, updated=len(lines) - created)


def export_jobs(*, session: Session) -> Iterator[dict[str, Any]]:
    """Every job in the jobs.jsonl format (plus `status` and the occupation read from its
    title), oldest first."""
    rows = session.execute(
        select(JobPost, Employer.name, LiveStream.external_id)
        .join(Employer, Employer.id == JobPost.employer_id)
        .outerjoin(LiveStream, LiveStream.id == JobPost.live_stream_id)
        .order_by(JobPost.id)
        .execution_options(yield_per=EXPORT_BATCH)
    )
    for batch in batched(rows, EXPORT_BATCH):
        occupations = occupations_of_titles([job.title for job, _, _ in batch])
        for (job, employer_name, stream_external_id), occupation in zip(
            batch, occupations, strict=True
        ):
            record: dict[str, Any] = {"id": job.external_id, "employer": employer_name}
            for name in CONTENT_NAMES:
                record[name] = plain(getattr(job, name))
            record["livestream"] = stream_external_id
            record["status"] = job.status.value
            record["occupation_code"] = None if occupation is None else occupation.code
            record["occupation_name"] = None if occupation is None else occupation.name
            yield record


def _set_status(job: JobPost, status: JobStatus) -> None:
    if status is JobStatus.CLOSED and job.status is not JobStatus.CLOSED:
        job.closed_at = now()
    if status is JobStatus.OPEN:
        job.closed_at = None
    job.status = status


def _stream(session: Session, external_id: str) -> LiveStream:
    """The broadcast with this id; one known only by its id yet is recorded as ended."""
    stream = session.scalar(select(LiveStream).where(LiveStream.external_id == external_id))
    if stream is None:
        stream = LiveStream(
            external_id=external_id, title=external_id, status=LiveStreamStatus.ENDED
        )
        session.add(stream)
        session.flush()
    return stream


def _attach(session: Session, stream: LiveStream, job: JobPost) -> None:
    presented = session.scalar(
        select(Presentation.id).where(
            Presentation.live_stream_id == stream.id, Presentation.job_id == job.id
        )
    )
    if presented is None:
        add_presentation(session=session, stream=stream, job=job, presented_at=None)
    job.live_stream_id = stream.id
