from __future__ import annotations

import io

from engine.io.kinds import Mismatch, first_record, mismatch

JOB = {"id": "j1", "title": "普工", "employer": "聊城市鑫诚建材有限公司"}
CANDIDATE = {"id": "c1", "name": "张建国", "major": "机械"}


def test_a_record_of_the_expected_kind_is_no_mismatch():
    assert mismatch("jobs", JOB) is None


def test_a_candidate_where_a_job_is_expected_is_recognised():
    assert mismatch("jobs", CANDIDATE) == Mismatch("jobs", "candidates", ("name", "major"))


def test_a_record_missing_only_required_fields_is_left_to_the_reader():
    assert mismatch("jobs", {"id": "j1", "title": "普工"}) is None


def test_a_record_no_kind_fits_is_left_to_the_reader():
    assert mismatch("jobs", {**JOB, "titel": "普工"}) is None


def test_only_the_first_few_foreign_fields_are_shown():
    candidate = {**CANDIDATE, "age": 45, "summary": "", "needs": []}

    assert mismatch("jobs", candidate).fields == ("name", "major", "age", "summary", "…")


def test_a_text_where_jobs_are_expected_is_read_as_the_smallest_kind_that_fits():
    assert mismatch("jobs", {"id": "q1", "text": "想找工作"}).found == "queries"
    assert mismatch("jobs", {"text": "楼道灯坏了", "team": "civil_health"}).found == "requests"


def test_the_first_record_skips_blank_lines_and_tells_an_empty_file():
    assert first_record(io.BytesIO(b"\n  \n" + b'{"id": "j1"}\n')) == {"id": "j1"}
    assert first_record(io.BytesIO(b"\n \n")) is None
    assert first_record(io.BytesIO(b"")) is None


def test_a_first_line_that_is_not_an_object_is_no_record_to_judge():
    assert first_record(io.BytesIO(b"[1, 2]\n")) == {}
    assert first_record(io.BytesIO(b"{broken\n")) == {}
    assert first_record(io.BytesIO(b"\xff\n")) == {}
