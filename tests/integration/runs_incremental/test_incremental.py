"""`match-run --incremental`: after any mix of changes it stores what a full run in the same
vocabulary (`--keep-vocabulary`) stores, row for row, having ranked again only what changed;
without a published run to build on, or with other ranking options, it refuses and publishes
nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from engine.accounts.actor import OPERATOR
from engine.cli import main
from engine.db import transaction
from engine.jobs.models import JobPost
from engine.jobs.service import close_job, post_job, update_job
from engine.runs.models import MatchResult, MatchRun, RunStatus
from engine.seekers.models import Candidate
from engine.seekers.service import upsert_candidate_profile
from tests.integration.runs_incremental.records import (
    EVERY_ACCOMMODATION,
    JOBS,
    LOGISTICS,
    PEOPLE,
    crowd,
    load,
)

# A run whose rankings are selective: fewer places than jobs or people.
TOP = "3"
Row = tuple[str, str, int, int, int, float, tuple[tuple[str, float], ...]]


@pytest.fixture
def match_run(database_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """match_run("--for", "both", ...) -> (exit status, stdout, stderr) of
    `civicmatch --database URL match-run ...`, called in-process."""

    def call(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--database", database_url, "match-run", *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


def published(result: tuple[int, str, str]) -> dict[str, Any]:
    """The one JSON line a published run prints."""
    code, out, err = result
    assert code == 0, err
    summary = json.loads(out)
    assert summary["status"] == "published"
    return summary


def pk(session: Session, model: type[JobPost] | type[Candidate], external_id: str) -> int:
    found = session.scalar(select(model.id).where(model.external_id == external_id))
    assert found is not None, external_id
    return found


def rows(sessions: sessionmaker[Session], run_id: int) -> list[Row]:
    """Every row a run stored, in a fixed order, without the run's own id."""
    with sessions() as session:
        stored = session.scalars(select(MatchResult).where(MatchResult.run_id == run_id)).all()
        return sorted(
            (
                row.side.value,
                row.audience.value,
                row.candidate_id,
                row.job_id,
                row.rank,
                row.score,
                tuple(sorted(row.figures.items())),
            )
            for row in stored
        )


def run_row(sessions: sessionmaker[Session], run_id: int) -> MatchRun:
    with sessions() as session:
        run = session.get(MatchRun, run_id)
        assert run is not None
        session.expunge(run)
        return run


def runs(sessions: sessionmaker[Session]) -> list[tuple[int, RunStatus]]:
    with sessions() as session:
        return list(session.execute(select(MatchRun.id, MatchRun.status).order_by(MatchRun.id)))


def count_rows(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(MatchResult)) or 0


def change_everything(sessions: sessionmaker[Session]) -> dict[str, int]:
    """One of every kind of change after a run; the ids of what changed."""
    with transaction(sessions) as session:
        store, fork, weld = (pk(session, JobPost, name) for name in ("j-store", "j-fork", "j-weld"))
        welder, driver, clerk, careful = (
            pk(session, Candidate, name)
            for name in ("c-welder", "c-driver", "c-clerk", "c-second-keeper")
        )
        # a job edited: its title and description
        update_job(
            session=session,
            actor=OPERATOR,
            job_id=store,
            changes={"title": "仓库主管", "description": "带领仓库班组，负责库存盘点和人员排班。"},
        )
        # a job closed
        close_job(session=session, actor=OPERATOR, job_id=fork)
        # a job's accommodations changed: it can now take people who need them
        update_job(
            session=session,
            actor=OPERATOR,
            job_id=weld,
            changes={"accommodations": ["wheelchair_access", "seated_work", "no_heavy_lifting"]},
        )
        # a job added, by a recruiter's route
        added_job = post_job(
            session=session,
            actor=OPERATOR,
            employer_name=LOGISTICS,
            data={
                "title": "仓库管理员（新库）",
                "description": "新建冷链仓库收发货和盘点，使用WMS系统。",
                "skills": ["仓库管理", "盘点", "WMS"],
                "education": "high_school",
                "location": "聊城经济技术开发区",
                "housing": True,
                "accommodations": EVERY_ACCOMMODATION,
            },
        ).id
        # a person edited
        upsert_candidate_profile(
            session=session,
            actor=OPERATOR,
            candidate_id=welder,
            data={"skills": ["电焊", "气保焊", "叉车"], "summary": "做过电焊，也考了叉车证。"},
        )
        # a person's needs changed: from none to some
        upsert_candidate_profile(
            session=session,
            actor=OPERATOR,
            candidate_id=clerk,
            data={"needs": ["wheelchair_access"]},
        )
        # a person deleted
        session.delete(session.get(Candidate, driver))
    # a person added, from a file
    load(
        sessions,
        [],
        [
            {
                "id": "c-new",
                "name": "黄磊",
                "skills": ["仓库管理", "叉车"],
                "desired_titles": ["仓库管理员"],
                "education": "high_school",
                "experience_years": 3,
                "locations": ["聊城经济技术开发区"],
            }
        ],
    )
    with sessions() as session:
        added_person = pk(session, Candidate, "c-new")
    return {
        "job": added_job,
        "person": added_person,
        "closed": fork,
        "deleted": driver,
        "accommodating": weld,
        "accommodated": careful,
    }


