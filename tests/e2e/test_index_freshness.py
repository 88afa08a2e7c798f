"""Every server process ranks with what any of them took in: a job posted, edited or closed
through one is matched accordingly through the other, carried by Redis when the processes
share one and by PostgreSQL LISTEN/NOTIFY otherwise.

The fallback version check runs only every ten minutes here, and requests never catch up
by themselves once a server has started, so a change seen sooner came by message.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import empty_postgres
from tests.e2e.conftest import (
    Server,
    eventually,
    two_running_servers,
    unique,
)
from tests.integration.matching.factories import (
    UPDATE_JOB,
    matched_job_ids,
    warehouse_job,
    warehouse_seeker,
)
from tests.integration.seekers.factories import close_job

# How long a message may take on a loaded machine before the test gives up: far longer than
# it takes, far shorter than the fallback poll.
WAIT = 20.0
POLL = "600"
MATCH_INDEX = "{ matchIndex { version jobs } }"


@pytest.fixture(scope="module", params=["redis", "postgres-notify"])
def two_servers(
    request: pytest.FixtureRequest, postgres_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Server, Server]]:
    """Two servers on the run's PostgreSQL database; with a Redis prefix of their own, or no
    Redis at all."""
    env = {"CIVICMATCH_INDEX_POLL_SECONDS": POLL}
    options = ["--database", postgres_url, "--no-demo"]
    if request.param == "redis":
        env["CIVICMATCH_REDIS_PREFIX"] = unique("civicmatch-test")
        options += ["--redis", request.getfixturevalue("redis_url")]
    try:
        with two_running_servers(tmp_path_factory, postgres_url, *options, env=env) as servers:
            yield servers
    finally:
        empty_postgres(postgres_url)


def tokens(server: Server):  # type: ignore[no-untyped-def]
    def make(role: str, **options: Any) -> str:
        return server.token(
            role, *(part for key, value in options.items() for part in (f"--{key}", value))
        )

    return make


def test_a_job_changed_through_one_process_is_matched_so_through_the_other(
    two_servers: tuple[Server, Server],
) -> None:
    a, b = two_servers
    recruiter = a.token("recruiter", "--employer", unique("聊城市顺达物流有限公司"))
    admin = a.token("admin")
    seeker_token, candidate = warehouse_seeker(b, tokens(b))
    assert matched_job_ids(b, seeker_token, candidate) == []

    posted = warehouse_job(a, recruiter, "仓库管理员")
    seen = eventually(
        lambda: matched_job_ids(b, seeker_token, candidate), lambda ids: posted in ids, WAIT
    )
    assert seen == [posted]

    # Through the other one, the other way: a second job posted through b reaches a.
    second = warehouse_job(b, recruiter, "仓库保管员")
    seen = eventually(
        lambda: matched_job_ids(a, seeker_token, candidate), lambda ids: second in ids, WAIT
    )
    assert set(seen) == {posted, second}

    # An edit that asks for more education than the person has takes the job out.
    edited = a.data(UPDATE_JOB, {"input": {"id": posted, "education": "BACHELOR"}}, recruiter)
    assert edited["updateJob"]["userErrors"] == []
    seen = eventually(
        lambda: matched_job_ids(b, seeker_token, candidate), lambda ids: posted not in ids, WAIT
    )
    assert seen == [second]

    close_job(a, recruiter, second)
    seen = eventually(
        lambda: matched_job_ids(b, seeker_token, candidate), lambda ids: not ids, WAIT
    )
    assert seen == []
    # b's index holds the edited job still (it is open), and not the closed one. The matches
    # may empty before the close reaches b's index (a ranked job that is no longer open in the
    # database is left out of the answer), so the count too is waited for.
    jobs = eventually(
        lambda: b.data(MATCH_INDEX, token=admin)["matchIndex"]["jobs"], lambda n: n == 1, WAIT
    )
    assert jobs == 1


JOBS_FOR_TEXT = """
query ($text: String!) { jobsForText(text: $text, first: 5) { matches { job { title } } } }
"""


def test_jobs_imported_beside_the_service_are_found_by_its_version_check(
    demo_server: Server,
) -> None:
    """No message tells a server of an import run from the command line; its version check,
    every second by default, does."""
    title = "无人机植保飞手"
    text = "会开无人机，想找植保飞手的工作"

    def titles() -> list[str]:
        body = demo_server.data(JOBS_FOR_TEXT, {"text": text})
        return [match["job"]["title"] for match in body["jobsForText"]["matches"]]

    assert title not in titles()
    record = {
        "id": unique("drone"),
        "title": title,
        "employer": "聊城市绿野农业服务有限公司",
        "description": "操作植保无人机进行农田喷药作业，负责无人机日常维护。",
        "skills": ["无人机驾驶", "植保"],
    }
    path = demo_server.cwd / "drone_jobs.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    imported = demo_server.cli("import", "jobs", str(path))
    assert imported.returncode == 0, imported.stderr

    assert title in eventually(titles, lambda found: title in found, WAIT)
