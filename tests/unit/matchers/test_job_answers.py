from __future__ import annotations

import pytest

from matchers.jobs.answers import (
    answer,
    is_job_search,
    major_answer,
    major_fits,
    question_key,
    topic_of,
)
from matchers.records import Job
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel


def job(**fields) -> Job:  # type: ignore[no-untyped-def]
    return Job(id=fields.pop("id", "1"), title=fields.pop("title", "搅拌站操作员"), **fields)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("公司能解决住宿吗？", "housing"),
        ("包住吗", "housing"),
        ("有没有宿舍", "housing"),
        ("这个职位需要经常出差吗？", "travel"),
        ("学历有要求吗", "education"),
        ("没有文凭可以吗", "education"),
        ("工资多少", "pay"),
        ("薪资待遇怎么样", "pay"),
        ("一个月多少钱", "pay"),
        ("需要工作经验吗", "experience"),
        ("应届生可以吗", "graduates"),
        ("坐轮椅的能去吗", "accessibility"),
        ("我是听障人士，可以应聘吗", "accessibility"),
        ("有无障碍设施吗", "accessibility"),
        ("残疾人可以吗", "accessibility"),
        ("能坐着干吗", "accessibility"),
        ("岗位和专业不对口怎么办？我是环境设计专业", "major"),
        ("我是会计专业，能干这个吗", "major"),
        ("公司加班多吗", None),
        ("几点上班", None),
    ],
)
def test_topic_of_names_what_the_viewer_asks_about(question: str, topic: str | None) -> None:
    assert topic_of(question) == topic


def test_full_width_question_marks_do_not_hide_the_topic() -> None:
    assert topic_of("ＡＡ工资？") == "pay"


@pytest.mark.parametrize(
    ("fields", "topic", "expected"),
    [
        ({"housing": True}, "housing", "这个岗位提供住宿。"),
        ({"housing": False}, "housing", "这个岗位不提供住宿。"),
        ({"travel": TravelLevel.FREQUENT}, "travel", "需要经常出差。"),
        ({"travel": TravelLevel.OCCASIONAL}, "travel", "偶尔需要出差。"),
        ({"travel": TravelLevel.NONE}, "travel", "这个岗位无需出差。"),
        (
            {"education": EducationLevel.SECONDARY_VOCATIONAL},
            "education",
            "要求中专及以上学历。",
        ),
        ({"education": EducationLevel.BACHELOR}, "education", "要求本科及以上学历。"),
        ({"education": EducationLevel.NONE}, "education", "学历不限。"),
        ({"salary_min": 4500, "salary_max": 6000}, "pay", "月薪4500–6000元。"),
        ({"salary_min": 5000, "salary_max": 5000}, "pay", "月薪5000元。"),
        ({"salary_min": 3000}, "pay", "月薪3000元起。"),
        ({"salary_max": 8000}, "pay", "月薪最高8000元。"),
        ({"experience_years": 2}, "experience", "要求2年以上工作经验。"),
        ({"experience_years": 0}, "experience", "不要求工作经验。"),
        ({"graduates_welcome": True}, "graduates", "欢迎应届生投递。"),
        ({"graduates_welcome": False}, "graduates", "这个岗位未注明招收应届生。"),
        (
            {
                "accommodations": frozenset(
                    {Accommodation.SEATED_WORK, Accommodation.WHEELCHAIR_ACCESS}
                )
            },
            "accessibility",
            "无障碍：提供无障碍通道/电梯、坐姿工作，无需久站久走。",
        ),
        ({}, "accessibility", "该岗位暂未注明无障碍条件。"),
    ],
)
def test_answer_reads_the_jobs_fields(fields, topic: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert answer(job(**fields), topic, "?") == expected


def test_pay_the_job_does_not_state_has_no_answer() -> None:
    assert answer(job(), "pay", "工资多少") is None


def test_an_unknown_topic_has_no_answer() -> None:
    assert answer(job(housing=True), None, "加班多吗") is None


def test_major_answer_for_one_job_says_the_majors_are_related() -> None:
    reply = answer(job(majors=("视觉传达设计",)), "major", "专业不对口怎么办？我是环境设计专业")
    assert reply == "您的环境设计专业和这个岗位要求的视觉传达设计专业相近，可以投递。"


def test_major_answer_for_one_job_without_majors_says_any_major() -> None:
    assert answer(job(), "major", "我是会计专业") == "这个岗位不限专业。"


def test_major_fits_lists_same_before_related_and_leaves_out_others() -> None:
    jobs = [
        job(id="1", title="平面设计", majors=("视觉传达设计",)),
        job(id="2", title="会计", majors=("会计学",)),
        job(id="3", title="景观设计师", majors=("环境设计",)),
    ]

    fits = major_fits("环境设计", jobs)

    assert [(fit.job.title, fit.relation) for fit in fits] == [
        ("景观设计师", "same"),
        ("平面设计", "related"),
    ]


def test_major_answer_says_when_no_job_lists_a_related_major() -> None:
    reply = major_answer("环境设计", [], [job(title="普工")])
    assert reply == "这家单位的在招岗位都没有列出和环境设计相关的专业。不限专业的岗位：普工。"


def test_major_answer_names_the_fitting_jobs() -> None:
    fits = major_fits("环境设计", [job(title="平面设计", majors=("视觉传达设计",))])
    assert major_answer("环境设计", fits, []) == (
        "和您的环境设计专业对口或相近的岗位：平面设计（招视觉传达设计等相近专业）。"
    )


def test_major_answer_asks_for_the_major_when_the_question_names_none() -> None:
    assert "请告诉我们您学的专业" in major_answer(None, [], [])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("公司能解决住宿吗？", "公司能解决住宿吗"),
        ("请问，公司能解决住宿吗？", "公司 能解决 住宿"),
        ("ＡＰＰ用什么写？", "app用什么写"),
        ("加班多吗？？", "加班多吗!"),
    ],
)
def test_near_identical_questions_share_a_key(first: str, second: str) -> None:
    assert question_key(first) == question_key(second)


def test_different_questions_have_different_keys() -> None:
    assert question_key("加班多吗") != question_key("周末休息吗")


def test_question_key_is_at_most_200_characters() -> None:
    assert len(question_key("加" * 500)) == 200


@pytest.mark.parametrize(
    "question",
    [
        "有岗位吗？",
        "我是学会计的，有适合我的岗位吗",
        "还有别的工作吗",
        "想找个工作",
        "有没有轻松点的活",
    ],
)
def test_a_search_for_work_in_general_is_told_apart(question: str) -> None:
    assert is_job_search(question)


@pytest.mark.parametrize(
    "question", ["公司能解决住宿吗？", "这个工作累不累", "有没有夜班", "工作地点在哪", "周末双休吗"]
)
def test_a_question_about_the_job_is_not_a_search(question: str) -> None:
    assert not is_job_search(question)
