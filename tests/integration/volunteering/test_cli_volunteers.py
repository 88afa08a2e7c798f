"""`civicmatch match-volunteers` and `civicmatch assign` on files: FORMATS.md's output and
hard rule, the assignment's constraints, and bad input refused whole."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time
from itertools import combinations
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from engine.cli import main
from tests.data import VOLUNTEERING

WEEK_TASKS = VOLUNTEERING / "tasks.jsonl"
WEEK_VOLUNTEERS = VOLUNTEERING / "volunteers.jsonl"
# The week's tasks each volunteer's windows cover, worked out by hand: a window that opens
# half an hour late or closes an hour early misses, one that ends as the task ends fits, the
# UTC blood drive is Sunday morning in Liaocheng, and nobody covers a task across midnight.
FREE_FOR = {
    "v-teacher": {"t-homework", "t-leaflets", "t-riverbank"},
    "v-nurse": {"t-visit", "t-blood"},
    "v-student": {"t-riverbank", "t-blood"},
    "v-no-time": set(),
    "v-night-owl": {"t-wedding"},
    "v-party": {"t-leaflets"},
}
LOCAL = ZoneInfo("Asia/Shanghai")
REASON_CODES = {"skills", "missing_skills", "community", "team", "availability", "text"}

GOOD_TASK = {
    "id": "t1",
    "title": "小区绿化带垃圾清理",
    "category": "environment",
    "starts_at": "2024-06-08T09:00:00+08:00",
    "ends_at": "2024-06-08T11:00:00+08:00",
    "slots": 2,
    "points": 6,
}
GOOD_VOLUNTEER = {
    "id": "v1",
    "skills": ["垃圾分类"],
    "availability": [{"weekday": 6, "start": "08:00", "end": "12:00"}],
}


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """run("assign", tasks, volunteers, ...) -> Result of `civicmatch ...` in-process."""

    def call(*argv: object) -> Result:
        capsys.readouterr()
        code = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return call


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def write_jsonl(path: Path, *records: dict[str, Any]) -> Path:
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def local(raw: str) -> datetime:
    moment = datetime.fromisoformat(raw)
    return (moment if moment.tzinfo else moment.replace(tzinfo=LOCAL)).astimezone(LOCAL)


def available(volunteer: dict[str, Any], task: dict[str, Any]) -> bool:
    """FORMATS.md's hard rule, written out on the records: one window covers the whole task."""
    start, end = local(task["starts_at"]), local(task["ends_at"])
    if start.date() != end.date():
        return False
    return any(
        window["weekday"] == start.isoweekday()
        and time.fromisoformat(window["start"]) <= start.time()
        and end.time() <= time.fromisoformat(window["end"])
        for window in volunteer.get("availability", [])
    )


def overlap(first: dict[str, Any], second: dict[str, Any]) -> bool:
    return local(first["starts_at"]) < local(second["ends_at"]) and local(
        second["starts_at"]
    ) < local(first["ends_at"])


def assert_ranked(matches: list[dict[str, Any]], key: str, top: int) -> None:
    assert len(matches) <= top
    order = [(-match["score"], match[key]) for match in matches]
    assert order == sorted(order)
    for match in matches:
        assert set(match) == {key, "score", "reasons"}
        assert 0.0 <= match["score"] <= 1.0
        assert match["reasons"]
        for reason in match["reasons"]:
            assert set(reason) == {"code", "message", "weight"}
            assert reason["code"] in REASON_CODES and reason["message"]


TASKS = read_jsonl(WEEK_TASKS)
VOLUNTEERS = read_jsonl(WEEK_VOLUNTEERS)
TASK_BY_ID = {task["id"]: task for task in TASKS}
VOLUNTEER_BY_ID = {volunteer["id"]: volunteer for volunteer in VOLUNTEERS}


