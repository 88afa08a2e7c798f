from __future__ import annotations

import pytest

from matchers.taxonomy.places import (
    CITY,
    district_of,
    districts_in,
    is_place,
    mentions,
    named_places,
    same_district,
    zone_at,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我是莘县的", "聊城市莘县"),
        ("在临清", "聊城市临清市"),
        ("临清市", "聊城市临清市"),
        ("老家茌平县", "聊城市茌平区"),
        ("茌平", "聊城市茌平区"),
        ("聊城市东昌府区", "聊城市东昌府区"),
        ("聊城市东昌府区堂邑镇", "聊城市东昌府区"),
        ("阳谷", "聊城市阳谷县"),
        ("家在东阿", "聊城市东阿县"),
        ("冠县的", "聊城市冠县"),
        ("高唐县城", "聊城市高唐县"),
        ("聊城市高新区", "聊城市高新区"),
        ("高新技术产业开发区", "聊城市高新区"),
        ("经开区", "聊城市经济技术开发区"),
        ("开发区有活吗", "聊城市经济技术开发区"),
        ("聊城经济技术开发区", "聊城市经济技术开发区"),
        ("度假区", "聊城市江北水城旅游度假区"),
        ("江北水城旅游度假区", "聊城市江北水城旅游度假区"),
    ],
)
def test_district_of_gives_the_canonical_full_name(text, expected):
    assert district_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "想在聊城找工作",
        "山东阿胶集团招人吗",
        "在济南高新区干过两年",
        "北京市经济技术开发区",
        "东昌湖边上",
    ],
)
def test_texts_that_name_no_liaocheng_district_give_none(text):
    assert district_of(text) is None
    assert districts_in(text) == ()


def test_districts_in_lists_each_district_once_in_the_order_named():
    text = "我是阳谷的，开发区或者高新区都行，阳谷也行"

    assert districts_in(text) == ("聊城市阳谷县", "聊城市经济技术开发区", "聊城市高新区")


def test_the_longest_alias_wins_where_one_contains_another():
    # 高新技术产业开发区 contains 开发区, which alone would mean the economic zone.
    assert districts_in("高新技术产业开发区") == ("聊城市高新区",)


def test_mentions_give_where_each_district_is_named():
    found = mentions("家在莘县，想去高唐")

    assert [(m.start, m.end, m.district) for m in found] == [
        (2, 4, "聊城市莘县"),
        (7, 9, "聊城市高唐县"),
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("聊城市东昌府区", "东昌府区堂邑镇", True),
        ("聊城市茌平区", "茌平县", True),
        ("聊城市高新区", "高新技术产业开发区", True),
        ("聊城市高新区", "聊城市经济技术开发区", False),
        ("聊城市莘县", "聊城市冠县", False),
        ("聊城市", "聊城市", False),
        ("", "", False),
    ],
)
def test_same_district_compares_the_first_district_each_names(a, b, expected):
    assert same_district(a, b) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("莘县", True), ("聊城市高唐县", True), ("高唐", True), ("普工", False), ("聊城", False)],
)
def test_is_place_knows_district_names_and_aliases(word, expected):
    assert is_place(word) is expected


def test_the_city_is_liaocheng():
    assert CITY == "聊城市"
    assert district_of("莘县").startswith(CITY)


def test_a_short_name_before_a_district_that_opens_with_a_landmark_word_is_still_a_place():
    # 河 after 临沂 would make 临沂河 a river; 河东区 follows, so 临沂 is the city.
    found = named_places("临沂河东区顺通快运")

    assert [(m.start, m.end, m.district) for m in found] == [
        (0, 2, "临沂市"),
        (2, 5, "临沂市河东区"),
    ]
    assert named_places("临沂河边") == ()


@pytest.mark.parametrize(
    ("text", "at", "zone"),
    [
        ("济南市高新区", 3, "高新区"),
        ("青岛西海岸新区海信电子", 2, "西海岸新区"),
        ("聊城鲁西经济开发区的中通汽车", 2, "鲁西经济开发区"),
        ("潍坊经开区", 2, "经开区"),
        ("济南市历下区", 3, None),
        ("青岛海信电子", 2, None),
    ],
)
def test_zone_at_reads_a_zone_written_after_a_city(text, at, zone):
    assert zone_at(text, at) == zone


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("在济南市中区", "济南市市中区"),  # 济南 + 市中区, not 济南市 + 中区
        ("酒店在青岛市南区", "青岛市市南区"),
        ("在济南市市中区", "济南市市中区"),
        ("在济南市历下区", "济南市历下区"),
    ],
)
def test_a_citys_mark_may_open_its_districts_name(text, district):
    assert named_places(text)[-1].district == district


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("宜宾叙州区", "宜宾市叙州区"),  # 宜宾县, 2018
        ("伊春市伊美区", "伊春市伊美区"),  # 2019
        ("南通海门区", "南通市海门区"),  # 海门市, 2020
        ("杭州临安区", "杭州市临安区"),  # 临安市, 2017
    ],
)
def test_districts_renamed_after_the_packages_table_are_known(text, district):
    assert named_places(text)[-1].district == district
