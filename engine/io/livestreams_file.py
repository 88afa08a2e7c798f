"""livestreams.jsonl: broadcasts with their running order (our own format, see README)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from engine.errors import InvalidValue, NotFound
from engine.fields import Field
from engine.io.batches import by_external_id
from engine.io.jsonl import RecordFile
from engine.io.progress import SILENT, Progress, importing
from engine.io.summary import ImportSummary
from engine.jobs.models import JobPost, LiveStream, LiveStreamStatus, Presentation
from engine.jobs.records import LIVE_STREAM_FIELDS
from engine.time import local_iso, now, parse_datetime
from matchers.vocabulary import Vocabulary


class LiveStreamStatusCode(Vocabulary):
    SCHEDULED = "scheduled"
    LIVE = "live"
    ENDED = "ended"

    @classmethod
    def labels(cls) -> dict[str, tuple[str, ...]]:
        return {"scheduled": ("未开始",), "live": ("直播中",), "ended": ("已结束",)}


LIVESTREAM_FILE_FIELDS: tuple[Field, ...] = (
    Field("id", "str", required=True, non_blank=True, max_length=200),
    *LIVE_STREAM_FIELDS,
    Field(
        "status", "enum", default=LiveStreamStatusCode.SCHEDULED, vocabulary=LiveStreamStatusCode
    ),
    Field("started_at", "datetime", nullable=True),
    Field("ended_at", "datetime", nullable=True),
    Field("jobs", "json", extension=True),
)


def import_live_streams(
    *, session: Session, stream: Iterable[bytes], source: str, progress: Progress = SILENT
) -> ImportSummary:
    """Upserts broadcasts by id; a line with `jobs` replaces that broadcast's running order."""
    checked = RecordFile.read(stream, source, LIVESTREAM_FILE_FIELDS)
    checked.check(_check_running_order)
    job_ids = {item["job"] for line in checked.lines for item in line.values.get("jobs") or []}
    jobs = by_external_id(session, JobPost, sorted(job_ids))
    checked.check(lambda values: _check_jobs_known(values, jobs))
    lines = checked.accepted()
    created = 0
    for line in importing(lines, "livestreams", progress):
        values = line.values
        record = session.scalar(select(LiveStream).where(LiveStream.external_id == values["id"]))
        if record is None:
            record = LiveStream(external_id=values["id"])
            session.add(record)
            created += 1
        record.title = values["title"]
        record.host = values["host"]
        record.campaign = values["campaign"]
        record.scheduled_start = values["scheduled_start"]
        record.status = LiveStreamStatus(values["status"].value)
        record.viewer_count = values["viewer_count"]
        record.started_at = values["started_at"]
        record.ended_at = values["ended_at"]
        record.updated_at = now()
        session.flush()
        if values.get("jobs") is not None:
            _replace_running_order(session, record, values["jobs"], jobs)
    session.flush()
    return ImportSummary(created=created, updated=len(lines) - created)


def export_live_streams(*, session: Session) -> Iterator[dict[str, Any]]:
    streams = list(session.scalars(select(LiveStream).order_by(LiveStream.id)))
    order: dict[int, list[dict[str, Any]]] = {stream.id: [] for stream in streams}
    rows = session.execute(
        select(Presentation, JobPost.external_id)
        .join(JobPost, JobPost.id == Presentation.job_id)
        .order_by(Presentation.live_stream_id, Presentation.position)
    )
    for presentation, job_external_id in rows:
        order[presentation.live_stream_id].append(
            {"job": job_external_id, "presented_at": local_iso(presentation.presented_at)}
        )
    for stream in streams:
        yield {
            "id": stream.external_id,
            "title": stream.title,
            "host": stream.host,
            "campaign": stream.campaign,
            "scheduled_start": local_iso(stream.scheduled_start),
            "status": stream.status.value,
            "viewer_count": stream.viewer_count,
            "started_at": local_iso(stream.started_at),
            "ended_at": local_iso(stream.ended_at),
            "jobs": order[stream.id],
        }


def _check_running_order(values: dict[str, Any]) -> None:
    items = values.get("jobs")
    if items is None:
        return
    if not isinstance(items, list):
        raise InvalidValue("livestreams_file.jobs_not_list", field="jobs")
    seen: set[str] = set()
    for position, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("job"), str):
            raise InvalidValue("livestreams_file.item_without_job", field="jobs", item=position)
        if item["job"] in seen:
            raise InvalidValue("livestreams_file.job_twice", field="jobs", job=item["job"])
        seen.add(item["job"])
        if item.get("presented_at") is not None:
            item["presented_at"] = parse_datetime(item["presented_at"], field="jobs")


def _check_jobs_known(values: dict[str, Any], jobs: dict[str, JobPost]) -> None:
    for item in values.get("jobs") or []:
        if item["job"] not in jobs:
            raise NotFound("livestreams_file.unknown_job", field="jobs", job=item["job"])


def _replace_running_order(
    session: Session, stream: LiveStream, items: list[dict[str, Any]], jobs: dict[str, JobPost]
) -> None:
    session.execute(delete(Presentation).where(Presentation.live_stream_id == stream.id))
    for position, item in enumerate(items, start=1):
        job = jobs[item["job"]]
        session.add(
            Presentation(
                live_stream_id=stream.id,
                job_id=job.id,
                position=position,
                presented_at=item.get("presented_at"),
            )
        )
        job.live_stream_id = stream.id
    session.flush()
