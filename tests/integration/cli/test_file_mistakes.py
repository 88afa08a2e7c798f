"""Every file command refuses unknown fields, and says in one message that a file is empty or
of another kind (arguments given in the wrong order) instead of one error per field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.cli.records import (
    CANDIDATE,
    HOST_TEXT,
    JOB,
    QUERY,
    REQUEST,
    TASK,
    VOLUNTEER,
    read_jsonl,
    write_jsonl,
)

# Each file command with the records of its input files, in argument order.
COMMANDS = {
    "match": (JOB, CANDIDATE),
    "match-text": (JOB, QUERY),
    "match-volunteers": (TASK, VOLUNTEER),
    "assign": (TASK, VOLUNTEER),
    "route-requests": (REQUEST,),
    "extract-jobs": (HOST_TEXT,),
}
KIND = {
    id(JOB): "jobs",
    id(CANDIDATE): "candidates",
    id(TASK): "tasks",
    id(VOLUNTEER): "volunteers",
    id(QUERY): "queries",
    id(REQUEST): "requests",
    id(HOST_TEXT): "texts",
}


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIVICMATCH_LANGUAGE", "en")


def inputs(tmp_path: Path, records: tuple[dict, ...]) -> list[Path]:
    return [write_jsonl(tmp_path / f"{KIND[id(record)]}.jsonl", record) for record in records]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_file_command_refuses_an_unknown_field_naming_file_line_and_field(
    run, tmp_path, command
):
    *good, last = COMMANDS[command]
    bad = write_jsonl(tmp_path / "bad.jsonl", last, {**last, "id": "x2", "colour": "red"})
    files = [*inputs(tmp_path, tuple(good)), bad]
    out = tmp_path / "out.jsonl"

    result = run(command, *files, "--out", out)

    assert result.code == 1
    assert result.err == f"{files[-1]}:2: colour: unknown field\n"
    assert not out.exists()


@pytest.mark.parametrize(
    ("command", "record", "labels"),
    [
        ("match-text", QUERY, {"grades": {"j1": 3}}),
        ("extract-jobs", HOST_TEXT, {"expected": {"title": "普工"}}),
        ("route-requests", REQUEST, {"team": "civil_health", "category": "environment"}),
    ],
)
def test_a_labelled_sets_answers_are_known_fields(run, tmp_path, command, record, labels):
    texts = write_jsonl(tmp_path / "texts.jsonl", {**record, **labels})
    files = (
        [write_jsonl(tmp_path / "jobs.jsonl", JOB), texts] if command == "match-text" else [texts]
    )

    result = run(command, *files, "--out", "-")

    assert result.code == 0, result.err
    assert [json.loads(line)["id"] for line in result.out.splitlines()] == [record["id"]]


@pytest.mark.parametrize(
    ("command", "first", "second", "fields"),
    [
        ("match", CANDIDATE, JOB, "name, major, age"),
        ("match-text", QUERY, JOB, "text"),
        ("match-volunteers", VOLUNTEER, TASK, "name, availability"),
        ("assign", VOLUNTEER, TASK, "name, availability"),
    ],
)
def test_files_given_in_the_wrong_order_are_one_clear_message(
    run, tmp_path, command, first, second, fields
):
    one = write_jsonl(tmp_path / "one.jsonl", first, {**first, "id": "x2"})
    two = write_jsonl(tmp_path / "two.jsonl", second)
    out = tmp_path / "out.jsonl"

    result = run(command, one, two, "--out", out)

    assert result.code == 1
    assert result.err == (
        f"civicmatch: {one} looks like a {KIND[id(first)]} file (fields {fields}), "
        f"not a {KIND[id(second)]} file; did you swap the arguments?\n"
    )
    assert not out.exists()


def test_a_long_list_of_foreign_fields_is_cut_short(run, tmp_path):
    candidates = write_jsonl(
        tmp_path / "candidates.jsonl", {**CANDIDATE, "summary": "会装配", "needs": []}
    )
    jobs = write_jsonl(tmp_path / "jobs.jsonl", JOB)

    result = run("match", candidates, jobs)

    assert "(fields name, major, age, summary, …)" in result.err


@pytest.mark.parametrize(
    ("command", "given", "expected"),
    [("route-requests", JOB, "requests"), ("extract-jobs", CANDIDATE, "texts")],
)
def test_a_file_of_another_kind_is_one_clear_message(run, tmp_path, command, given, expected):
    wrong = write_jsonl(tmp_path / "wrong.jsonl", given)

    result = run(command, wrong, "--out", tmp_path / "out.jsonl")

    assert result.code == 1
    assert result.err.startswith(
        f"civicmatch: {wrong} looks like a {KIND[id(given)]} file (fields "
    )
    assert result.err.endswith(f"), not a {expected} file\n")
    assert result.err.count("\n") == 1


def test_a_misspelt_field_is_not_taken_for_another_kind(run, tmp_path):
    jobs = write_jsonl(tmp_path / "jobs.jsonl", {**JOB, "titel": "普工"})

    result = run("match", jobs, write_jsonl(tmp_path / "c.jsonl", CANDIDATE))

    assert result.code == 1
    assert result.err == f"{jobs}:1: titel: unknown field\n"


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("content", ["", "\n  \n"], ids=["no bytes", "blank lines"])
def test_an_empty_input_file_is_one_clear_message(run, tmp_path, command, content):
    empty, *rest = inputs(tmp_path, COMMANDS[command])
    empty.write_text(content, "utf-8")
    out = tmp_path / "out.jsonl"

    result = run(command, empty, *rest, "--out", out)

    assert (result.code, result.err) == (1, f"civicmatch: {empty} has no records\n")
    assert not out.exists()


def test_an_empty_second_file_is_named_too(run, tmp_path):
    jobs, candidates = inputs(tmp_path, (JOB, CANDIDATE))
    candidates.write_text("", "utf-8")

    result = run("match", jobs, candidates)

    assert (result.code, result.err) == (1, f"civicmatch: {candidates} has no records\n")


@pytest.mark.parametrize(
    ("command", "record"), [("route-requests", REQUEST), ("extract-jobs", HOST_TEXT)]
)
def test_route_requests_and_extract_jobs_echo_each_lines_id(run, tmp_path, command, record):
    texts = write_jsonl(
        tmp_path / "texts.jsonl",
        {**record, "id": "b"},
        {"text": record["text"]},
        {**record, "id": "a"},
    )
    out = tmp_path / "out.jsonl"

    result = run(command, texts, "--out", out)

    assert result.code == 0, result.err
    lines = read_jsonl(out)
    assert [line.get("id") for line in lines] == ["b", None, "a"]
    assert "id" not in lines[1]
    assert next(iter(lines[0])) == "id"
    assert lines[0] | {"id": "a"} == lines[2]


def test_ids_of_texts_must_be_unique(run, tmp_path):
    texts = write_jsonl(tmp_path / "texts.jsonl", REQUEST, REQUEST)

    result = run("route-requests", texts)

    assert result.code == 1
    assert result.err == f"{texts}:2: id: 'r1' is already used on line 1\n"
