"""jobs.jsonl in and out: an all-or-nothing upsert by external id, and the same format back."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from engine.errors import InvalidValue
from engine.fields import check_salary_range, checked_name
from engine.io.batches import batched, chunked, plain, rows_by_external_id
from engine.io.bulk import delete_where_in, ids_by_name, insert_plain, insert_rows, update_rows
from engine.io.jsonl import Line, RecordFile
from engine.io.progress import SILENT, Progress, import_stage
from engine.io.summary import ImportSummary
from engine.jobs.livestreams import MAX_PRESENTATIONS
from engine.jobs.models import (
    Employer,
    JobAccommodation,
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
# The content fields that are columns of job_posts (accommodations live in their own table).
COLUMN_NAMES = tuple(name for name in CONTENT_NAMES if name != "accommodations")
EXPORT_BATCH = 500  # jobs whose titles are read together


def import_jobs(
    *, session: Session, stream: Iterable[bytes], source: str, progress: Progress = SILENT
) -> ImportSummary:
    """Validates the whole file first (also against what is stored: a broadcast's room for
    more jobs); raises FileRejected before writing anything. Then writes in bulk."""
    checked = RecordFile.read(stream, source, JOB_FILE_FIELDS)
    checked.check(lambda values: check_salary_range(values["salary_min"], values["salary_max"]))
    checked.check(lambda values: checked_name(values["employer"], field="employer"))
    ids = [line.values["id"] for line in checked.lines]
    existing = rows_by_external_id(session, JobPost, ids, JobPost.id, JobPost.status)
    streams = _stored_streams(session, {line.values["livestream"] for line in checked.lines})
    checked.check(_Room(streams, existing))
    lines = checked.accepted()

    employers = ids_by_name(session, Employer, {line.values["employer"].strip() for line in lines})
    _create_streams(session, streams)
    stamp = now()
    created: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    job_ids: dict[str, int] = {}
    for line in lines:
        values = line.values
        row = {name: values[name] for name in COLUMN_NAMES}
        row["employer_id"] = employers[values["employer"].strip()]
        row["live_stream_id"] = streams[values["livestream"]].id if values["livestream"] else None
        row["updated_at"] = stamp
        stored = existing.get(values["id"])
        if stored is None:
            status = JobStatus(values["status"].value) if "status" in values else JobStatus.OPEN
            row |= {"external_id": values["id"], "status": status, "created_at": stamp}
            row["closed_at"] = stamp if status is JobStatus.CLOSED else None
            created.append(row)
        else:
            row |= _status_change(stored, values, stamp)
            changed.append(row | {"id": stored.id})
            job_ids[values["id"]] = stored.id
    advance = import_stage("jobs", len(lines), progress)
    new_ids = insert_rows(session, JobPost, created, advance)
    job_ids.update(zip((row["external_id"] for row in created), new_ids, strict=True))
    update_rows(session, JobPost, changed, advance)
    _write_accommodations(session, lines, job_ids, [row["id"] for row in changed])
    _write_presentations(session, lines, job_ids, streams)
    session.expire_all()
    return ImportSummary(created=len(created), updated=len(changed))


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


@dataclass(slots=True)
class _Stream:
    id: int | None  # None until created
    positions: dict[int, int]  # job id → position in the running order


def _stored_streams(session: Session, external_ids: set[str | None]) -> dict[str, _Stream]:
    """Every broadcast the file names, with its running order; one not stored yet gets an
    empty one and is created, as ended, when the file is written."""
    named = sorted(external_id for external_id in external_ids if external_id is not None)
    stored = rows_by_external_id(session, LiveStream, named, LiveStream.id)
    streams = {name: _Stream(stored[name].id if name in stored else None, {}) for name in named}
    by_id = {stream.id: stream for stream in streams.values() if stream.id is not None}
    for chunk in chunked(list(by_id)):
        rows = session.execute(
            select(Presentation.live_stream_id, Presentation.job_id, Presentation.position).where(
                Presentation.live_stream_id.in_(chunk)
            )
        )
        for stream_id, job_id, position in rows:
            by_id[stream_id].positions[job_id] = position
    return streams


class _Room:
    """A line's check that its broadcast has room for one more job (MAX_PRESENTATIONS)."""

    def __init__(self, streams: dict[str, _Stream], jobs: dict[str, Row[Any]]):
        self.streams = streams
        self.jobs = jobs
        self.added: dict[str, set[str]] = {}

    def __call__(self, values: dict[str, Any]) -> None:
        name = values["livestream"]
        if name is None:
            return
        stream = self.streams[name]
        stored = self.jobs.get(values["id"])
        if stored is not None and stored.id in stream.positions:
            return
        added = self.added.setdefault(name, set())
        if values["id"] not in added and len(stream.positions) + len(added) >= MAX_PRESENTATIONS:
            raise InvalidValue(
                "live_stream.too_many_jobs",
                field="livestream",
                code="TOO_MANY",
                limit=MAX_PRESENTATIONS,
            )
        added.add(values["id"])


def _create_streams(session: Session, streams: dict[str, _Stream]) -> None:
    missing = [name for name, stream in streams.items() if stream.id is None]
    rows = [
        {"external_id": name, "title": name, "status": LiveStreamStatus.ENDED} for name in missing
    ]
    for name, new_id in zip(missing, insert_rows(session, LiveStream, rows), strict=True):
        streams[name].id = new_id


def _status_change(stored: Row[Any], values: dict[str, Any], stamp: datetime) -> dict[str, Any]:
    """The status columns a line sets on a stored job: closing stamps `closed_at`, reopening
    clears it; a line without `status` leaves both."""
    if "status" not in values:
        return {}
    status = JobStatus(values["status"].value)
    if status is JobStatus.CLOSED:
        closing = stored.status is not JobStatus.CLOSED
        return {"status": status} | ({"closed_at": stamp} if closing else {})
    return {"status": status, "closed_at": None}


def _write_accommodations(
    session: Session, lines: Sequence[Line], ids: dict[str, int], replaced: Sequence[int]
) -> None:
    delete_where_in(session, JobAccommodation.job_id, replaced)
    rows = [
        {"job_id": ids[line.values["id"]], "accommodation": accommodation}
        for line in lines
        for accommodation in dict.fromkeys(line.values["accommodations"])
    ]
    insert_plain(session, JobAccommodation, rows)


def _write_presentations(
    session: Session, lines: Sequence[Line], ids: dict[str, int], streams: dict[str, _Stream]
) -> None:
    """A job is added at the end of its broadcast's running order unless already in it."""
    rows = []
    for line in lines:
        name = line.values["livestream"]
        if name is None:
            continue
        stream, job_id = streams[name], ids[line.values["id"]]
        if job_id not in stream.positions:
            stream.positions[job_id] = max(stream.positions.values(), default=0) + 1
            rows.append(
                {
                    "live_stream_id": stream.id,
                    "job_id": job_id,
                    "position": stream.positions[job_id],
                    "presented_at": None,
                }
            )
    insert_plain(session, Presentation, rows)
