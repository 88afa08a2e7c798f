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
    errors = rejected.value.errors
    assert errors[1].render("en") == (
        "jobs.jsonl:3: salary_min: salary_min 9000 is above salary_max 6000"
    )
    assert errors[4].render("en") == "jobs.jsonl:6: id: 'a' is already used on line 1"
    assert errors[4].render("zh") == "jobs.jsonl:6: id: “a”已在第 1 行使用"


def test_the_report_speaks_the_language_it_is_given():
    lines = "\n".join(job(f"j{n}", headcount=0) for n in range(1, 53))
    with pytest.raises(FileRejected) as rejected:
        read(lines).accepted()

    chinese = rejected.value.report("zh").splitlines()
    assert chinese[0] == "jobs.jsonl:1: headcount: 0 小于最小值 1"
    assert chinese[-1] == "……另有 2 处错误"
    english = rejected.value.report("en").splitlines()
    assert english[0] == "jobs.jsonl:1: headcount: 0 is below the minimum 1"
    assert english[-1] == "... and 2 more errors"


def test_a_byte_order_mark_is_tolerated():
    assert read("\ufeff" + job("a")).accepted()[0].values["id"] == "a"
