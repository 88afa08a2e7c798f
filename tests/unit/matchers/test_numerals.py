from __future__ import annotations

import pytest

from matchers.speech.reader import read_job
from matchers.text.lexicon import chinese_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("四千五", 4500),
        ("三万二", 32000),
        ("一万五", 15000),
        ("两千五", 2500),
        ("六千八", 6800),
        ("一千二百五", 1250),
        ("四千五百", 4500),
        ("三千零五", 3005),
        ("一万零五百", 10500),
        ("俩", 2),
        ("十二万", 120000),
        ("二百五", 250),
        ("1万2", 12000),
        ("4千5", 4500),
        ("1.2w", 12000),
        ("4.5万", 45000),
        ("6k", 6000),
    ],
)
def test_colloquial_numerals_take_the_trailing_digit_as_the_next_unit(text, expected):
    assert chinese_number(text) == expected


@pytest.mark.parametrize("text", ["面议", "十来", "五六千", "1十2", "k"])
def test_what_is_not_one_number_gives_none(text):
    assert chinese_number(text) is None


def pay(text: str) -> tuple[int | None, int | None]:
    fields = read_job(text).fields
    return fields.get("salary_min"), fields.get("salary_max")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月薪四千五到六千", (4500, 6000)),
        ("工资三千五到五千", (3500, 5000)),
        ("工资四千二到五千", (4200, 5000)),
        ("月薪六千到八千", (6000, 8000)),
        ("薪资4.5k-6k", (4500, 6000)),
        ("月薪4千5到6千", (4500, 6000)),
        ("薪资8k到1w", (8000, 10000)),
        ("月薪4500—6000元", (4500, 6000)),
        ("一个月五到七千", (5000, 7000)),
        ("工资五六千", (5000, 6000)),
        ("计件一个月四五千", (4000, 5000)),
        ("月薪七八千", (7000, 8000)),
        ("月薪一万二到一万五", (12000, 15000)),
        ("月入过万", (10000, None)),
        ("一个月五千出头", (5000, None)),
        ("底薪两千五加提成", (2500, None)),
        ("月薪三千八", (3800, 3800)),
        ("年薪十二万到十五万", (10000, 12500)),
    ],
)
def test_pay_in_chinese_and_arabic_numerals(text, expected):
    assert pay(text) == expected


@pytest.mark.parametrize("text", ["薪资面议", "工资面议", "日结三百", "日薪一百五", "时薪二十"])
def test_negotiable_and_daily_pay_give_no_salary(text):
    assert pay(text) == (None, None)


def test_an_age_range_is_not_pay():
    assert pay("十八到四十五岁，月薪五千五") == (5500, 5500)
