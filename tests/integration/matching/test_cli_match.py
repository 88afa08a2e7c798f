"""`civicmatch match JOBS CANDIDATES` on files: FORMATS.md's match output, and bad input."""

from __future__ import annotations

import pytest

from matchers.taxonomy.csco_reading import EXAMPLES, use_title_examples
from tests.data import HARD_RULES
from tests.integration.matching.files import (
    SEED_DATA,
    assert_ranked,
    parse_lines,
    passes_hard_rules,
    read_jsonl,
    write_jsonl,
)

WAREHOUSE = {
    "title": "仓库管理员",
    "employer": "聊城市顺达物流有限公司",
    "description": "负责仓库收发货、盘点和出入库台账。",
    "skills": ["仓库管理", "盘点"],
    "education": "high_school",
    "housing": True,
    "accommodations": ["wheelchair_access"],
}
JOBS = [
    {"id": "jb", **WAREHOUSE},
    {"id": "ja", **WAREHOUSE},
    {"id": "j3", "title": "叉车司机", "employer": "聊城市顺达物流有限公司", "skills": ["叉车"]},
    {
        "id": "j4",
        "title": "销售经理",
        "employer": "聊城某制药有限公司",
        "skills": ["销售", "客户管理"],
        "education": "bachelor",
        "travel": "frequent",
    },
]
CANDIDATES = [
    {
        "id": "c2",
        "education": "high_school",
        "skills": ["仓库管理", "盘点"],
        "desired_titles": ["仓库管理员"],
        "travel": "none",
    },
    {"id": "c1", "education": "bachelor", "skills": ["销售"], "desired_titles": ["销售经理"]},
    {"id": "c3", "education": "master", "needs": ["sign_language"]},
]


@pytest.fixture
def files(tmp_path):  # type: ignore[no-untyped-def]
    return (
        write_jsonl(tmp_path / "jobs.jsonl", *JOBS),
        write_jsonl(tmp_path / "candidates.jsonl", *CANDIDATES),
    )


def test_one_line_per_candidate_in_input_order(run, files, tmp_path):
    out = tmp_path / "matches.jsonl"

    result = run("match", *files, "--for", "candidates", "--top", "2", "--out", out)

    assert (result.code, result.out) == (0, "")
    lines = read_jsonl(out)
    assert [line["candidate"] for line in lines] == ["c2", "c1", "c3"]
    assert [set(line) for line in lines] == [{"candidate", "matches"}] * 3
    for line in lines:
        assert_ranked(line["matches"], "job", top=2)


def test_equal_scores_are_ordered_by_id(run, files, tmp_path):
    out = tmp_path / "matches.jsonl"

    run("match", *files, "--top", "2", "--out", out)

    warehouse = read_jsonl(out)[0]["matches"]
    assert [match["job"] for match in warehouse] == ["ja", "jb"]
    assert warehouse[0]["score"] == warehouse[1]["score"]
    assert any(reason["code"] == "skills" for reason in warehouse[0]["reasons"])


def test_a_candidate_no_job_accepts_gets_an_empty_list(run, files, tmp_path):
    out = tmp_path / "matches.jsonl"

    run("match", *files, "--top", "10", "--out", out)

    by_candidate = {line["candidate"]: line["matches"] for line in read_jsonl(out)}
    assert by_candidate["c3"] == []
    assert {match["job"] for match in by_candidate["c2"]} == {"ja", "jb", "j3"}
    assert by_candidate["c1"][0]["job"] == "j4"


def test_for_jobs_writes_one_line_per_job_with_candidates(run, files, tmp_path):
    out = tmp_path / "matches.jsonl"

    result = run("match", *files, "--for", "jobs", "--top", "5", "--out", out)

    assert result.code == 0
    lines = read_jsonl(out)
    assert [line["job"] for line in lines] == ["jb", "ja", "j3", "j4"]
    by_job = {line["job"]: line["matches"] for line in lines}
    assert [match["candidate"] for match in by_job["j4"]] == ["c1"]
    assert {match["candidate"] for match in by_job["ja"]} == {"c1", "c2"}
    for line in lines:
        assert_ranked(line["matches"], "candidate", top=5)


