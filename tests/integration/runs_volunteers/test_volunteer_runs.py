"""`match-run --volunteers` stores the same rankings `taskMatches` and `volunteerMatches` make
at request time, for every volunteer and every open upcoming task of the demo data."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from engine.accounts.actor import OPERATOR
from engine.cli import main
from engine.runs.models import MatchRun, Side, VolunteerMatchResult
from engine.volunteering.matching import task_matches, volunteer_matches
from engine.volunteering.models import Task, TaskStatus, Volunteer


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def stored(sessions, side: Side) -> dict[int, list[tuple[int, float]]]:  # type: ignore[no-untyped-def]
    with sessions() as session:
        rows = session.execute(
            select(VolunteerMatchResult).where(VolunteerMatchResult.side == side)
        ).scalars()
        ranked: dict[int, list[tuple[int, int, float]]] = {}
        for row in rows:
            subject, item = (
                (row.volunteer_id, row.task_id)
                if side is Side.TASKS
                else (row.task_id, row.volunteer_id)
            )
            ranked.setdefault(subject, []).append((row.rank, item, row.score))
    return {
        subject: [(item, score) for _, item, score in sorted(rows)]
        for subject, rows in ranked.items()
    }


def test_volunteer_sides_store_what_the_request_time_rankings_return(
    database_url: str, sessions, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "--database", database_url, "seed")[0] == 0

    code, out, _ = run_cli(
        capsys, "--database", database_url, "match-run", "--for", "candidates", "--volunteers"
    )

    assert code == 0
    summary = json.loads(out)
    assert summary["volunteers"] is True and summary["status"] == "published"
    tasks_for = stored(sessions, Side.TASKS)
    volunteers_for = stored(sessions, Side.VOLUNTEERS)
    with sessions() as session:
        run = session.scalars(select(MatchRun)).one()
        volunteers = list(session.scalars(select(Volunteer.id)))
        # Tasks still to come when the run started (a past task has no one left to find).
        open_tasks = list(
            session.scalars(
                select(Task.id).where(
                    Task.status == TaskStatus.OPEN, Task.starts_at > run.started_at
                )
            )
        )
        assert run.counts["volunteers"] == len(volunteers)
        assert volunteers and open_tasks
        for volunteer in volunteers:
            expected = task_matches(
                session=session, actor=OPERATOR, volunteer_id=volunteer, first=run.top
            )
            assert tasks_for.get(volunteer, []) == [(m.task.id, m.score) for m in expected]
        for task in open_tasks:
            expected_people = volunteer_matches(
                session=session, actor=OPERATOR, task_id=task, first=run.top
            )
            assert volunteers_for.get(task, []) == [
                (m.volunteer.id, m.score) for m in expected_people
            ]


def test_a_run_without_the_flag_ranks_no_volunteers(
    database_url: str, sessions, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "--database", database_url, "seed")[0] == 0

    code, out, _ = run_cli(capsys, "--database", database_url, "match-run", "--for", "jobs")

    assert code == 0 and json.loads(out)["volunteers"] is False
    with sessions() as session:
        assert session.scalars(select(VolunteerMatchResult)).first() is None
