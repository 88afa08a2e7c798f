from __future__ import annotations

import json

from matchers.vocabulary import Accommodation
from tests.integration.cli.conftest import (
    DEV_CANDIDATES,
    DEV_JOBS,
    SEED_JOBS,
    SEED_LIVESTREAMS,
)

JOB_EXTENSIONS = {"status"}
# A job's accommodations are a set, exported in the vocabulary's order (FORMATS.md's table).
CANONICAL_ORDER = [member.value for member in Accommodation]
CANDIDATE_EXTENSIONS = {"visible_to_employers", "phone", "email"}


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def assert_same_records(exported: list[dict], given: list[dict], extensions: set[str]) -> None:
    assert [record["id"] for record in exported] == [record["id"] for record in given]
    for out, original in zip(exported, given, strict=True):
        assert {key: out[key] for key in original} == original
        assert set(out) - set(original) == extensions


def canonical_accommodations(job: dict) -> dict:
    return job | {"accommodations": sorted(job["accommodations"], key=CANONICAL_ORDER.index)}


def test_exported_jobs_are_the_imported_jobs(cli, tmp_path):
    cli("import", "jobs", DEV_JOBS)
    out = tmp_path / "export.jsonl"

    result = cli("export", "jobs", "--out", out)

    assert (result.code, result.out) == (0, "")
    assert result.err == f"{out}: 40 jobs\n"
    exported = records(out.read_text(encoding="utf-8"))
    given = records(DEV_JOBS.read_text(encoding="utf-8"))
    assert_same_records(exported, [canonical_accommodations(job) for job in given], JOB_EXTENSIONS)
    assert {record["status"] for record in exported} == {"open"}


def test_exported_candidates_are_the_imported_candidates(cli):
    cli("import", "candidates", DEV_CANDIDATES)

    result = cli("export", "candidates", "--out", "-")

    assert (result.code, result.err) == (0, "")
    exported = records(result.out)
    given = records(DEV_CANDIDATES.read_text(encoding="utf-8"))
    assert_same_records(exported, given, CANDIDATE_EXTENSIONS)
    assert {(r["visible_to_employers"], r["phone"], r["email"]) for r in exported} == {
        (False, "", "")
    }


def test_an_export_imported_into_a_fresh_database_exports_the_same_bytes(
    cli, run, other_sqlite_url, tmp_path
):
    cli("import", "jobs", DEV_JOBS)
    cli("import", "candidates", DEV_CANDIDATES)
    first = {kind: tmp_path / f"{kind}-1.jsonl" for kind in ("jobs", "candidates")}
    second = {kind: tmp_path / f"{kind}-2.jsonl" for kind in ("jobs", "candidates")}
    for kind, path in first.items():
        assert cli("export", kind, "--out", path).code == 0

    for kind, path in first.items():
        imported = run("import", kind, path, "--database", other_sqlite_url)
        assert imported.code == 0, imported.err
    for kind, path in second.items():
        assert run("export", kind, "--out", path, "--database", other_sqlite_url).code == 0

    for kind in first:
        assert second[kind].read_bytes() == first[kind].read_bytes(), kind


def test_reimporting_an_export_changes_nothing(cli, tmp_path):
    cli("import", "jobs", DEV_JOBS)
    cli("import", "candidates", DEV_CANDIDATES)
    before = {kind: cli("export", kind).out for kind in ("jobs", "candidates")}
    for kind, text in before.items():
        path = tmp_path / f"{kind}.jsonl"
        path.write_text(text, encoding="utf-8")

        result = cli("import", kind, path)

        assert result.out == f"{path}: 0 created, {len(records(text))} updated\n"
    assert {kind: cli("export", kind).out for kind in before} == before


def test_a_closed_status_survives_the_round_trip(cli, tmp_path):
    line = json.loads(DEV_JOBS.read_text(encoding="utf-8").splitlines()[0]) | {"status": "closed"}
    path = tmp_path / "closed.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")

    cli("import", "jobs", path)

    assert records(cli("export", "jobs").out) == [line]


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
    assert f"{SEED_LIVESTREAMS}:1: jobs: no job with id 'lc-j001'; import the jobs first" in (
        result.err.splitlines()
    )
    assert cli("export", "livestreams").out == ""