def test_after_every_kind_of_change_an_incremental_run_equals_a_full_run_in_its_vocabulary(
    match_run, sessions
):
    # given: a published full run for both sides, then jobs and people edited, closed, added,
    # deleted, accommodations and needs changed
    load(sessions, JOBS, PEOPLE)
    base = published(match_run("--for", "both", "--top", TOP, "--chunk-size", "4"))
    before = rows(sessions, base["run"])
    changed = change_everything(sessions)
    # (the job closed and the person deleted were in rankings the base run stored)
    assert [row for row in before if row[0] == "jobs" and row[3] == changed["closed"]]
    assert [row for row in before if row[0] == "candidates" and row[2] == changed["deleted"]]

    # when: an incremental run, then a full one in the same vocabulary
    incremental = published(
        match_run("--for", "both", "--top", TOP, "--chunk-size", "4", "--incremental")
    )
    full = published(
        match_run("--for", "both", "--top", TOP, "--chunk-size", "4", "--keep-vocabulary")
    )

    # then: they stored the same rows
    got = rows(sessions, incremental["run"])
    assert got == rows(sessions, full["run"])
    # and: the changes are in them: the new job and person ranked, the closed job and the
    # deleted person nowhere
    assert any(row[3] == changed["job"] for row in got if row[0] == "jobs")
    assert any(row[2] == changed["person"] for row in got if row[0] == "jobs")
    assert any(row[2] == changed["person"] for row in got if row[0] == "candidates")
    assert not [row for row in got if row[3] == changed["closed"] or row[2] == changed["deleted"]]
    # and: the job that now offers what someone needs is ranked for them, as they see it
    assert [
        row
        for row in got
        if row[:4] == ("jobs", "with_needs", changed["accommodated"], changed["accommodating"])
    ]
    # and: the run says what it built on and how much changed: four jobs (edited, closed,
    # accommodations, added) and three people (edited, needs, added)
    run = run_row(sessions, incremental["run"])
    assert run.incremental is True
    assert run.parameters["bases"]["jobs"]["run"] == base["run"]
    assert run.parameters["bases"]["candidates"]["run"] == base["run"]
    assert (run.counts["changed_jobs"], run.counts["changed_candidates"]) == (4, 3)
    assert (run.counts["jobs"], run.counts["candidates"]) == (8, 9)
    assert run.counts["results"] == len(got)


