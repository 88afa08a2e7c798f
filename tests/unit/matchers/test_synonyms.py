from __future__ import annotations

import pytest

from matchers.text.synonyms import BOILERPLATE, canonical_skill, canonical_term


def test_boilerplate_holds_the_words_every_post_shares():
    for word in ("及以上", "月薪", "元", "五险一金", "急招", "诚聘", "岗位", "优先", "面议"):
        assert word in BOILERPLATE


def test_boilerplate_keeps_words_that_tell_jobs_apart():
    for word in ("会计", "叉车", "住宿", "大专", "excel", "烙画", "焊接", "操作员"):
        assert word not in BOILERPLATE


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("专科", "大专"),
        ("高职", "大专"),
        ("中职", "中专"),
        ("技校", "中专"),
        ("研究生", "硕士"),
        ("操作工", "操作员"),
        ("表格", "excel"),
        ("ps", "photoshop"),
        ("电焊", "焊接"),
        ("叉车证", "叉车"),
        ("驾照", "驾驶证"),
        ("司机", "驾驶员"),
    ],
)
def test_canonical_term_maps_synonyms_to_one_word(term, expected):
    assert canonical_term(term) == expected


def test_canonical_term_lowercases_ascii_and_folds_full_width():
    assert canonical_term("Python") == "python"
    assert canonical_term("ＰＳ") == "photoshop"
    assert canonical_term(" ＣＡＤ ") == "cad"


def test_unknown_term_comes_back_normalised_but_unchanged():
    assert canonical_term("烙画") == "烙画"
    assert canonical_term("ＰＬＣ") == "plc"


@pytest.mark.parametrize(
    ("variants", "expected"),
    [
        (("Excel表格", "excel", "EXCEL", "表格"), "excel"),
        (("PS", "Photoshop", "ps修图", "ＰＳ"), "photoshop"),
        (("CAD制图", "AutoCAD", "CAD"), "cad"),
        (("电脑打字", "打字", "盲打", "打字80字/分"), "打字"),
        (("叉车证", "叉车驾驶", "叉车"), "叉车"),
        (("初级会计证", "初级会计职称", "初级会计师"), "初级会计"),
        (("低压电工证", "低压电工"), "低压电工"),
        (("教师资格证", "教资"), "教师资格"),
        (("Spring Boot", "SpringBoot"), "springboot"),
        (("收银操作", "收银"), "收银"),
    ],
)
def test_canonical_skill_gives_variants_one_spelling(variants, expected):
    assert {canonical_skill(variant) for variant in variants} == {expected}


def test_distinct_driving_licences_stay_distinct():
    licences = {canonical_skill(raw) for raw in ("A2驾照", "B2驾照", "C1驾照", "A1驾照")}
    assert len(licences) == 4
    assert canonical_skill("C1驾照") == canonical_skill("C1驾驶证") == canonical_skill("c1")


def test_distinct_electrician_licences_stay_distinct():
    assert canonical_skill("高压电工证") != canonical_skill("低压电工证")


def test_certificate_suffix_is_kept_where_it_is_the_thing_itself():
    assert canonical_skill("健康证") == "健康证"


def test_a_certificate_still_being_studied_for_is_not_the_certificate():
    assert canonical_skill("初级会计职称（备考）") != canonical_skill("初级会计证")


def test_neutral_bracketed_notes_are_dropped():
    assert canonical_skill("运输调度（实训）") == canonical_skill("运输调度")


def test_programming_language_symbols_survive():
    assert canonical_skill("C#") == "c#"
    assert canonical_skill("C++") == "c++"
    assert canonical_skill(".NET Core") == ".netcore"