def test_for_tasks_writes_one_line_per_task_with_available_volunteers(run, tmp_path):
    out = tmp_path / "matches.jsonl"

    result = run(
        "match-volunteers",
        WEEK_TASKS,
        WEEK_VOLUNTEERS,
        "--for",
        "tasks",
        "--top",
        "3",
        "--out",
        out,
    )

    assert (result.code, result.out) == (0, "")
    assert result.err.count("\n") == 1
    assert result.err.startswith(f"已为 {len(TASKS)} 项任务匹配志愿者，用时 ")
    assert result.err.endswith(f" → {out}\n")
    lines = read_jsonl(out)
    assert [line["task"] for line in lines] == [task["id"] for task in TASKS]
    assert all(set(line) == {"task", "matches"} for line in lines)
    assert any(line["matches"] for line in lines)
    for line in lines:
        assert_ranked(line["matches"], "volunteer", top=3)
        task = TASK_BY_ID[line["task"]]
        for match in line["matches"]:
            assert available(VOLUNTEER_BY_ID[match["volunteer"]], task)


def test_for_volunteers_writes_one_line_per_volunteer_with_every_available_task(run, tmp_path):
    out = tmp_path / "matches.jsonl"

    result = run(
        "match-volunteers",
        WEEK_TASKS,
        WEEK_VOLUNTEERS,
        "--for",
        "volunteers",
        "--top",
        "50",
        "--out",
        out,
    )

    assert result.code == 0
    lines = read_jsonl(out)
    assert [line["volunteer"] for line in lines] == [v["id"] for v in VOLUNTEERS]
    for line in lines:
        assert_ranked(line["matches"], "task", top=50)
        volunteer = VOLUNTEER_BY_ID[line["volunteer"]]
        returned = {match["task"] for match in line["matches"]}
        assert returned == {task["id"] for task in TASKS if available(volunteer, task)}
        assert returned == FREE_FOR[line["volunteer"]]


def test_out_dash_writes_to_standard_output(run):
    result = run(
        "match-volunteers",
        WEEK_TASKS,
        WEEK_VOLUNTEERS,
        "--for",
        "tasks",
        "--top",
        "1",
        "--out",
        "-",
    )

    assert result.code == 0
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [line["task"] for line in lines] == [task["id"] for task in TASKS]


def test_assign_writes_one_line_per_task_within_slots_times_and_availability(run, tmp_path):
    out = tmp_path / "assignment.jsonl"

    result = run("assign", WEEK_TASKS, WEEK_VOLUNTEERS, "--out", out)

    assert (result.code, result.out) == (0, "")
    lines = read_jsonl(out)
    assert [line["task"] for line in lines] == [task["id"] for task in TASKS]
    served: dict[str, list[str]] = {}
    for line in lines:
        task = TASK_BY_ID[line["task"]]
        assert set(line) == {"task", "volunteers", "unfilled"}
        assert len(set(line["volunteers"])) == len(line["volunteers"]) <= task["slots"]
        assert line["unfilled"] == task["slots"] - len(line["volunteers"])
        for volunteer_id in line["volunteers"]:
            assert available(VOLUNTEER_BY_ID[volunteer_id], task)
            served.setdefault(volunteer_id, []).append(task["id"])
    for task_ids in served.values():
        for first, second in combinations(task_ids, 2):
            assert not overlap(TASK_BY_ID[first], TASK_BY_ID[second])
    assert sum(len(line["volunteers"]) for line in lines) > 0


def test_assign_leaves_a_slot_unfilled_rather_than_double_book(run, tmp_path):
    # given two overlapping tasks and one volunteer free for both
    second = {**GOOD_TASK, "id": "t2", "slots": 1, "starts_at": "2024-06-08T10:00:00+08:00"}
    tasks = write_jsonl(tmp_path / "tasks.jsonl", {**GOOD_TASK, "slots": 1}, second)
    volunteers = write_jsonl(tmp_path / "volunteers.jsonl", GOOD_VOLUNTEER)
    # when
    result = run("assign", tasks, volunteers)
    # then exactly one of them gets the volunteer
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert result.code == 0
    assert sorted(len(line["volunteers"]) for line in lines) == [0, 1]
    assert sorted(line["unfilled"] for line in lines) == [0, 1]


