from __future__ import annotations

import json

from sqlalchemy import func, select

from engine.cli import main
from engine.db import make_engine
from engine.volunteering.models import Task, Volunteer


def write(path, rows):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
    return path


def count(database_url, model):
    engine = make_engine(database_url)
    with engine.connect() as connection:
        total = connection.scalar(select(func.count()).select_from(model))
    engine.dispose()
    return total


TASK = {
    "id": "t1",
    "title": "四点半课堂",
    "starts_at": "2027-01-09T16:30:00+08:00",
    "ends_at": "2027-01-09T18:00:00",
    "community": "御苑社区",
}


def test_tasks_and_volunteers_import_and_update_by_id(database_url, tmp_path, capsys):
    tasks = write(tmp_path / "tasks.jsonl", [TASK])
    people = write(
        tmp_path / "volunteers.jsonl",
        [{"id": "v1", "availability": [{"weekday": 6, "start": "16:00", "end": "18:30"}]}],
    )

    assert main(["import", "tasks", str(tasks), "--database", database_url]) == 0
    assert main(["import", "tasks", str(tasks), "--database", database_url]) == 0
    assert main(["import", "volunteers", str(people), "--database", database_url]) == 0

    assert count(database_url, Task) == 1
    assert count(database_url, Volunteer) == 1
    assert "0 created, 1 updated" in capsys.readouterr().out


def test_a_tasks_file_with_bad_lines_is_refused_whole(database_url, tmp_path, capsys):
    tasks = write(
        tmp_path / "tasks.jsonl",
        [
            TASK,
            {**TASK, "id": "t2", "ends_at": "2027-01-09T16:00:00+08:00"},
            {**TASK, "id": "t3", "slots": 0},
            {**TASK, "id": "t4", "points": -5},
        ],
    )

    assert main(["import", "tasks", str(tasks), "--database", database_url]) == 1

    err = capsys.readouterr().err
    ends = "ends_at（结束时间）2027-01-09T16:00:00+08:00 不晚于 starts_at"
    assert f"{tasks}:2: ends_at: {ends}" in err
    assert f"{tasks}:3: slots: 0 小于最小值 1" in err
    assert f"{tasks}:4: points: -5 小于最小值 0" in err
    assert count(database_url, Task) == 0


def test_an_availability_window_ending_before_it_starts_is_refused(database_url, tmp_path, capsys):
    people = write(
        tmp_path / "volunteers.jsonl",
        [{"id": "v1", "availability": [{"weekday": 2, "start": "18:00", "end": "09:00"}]}],
    )

    assert main(["import", "volunteers", str(people), "--database", database_url]) == 1

    assert f"{people}:1: availability: 第 1 个时段的结束时刻 09:00" in capsys.readouterr().err
    assert count(database_url, Volunteer) == 0
