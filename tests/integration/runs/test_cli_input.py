"""`civicmatch match-run` refuses options it cannot honour before it touches the database,
with a non-zero exit status and a message naming the option."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from engine.runs.models import MatchRun
from tests.integration.runs.records import load

REFUSED = {
    "--top 0": (["--for", "both", "--top", "0"], 2, "--top"),
    "--top 1000": (["--for", "both", "--top", "1000"], 2, "--top"),
    "--top not a number": (["--for", "both", "--top", "ten"], 2, "--top"),
    "--chunk-size 0": (["--for", "both", "--chunk-size", "0"], 2, "--chunk-size"),
    "--chunk-size 100000": (["--for", "both", "--chunk-size", "100000"], 2, "--chunk-size"),
    "--for missing": ([], 1, "--for"),
    "--for unknown": (["--for", "everyone"], 2, "--for"),
    "--resume with --for": (["--resume", "1", "--for", "jobs"], 1, "--resume"),
    "--resume with --chunk-size": (["--resume", "1", "--chunk-size", "5"], 1, "--resume"),
    "--resume with --top": (["--resume", "1", "--top", "5"], 1, "--resume"),
    "--resume with --exhaustive": (["--resume", "1", "--exhaustive"], 1, "--resume"),
    "--resume 0": (["--resume", "0"], 2, "--resume"),
    "--pause -1": (["--for", "both", "--pause", "-1"], 1, "--pause"),
    "--pause 3601": (["--for", "both", "--pause", "3601"], 1, "--pause"),
    "--pause nan": (["--for", "both", "--pause", "nan"], 1, "--pause"),
    "--workers 0": (["--for", "both", "--workers", "0"], 2, "--workers"),
    "--workers with --dask-scheduler": (
        ["--for", "both", "--workers", "2", "--dask-scheduler", "tcp://127.0.0.1:8786"],
        2,
        "--dask-scheduler",
    ),
}


@pytest.mark.parametrize(("argv", "status", "option"), REFUSED.values(), ids=list(REFUSED))
def test_an_option_out_of_range_or_out_of_place_is_refused_naming_it(
    run, tmp_path, sqlite_template, argv, status, option
):
    # given: a database with people and jobs, and no run
    database = tmp_path / "civicmatch.db"
    database.write_bytes(sqlite_template.read_bytes())

    # when
    result = run("--database", f"sqlite:///{database}", "match-run", *argv)

    # then
    assert result.code == status
    assert option in result.err
    assert result.out == ""


def test_a_missing_sqlite_file_is_refused_and_not_made(run, tmp_path):
    missing = tmp_path / "elsewhere" / "civicmatch.db"
    missing.parent.mkdir()

    result = run("--database", f"sqlite:///{missing}", "match-run", "--for", "both")

    assert result.code == 1
    assert f"{missing} 不存在" in result.err
    assert "--database" in result.err
    assert not missing.exists()
    assert list(missing.parent.iterdir()) == []


def test_nothing_is_started_by_a_refused_command(run, database_url, sessions):
    # given
    load(sessions)

    # when: each refusal above, on a real database
    for argv, _, _ in REFUSED.values():
        run("--database", database_url, "match-run", *argv)

    # then: no run was recorded
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(MatchRun)) == 0