def test_out_dash_writes_the_same_lines_to_standard_output(run, files, tmp_path):
    out = tmp_path / "matches.jsonl"
    run("match", *files, "--top", "3", "--out", out)

    result = run("match", *files, "--top", "3", "--out", "-")

    assert result.code == 0
    assert parse_lines(result.out) == read_jsonl(out)


@pytest.mark.parametrize("data", [SEED_DATA, HARD_RULES], ids=["seeds", "hard-rules"])
@pytest.mark.parametrize("side", ["candidates", "jobs"])
def test_real_data_obeys_the_hard_rules_and_the_output_contract(run, tmp_path, data, side):
    jobs, candidates = read_jsonl(data / "jobs.jsonl"), read_jsonl(data / "candidates.jsonl")
    out = tmp_path / "matches.jsonl"

    result = run(
        "match",
        data / "jobs.jsonl",
        data / "candidates.jsonl",
        "--for",
        side,
        "--top",
        "5",
        "--out",
        out,
    )

    assert result.code == 0, result.err
    lines = read_jsonl(out)
    rows, others, key = (
        (candidates, jobs, "job") if side == "candidates" else (jobs, candidates, "candidate")
    )
    assert [line[side[:-1]] for line in lines] == [row["id"] for row in rows]
    for row, line in zip(rows, lines, strict=True):
        assert_ranked(line["matches"], key, top=5)
        accepted = {other["id"] for other in others if acceptable(row, other, side)}
        assert {match[key] for match in line["matches"]} <= accepted
        assert bool(line["matches"]) == bool(accepted)
    assert any(line["matches"] for line in lines)


def acceptable(row, other, side: str) -> bool:  # type: ignore[no-untyped-def]
    return passes_hard_rules(other, row) if side == "candidates" else passes_hard_rules(row, other)


# Each candidate of tests/data/hard_rules and the jobs they may be offered; the comments name
# the one rule that alone keeps a candidate from a job that is otherwise open to them.
ACCEPTED = {
    "c-chemist": {"j-clerk", "j-packer", "j-sales", "j-chemist", "j-typist"},
    "c-wheelchair": {"j-clerk", "j-typist"},  # needs: j-packer has no step-free access
    "c-housing": {"j-packer"},  # housing: j-typist provides none
    "c-no-travel": {"j-packer", "j-typist"},  # travel: j-sales travels often
    "c-junior": {"j-packer", "j-typist"},  # education: j-sales wants high school
    "c-sign-language": set(),  # needs: no job offers sign language
}


def test_each_hard_rule_alone_keeps_a_pair_apart(run, tmp_path):
    out = tmp_path / "matches.jsonl"

    run(
        "match",
        HARD_RULES / "jobs.jsonl",
        HARD_RULES / "candidates.jsonl",
        "--top",
        "10",
        "--out",
        out,
    )

    offered = {line["candidate"]: {m["job"] for m in line["matches"]} for line in read_jsonl(out)}
    assert offered == ACCEPTED


BAD_JOB_LINES = {
    "unknown education": (
        {"id": "j9", "title": "普工", "employer": "E", "education": "phd"},
        "education: ",
    ),
    "salary range": (
        {"id": "j9", "title": "普工", "employer": "E", "salary_min": 9000, "salary_max": 6000},
        "salary_min: salary_min（最低月薪）9000 高于 salary_max（最高月薪）6000",
    ),
    "missing title": ({"id": "j9", "employer": "E"}, "title: "),
    "broken JSON": ('{"id": "j9", "title": "普工",', "不是有效的 JSON"),
}


