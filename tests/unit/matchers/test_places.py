from __future__ import annotations

import pytest

from matchers.taxonomy.places import (
    CITY,
    district_of,
    districts_in,
    is_place,
    mentions,
    same_district,
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
