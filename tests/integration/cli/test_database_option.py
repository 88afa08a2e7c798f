from __future__ import annotations

import pytest

from engine.db import make_engine
from engine.jobs.models import JobPost
from tests.integration.cli.conftest import EVERY_FIELD_JOBS, count, records_in

ENV = "CIVICMATCH_DATABASE_URL"
JOBS = records_in(EVERY_FIELD_JOBS)


def test_the_database_flag_overrides_the_environment(
    run, database_url, engine, tmp_path, monkeypatch
):
    elsewhere = tmp_path / "elsewhere.db"
    monkeypatch.setenv(ENV, f"sqlite:///{elsewhere}")

    result = run("import", "jobs", EVERY_FIELD_JOBS, "--database", database_url)

    assert result.code == 0, result.err
    assert count(engine, JobPost) == JOBS
    assert not elsewhere.exists()


def test_the_database_flag_may_come_before_the_command(run, database_url, engine, monkeypatch):
    monkeypatch.delenv(ENV, raising=False)

    result = run("--database", database_url, "import", "jobs", EVERY_FIELD_JOBS)

    assert result.code == 0, result.err
    assert count(engine, JobPost) == JOBS


def test_the_environment_is_used_without_the_flag(run, database_url, engine, monkeypatch):
    monkeypatch.setenv(ENV, database_url)

    result = run("import", "jobs", EVERY_FIELD_JOBS)

    assert result.code == 0, result.err
    assert count(engine, JobPost) == JOBS


def test_without_flag_or_environment_civicmatch_db_in_the_working_directory_is_used(
    run, tmp_path, monkeypatch
):
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.chdir(tmp_path)

    result = run("import", "jobs", EVERY_FIELD_JOBS, "--create")

    assert result.code == 0, result.err
    assert result.err.splitlines()[0] == "civicmatch: 数据库 sqlite:///civicmatch.db"
    engine = make_engine(f"sqlite:///{tmp_path / 'civicmatch.db'}")
    try:
        assert count(engine, JobPost) == JOBS
    finally:
        engine.dispose()


def test_a_missing_import_file_is_a_clear_error(cli, engine, tmp_path):
    missing = tmp_path / "no-such-file.jsonl"

    result = cli("import", "jobs", missing)

    assert result.code != 0
    assert result.out == ""
    assert result.err.splitlines()[1:] == [
        f"civicmatch: 无法读取 {missing}：No such file or directory"
    ]
    assert count(engine, JobPost) == 0


def test_an_unwritable_export_target_is_a_clear_error(cli, tmp_path):
    target = tmp_path / "no-such-directory" / "jobs.jsonl"

    result = cli("export", "jobs", "--out", target)

    assert result.code != 0
    assert result.err.startswith("civicmatch: ")
    assert str(target) in result.err


def test_an_unknown_kind_is_refused_by_the_parser(run, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run("import", "employers", EVERY_FIELD_JOBS)

    assert exit_info.value.code == 2
    assert "invalid choice: 'employers'" in capsys.readouterr().err