def test_with_nothing_changed_an_incremental_run_keeps_every_ranking(match_run, sessions):
    # given
    load(sessions, JOBS, PEOPLE)
    base = published(match_run("--for", "both", "--top", TOP))
    # (read now: only the two newest published runs keep their rows)
    before = rows(sessions, base["run"])

    # when
    incremental = published(match_run("--for", "both", "--top", TOP, "--incremental"))
    full = published(match_run("--for", "both", "--top", TOP, "--keep-vocabulary"))

    # then: the base run's rankings, which a full run in its vocabulary ranks again
    assert before
    assert rows(sessions, incremental["run"]) == before
    assert rows(sessions, full["run"]) == before
    counts = run_row(sessions, incremental["run"]).counts
    assert (counts["changed_jobs"], counts["changed_candidates"]) == (0, 0)


def test_when_one_job_changes_only_that_job_is_counted_and_everyone_else_keeps_theirs(
    match_run, sessions
):
    # given: forty people ranked, then the line job's pay raised
    load(sessions, JOBS, crowd(40))
    base = published(match_run("--for", "candidates", "--top", TOP))
    before = rows(sessions, base["run"])
    with transaction(sessions) as session:
        line = pk(session, JobPost, "j-line")
        update_job(
            session=session,
            actor=OPERATOR,
            job_id=line,
            changes={"salary_min": 6500, "salary_max": 9000},
        )

    # when
    incremental = published(match_run("--for", "candidates", "--top", TOP, "--incremental"))
    full = published(match_run("--for", "candidates", "--top", TOP, "--keep-vocabulary"))

    # then: one job counted as changed, no one else
    counts = run_row(sessions, incremental["run"]).counts
    assert (counts["changed_jobs"], counts["changed_candidates"]) == (1, 0)
    assert (counts["jobs"], counts["candidates"]) == (8, 40)
    # and: it equals the full run, and whoever neither had nor now has the line job ranked
    # kept the base run's ranking as it was
    got = rows(sessions, incremental["run"])
    assert got == rows(sessions, full["run"])

    def touched(stored: list[Row]) -> set[tuple[str, int]]:
        return {(row[1], row[2]) for row in stored if row[3] == line}

    untouched = {(row[1], row[2]) for row in before} - touched(before) - touched(got)
    assert len(untouched) >= 20
    assert [row for row in got if (row[1], row[2]) in untouched] == [
        row for row in before if (row[1], row[2]) in untouched
    ]


def test_an_incremental_run_builds_on_an_incremental_run_before_it(match_run, sessions):
    # given: a full run, a change, an incremental run, another change
    load(sessions, JOBS, PEOPLE)
    published(match_run("--for", "both", "--top", TOP))
    with transaction(sessions) as session:
        close_job(session=session, actor=OPERATOR, job_id=pk(session, JobPost, "j-line"))
    first = published(match_run("--for", "both", "--top", TOP, "--incremental"))
    with transaction(sessions) as session:
        upsert_candidate_profile(
            session=session,
            actor=OPERATOR,
            candidate_id=pk(session, Candidate, "c-worker"),
            data={"skills": ["装配", "电焊"], "desired_titles": ["电焊工"]},
        )

    # when
    second = published(match_run("--for", "both", "--top", TOP, "--incremental"))
    full = published(match_run("--for", "both", "--top", TOP, "--keep-vocabulary"))

    # then: only the second change counts, and the result is the full run's
    run = run_row(sessions, second["run"])
    assert run.parameters["bases"]["jobs"]["run"] == first["run"]
    assert (run.counts["changed_jobs"], run.counts["changed_candidates"]) == (0, 1)
    assert rows(sessions, second["run"]) == rows(sessions, full["run"])


def test_runs_for_the_other_side_leave_the_base_of_an_incremental_run_in_place(match_run, sessions):
    # given: jobs ranked for every person once, then people ranked for every job twice
    load(sessions, JOBS, PEOPLE)
    base = published(match_run("--for", "candidates", "--top", TOP))
    before = rows(sessions, base["run"])
    published(match_run("--for", "jobs", "--top", TOP))
    published(match_run("--for", "jobs", "--top", TOP))
    with transaction(sessions) as session:
        close_job(session=session, actor=OPERATOR, job_id=pk(session, JobPost, "j-line"))

    # when: jobs for every person, incrementally
    code, out, err = match_run("--for", "candidates", "--top", TOP, "--incremental")

    # then: the first run is still the newest ranking of jobs for people, rows and all, and
    # the incremental run builds on it
    assert rows(sessions, base["run"]) == before
    assert code == 0, err
    incremental = published((code, out, err))
    full = published(match_run("--for", "candidates", "--top", TOP, "--keep-vocabulary"))
    assert rows(sessions, incremental["run"]) == rows(sessions, full["run"])


