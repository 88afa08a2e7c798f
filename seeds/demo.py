"""Loads the demo data shipped in seeds/data into a database, through the normal importers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from engine.io.candidates_file import import_candidates
from engine.io.jobs_file import import_jobs
from engine.io.livestreams_file import import_live_streams
from engine.io.summary import ImportSummary
from seeds.volunteer_demo import load_volunteer_demo

DATA = Path(__file__).parent / "data"


def load_demo(*, session: Session) -> dict[str, ImportSummary]:
    """Jobs first (they name their broadcasts), then the broadcasts' running orders."""
    summaries: dict[str, ImportSummary] = {}
    for name, importer in (
        ("jobs.jsonl", import_jobs),
        ("livestreams.jsonl", import_live_streams),
        ("candidates.jsonl", import_candidates),
    ):
        with (DATA / name).open("rb") as stream:
            summaries[name] = importer(session=session, stream=stream, source=name)
    summaries.update(load_volunteer_demo(session=session))
    return summaries
