from __future__ import annotations

import io

import pytest

from engine.fields import check_salary_range
from engine.io.jsonl import FileRejected, RecordFile
from engine.jobs.records import JOB_FILE_FIELDS


def job(id: str, **fields: object) -> str:
    import json

    return json.dumps({"id": id, "title": "出纳", "employer": "某公司", **fields})


def read(text: str | bytes) -> RecordFile:
    data = text.encode() if isinstance(text, str) else text
    return RecordFile.read(io.BytesIO(data), "jobs.jsonl", JOB_FILE_FIELDS)


def test_blank_lines_are_skipped_and_line_numbers_kept():
    lines = read(f"{job('a')}\n\n   \n{job('b')}\n").accepted()
    assert [line.number for line in lines] == [1, 4]


def test_every_problem_of_every_stage_is_reported_in_line_order():
    text = (
        "\n".join(
            [
                job("a"),
                "{oops",
                job("b", salary_min=9000, salary_max=6000),
                "[1, 2]",
                job("c", education="phd"),
                job("a"),
            ]
        ).encode()
        + b"\n\xff\xfe\n"
    )
    checked = read(text)
    checked.check(lambda v: check_salary_range(v["salary_min"], v["salary_max"]))

    with pytest.raises(FileRejected) as rejected:
        checked.accepted()

    assert [(error.line, error.field) for error in rejected.value.errors] == [
        (2, None),
        (3, "salary_min"),
        (4, None),
        (5, "education"),
        (6, "id"),
        (7, None),
    ]
    assert str(rejected.value.errors[1]) == (
        "jobs.jsonl:3: salary_min: salary_min 9000 is above salary_max 6000"
    )
    assert str(rejected.value.errors[4]) == "jobs.jsonl:6: id: 'a' is already used on line 1"


def test_a_byte_order_mark_is_tolerated():
    assert read("\ufeff" + job("a")).accepted()[0].values["id"] == "a"