@pytest.mark.parametrize("option", ["--incremental", "--keep-vocabulary"])
def test_with_no_published_run_before_the_option_is_refused_and_nothing_is_published(
    match_run, sessions, option
):
    # given: data, but no run yet
    load(sessions, JOBS, PEOPLE)

    # when
    code, out, err = match_run("--for", "both", option)

    # then: exit 1, nothing started or stored, and the message names the option
    assert (code, out) == (1, "")
    assert runs(sessions) == []
    assert count_rows(sessions) == 0
    assert "没有已发布的匹配任务" in err
    assert f"{option}: " in err


@pytest.mark.parametrize("kind", ["candidates", "jobs"])
def test_incremental_after_a_run_for_the_other_side_only_is_refused(match_run, sessions, kind):
    # given: only the other side was ever ranked
    load(sessions, JOBS, PEOPLE)
    other = "jobs" if kind == "candidates" else "candidates"
    base = published(match_run("--for", other, "--top", TOP))
    stored = rows(sessions, base["run"])

    # when
    code, out, err = match_run("--for", kind, "--top", TOP, "--incremental")

    # then
    assert (code, out) == (1, "")
    assert runs(sessions) == [(base["run"], RunStatus.PUBLISHED)]
    assert rows(sessions, base["run"]) == stored
    # (a run for candidates ranks jobs, and the other way round)
    assert f"没有已发布的匹配任务（{other}）" in err
    assert "--incremental: " in err


def test_incremental_with_another_top_than_its_base_is_refused_and_publishes_nothing(
    match_run, sessions
):
    # given: a published run of the top 3
    load(sessions, JOBS, PEOPLE)
    base = published(match_run("--for", "both", "--top", "3"))
    stored = rows(sessions, base["run"])

    # when: an incremental run of the top 5
    code, out, err = match_run("--for", "both", "--top", "5", "--incremental")

    # then: refused, and the base run is still the only one, as it was
    assert (code, out) == (1, "")
    assert runs(sessions) == [(base["run"], RunStatus.PUBLISHED)]
    assert rows(sessions, base["run"]) == stored
    # and: the message names the option, the base run and both values
    assert f"--top: 上一次发布的匹配任务 {base['run']} 每人保留 3 条" in err
    assert "而不是 5" in err


def test_a_change_still_uncommitted_when_the_base_run_started_is_not_missed(
    match_run, sessions, database_url
):
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite lets one writer at a time: the run waits for the edit to commit")
    # given: a recruiter's edit written (its updated_at set) but not yet committed while a
    # full run starts, reads the jobs and publishes
    load(sessions, JOBS, PEOPLE)
    with sessions() as editing, editing.begin():
        update_job(
            session=editing,
            actor=OPERATOR,
            job_id=pk(editing, JobPost, "j-store"),
            changes={"title": "电焊工", "description": "车间钢结构焊接。", "skills": ["电焊"]},
        )
        base = published(match_run("--for", "both", "--top", TOP))
    # (committed now, after the base run)

    # when
    incremental = published(match_run("--for", "both", "--top", TOP, "--incremental"))
    full = published(match_run("--for", "both", "--top", TOP, "--keep-vocabulary"))

    # then: the edit counts as a change since the base run, which never saw it
    assert base["run"] < incremental["run"]
    assert rows(sessions, incremental["run"]) == rows(sessions, full["run"])
    assert run_row(sessions, incremental["run"]).counts["changed_jobs"] == 1
