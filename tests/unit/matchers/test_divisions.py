from __future__ import annotations

import subprocess
import sys

import pytest

from matchers.taxonomy.build_divisions import short_form
from matchers.taxonomy.places import (
    DIVISIONS,
    Place,
    district_of,
    in_city,
    is_place,
    named_places,
    place_fits,
    same_city,
    wished,
)


@pytest.mark.parametrize(
    ("wanted", "location", "fits"),
    [
        ("聊城", "临清市", True),
        ("聊城市", "聊城市临清市", True),
        ("临清", "聊城市临清市", True),
        ("临清", "东昌府区", False),
        ("东昌府", "聊城市东昌府区", True),
        ("青岛", "青岛市即墨区", True),
        ("山东省", "即墨区", True),
        ("即墨区", "山东省青岛市即墨区", True),
        ("青岛", "聊城市临清市", False),
        ("苏州", "昆山市", True),
        ("苏州市", "江苏省苏州市昆山市", True),
        ("江苏", "昆山", True),
        ("山东", "昆山市", False),
        ("茌平县", "聊城市茌平区", True),
        ("济南", "济南高新区", True),
        ("聊城", "济南高新区", False),
        ("聊城", "高新区", True),
    ],
)
def test_a_place_fits_every_place_within_it(wanted, location, fits):
    assert place_fits(wanted, location) is fits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("临清市", Place("山东省", "聊城市", "临清市")),
        ("即墨区", Place("山东省", "青岛市", "即墨区")),
        ("昆山市", Place("江苏省", "苏州市", "昆山市")),
        ("管城区", Place("河南省", "郑州市", "管城回族区")),
        ("聊城", Place("山东省", "聊城市")),
        ("青岛", Place("山东省", "青岛市")),
        ("北京", Place("北京市", "北京市")),
        ("仙桃", Place("湖北省", "仙桃市")),
        ("延边", Place("吉林省", "延边朝鲜族自治州")),
        ("山东", Place("山东省")),
    ],
)
def test_full_names_and_short_forms_name_the_division(text, expected):
    assert named_places(text)[0].place == expected


def test_a_county_lies_within_its_city_and_province():
    jimo = named_places("即墨区")[0].place

    assert jimo.within(Place("山东省", "青岛市"))
    assert jimo.within(Place("山东省"))
    assert not jimo.within(Place("山东省", "烟台市"))


def test_a_bare_ambiguous_district_fits_each_place_of_that_name():
    assert place_fits("朝阳区", "北京市朝阳区")
    assert place_fits("朝阳区", "长春市朝阳区")
    assert place_fits("鼓楼区", "南京市鼓楼区")
    assert place_fits("鼓楼区", "福州市鼓楼区")


def test_a_city_named_first_settles_which_district_is_meant():
    nanjing, gulou = named_places("南京鼓楼区")

    assert nanjing.place == Place("江苏省", "南京市")
    assert gulou.places == (Place("江苏省", "南京市", "鼓楼区"),)
    assert not place_fits("北京朝阳区", "长春市朝阳区")


def test_among_several_places_of_one_name_the_home_province_comes_first():
    shizhong = named_places("市中区")[0]

    assert {p.province for p in shizhong.places[:2]} == {"山东省"}
    assert len(shizhong.places) > 2


@pytest.mark.parametrize(
    "text",
    ["山东阿胶集团", "东昌湖边上", "长白班", "平安保险", "福田汽车", "和县城", "中山路"],
)
def test_everyday_words_and_landmarks_name_no_district(text):
    assert district_of(text) is None


def test_an_everyday_word_names_a_district_right_after_its_city():
    assert district_of("深圳福田") == "深圳市福田区"
    assert district_of("福田区") == "深圳市福田区"


def test_a_name_that_only_says_where_the_next_lies_is_not_a_wish():
    assert [m.place for m in wished("山东青岛")] == [Place("山东省", "青岛市")]
    assert [m.district for m in wished("临清或者东阿")] == ["聊城市临清市", "聊城市东阿县"]


@pytest.mark.parametrize(
    ("wanted", "location", "expected"),
    [
        ("临清", "聊城市东昌府区", True),
        ("即墨区", "青岛市黄岛区", True),
        ("即墨区", "聊城市临清市", False),
        ("山东", "聊城市临清市", False),
        ("随便", "聊城市临清市", False),
    ],
)
def test_same_city_compares_the_prefecture_cities(wanted, location, expected):
    assert same_city(wanted, location) is expected


def test_in_city_knows_the_home_city_and_any_other():
    assert in_city("临清")
    assert not in_city("济南市")
    assert in_city("青岛市即墨区", city="青岛")


def test_is_place_takes_a_district_alone_or_after_its_city():
    assert is_place("即墨区")
    assert is_place("青岛即墨")
    assert not is_place("青岛")
    assert not is_place("即墨区的工厂")


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("聊城市", "聊城"),
        ("东昌府区", "东昌府"),
        ("莘县", ""),
        ("延边朝鲜族自治州", "延边"),
        ("广西壮族自治区", "广西"),
        ("新疆维吾尔自治区", "新疆"),
        ("管城回族区", "管城"),
        ("鄂温克族自治旗", "鄂温克"),
        ("神农架林区", "神农架"),
        ("万柏林区", "万柏林"),
    ],
)
def test_short_forms_drop_the_suffix_and_the_ethnic_group(name, short):
    groups = ("朝鲜族", "朝鲜", "壮族", "维吾尔族", "维吾尔", "回族", "鄂温克族", "鄂温克")
    assert short_form(name, groups) == short


def test_the_divisions_file_names_its_source_and_licence():
    head = DIVISIONS.read_text(encoding="utf-8")[:600]

    assert "china-division" in head
    assert "WTFPL" in head


def test_reading_places_imports_neither_cpca_nor_pandas():
    code = (
        "import sys; from matchers.taxonomy.places import place_fits; "
        "assert place_fits('聊城', '临清市'); "
        "print(sorted({'cpca', 'pandas'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert out.stdout.strip() == "[]"
