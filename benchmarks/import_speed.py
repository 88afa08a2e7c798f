"""Import speed on SQLite and PostgreSQL: the bulk imports beside a row-by-row ORM upsert.

    python -m seeds.synthetic jobs 20000 --out DIR/jobs.jsonl
    python -m seeds.synthetic candidates 20000 --out DIR/candidates.jsonl
    python -m benchmarks.import_speed --data-dir DIR [--postgres URL] [--repeat 3]

For each database (a new SQLite file; with --postgres, a new database on that server, dropped
afterwards) and each kind, it times the import into an empty database (every line created)
and the same import again (every line updated), median of --repeat runs on fresh databases,
and prints rows per second. The baseline, measured in the same run on the same databases, is
the row-by-row upsert the imports did before (`row_by_row`: a flush and a few queries per
line, employers, broadcasts and running orders looked up line by line). Parsing and
validation are the same code for both and are timed with them.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from engine.db import make_engine, make_sessionmaker, transaction
from engine.io.candidates_file import PROFILE_NAMES, import_candidates
from engine.io.jobs_file import CONTENT_NAMES, import_jobs
from engine.io.jsonl import RecordFile
from engine.jobs.employers import get_or_create_employer
from engine.jobs.livestreams import add_presentation
from engine.jobs.models import JobPost, LiveStream, LiveStreamStatus, Presentation
from engine.jobs.records import JOB_FILE_FIELDS
from engine.migrate import upgrade
from engine.seekers.models import Candidate
from engine.seekers.records import CANDIDATE_FILE_FIELDS
from engine.time import now

AIM = 5000  # rows per second, both kinds, both databases (issue 12, point 8)
Importer = Callable[[Session, list[bytes]], Any]


def row_by_row_jobs(session: Session, lines: list[bytes]) -> None:
    """The baseline: every line upserted through the ORM, flushed one at a time."""
    for line in RecordFile.read(iter(lines), "bench", JOB_FILE_FIELDS).accepted():
        values = line.values
        employer = get_or_create_employer(session=session, name=values["employer"])
        job = session.scalar(select(JobPost).where(JobPost.external_id == values["id"]))
        if job is None:
            job = JobPost(external_id=values["id"])
            session.add(job)
        for name in CONTENT_NAMES:
            setattr(job, name, values[name])
        job.employer_id = employer.id
        job.updated_at = now()
        session.flush()
        if values["livestream"] is not None:
            stream = session.scalar(
                select(LiveStream).where(LiveStream.external_id == values["livestream"])
            )
            if stream is None:
                stream = LiveStream(
                    external_id=values["livestream"],
                    title=values["livestream"],
                    status=LiveStreamStatus.ENDED,
                )
                session.add(stream)
                session.flush()
            presented = session.scalar(
                select(Presentation.id).where(
                    Presentation.live_stream_id == stream.id, Presentation.job_id == job.id
                )
            )
            if presented is None:
                add_presentation(session=session, stream=stream, job=job, presented_at=None)
    session.flush()


def row_by_row_candidates(session: Session, lines: list[bytes]) -> None:
    for line in RecordFile.read(iter(lines), "bench", CANDIDATE_FILE_FIELDS).accepted():
        person = session.scalar(select(Candidate).where(Candidate.external_id == line.values["id"]))
        if person is None:
            person = Candidate(external_id=line.values["id"])
            session.add(person)
        for name in PROFILE_NAMES:
            if name in line.values:
                setattr(person, name, line.values[name])
        person.updated_at = now()
    session.flush()


def bulk_jobs(session: Session, lines: list[bytes]) -> None:
    import_jobs(session=session, stream=iter(lines), source="bench")


def bulk_candidates(session: Session, lines: list[bytes]) -> None:
    import_candidates(session=session, stream=iter(lines), source="bench")


@contextmanager
def fresh_database(kind: str, postgres: str | None, folder: Path | None = None) -> Iterator[str]:
    """A new, empty database: a SQLite file in a temporary folder (inside `folder`), or a
    PostgreSQL database made on the `postgres` server and dropped afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory(dir=folder, prefix="bench-") as place:
            yield f"sqlite:///{Path(place) / 'bench.db'}"
        return
    assert postgres is not None
    name = f"civicmatch_bench_{uuid.uuid4().hex[:10]}"
    admin = make_engine(postgres, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(postgres).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def timed(url: str, lines: list[bytes], importer: Importer) -> tuple[float, float]:
    """Seconds to import into the empty database, then to import the same lines again."""
    engine = make_engine(url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    seconds = []
    for _ in range(2):
        started = time.perf_counter()
        with transaction(sessions) as session:
            importer(session, lines)
        seconds.append(time.perf_counter() - started)
    engine.dispose()
    return seconds[0], seconds[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="holds jobs.jsonl, candidates.jsonl"
    )
    parser.add_argument("--postgres", help="a PostgreSQL server URL (a database is created on it)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    files = {kind: args.data_dir / f"{kind}.jsonl" for kind in ("jobs", "candidates")}
    for path in files.values():
        if not path.is_file():
            parser.error(f"--data-dir {args.data_dir}: {path} does not exist")
    importers = {
        "jobs": (row_by_row_jobs, bulk_jobs),
        "candidates": (row_by_row_candidates, bulk_candidates),
    }
    databases = ["sqlite", *(["postgresql"] if args.postgres else [])]
    print(f"rows per second, median of {args.repeat} runs on fresh databases")
    print(f"{'':30}{'row by row':>12}{'bulk':>12}{'ratio':>8}")
    for kind, path in files.items():
        lines = path.read_bytes().splitlines(keepends=True)
        for database in databases:
            rates = {}
            for name, importer in zip(("row by row", "bulk"), importers[kind], strict=True):
                runs = []
                for _ in range(args.repeat):
                    with fresh_database(database, args.postgres) as url:
                        runs.append(timed(url, lines, importer))
                rates[name] = [
                    len(lines) / statistics.median(run[step] for run in runs) for step in (0, 1)
                ]
            for step, label in enumerate(("created", "updated")):
                plain, bulk = rates["row by row"][step], rates["bulk"][step]
                verdict = "met" if bulk >= AIM else "missed"
                print(
                    f"{kind} {database} {label}".ljust(30)
                    + f"{plain:>12,.0f}{bulk:>12,.0f}{bulk / plain:>7.1f}x"
                    + f"   aim ≥ {AIM:,}: {verdict}"
                )
        print(f"  ({len(lines):,} lines in {path})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
