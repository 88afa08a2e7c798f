"""candidates.jsonl in and out, by the same rules as jobs.jsonl."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.io.batches import plain, rows_by_external_id
from engine.io.bulk import insert_rows, update_rows
from engine.io.jsonl import RecordFile
from engine.io.progress import SILENT, Progress, import_stage
from engine.io.summary import ImportSummary
from engine.seekers.models import Candidate
from engine.seekers.records import CANDIDATE_FILE_FIELDS, CANDIDATE_PROFILE_FIELDS
from engine.time import now

PROFILE_NAMES = tuple(field.name for field in CANDIDATE_PROFILE_FIELDS)


def import_candidates(
    *, session: Session, stream: Iterable[bytes], source: str, progress: Progress = SILENT
) -> ImportSummary:
    """All or nothing, like jobs; a left-out extension field (visibility, contacts) keeps its
    stored value. Written in bulk."""
    lines = RecordFile.read(stream, source, CANDIDATE_FILE_FIELDS).accepted()
    ids = [line.values["id"] for line in lines]
    stored = rows_by_external_id(session, Candidate, ids, Candidate.id)
    stamp = now()
    created: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for line in lines:
        values = line.values
        given = {name: values[name] for name in PROFILE_NAMES if name in values}
        if values["id"] in stored:
            changed.append(given | {"id": stored[values["id"]].id, "updated_at": stamp})
        else:
            created.append(
                {field.name: field.fresh_default() for field in CANDIDATE_PROFILE_FIELDS}
                | given
                | {"external_id": values["id"], "account_id": None}
                | {"created_at": stamp, "updated_at": stamp}
            )
    advance = import_stage("candidates", len(lines), progress)
    insert_rows(session, Candidate, created, advance)
    update_rows(session, Candidate, changed, advance)
    session.expire_all()
    return ImportSummary(created=len(created), updated=len(changed))


def export_candidates(*, session: Session) -> Iterator[dict[str, Any]]:
    rows = session.scalars(
        select(Candidate).order_by(Candidate.id).execution_options(yield_per=500)
    )
    for candidate in rows:
        record: dict[str, Any] = {"id": candidate.external_id}
        for name in PROFILE_NAMES:
            record[name] = plain(getattr(candidate, name))
        yield record
