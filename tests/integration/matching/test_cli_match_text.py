"""`civicmatch match-text JOBS QUERIES`: chat messages read into profiles, then matched."""

from __future__ import annotations

import pytest

from tests.data import HARD_RULES
from tests.integration.matching.files import (
    assert_ranked,
    parse_lines,
    read_jsonl,
    write_jsonl,
)

SHOP = {"employer": "聊城市东方人力资源有限公司", "location": "聊城市东昌府区"}
JOBS = [
    {
        "id": "j1",
        "title": "数据标注员",
        "skills": ["电脑打字"],
        "accommodations": ["wheelchair_access", "seated_work"],
        **SHOP,
    },
    {
        "id": "j2",
        "title": "文字录入员",
        "skills": ["电脑打字"],
        "accommodations": ["seated_work"],
        **SHOP,
    },
    {
        "id": "j3",
        "title": "室内设计师",
        "skills": ["CAD"],
        "majors": ["环境设计"],
        "education": "associate",
        **SHOP,
    },
    {"id": "j4", "title": "普工（装配线）", "skills": ["装配"], "housing": True, **SHOP},
    {"id": "j5", "title": "叉车司机", "skills": ["叉车"], **SHOP},
]
QUERIES = [
    {"id": "q2", "text": "我坐轮椅，会用电脑打字，有适合我的工作吗？"},
    {"id": "q1", "text": "26岁，环境设计专业，有工作经验，有岗位吗？"},
    {"id": "q3", "text": "公司能解决住宿吗？我是莘县的，初中毕业，想找个包住的普工活"},
]


@pytest.fixture
def jobs(tmp_path):  # type: ignore[no-untyped-def]
    return write_jsonl(tmp_path / "jobs.jsonl", *JOBS)


def match_text(run, jobs, queries, tmp_path, top: int = 10):  # type: ignore[no-untyped-def]
    out = tmp_path / "matches.jsonl"
    result = run("match-text", jobs, queries, "--top", top, "--out", out)
    assert result.code == 0, result.err
    return read_jsonl(out)


def test_one_line_per_query_in_order_with_profile_and_matches(run, jobs, tmp_path):
    queries = write_jsonl(tmp_path / "queries.jsonl", *QUERIES)

    lines = match_text(run, jobs, queries, tmp_path, top=2)

    assert [line["id"] for line in lines] == ["q2", "q1", "q3"]
    assert [set(line) for line in lines] == [{"id", "profile", "matches"}] * 3
    for line in lines:
        assert_ranked(line["matches"], "job", top=2)


def test_profiles_use_candidates_jsonl_names_and_codes(run, jobs, tmp_path):
    queries = write_jsonl(tmp_path / "queries.jsonl", *QUERIES)

    wheelchair, designer, housing = match_text(run, jobs, queries, tmp_path)

    assert wheelchair["profile"]["needs"] == ["wheelchair_access"]
    assert designer["profile"]["major"] == "环境设计"
    assert designer["profile"]["age"] == 26
    assert housing["profile"]["needs_housing"] is True
    assert housing["profile"]["education"] == "junior_high"


def test_the_hard_rules_apply_to_what_the_text_states(run, jobs, tmp_path):
    queries = write_jsonl(tmp_path / "queries.jsonl", *QUERIES)

    wheelchair, designer, housing = match_text(run, jobs, queries, tmp_path)

    assert [match["job"] for match in wheelchair["matches"]] == ["j1"]
    assert designer["matches"][0]["job"] == "j3"
    assert [match["job"] for match in housing["matches"]] == ["j4"]


def test_out_dash_writes_to_standard_output(run, jobs, tmp_path):
    queries = write_jsonl(tmp_path / "queries.jsonl", *QUERIES)
    written = match_text(run, jobs, queries, tmp_path)

    result = run("match-text", jobs, queries, "--out", "-")

    assert result.code == 0
    assert parse_lines(result.out) == written


def test_a_wheelchair_user_is_offered_every_job_with_wheelchair_access_and_no_other(run, tmp_path):
    jobs = HARD_RULES / "jobs.jsonl"
    step_free = {
        job["id"] for job in read_jsonl(jobs) if "wheelchair_access" in job["accommodations"]
    }
    queries = write_jsonl(tmp_path / "queries.jsonl", QUERIES[0])

    [wheelchair] = match_text(run, jobs, queries, tmp_path)

    assert wheelchair["profile"]["needs"] == ["wheelchair_access"]
    assert {match["job"] for match in wheelchair["matches"]} == step_free == {"j-clerk", "j-typist"}


@pytest.mark.parametrize("text", ["", "  \u3000 "], ids=["empty", "blank"])
def test_a_query_with_empty_text_is_refused_naming_line_and_field(run, jobs, tmp_path, text):
    queries = write_jsonl(tmp_path / "queries.jsonl", QUERIES[0], {"id": "q9", "text": text})
    out = tmp_path / "matches.jsonl"

    result = run("match-text", jobs, queries, "--out", out)

    assert result.code == 1
    assert f"{queries}:2: text: " in result.err
    assert not out.exists()


def test_a_query_without_an_id_is_refused(run, jobs, tmp_path):
    queries = write_jsonl(tmp_path / "queries.jsonl", {"text": QUERIES[0]["text"]})

    result = run("match-text", jobs, queries, "--out", tmp_path / "matches.jsonl")

    assert result.code == 1
    assert f"{queries}:1: id: " in result.err


def test_a_bad_jobs_file_is_refused_before_any_query_is_read(run, tmp_path):
    bad = write_jsonl(
        tmp_path / "jobs.jsonl", {"id": "j1", "title": "普工", "employer": "E", "travel": "daily"}
    )
    queries = write_jsonl(tmp_path / "queries.jsonl", *QUERIES)
    out = tmp_path / "matches.jsonl"

    result = run("match-text", bad, queries, "--out", out)

    assert result.code == 1
    assert f"{bad}:1: travel: " in result.err
    assert not out.exists()