@pytest.mark.parametrize(
    ("bad", "expected"),
    [
        (
            {"ends_at": "2024-06-08T08:00:00+08:00"},
            "tasks.jsonl:2: ends_at: ends_at（结束时间）2024-06-08T08:00:00+08:00 不晚于 starts_at",
        ),
        ({"slots": 0}, "tasks.jsonl:2: slots: 0 小于最小值 1"),
        ({"points": -5}, "tasks.jsonl:2: points: -5 小于最小值 0"),
        ({"team": "dancing"}, 'tasks.jsonl:2: team: 无法识别的取值 "dancing"，可选：'),
        ({"category": "parade"}, 'tasks.jsonl:2: category: 无法识别的取值 "parade"，可选：'),
    ],
)
@pytest.mark.parametrize("command", ["match-volunteers", "assign"])
def test_a_bad_task_line_is_refused_with_its_line_and_field(run, tmp_path, command, bad, expected):
    tasks = write_jsonl(tmp_path / "tasks.jsonl", GOOD_TASK, {**GOOD_TASK, "id": "t2", **bad})
    volunteers = write_jsonl(tmp_path / "volunteers.jsonl", GOOD_VOLUNTEER)
    out = tmp_path / "out.jsonl"

    result = run(command, tasks, volunteers, "--out", out)

    assert result.code == 1
    assert expected in result.err
    assert f"{tasks}:2: " in result.err
    assert not out.exists()
    assert result.out == ""


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        (
            {"weekday": 6, "start": "11:00", "end": "09:00"},
            "availability: 第 1 个时段的结束时刻 09:00 不晚于开始时刻 11:00",
        ),
        (
            {"weekday": 0, "start": "09:00", "end": "11:00"},
            "availability: 第 1 个时段：weekday 0 应为 1（周一）到 7（周日）",
        ),
        (
            {"weekday": 6, "start": "9am", "end": "11:00"},
            'availability: 第 1 个时段："9am" 不是 HH:MM 格式的时刻',
        ),
        ({"weekday": 6, "start": "09:00"}, "availability: 第 1 个时段应是恰好含"),
    ],
)
@pytest.mark.parametrize("command", ["match-volunteers", "assign"])
def test_a_bad_availability_window_is_refused_with_its_line(
    run, tmp_path, command, window, expected
):
    tasks = write_jsonl(tmp_path / "tasks.jsonl", GOOD_TASK)
    volunteers = write_jsonl(
        tmp_path / "volunteers.jsonl",
        GOOD_VOLUNTEER,
        {**GOOD_VOLUNTEER, "id": "v2", "availability": [window]},
    )
    out = tmp_path / "out.jsonl"

    result = run(command, tasks, volunteers, "--out", out)

    assert result.code == 1
    assert f"{volunteers}:2: {expected}" in result.err
    assert not out.exists()


def test_every_bad_line_is_reported_not_only_the_first(run, tmp_path):
    tasks = write_jsonl(
        tmp_path / "tasks.jsonl",
        GOOD_TASK,
        {**GOOD_TASK, "id": "t2", "slots": 0},
        {**GOOD_TASK, "id": "t3", "ends_at": GOOD_TASK["starts_at"]},
    )
    result = run("assign", tasks, WEEK_VOLUNTEERS)
    assert result.code == 1
    assert [line.split(": ")[0] for line in result.err.splitlines()] == [
        f"{tasks}:2",
        f"{tasks}:3",
    ]


def test_a_time_without_offset_is_read_as_liaocheng_time(run, tmp_path):
    # given a task at 09:00–11:00 with no offset, and a volunteer free exactly then
    naive = {**GOOD_TASK, "starts_at": "2024-06-08T09:00:00", "ends_at": "2024-06-08T11:00:00"}
    tasks = write_jsonl(tmp_path / "tasks.jsonl", naive)
    exact = {**GOOD_VOLUNTEER, "availability": [{"weekday": 6, "start": "09:00", "end": "11:00"}]}
    volunteers = write_jsonl(tmp_path / "volunteers.jsonl", exact)

    result = run("match-volunteers", tasks, volunteers, "--for", "tasks")

    [line] = [json.loads(line) for line in result.out.splitlines()]
    assert [match["volunteer"] for match in line["matches"]] == ["v1"]
