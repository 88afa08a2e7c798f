from __future__ import annotations

import json

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from engine.db import make_engine
from engine.jobs.models import Employer, JobPost, LiveStream
from engine.migrate import alembic_config
from engine.seekers.models import Candidate
from engine.volunteering.ledger_models import Reward
from engine.volunteering.models import Task, Volunteer
from engine.volunteering.request_models import AnonymousRequest
from tests.integration.cli.conftest import EVERY_FIELD_JOBS, count, records_in
from tests.integration.cli.conftest import SEED_DATA as SEEDS

FAIR = "zbdg-20230301"


def schema_state(url: str) -> tuple[list[str], list[str]]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            versions = list(
                connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
            )
        return sorted(inspect(engine).get_table_names()), versions
    finally:
        engine.dispose()


def head_revision(url: str) -> str:
    return ScriptDirectory.from_config(alembic_config(url)).get_current_head() or ""


def test_migrate_creates_the_schema_on_a_new_database(run, tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"

    result = run("migrate", "--database", url)

    assert (result.code, result.out) == (0, "")
    tables, versions = schema_state(url)
    assert {"job_posts", "employers", "live_streams", "candidates", "api_tokens"} <= set(tables)
    assert versions == [head_revision(url)]


def test_migrate_twice_changes_nothing_and_keeps_the_data(cli, database_url, engine):
    cli("import", "jobs", EVERY_FIELD_JOBS)
    before = schema_state(database_url)

    first, second = cli("migrate"), cli("migrate")

    assert (first.code, second.code) == (0, 0)
    assert schema_state(database_url) == before
    assert before[1] == [head_revision(database_url)]
    assert count(engine, JobPost) == records_in(EVERY_FIELD_JOBS)


def test_seed_loads_the_demo_data(cli, engine):
    result = cli("seed")

    assert result.code == 0, result.err
    jobs, streams, candidates, tasks, volunteers, rewards, requests = result.out.splitlines()
    assert jobs == f"jobs.jsonl: {count(engine, JobPost)} created, 0 updated"
    assert streams.startswith("livestreams.jsonl: ")
    assert candidates == f"candidates.jsonl: {count(engine, Candidate)} created, 0 updated"
    # the demo's requests in progress add the tasks coordinators made of them
    task_lines = (SEEDS / "volunteer_tasks.jsonl").read_text("utf-8").splitlines()
    assert tasks == f"volunteer_tasks.jsonl: {len(task_lines)} created, 0 updated"
    assert count(engine, Task) > len(task_lines)
    assert volunteers == f"volunteers.jsonl: {count(engine, Volunteer)} created, 0 updated"
    assert rewards == f"rewards.jsonl: {count(engine, Reward)} created, 0 updated"
    assert (
        requests
        == f"anonymous_requests.jsonl: {count(engine, AnonymousRequest)} created, 0 updated"
    )
    assert count(engine, Task) >= 20
    assert count(engine, Volunteer) >= 30
    assert count(engine, JobPost) >= 20
    assert count(engine, Candidate) >= 30
    assert count(engine, LiveStream) >= 2


def test_the_demo_fair_has_twenty_jobs_from_eight_employers(cli):
    cli("seed")

    jobs = [json.loads(line) for line in cli("export", "jobs").out.splitlines()]

    fair = [job for job in jobs if job["livestream"] == FAIR]
    assert len(fair) >= 20
    assert len({job["employer"] for job in fair}) == 8
    mixer = [job for job in fair if job["title"] == "搅拌站操作员"]
    assert [(j["education"], j["salary_min"], j["salary_max"]) for j in mixer] == [
        ("secondary_vocational", 4500, 6000)
    ]


def test_the_demo_fair_presents_its_jobs_in_order(cli):
    cli("seed")

    streams = {
        stream["id"]: stream
        for stream in map(json.loads, cli("export", "livestreams").out.splitlines())
    }

    running_order = streams[FAIR]["jobs"]
    assert len(running_order) >= 20
    times = [item["presented_at"] for item in running_order]
    assert times == sorted(times)
    assert running_order[0]["job"] == "lc-j001"


def test_seeding_twice_updates_instead_of_duplicating(cli, engine):
    cli("seed")
    counts = [count(engine, model) for model in (JobPost, Employer, LiveStream, Candidate)]

    result = cli("seed")

    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == f"jobs.jsonl: 0 created, {counts[0]} updated"
    assert [count(engine, model) for model in (JobPost, Employer, LiveStream, Candidate)] == counts
