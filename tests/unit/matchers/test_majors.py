from __future__ import annotations

from collections import Counter

import pytest

from matchers.taxonomy.fair_occupations import OCCUPATIONS
from matchers.taxonomy.major_data import MAJOR_GROUP_ROWS
from matchers.taxonomy.majors import (
    MAJOR_GROUPS,
    groups_of_major,
    major_group,
    major_relation,
    normalise_major,
    occupations_for_major,
)


@pytest.mark.parametrize("job_major", ["室内设计", "景观设计", "视觉传达设计"])
def test_environment_design_is_related_to_other_design_majors(job_major):
    assert major_relation("环境设计", [job_major]) == ("related", job_major)


def test_environment_design_belongs_to_design_discipline():
    assert major_group("环境设计").name == "设计学类"


def test_same_major_is_reported_with_the_job_major():
    assert major_relation("会计学", ["财务管理", "会计学"]) == ("same", "会计学")


def test_same_major_wins_over_an_earlier_related_one():
    assert major_relation("环境设计", ["视觉传达设计", "环境设计"]) == ("same", "环境设计")


@pytest.mark.parametrize(
    ("candidate", "job_major"),
    [
        ("英语", "英语（师范）"),
        ("会计", "会计相关专业"),
        ("环境设计", "环境设计专业"),
        ("机电一体化", "机电一体化技术"),
        ("大数据与会计", "会计"),
    ],
)
def test_same_major_is_recognised_after_normalising(candidate, job_major):
    assert major_relation(candidate, [job_major]) == ("same", job_major)


@pytest.mark.parametrize(
    ("candidate", "job_major"),
    [
        ("会计学", "大数据与会计"),
        ("畜牧兽医", "动物医学"),
        ("文秘", "秘书学"),
        ("物流管理", "现代物流管理"),
        ("计算机应用技术", "计算机科学与技术"),
    ],
)
def test_undergraduate_and_vocational_majors_of_one_discipline_are_related(candidate, job_major):
    assert major_relation(candidate, [job_major]) == ("related", job_major)


def test_discipline_named_by_the_job_relates_its_majors():
    assert major_relation("汉语言文学", ["中国语言文学类"]) == ("related", "中国语言文学类")


def test_field_phrase_in_a_job_relates_its_majors():
    assert major_relation("软件技术", ["计算机相关专业"]) == ("related", "计算机相关专业")


def test_undergraduate_business_class_covers_accounting():
    assert major_relation("会计学", ["工商管理类"]) == ("related", "工商管理类")


def test_major_filed_in_two_catalogues_relates_to_both():
    assert major_relation("制药工程", ["药学"])[0] == "related"
    assert major_relation("制药工程", ["应用化工技术"])[0] == "related"


def test_unrelated_majors_give_none():
    assert major_relation("计算机科学与技术", ["护理", "临床医学"]) == ("none", None)


@pytest.mark.parametrize("candidate", ["", "  "])
def test_empty_candidate_major_gives_none(candidate):
    assert major_relation(candidate, ["会计学"]) == ("none", None)


def test_job_without_majors_gives_none():
    assert major_relation("会计学", []) == ("none", None)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("环境设计", "design"),
        ("环境设计专业", "design"),
        ("环境设计（室内方向）", "design"),
        ("中国语言文学类", "chinese"),
        ("艺术设计类", "design"),
        ("聊城大学汉语言文学", "chinese"),
        ("中医康复保健", "rehabilitation"),
        ("计算机", "computer"),
    ],
)
def test_major_group_resolves_names_step_by_step(name, expected):
    assert major_group(name).code == expected


@pytest.mark.parametrize("name", ["", "不限", "火星学"])
def test_unknown_major_has_no_group(name):
    assert major_group(name) is None


def test_name_spanning_several_groups_has_no_single_group():
    assert major_group("财经商贸大类") is None
    assert "accounting" in groups_of_major("财经商贸大类")


def test_normalise_major_drops_notes_and_qualifiers():
    assert normalise_major("英语（师范）") == "英语"
    assert normalise_major(" 会计等相关专业 ") == "会计"
    assert normalise_major("计算机类专业") == "计算机类"


def test_occupations_for_environment_design_include_interior_and_landscape_designers():
    occupations = occupations_for_major("环境设计")
    assert "interior_designer" in occupations
    assert "landscape_designer" in occupations


def test_occupations_for_accounting_start_with_the_accountant():
    assert occupations_for_major("大数据与会计")[0] == "accountant"


def test_occupations_for_unknown_major_are_empty():
    assert occupations_for_major("火星学") == ()


def test_every_group_occupation_is_a_known_occupation():
    known = {occupation.code for occupation in OCCUPATIONS}
    unknown = {code for group in MAJOR_GROUPS for code in group.occupations} - known
    assert unknown == set()


def test_every_major_has_exactly_one_primary_group():
    primaries = Counter(
        major
        for _, _, majors, _ in MAJOR_GROUP_ROWS
        for major in majors.split()
        if not major.startswith("+")
    )
    secondaries = {
        major[1:]
        for _, _, majors, _ in MAJOR_GROUP_ROWS
        for major in majors.split()
        if major.startswith("+")
    }
    assert [major for major, count in primaries.items() if count > 1] == []
    assert secondaries - set(primaries) == set()


def test_group_codes_and_names_are_unique():
    assert len({group.code for group in MAJOR_GROUPS}) == len(MAJOR_GROUPS)
    assert len({group.name for group in MAJOR_GROUPS}) == len(MAJOR_GROUPS)
