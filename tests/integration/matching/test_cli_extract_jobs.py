"""`civicmatch extract-jobs TEXTS`: one line of stated job fields per host's text, in order."""

from __future__ import annotations

from tests.integration.matching.files import DEV_DATA, parse_lines, read_jsonl, write_jsonl


def test_every_text_gets_one_line_in_order(run, tmp_path):
    texts = write_jsonl(
        tmp_path / "texts.jsonl",
        {"text": "这个搅拌站操作员的工作岗位，要求中专学历，薪资4500—6000元。", "id": "a"},
        {"text": "大家好，欢迎来到直播间"},
        {"text": "普工招20人，包住"},
    )

    result = run("extract-jobs", texts, "--out", "-")

    assert result.code == 0, result.err
    assert parse_lines(result.out) == [
        {
            "title": "搅拌站操作员",
            "education": "secondary_vocational",
            "salary_min": 4500,
            "salary_max": 6000,
        },
        {},
        {"title": "普工", "headcount": 20, "housing": True},
    ]


def test_the_dev_cases_are_read_as_they_are(run, tmp_path):
    source = DEV_DATA / "extraction_cases.jsonl"
    out = tmp_path / "jobs.jsonl"

    result = run("extract-jobs", source, "--out", out)

    assert result.code == 0, result.err
    cases = read_jsonl(source)
    lines = read_jsonl(out)
    assert len(lines) == len(cases)
    assert lines[0] == cases[0]["expected"]


def test_a_blank_text_is_refused_with_its_line_and_nothing_is_written(run, tmp_path):
    texts = write_jsonl(tmp_path / "texts.jsonl", {"text": "招5人"}, {"text": "  "})
    out = tmp_path / "jobs.jsonl"

    result = run("extract-jobs", texts, "--out", out)

    assert result.code == 1
    assert f"{texts}:2: text: must not be blank" in result.err
    assert not out.exists()
