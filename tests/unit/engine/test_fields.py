from __future__ import annotations

import pytest

from engine.errors import InvalidValue, ValidationFailed, described
from engine.fields import check_salary_range, validate_record
from engine.jobs.records import JOB_CONTENT_FIELDS, JOB_FILE_FIELDS
from engine.seekers.records import CANDIDATE_FILE_FIELDS
from matchers.vocabulary import EducationLevel, TravelLevel


def problems(spec, raw, **options):
    with pytest.raises(ValidationFailed) as failure:
        validate_record(spec, raw, **options)
    return {(error.field, error.code) for error in failure.value.errors}


def test_defaults_fill_what_a_job_line_leaves_out():
    values = validate_record(JOB_FILE_FIELDS, {"id": "j1", "title": "出纳", "employer": "某公司"})

    assert values["education"] is EducationLevel.NONE
    assert values["travel"] is TravelLevel.NONE
    assert values["headcount"] == 1
    assert values["skills"] == []
    assert values["salary_min"] is None
    assert "status" not in values  # an extension field stays absent


def test_every_bad_field_is_reported_at_once():
    raw = {"id": "j1", "employer": "某公司", "education": "phd", "headcount": 0, "bogus": 1}

    assert problems(JOB_FILE_FIELDS, raw) == {
        ("title", "REQUIRED"),
        ("education", "INVALID_CHOICE"),
        ("headcount", "TOO_SMALL"),
        ("bogus", "UNKNOWN_FIELD"),
    }


def test_lengths_are_bounded():
    raw = {"title": "岗" * 201, "description": "x" * 20_001}

    assert problems(JOB_CONTENT_FIELDS, raw) == {("title", "TOO_LONG"), ("description", "TOO_LONG")}


def test_a_boolean_is_not_an_integer():
    assert problems(JOB_CONTENT_FIELDS, {"title": "t", "headcount": True}) == {
        ("headcount", "WRONG_TYPE")
    }


def test_partial_validation_checks_only_given_fields():
    assert validate_record(JOB_CONTENT_FIELDS, {"headcount": 3}, partial=True) == {"headcount": 3}


def test_lists_are_trimmed_and_deduplicated_and_labels_accepted():
    values = validate_record(
        CANDIDATE_FILE_FIELDS,
        {"id": "c1", "skills": [" CAD ", "CAD", "PLC"], "needs": ["坐姿工作，无需久站久走"]},
    )

    assert values["skills"] == ["CAD", "PLC"]
    assert [need.value for need in values["needs"]] == ["seated_work"]
    assert values["travel"] is TravelLevel.FREQUENT


def test_salary_range_message_follows_the_contract():
    with pytest.raises(InvalidValue) as error:
        check_salary_range(9000, 6000)
    assert error.value.code == "SALARY_RANGE"
    english = described(error.value, language="en")
    assert english == "salary_min: salary_min 9000 is above salary_max 6000"
    chinese = described(error.value, language="zh")
    assert chinese == "salary_min: salary_min（最低月薪）9000 高于 salary_max（最高月薪）6000"
    check_salary_range(None, 6000)
    check_salary_range(4500, 4500)
