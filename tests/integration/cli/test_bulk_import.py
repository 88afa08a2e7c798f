"""Imports write in bulk: as many statements for many lines as for few, no statement whose
parameters grow with the file, and the same rows as a line-by-line upsert would leave."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, select

from engine.jobs.livestreams import MAX_PRESENTATIONS
from engine.jobs.models import JobPost, Presentation
from engine.seekers.models import Candidate
from tests.integration.cli.conftest import count

ACCESS = ("wheelchair_access", "seated_work", "no_heavy_lifting")


def job(number: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"j{number}",
        "title": "仓库管理员",
        "employer": f"聊城第{number % 7}物流有限公司",
        "accommodations": list(ACCESS[: number % 4]),
        "salary_min": 4000 + number,
        "salary_max": None if number % 3 else 6000 + number,
        "livestream": f"zb{number % 5}" if number % 2 else None,
        **fields,
    }


def person(number: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"c{number}",
        "desired_titles": ["仓管"],
        "needs": list(ACCESS[: number % 3]),
        "salary_expectation": None if number % 4 else 5000,
        **fields,
    }


def write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    return path


@contextmanager
def statements() -> Iterator[list[int]]:
    """The bound-parameter count of every statement any engine sends meanwhile."""
    sent: list[int] = []

    def count_parameters(_conn, _cursor, _statement, parameters, _context, executemany):  # type: ignore[no-untyped-def]
        many = isinstance(parameters, list | tuple) and parameters
        first = (
            parameters[0] if many and isinstance(parameters[0], dict | list | tuple) else parameters
        )
        sent.append(len(first) if first else 0)

    event.listen(Engine, "before_cursor_execute", count_parameters)
    try:
        yield sent
    finally:
        event.remove(Engine, "before_cursor_execute", count_parameters)


@pytest.mark.parametrize(
    ("kind", "make"), [("jobs", job), ("candidates", person)], ids=["jobs", "candidates"]
)
def test_many_lines_take_as_many_statements_as_few(cli, tmp_path, kind, make):
    few = write(tmp_path / "few.jsonl", [make(number) for number in range(30)])
    many = write(tmp_path / "many.jsonl", [make(number) for number in range(30, 930)])

    with statements() as for_few:
        assert cli("import", kind, few).code == 0
    with statements() as for_many:
        assert cli("import", kind, many).code == 0
    with statements() as updating_many:
        assert cli("import", kind, many).code == 0

    assert len(for_many) <= len(for_few) + 2
    assert len(updating_many) <= len(for_few) + 6
    # never one bound parameter per line: the largest statement is the same for 30 lines
    # as for 900 (a few rows of a multi-row insert, an IN list of at most 500 ids)
    assert max(for_many + updating_many) <= 1000 * 25


def test_a_broadcast_without_room_is_refused_naming_the_line_and_nothing_is_written(
    cli, engine, tmp_path
):
    first = [job(number, livestream="zb-full") for number in range(MAX_PRESENTATIONS - 1)]
    assert cli("import", "jobs", write(tmp_path / "first.jsonl", first)).code == 0
    more = [job(number, livestream="zb-full") for number in range(MAX_PRESENTATIONS + 1)]
    # the first 199 are in the running order already: lines 200 and 201 are new

    result = cli("import", "jobs", write(tmp_path / "more.jsonl", more))

    assert result.code == 1
    refusal = result.err.splitlines()[1:]
    assert refusal == [f"{tmp_path / 'more.jsonl'}:201: livestream: 一场直播最多推介 200 个岗位"]
    assert count(engine, JobPost) == MAX_PRESENTATIONS - 1


def test_an_update_replaces_accommodations_status_and_the_running_order_entry(
    cli, engine, tmp_path
):
    closed = job(1, accommodations=list(ACCESS), status="closed", livestream="zb-a")
    assert cli("import", "jobs", write(tmp_path / "a.jsonl", [closed, job(2)])).code == 0
    with engine.connect() as connection:
        closed_at = connection.scalar(select(JobPost.closed_at).where(JobPost.external_id == "j1"))
    assert closed_at is not None

    reopened = job(1, accommodations=["no_heavy_lifting"], status="open", livestream="zb-b")
    assert cli("import", "jobs", write(tmp_path / "b.jsonl", [reopened])).code == 0

    exported = {
        record["id"]: record
        for record in map(json.loads, cli("export", "jobs", "--out", "-").out.splitlines())
    }
    assert exported["j1"]["accommodations"] == ["no_heavy_lifting"]
    assert (exported["j1"]["status"], exported["j1"]["livestream"]) == ("open", "zb-b")
    assert exported["j2"]["accommodations"] == list(ACCESS[:2])
    with engine.connect() as connection:
        row = connection.execute(
            select(JobPost.closed_at, JobPost.id).where(JobPost.external_id == "j1")
        ).one()
        orders = connection.execute(
            select(Presentation.position).where(Presentation.job_id == row.id)
        ).all()
    assert row.closed_at is None
    assert len(orders) == 2  # still presented in zb-a, now also in zb-b


def test_a_candidate_update_keeps_what_the_line_leaves_out(cli, engine, tmp_path):
    first = person(1, phone="13800000000", visible_to_employers=True, summary="三年仓管")
    assert cli("import", "candidates", write(tmp_path / "a.jsonl", [first, person(2)])).code == 0

    again = {"id": "c1", "desired_titles": ["叉车司机"]}  # no phone, no visibility
    assert cli("import", "candidates", write(tmp_path / "b.jsonl", [again])).code == 0

    with engine.connect() as connection:
        row = connection.execute(
            select(
                Candidate.phone,
                Candidate.visible_to_employers,
                Candidate.summary,
                Candidate.desired_titles,
            ).where(Candidate.external_id == "c1")
        ).one()
    # extension fields keep their stored values; FORMATS.md fields take their defaults
    assert (row.phone, row.visible_to_employers) == ("13800000000", True)
    assert (row.summary, row.desired_titles) == ("", ["叉车司机"])
    assert count(engine, Candidate) == 2
