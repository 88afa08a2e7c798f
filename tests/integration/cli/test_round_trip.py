from __future__ import annotations

import json

import pytest

from matchers.taxonomy.occupations import occupation_of_title
from matchers.vocabulary import Accommodation
from tests.integration.cli.conftest import (
    EVERY_FIELD_CANDIDATES,
    EVERY_FIELD_JOBS,
    SEED_JOBS,
    SEED_LIVESTREAMS,
)

# status, and the national occupation read from the title (ignored when imported).
JOB_EXTENSIONS = {"status", "occupation_code", "occupation_name"}
# A job's accommodations are a set, exported in the vocabulary's order (FORMATS.md's table).
CANONICAL_ORDER = [member.value for member in Accommodation]
CANDIDATE_EXTENSIONS = {"visible_to_employers", "alerts_enabled", "phone", "email"}
# FORMATS.md's fields of jobs.jsonl and candidates.jsonl.
JOB_FIELDS = {
    *("id", "title", "employer", "description", "skills", "education", "majors"),
    *("experience_years", "salary_min", "salary_max", "location", "housing", "travel"),
    *("accommodations", "graduates_welcome", "headcount", "livestream"),
}
CANDIDATE_FIELDS = {
    *("id", "name", "age", "education", "major", "graduation_year", "experience_years"),
    *("skills", "summary", "desired_titles", "salary_expectation", "locations"),
    *("needs_housing", "travel", "needs", "share_needs_with_employers"),
}


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def assert_same_records(exported: list[dict], given: list[dict], extensions: set[str]) -> None:
    assert [record["id"] for record in exported] == [record["id"] for record in given]
    for out, original in zip(exported, given, strict=True):
        assert {key: out[key] for key in original} == original
        assert set(out) - set(original) == extensions


def canonical_accommodations(job: dict) -> dict:
    return job | {"accommodations": sorted(job["accommodations"], key=CANONICAL_ORDER.index)}


@pytest.mark.parametrize(
    ("path", "fields"),
    [(EVERY_FIELD_JOBS, JOB_FIELDS), (EVERY_FIELD_CANDIDATES, CANDIDATE_FIELDS)],
    ids=["jobs", "candidates"],
)
def test_the_round_trip_files_state_every_field_on_every_line(path, fields):
    given = records(path.read_text(encoding="utf-8"))

    assert given and all(set(record) == fields for record in given)


def test_exported_jobs_are_the_imported_jobs(cli, tmp_path):
    cli("import", "jobs", EVERY_FIELD_JOBS)
    out = tmp_path / "export.jsonl"

    result = cli("export", "jobs", "--out", out)

    given = records(EVERY_FIELD_JOBS.read_text(encoding="utf-8"))
    assert (result.code, result.out) == (0, "")
    assert result.err.splitlines()[-1].startswith(f"已导出 {len(given)} 条 jobs 记录，用时 ")
    assert result.err.endswith(f" → {out}\n")
    exported = records(out.read_text(encoding="utf-8"))
    assert_same_records(exported, [canonical_accommodations(job) for job in given], JOB_EXTENSIONS)
    assert {record["status"] for record in exported} == {"open"}
    for record in exported:
        occupation = occupation_of_title(record["title"])
        assert record["occupation_code"] == (occupation and occupation.code)
        assert record["occupation_name"] == (occupation and occupation.name)
    assert any(record["occupation_code"] for record in exported)


def test_exported_candidates_are_the_imported_candidates(cli):
    cli("import", "candidates", EVERY_FIELD_CANDIDATES)

    result = cli("export", "candidates", "--out", "-")

    assert result.code == 0, result.err
    exported = records(result.out)
    given = records(EVERY_FIELD_CANDIDATES.read_text(encoding="utf-8"))
    assert_same_records(exported, given, CANDIDATE_EXTENSIONS)
    assert {(r["visible_to_employers"], r["phone"], r["email"]) for r in exported} == {
        (False, "", "")
    }


def test_an_export_imported_into_a_fresh_database_exports_the_same_bytes(
    cli, run, other_sqlite_url, tmp_path
):
    cli("import", "jobs", EVERY_FIELD_JOBS)
    cli("import", "candidates", EVERY_FIELD_CANDIDATES)
    first = {kind: tmp_path / f"{kind}-1.jsonl" for kind in ("jobs", "candidates")}
    second = {kind: tmp_path / f"{kind}-2.jsonl" for kind in ("jobs", "candidates")}
    for kind, path in first.items():
        assert cli("export", kind, "--out", path).code == 0

    for kind, path in first.items():
        imported = run("import", kind, path, "--create", "--database", other_sqlite_url)
        assert imported.code == 0, imported.err
    for kind, path in second.items():
        assert run("export", kind, "--out", path, "--database", other_sqlite_url).code == 0

    for kind in first:
        assert second[kind].read_bytes() == first[kind].read_bytes(), kind


def test_reimporting_an_export_changes_nothing(cli, tmp_path):
    cli("import", "jobs", EVERY_FIELD_JOBS)
    cli("import", "candidates", EVERY_FIELD_CANDIDATES)
    before = {kind: cli("export", kind).out for kind in ("jobs", "candidates")}
    for kind, text in before.items():
        path = tmp_path / f"{kind}.jsonl"
        path.write_text(text, encoding="utf-8")

        result = cli("import", kind, path)

        assert result.out == f"{path}: 0 created, {len(records(text))} updated\n"
    assert {kind: cli("export", kind).out for kind in before} == before


def test_a_closed_status_survives_the_round_trip(cli, tmp_path):
    first = EVERY_FIELD_JOBS.read_text(encoding="utf-8").splitlines()[0]
    line = json.loads(first) | {"status": "closed"}
    path = tmp_path / "closed.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")

    cli("import", "jobs", path)

    (exported,) = records(cli("export", "jobs").out)
    assert exported["status"] == "closed"
    assert exported == canonical_accommodations(line) | {
        "occupation_code": exported["occupation_code"],
        "occupation_name": exported["occupation_name"],
    }


def test_livestreams_round_trip_with_their_running_order(cli, tmp_path):
    assert cli("import", "jobs", SEED_JOBS).code == 0

    imported = cli("import", "livestreams", SEED_LIVESTREAMS)
    exported = cli("export", "livestreams")

    assert imported.code == 0, imported.err
    given = records(SEED_LIVESTREAMS.read_text(encoding="utf-8"))
    assert records(exported.out) == given
    again = tmp_path / "livestreams.jsonl"
    again.write_text(exported.out, encoding="utf-8")
    assert cli("import", "livestreams", again).out == f"{again}: 0 created, {len(given)} updated\n"
    assert cli("export", "livestreams").out == exported.out


def test_livestreams_naming_unknown_jobs_are_refused(cli, engine):
    result = cli("import", "livestreams", SEED_LIVESTREAMS)

    assert result.code != 0
    assert f"{SEED_LIVESTREAMS}:1: jobs: 找不到 id 为“lc-j001”的岗位，请先导入岗位" in (
        result.err.splitlines()
    )
    assert cli("export", "livestreams").out == ""
