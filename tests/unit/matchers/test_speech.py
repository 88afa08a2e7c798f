from __future__ import annotations

import json
from typing import Any

import pytest

from matchers.speech.reader import NOTHING_FOUND, read_job
from tests.data import EXTRACTION_CASES


def stated(text: str, *names: str) -> dict[str, Any]:
    fields = read_job(text).fields
    return {name: fields[name] for name in names if name in fields} if names else fields


@pytest.mark.parametrize(
    ("text", "salary"),
    [
        ("薪资4500—6000元", {"salary_min": 4500, "salary_max": 6000}),
        ("工资4500-6000", {"salary_min": 4500, "salary_max": 6000}),
        ("月薪4500~6000元/月", {"salary_min": 4500, "salary_max": 6000}),
        ("月薪4500至6000", {"salary_min": 4500, "salary_max": 6000}),
        ("工资五千到七千", {"salary_min": 5000, "salary_max": 7000}),
        ("一个月五到七千", {"salary_min": 5000, "salary_max": 7000}),
        ("月薪四千到五千五", {"salary_min": 4000, "salary_max": 5500}),
        ("月薪八千到一万二", {"salary_min": 8000, "salary_max": 12000}),
        ("薪资5k-7k", {"salary_min": 5000, "salary_max": 7000}),
        ("薪资4.5k-6k", {"salary_min": 4500, "salary_max": 6000}),
        ("工资5千到7千", {"salary_min": 5000, "salary_max": 7000}),
        ("底薪3000加提成", {"salary_min": 3000}),
        ("保底四千，多劳多得", {"salary_min": 4000}),
        ("工资6000元以上", {"salary_min": 6000}),
        ("月薪6000", {"salary_min": 6000, "salary_max": 6000}),
        ("年薪十万", {"salary_min": 8333, "salary_max": 8333}),
        ("年薪10-15万", {"salary_min": 8333, "salary_max": 12500}),
        ("薪资面议", {}),
        ("时薪20元", {}),
    ],
)
def test_pay_is_read_as_a_monthly_range(text: str, salary: dict[str, int]) -> None:
    assert stated(text, "salary_min", "salary_max") == salary


@pytest.mark.parametrize(
    ("text", "education"),
    [
        ("大专及以上学历", "associate"),
        ("专科以上", "associate"),
        ("学历不限", "none"),
        ("不限学历", "none"),
        ("中专学历", "secondary_vocational"),
        ("技校毕业就行", "secondary_vocational"),
        ("本科以上，硕士优先", "bachelor"),
        ("硕士研究生学历", "master"),
        ("初中以上学历就行", "junior_high"),
        ("高中及以上", "high_school"),
    ],
)
def test_education_is_the_minimum_named(text: str, education: str) -> None:
    assert stated(text, "education") == {"education": education}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("招5人", {"headcount": 5}),
        ("招聘三名", {"headcount": 3}),
        ("招两个人", {"headcount": 2}),
        ("普工招20人", {"title": "普工", "headcount": 20}),
        ("提供四人间宿舍", {"housing": True}),
        ("包吃包住", {"housing": True}),
        ("提供宿舍", {"housing": True}),
        ("不提供住宿", {"housing": False}),
        ("不包住", {"housing": False}),
        ("不用出差", {"travel": "none"}),
        ("无需出差", {"travel": "none"}),
        ("经常出差", {"travel": "frequent"}),
        ("偶尔出差", {"travel": "occasional"}),
        ("不需要经常出差", {"travel": "occasional"}),
        ("两年以上经验", {"experience_years": 2}),
        ("有三年以上相关工作经验", {"experience_years": 3}),
        ("三年以上驾龄", {"experience_years": 3}),
        ("无经验要求", {"experience_years": 0}),
        ("零基础也可以", {"experience_years": 0}),
        ("应届生也可以", {"graduates_welcome": True}),
        ("欢迎应届毕业生", {"graduates_welcome": True}),
        ("不招应届生", {"graduates_welcome": False}),
        ("工作地点在聊城市东昌府区", {"location": "聊城市东昌府区"}),
        ("在莘县上班", {"location": "聊城市莘县"}),
        ("地点在聊城经济技术开发区", {"location": "聊城经济技术开发区"}),
    ],
)
def test_each_rule_reads_its_field_alone(text: str, expected: dict[str, Any]) -> None:
    assert stated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这个搅拌站操作员的工作岗位，要求中专学历", {"title": "搅拌站操作员"}),
        ("医药代表这个岗位需要经常出差", {"title": "医药代表"}),
        ("招聘三名销售员", {"title": "销售员"}),
        ("室内设计师要求有三年以上工作经验", {"title": "室内设计师"}),
        ("重型货车司机要A2驾照", {"title": "重型货车司机"}),
        ("莘县的厨师", {"title": "厨师"}),
        (
            "聊城顺和物流有限公司的叉车司机",
            {"employer": "聊城顺和物流有限公司", "title": "叉车司机"},
        ),
        (
            "接下来是聊城鲁西化工厂，招电工",
            {"employer": "聊城鲁西化工厂", "title": "电工"},
        ),
        (
            "东昌府区人民医院招护士",
            {"employer": "东昌府区人民医院", "title": "护士"},
        ),
        ("这家公司招保安", {"title": "保安"}),
    ],
)
def test_title_and_employer(text: str, expected: dict[str, Any]) -> None:
    assert stated(text, "title", "employer") == expected


def test_a_district_inside_the_employer_name_is_not_the_location() -> None:
    assert "location" not in stated("东昌府区人民医院招护士")


@pytest.mark.parametrize(
    "text",
    ["", "   ", "大家好，欢迎来到直播间", "今天天气不错", "公司能解决住宿吗？", "包住吗？"],
)
def test_text_with_no_job_gives_an_empty_draft_and_a_message(text: str) -> None:
    draft = read_job(text)

    assert draft.fields == {}
    assert draft.confidence == {}
    assert draft.message == NOTHING_FOUND


def test_every_field_has_a_confidence_between_0_and_1() -> None:
    draft = read_job("这个搅拌站操作员的工作岗位，要求中专学历，薪资4500—6000元。")

    assert draft.fields == {
        "title": "搅拌站操作员",
        "education": "secondary_vocational",
        "salary_min": 4500,
        "salary_max": 6000,
    }
    assert set(draft.confidence) == set(draft.fields)
    assert all(0.0 < sure <= 1.0 for sure in draft.confidence.values())
    assert draft.message is None


CASES = [json.loads(line) for line in EXTRACTION_CASES.read_text("utf-8").splitlines() if line]


@pytest.mark.parametrize("case", CASES)
def test_each_extraction_case_states_exactly_its_expected_fields(case: dict[str, Any]) -> None:
    assert read_job(case["text"]).fields == case["expected"]
