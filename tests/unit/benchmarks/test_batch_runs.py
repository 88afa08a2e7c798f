from __future__ import annotations

import io
import sys
import time
from collections.abc import Sequence
from contextlib import redirect_stdout

from sqlalchemy import func, select

from benchmarks import batch_runs
from engine import cli
from engine.db import make_engine, make_sessionmaker
from engine.jobs.models import JobPost, JobStatus
from engine.runs import inputs
from matchers.records import Candidate, Job
from seeds.synthetic import generate_candidates, generate_jobs

MAINS = {"engine.cli": cli.main, "benchmarks.batch_runs": batch_runs.main}


def in_process(command: Sequence[str]) -> batch_runs.Finished:
    """A `python -m MODULE ...` command run in this process: no interpreter to start."""
    assert list(command[:2]) == [sys.executable, "-m"]
    out = io.StringIO()
    started = time.perf_counter()
    with redirect_stdout(out):
        assert MAINS[command[2]](list(command[3:])) == 0
    seconds = time.perf_counter() - started
    return batch_runs.Finished(seconds, seconds, 0.0, out.getvalue())


def test_every_command_of_a_size_is_timed_in_order_with_the_rows_it_wrote(tmp_path):
    # given 40 jobs and 30 people in a fresh SQLite database
    data = batch_runs.write_inputs(tmp_path, jobs=40, people=[20, 30], added=1)
    with batch_runs.fresh_database("sqlite", tmp_path) as url:
        bench = batch_runs.Bench("sqlite", url, data, 40, 30, runner=in_process)

        # when every command is measured (but the Dask run: tests/integration/runs/test_dask.py
        # starts a cluster, which takes longer than all the rest)
        rows = list(batch_runs.measure(bench, repeat=1, exhaustive=True, workers=None))

        # then each is a row, the runs wrote rankings, and the incremental run followed a
        # change: a job retitled, one closed, one added
        assert [row.what for row in rows] == [
            "import jobs",
            "import candidates",
            "bare baseline",
            "candidates --exhaustive",
            "candidates (two-stage)",
            "jobs (two-stage)",
            "candidates --incremental (1% of jobs)",
        ]
        assert [row.rows for row in rows[:2]] == [40, 30]
        people_runs, jobs_run = [*rows[3:5], rows[6]], rows[5]
        assert all(0 < (row.rows or 0) <= 30 * 10 for row in people_runs)
        assert 0 < (jobs_run.rows or 0) <= 40 * 10
        engine = make_engine(url)
        with make_sessionmaker(engine)() as session:
            statuses = dict(
                session.execute(select(JobPost.status, func.count()).group_by(JobPost.status)).all()
            )
            retitled = session.scalar(
                select(func.count()).where(JobPost.title.endswith(batch_runs.RETITLED))
            )
        engine.dispose()
        assert statuses == {JobStatus.OPEN: 40, JobStatus.CLOSED: 1}
        assert retitled == 1
        assert all(row.seconds > 0 and row.inside_s is not None for row in rows[2:])
    # and the table prints them with their ratio to the baseline
    line = batch_runs.format_row(rows[4], rows[2])
    assert line.startswith("candidates (two-stage)") and "40 × 30" in line


def test_a_command_runs_as_a_child_process_with_its_output_and_peak_memory():
    finished = batch_runs.run_process(
        [sys.executable, "-c", "block = bytearray(64 * 2**20); print(len(block))"]
    )

    assert finished.out == f"{64 * 2**20}\n"
    assert finished.peak_mb >= 64
    assert finished.seconds > 0


def test_the_baseline_keeps_at_most_ten_jobs_per_person_whatever_the_rules():
    jobs = [Job.from_mapping(record) for record in generate_jobs(30)]
    people = [Candidate.from_mapping(record) for record in generate_candidates(12)]

    found = batch_runs.bare_baseline(jobs, people)

    assert found.shape == (12, 30)
    assert max(found.getnnz(axis=1)) == batch_runs.TOP
    assert found.max() <= 1.0 + 1e-9


def test_the_baseline_reads_what_a_run_reads_from_the_database(tmp_path):
    data = batch_runs.write_inputs(tmp_path, jobs=15, people=[10], added=1)
    with batch_runs.fresh_database("sqlite", tmp_path) as url:
        in_process(batch_runs.civicmatch(url, "import", "jobs", data.jobs, "--create"))
        in_process(batch_runs.civicmatch(url, "import", "candidates", data.people[10]))

        phases = batch_runs.baseline_on(url)

        engine = make_engine(url)
        with make_sessionmaker(engine)() as session:
            assert len(inputs.open_job_ids(session)) == 15
        engine.dispose()
    assert phases["results"] == 10 * batch_runs.TOP
