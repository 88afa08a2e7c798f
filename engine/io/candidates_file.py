"""candidates.jsonl in and out, by the same rules as jobs.jsonl."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.io.batches import by_external_id, plain
from engine.io.jsonl import RecordFile
from engine.io.progress import SILENT, Progress, importing
from engine.io.summary import ImportSummary
from engine.seekers.models import Candidate
from engine.seekers.records import CANDIDATE_FILE_FIELDS, CANDIDATE_PROFILE_FIELDS
from engine.time import now

PROFILE_NAMES = tuple(field.name for field in CANDIDATE_PROFILE_FIELDS)


def import_candidates(
    *, session: Session, stream: Iterable[bytes], source: str, progress: Progress = SILENT
) -> ImportSummary:
    lines = RecordFile.read(stream, source, CANDIDATE_FILE_FIELDS).accepted()
    existing = by_external_id(session, Candidate, [line.values["id"] for line in lines])
    created = 0
    for line in importing(lines, "candidates", progress):
        candidate = existing.get(line.values["id"])
        if candidate is None:
            candidate = Candidate(external_id=line.values["id"])
            session.add(candidate)
            created += 1
        for name in PROFILE_NAMES:
            if name in line.values:
                setattr(candidate, name, line.values[name])
        candidate.updated_at = now()
    session.flush()
    return ImportSummary(created=created, updated=len(lines) - created)


def export_candidates(*, session: Session) -> Iterator[dict[str, Any]]:
    rows = session.scalars(
        select(Candidate).order_by(Candidate.id).execution_options(yield_per=500)
    )
    for candidate in rows:
        record: dict[str, Any] = {"id": candidate.external_id}
        for name in PROFILE_NAMES:
            record[name] = plain(getattr(candidate, name))
        yield record
