from __future__ import annotations

import io

import pytest

from engine.io.jsonl import FileRejected, read_objects, validate_lines
from engine.jobs.records import JOB_FILE_FIELDS


def read(text: bytes):
    return read_objects(io.BytesIO(text), "jobs.jsonl")


def test_blank_lines_are_skipped_and_line_numbers_kept():
    lines = read(b'{"a": 1}\n\n   \n{"b": 2}\n')
    assert [line.number for line in lines] == [1, 4]


def test_every_malformed_line_is_named():
    with pytest.raises(FileRejected) as rejected:
        read(b'{"a": 1}\n{oops\n[1, 2]\n\xff\xfe\n')
    assert [str(error).split(": ")[0] for error in rejected.value.errors] == [
        "jobs.jsonl:2",
        "jobs.jsonl:3",
        "jobs.jsonl:4",
    ]


def test_a_byte_order_mark_is_tolerated():
    assert read('\ufeff{"a": 1}\n'.encode())[0].values == {"a": 1}


def test_duplicate_ids_name_the_first_line():
    lines = read(
        b'{"id": "j1", "title": "t", "employer": "e"}\n'
        b'{"id": "j1", "title": "t", "employer": "e"}\n'
    )
    with pytest.raises(FileRejected) as rejected:
        validate_lines(lines, JOB_FILE_FIELDS, "jobs.jsonl")
    assert str(rejected.value) == "jobs.jsonl:2: id: 'j1' is already used on line 1"