@pytest.mark.parametrize("line, message", BAD_JOB_LINES.values(), ids=list(BAD_JOB_LINES))
def test_a_bad_jobs_line_is_named_and_nothing_is_written(run, files, tmp_path, line, message):
    jobs = write_jsonl(tmp_path / "bad_jobs.jsonl", JOBS[0], line, JOBS[2])
    out = tmp_path / "matches.jsonl"

    result = run("match", jobs, files[1], "--out", out)

    assert result.code == 1
    assert f"{jobs}:2: {message}" in result.err
    assert f"{jobs}:1" not in result.err and f"{jobs}:3" not in result.err
    assert not out.exists()


def test_a_bad_candidates_line_is_named_and_nothing_is_written(run, files, tmp_path):
    candidates = write_jsonl(tmp_path / "bad.jsonl", CANDIDATES[0], {"id": "c9", "needs": ["x"]})
    out = tmp_path / "matches.jsonl"

    result = run("match", files[0], candidates, "--out", out)

    assert result.code == 1
    assert f"{candidates}:2: needs: " in result.err
    assert not out.exists()


def test_a_missing_file_is_a_clear_error(run, files, tmp_path):
    missing = tmp_path / "nowhere.jsonl"
    out = tmp_path / "matches.jsonl"

    result = run("match", missing, files[1], "--out", out)

    assert result.code == 1
    assert f"无法读取 {missing}" in result.err
    assert "Traceback" not in result.err
    assert not out.exists()


@pytest.mark.parametrize("top", ["0", "-1", "many"])
def test_top_below_one_is_a_usage_error(run, files, capsys, top):
    with pytest.raises(SystemExit) as exit_:
        run("match", *files, "--top", top)

    assert exit_.value.code == 2
    assert "--top" in capsys.readouterr().err


def test_the_occupation_reason_names_the_jobs_national_occupation(run, files, tmp_path):
    out = tmp_path / "matches.jsonl"
    assert run("match", *files, "--out", out).code == 0
    first = parse_lines(out.read_text(encoding="utf-8"))[0]["matches"][0]
    reason = next(r for r in first["reasons"] if r["code"] == "occupation")
    assert (reason["occupation_code"], reason["occupation_name"]) == ("4-02-06-01", "仓储管理员")
    assert all("occupation_code" not in r for r in first["reasons"] if r["code"] != "occupation")


@pytest.fixture
def shipped_examples():  # type: ignore[no-untyped-def]
    """`match` runs in-process here: put the shipped title examples back after the test."""
    yield
    use_title_examples(EXAMPLES)


def test_title_examples_of_ones_own_change_how_titles_are_read(run, tmp_path, shipped_examples):
    jobs = write_jsonl(
        tmp_path / "jobs.jsonl",
        {"id": "bake", "title": "糕点装饰师", "employer": "聊城某食品有限公司"},
        {"id": "guard", "title": "保安员", "employer": "聊城某物业有限公司"},
    )
    people = write_jsonl(tmp_path / "people.jsonl", {"id": "p", "desired_titles": ["裱花"]})
    examples = tmp_path / "examples.tsv"
    examples.write_text("# ours\n裱花\t4-07-05-01\n", encoding="utf-8")
    out = tmp_path / "matches.jsonl"

    assert run("match", jobs, people, "--title-examples", examples, "--out", out).code == 0

    ranked = parse_lines(out.read_text(encoding="utf-8"))[0]["matches"]
    assert ranked[0]["job"] == "guard"  # 裱花 is what we said it is


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "保安\t4-07-05-01\n厨师\t9-99\n",
            "examples.tsv:2: code: 不是已知的职业代码或职位名称（9-99）",
        ),
        ("\t4-07-05-01\n", "examples.tsv:1: title: 不是已知的职业代码或职位名称"),
    ],
)
def test_a_bad_title_examples_file_is_refused_naming_line_and_field(
    run, files, tmp_path, content, expected, shipped_examples
):
    examples = tmp_path / "examples.tsv"
    examples.write_text(content, encoding="utf-8")

    result = run("match", *files, "--title-examples", examples)

    assert result.code != 0 and result.out == ""
    assert expected in result.err
