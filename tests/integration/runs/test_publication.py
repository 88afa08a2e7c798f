"""Publication in one step, and runs that stop half-way: readers keep getting the published
run while another is unfinished or killed with SIGKILL; `--resume` finishes a killed run
without redoing the chunks it had done; one run at a time."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, update

from engine.jobs.models import JobPost
from engine.runs.control import STALE_AFTER
from engine.runs.models import Audience, MatchRun, RunKind, RunStatus, Side
from engine.seekers.models import Candidate
from engine.time import now
from tests.integration.runs.processes import (
    match_run_process,
    running_run,
    wait_for,
    with_chunks_done,
)
from tests.integration.runs.queries import RECOMMENDED_JOBS, answer, ranked_at
from tests.integration.runs.rankings import chunks_done_at, expected, run_row, stored
from tests.integration.runs.records import (
    EVERY_ACCOMMODATION,
    HIRING,
    KINDS_OF_JOB,
    job_id,
    jobs,
    load,
    people,
    person_id,
    pk,
)

# Posted after the first run: the warehouse keeper (c0, in the first chunk) fits it best.
NEW_STORE = {
    **KINDS_OF_JOB[0],
    "id": "j-new",
    "title": "仓库管理员（新库）",
    "employer": HIRING,
    "location": "聊城市东昌府区",
    "accommodations": EVERY_ACCOMMODATION,
}


def served(api, token: str, candidate_id: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """The jobs recommended for a person, best first, and when they were ranked."""
    return answer(api, RECOMMENDED_JOBS, token, candidate_id)


def count_runs(sessions) -> int:  # type: ignore[no-untyped-def]
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(MatchRun)) or 0


def test_a_killed_run_leaves_the_published_one_served_and_resume_finishes_it_like_a_fresh_run(
    database_url, sessions, match_run, api, make_token, tmp_path
):
    # given: a published run of jobs for every person, and a job posted after it
    load(sessions)
    first = match_run("--for", "candidates", "--top", "5").summary()
    load(sessions, [NEW_STORE], [])
    admin, keeper = make_token("admin"), person_id(sessions, "c0")
    new_store = job_id(sessions, "j-new")
    before = served(api, admin, keeper)
    first_rankings = stored(sessions, first["run"])
    assert before and new_store not in {match["job"]["id"] for match in before}

    # when: a second run works in chunks of two, pausing after each
    argv = ("--for", "candidates", "--top", "5", "--chunk-size", "2", "--pause", "600")
    with match_run_process(database_url, *argv, workdir=tmp_path) as process:
        run = wait_for(lambda: with_chunks_done(sessions), process=process)
        # then: its first chunk is stored, with the new job, but readers get the published run
        partial = stored(sessions, run.id)[(Side.JOBS, Audience.ALL, pk(sessions, Candidate, "c0"))]
        assert pk(sessions, JobPost, "j-new") in {job for job, _, _ in partial}
        assert served(api, admin, keeper) == before

        # when: it is killed with SIGKILL
        process.kill()

    # then: it is left unfinished, and the published rankings are untouched and still served
    assert run_row(sessions, run.id).status is RunStatus.RUNNING
    assert stored(sessions, first["run"]) == first_rankings
    assert served(api, admin, keeper) == before
    done_before_kill = {
        key: when for key, when in chunks_done_at(sessions, run.id).items() if when is not None
    }
    assert done_before_kill

    # when: it is resumed
    resumed = match_run("--resume", run.id).summary()

    # then: it is published; the chunks done before the kill were not done again
    assert (resumed["run"], resumed["status"]) == (run.id, "published")
    done = chunks_done_at(sessions, run.id)
    assert None not in done.values()
    assert {key: done[key] for key in done_before_kill} == done_before_kill
    # and: readers get it now, with the new job, ranked at its publication
    finished = run_row(sessions, run.id).finished_at
    after = served(api, admin, keeper)
    assert ranked_at(after) == {finished}
    assert new_store in {match["job"]["id"] for match in after}
    # and: its rankings are the matchers' and those of a fresh run from start to end
    year = run_row(sessions, run.id).parameters["current_year"]
    assert stored(sessions, run.id) == expected(sessions, year=year, top=5, sides=(Side.JOBS,))
    fresh = match_run("--for", "candidates", "--top", "5").summary()
    assert stored(sessions, run.id) == stored(sessions, fresh["run"])


def test_one_run_at_a_time_and_the_next_start_cleans_up_a_killed_one(
    database_url, sessions, match_run, tmp_path
):
    # given: a run at work, one chunk done
    load(sessions)
    with match_run_process(
        database_url, "--for", "both", "--chunk-size", "2", "--pause", "600", workdir=tmp_path
    ) as process:
        run = wait_for(lambda: with_chunks_done(sessions), process=process)

        # when: another run is started, or this one resumed, while its process lives
        second = match_run("--for", "jobs")
        resumed = match_run("--resume", run.id)

        # then: both are refused, naming the run at work and its process
        for refused in (second, resumed):
            assert refused.code == 1
            assert f"匹配任务 {run.id} 正在运行" in refused.err
            assert f"进程 {process.pid}" in refused.err
        assert (running_run(sessions).id, count_runs(sessions)) == (run.id, 1)
        assert run_row(sessions, run.id).status is RunStatus.RUNNING

        # when: it is killed with SIGKILL
        process.kill()
    assert stored(sessions, run.id)

    # when: a new run is started
    third = match_run("--for", "jobs").summary()

    # then: the killed run has failed and its rankings are gone; the new one is published
    killed = run_row(sessions, run.id)
    assert killed.status is RunStatus.FAILED
    assert killed.finished_at is not None and killed.error
    assert stored(sessions, run.id) == {}
    assert third["status"] == "published" and third["run"] != run.id


def test_resuming_a_published_failed_or_unknown_run_is_refused_clearly(match_run, sessions):
    # given: a published run, and a failed one
    load(sessions, jobs(4), people(4))
    published = match_run("--for", "jobs").summary()["run"]
    with sessions.begin() as session:
        failed = MatchRun(
            kind=RunKind.JOBS,
            top=10,
            parameters={},
            matcher_version="0",
            status=RunStatus.FAILED,
            counts={},
        )
        session.add(failed)
        session.flush()
        failed_id = failed.id

    # when
    again = match_run("--resume", published)
    dead = match_run("--resume", failed_id)
    unknown = match_run("--resume", 987654)

    # then: each is refused, naming the option, the run and why
    assert (again.code, dead.code, unknown.code, again.out) == (1, 1, 1, "")
    said = [result.err.splitlines()[-1] for result in (again, dead, unknown)]
    only_unfinished = "只有未完成的任务可以接着运行"
    assert said == [
        f"civicmatch: --resume: 匹配任务 {published} 的状态是 published，{only_unfinished}",
        f"civicmatch: --resume: 匹配任务 {failed_id} 的状态是 failed，{only_unfinished}",
        "civicmatch: --resume: 没有编号为 987654 的匹配任务",
    ]
    assert run_row(sessions, published).status is RunStatus.PUBLISHED


def test_a_run_pausing_longer_than_the_heartbeat_allows_is_not_taken_for_abandoned(
    database_url, sessions, match_run, tmp_path
):
    # given: a run pausing an hour after each chunk (--pause allows up to 3600 s), whose last
    # heartbeat, beaten before the pause, is now older than STALE_AFTER; its process lives
    load(sessions, jobs(4), people(6))
    argv = ("--for", "candidates", "--chunk-size", "2", "--pause", "3600")
    with match_run_process(database_url, *argv, workdir=tmp_path) as process:
        run = wait_for(lambda: with_chunks_done(sessions), process=process)
        stale = now() - STALE_AFTER - timedelta(minutes=1)
        with sessions.begin() as session:
            session.execute(
                update(MatchRun).where(MatchRun.id == run.id).values(heartbeat_at=stale)
            )
        done = stored(sessions, run.id)

        # when: another run is started
        second = match_run("--for", "jobs")

        # then: it is refused; the run at work keeps its status and what it has done
        assert second.code == 1, second.out
        assert f"匹配任务 {run.id} 正在运行" in second.err
        assert run_row(sessions, run.id).status is RunStatus.RUNNING
        assert stored(sessions, run.id) == done


def test_runs_for_one_side_leave_the_other_sides_published_rankings_served(
    match_run, sessions, api, make_token
):
    # given: a published run of jobs for every person
    load(sessions)
    first = match_run("--for", "candidates", "--top", "5").summary()
    admin, keeper = make_token("admin"), person_id(sessions, "c0")
    before = served(api, admin, keeper)
    assert before

    # when: two runs rank people for every job
    match_run("--for", "jobs").summary()
    match_run("--for", "jobs").summary()

    # then: jobs for people are still served, from the first run
    assert stored(sessions, first["run"])
    assert served(api, admin, keeper) == before
