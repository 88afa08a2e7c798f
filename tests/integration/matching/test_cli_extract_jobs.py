"""`civicmatch extract-jobs TEXTS`: one line of stated job fields per host's text, in order."""

from __future__ import annotations

from tests.data import EXTRACTION_CASES
from tests.integration.matching.files import parse_lines, read_jsonl, write_jsonl


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
            "id": "a",
            "title": "搅拌站操作员",
            "education": "secondary_vocational",
            "salary_min": 4500,
            "salary_max": 6000,
        },
        {},
        {"title": "普工", "headcount": 20, "housing": True},
    ]


def test_each_extraction_case_comes_out_as_its_expected_fields(run, tmp_path):
    cases = read_jsonl(EXTRACTION_CASES)
    texts = write_jsonl(tmp_path / "texts.jsonl", *({"text": case["text"]} for case in cases))
    out = tmp_path / "jobs.jsonl"

    result = run("extract-jobs", texts, "--out", out)

    assert result.code == 0, result.err
    assert read_jsonl(out) == [case["expected"] for case in cases]


def test_a_blank_text_is_refused_with_its_line_and_nothing_is_written(run, tmp_path):
    texts = write_jsonl(tmp_path / "texts.jsonl", {"text": "招5人"}, {"text": "  "})
    out = tmp_path / "jobs.jsonl"

    result = run("extract-jobs", texts, "--out", out)

    assert result.code == 1
    assert f"{texts}:2: text: 不能为空" in result.err
    assert not out.exists()
