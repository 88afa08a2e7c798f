from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.jobs.models import Employer, JobPost, LiveStream
from tests.integration.cli.conftest import (
    EVERY_FIELD_JOBS,
    SEED_JOBS,
    count,
    run_console_script,
)


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def job(number: int, **fields: object) -> str:
    record = {"id": f"j{number}", "title": "出纳", "employer": "聊城某商贸公司", **fields}
    return json.dumps(record, ensure_ascii=False)


def problems(err: str) -> list[str]:
    """Standard error after its first line, which names the database."""
    return err.splitlines()[1:]


def exported_jobs(cli) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    result = cli("export", "jobs", "--out", "-")
    assert result.code == 0, result.err
    return {record["id"]: record for record in map(json.loads, result.out.splitlines())}


@pytest.mark.parametrize("source", [EVERY_FIELD_JOBS, SEED_JOBS], ids=["every-field", "seeds"])
def test_import_creates_every_job_and_prints_a_summary(cli, engine, source):
    lines = sum(1 for line in source.read_text(encoding="utf-8").splitlines() if line.strip())

    result = cli("import", "jobs", source)

    assert result.code == 0, result.err
    assert problems(result.err)[0].startswith(f"{source}：已导入 {lines} 条 jobs 记录，用时 ")
    assert result.out == f"{source}: {lines} created, 0 updated\n"
    assert count(engine, JobPost) == lines


@pytest.mark.parametrize("source", [EVERY_FIELD_JOBS, SEED_JOBS], ids=["every-field", "seeds"])
def test_importing_again_updates_instead_of_duplicating(cli, engine, source):
    cli("import", "jobs", source)
    jobs, employers, streams = (count(engine, m) for m in (JobPost, Employer, LiveStream))

    result = cli("import", "jobs", source)

    assert result.code == 0
    assert result.out == f"{source}: 0 created, {jobs} updated\n"
    assert (count(engine, JobPost), count(engine, Employer), count(engine, LiveStream)) == (
        jobs,
        employers,
        streams,
    )


def test_a_changed_line_updates_the_job_with_that_external_id(cli, engine, tmp_path):
    cli("import", "jobs", write_lines(tmp_path / "v1.jsonl", [job(1), job(2)]))
    changed = write_lines(
        tmp_path / "v2.jsonl", [job(2, title="会计", salary_min=4000, salary_max=5000), job(3)]
    )

    result = cli("import", "jobs", changed)

    assert result.out == f"{changed}: 1 created, 1 updated\n"
    assert count(engine, JobPost) == 3
    jobs = exported_jobs(cli)
    assert (jobs["j1"]["title"], jobs["j3"]["title"]) == ("出纳", "出纳")
    assert (jobs["j2"]["title"], jobs["j2"]["salary_min"], jobs["j2"]["salary_max"]) == (
        "会计",
        4000,
        5000,
    )


def test_salary_min_above_salary_max_refuses_the_file_naming_line_and_field(cli, engine, tmp_path):
    path = write_lines(
        tmp_path / "jobs.jsonl",
        [job(1), job(2), job(3, salary_min=9000, salary_max=6000), job(4)],
    )

    result = cli("import", "jobs", path)

    assert result.code != 0
    assert result.out == ""
    assert problems(result.err) == [
        f"{path}:3: salary_min: salary_min（最低月薪）9000 高于 salary_max（最高月薪）6000"
    ]
    assert (count(engine, JobPost), count(engine, Employer)) == (0, 0)


def test_every_bad_line_is_reported_and_nothing_is_written(cli, engine, tmp_path):
    cli("import", "jobs", write_lines(tmp_path / "before.jsonl", [job(1, title="旧岗位")]))
    path = write_lines(
        tmp_path / "jobs.jsonl",
        [
            job(1, title="新岗位"),
            job(2),
            job(3, salary_min=9000, salary_max=6000),
            "",
            job(5, education="phd"),
            json.dumps({"id": "j6", "employer": "聊城某商贸公司"}),
            job(1),
            job(8, colour="red"),
            job(9, headcount=0),
        ],
    )

    result = cli("import", "jobs", path)

    assert result.code != 0
    errors = result.err.splitlines()
    salary = "salary_min（最低月薪）9000 高于 salary_max（最高月薪）6000"
    assert f"{path}:3: salary_min: {salary}" in errors
    assert any(line.startswith(f"{path}:5: education: ") and '"phd"' in line for line in errors)
    assert f"{path}:6: title: 此项必须填写" in errors
    assert f"{path}:7: id: “j1”已在第 1 行使用" in errors
    assert f"{path}:8: colour: 无法识别的字段" in errors
    assert f"{path}:9: headcount: 0 小于最小值 1" in errors
    assert count(engine, JobPost) == 1
    assert exported_jobs(cli)["j1"]["title"] == "旧岗位"


def test_a_line_of_broken_json_refuses_the_file(cli, engine, tmp_path):
    path = write_lines(tmp_path / "jobs.jsonl", [job(1), '{"id": "j2", "title": ', "[1, 2]"])

    result = cli("import", "jobs", path)

    assert result.code != 0
    errors = problems(result.err)
    assert errors[0].startswith(f"{path}:2: 不是有效的 JSON：")
    assert errors[1] == f"{path}:3: 每行必须是一个 JSON 对象"
    assert (count(engine, JobPost), count(engine, Employer)) == (0, 0)


def test_broken_json_does_not_hide_the_other_bad_lines(cli, tmp_path):
    path = write_lines(tmp_path / "jobs.jsonl", ["{broken", job(2, travel="sometimes")])

    result = cli("import", "jobs", path)

    assert result.code != 0
    assert any(line.startswith(f"{path}:1: 不是有效的 JSON") for line in result.err.splitlines())
    assert any(line.startswith(f"{path}:2: travel: ") for line in result.err.splitlines())


def test_the_installed_console_script_imports_and_refuses(database_url, engine, tmp_path):
    good = write_lines(tmp_path / "good.jsonl", [job(1), job(2)])
    bad = write_lines(tmp_path / "bad.jsonl", [job(3), job(4, salary_min=9000, salary_max=6000)])

    imported = run_console_script("import", "jobs", good, "--database", database_url)
    refused = run_console_script("import", "jobs", bad, "--database", database_url)

    assert (imported.returncode, imported.stdout) == (0, f"{good}: 2 created, 0 updated\n")
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert problems(refused.stderr) == [
        f"{bad}:2: salary_min: salary_min（最低月薪）9000 高于 salary_max（最高月薪）6000"
    ]
    assert count(engine, JobPost) == 2
