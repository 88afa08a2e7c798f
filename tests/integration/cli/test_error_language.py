"""The CLI's errors speak the deployment's language (CIVICMATCH_LANGUAGE, Chinese by default)
and name fields as the file spells them: `FILE:LINE: field: message`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

JOB = {"id": "j1", "title": "出纳", "employer": "某公司"}


def bad_jobs(tmp_path: Path) -> Path:
    path = tmp_path / "jobs.jsonl"
    lines = [JOB, {**JOB, "id": "j2", "experience_years": -1}]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    return path


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (None, ["experience_years: -1 小于最小值 0"]),
        ("zh", ["experience_years: -1 小于最小值 0"]),
        ("en", ["experience_years: -1 is below the minimum 0"]),
    ],
)
def test_a_bad_line_is_reported_in_the_configured_language(
    cli, tmp_path, monkeypatch, language, expected
):
    if language is not None:
        monkeypatch.setenv("CIVICMATCH_LANGUAGE", language)
    path = bad_jobs(tmp_path)

    result = cli("import", "jobs", path)

    assert result.code == 1
    problems = [line for line in result.err.splitlines() if line.startswith(f"{path}:")]
    assert problems == [f"{path}:2: {message}" for message in expected]


def test_rules_across_fields_name_them_as_the_file_does(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("CIVICMATCH_LANGUAGE", "en")
    path = tmp_path / "jobs.jsonl"
    line = {**JOB, "salary_min": 9000, "salary_max": 6000}
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n")

    result = cli("import", "jobs", path)

    assert result.code == 1
    assert f"{path}:1: salary_min: salary_min 9000 is above salary_max 6000" in result.err


def test_a_refused_command_speaks_it_too(cli, monkeypatch):
    monkeypatch.setenv("CIVICMATCH_LANGUAGE", "en")
    english = cli("token", "create", "--role", "recruiter")
    monkeypatch.setenv("CIVICMATCH_LANGUAGE", "zh")
    chinese = cli("token", "create", "--role", "recruiter")

    assert english.code == chinese.code == 1
    assert "civicmatch: employer: a recruiter token needs --employer NAME" in english.err
    assert "civicmatch: employer: 招聘人员令牌须用 --employer 指定用人单位" in chinese.err


def test_an_unknown_language_is_refused_before_anything_runs(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("CIVICMATCH_LANGUAGE", "fr")

    result = cli("import", "jobs", bad_jobs(tmp_path))

    assert result.code == 2
    assert result.err == "civicmatch: CIVICMATCH_LANGUAGE: expected zh or en, not 'fr'\n"
