from __future__ import annotations

import dataclasses

import pytest

from matchers.records import Candidate
from matchers.text.lexicon import chinese_number
from matchers.text.profile import EmptyQuery, TextProfile, read_profile
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel

YEAR = 2025
A = Accommodation
E = EducationLevel
T = TravelLevel


def read(text: str) -> TextProfile:
    return read_profile(text, current_year=YEAR)


def stated_fields(text: str) -> dict[str, object]:
    profile = read(text)
    return {name: getattr(profile.candidate, name) for name in profile.stated}


# --- the dev set's ten chat messages ----------------------------------------------------------

DEV_QUERIES = [
    (
        "26岁，环境设计专业，有工作经验，有岗位吗？",
        {"age": 26, "major": "环境设计", "experience_years": 1},
    ),
    (
        "我坐轮椅，会用电脑打字，有适合我的工作吗？",
        {"needs": frozenset({A.WHEELCHAIR_ACCESS}), "skills": ("电脑", "打字")},
    ),
    (
        "公司能解决住宿吗？我是莘县的，初中毕业，想找个包住的普工活",
        {
            "needs_housing": True,
            "locations": ("聊城市莘县",),
            "education": E.JUNIOR_HIGH,
            "desired_titles": ("普工",),
        },
    ),
    (
        "我大专，在药厂干过三年QA，这个职位需要经常出差吗？我不想出差",
        {"education": E.ASSOCIATE, "experience_years": 3, "travel": T.NONE},
    ),
    (
        "岗位和专业不对口怎么办？我是畜牧兽医专科的，今年毕业",
        {
            "education": E.ASSOCIATE,
            "major": "畜牧兽医",
            "graduation_year": YEAR,
            "experience_years": 0,
        },
    ),
    (
        "腿脚不方便拄拐，有没有能坐着干的手工活？",
        {"needs": frozenset({A.SEATED_WORK}), "desired_titles": ("手工",)},
    ),
    (
        "我听力不好，只能文字沟通，会计专业大专，会用Excel，有合适的吗",
        {
            "needs": frozenset({A.SIGN_LANGUAGE}),
            "major": "会计",
            "education": E.ASSOCIATE,
            "skills": ("Excel",),
        },
    ),
    (
        "应届本科生，学英语的，需要单位提供宿舍，有没有老师岗位？",
        {
            "graduation_year": YEAR,
            "experience_years": 0,
            "education": E.BACHELOR,
            "major": "英语",
            "needs_housing": True,
            "desired_titles": ("老师",),
        },
    ),
    (
        "中专学历，学机电一体化的，会PLC，高新区有设备维修的岗位吗",
        {
            "education": E.SECONDARY_VOCATIONAL,
            "major": "机电一体化",
            "skills": ("PLC",),
            "locations": ("聊城市高新区",),
            "desired_titles": ("设备维修",),
        },
    ),
    (
        "宝妈一枚，只能做时间灵活的，超市或者养老都行，最好在东昌府区",
        {
            "needs": frozenset({A.FLEXIBLE_HOURS}),
            "desired_titles": ("超市", "养老"),
            "locations": ("聊城市东昌府区",),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEV_QUERIES)
def test_dev_chat_messages_state_exactly_their_obvious_fields(text, expected):
    assert stated_fields(text) == expected


# --- empty text and questions about a job -----------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\u3000"])
def test_an_empty_text_is_a_clear_error_not_an_empty_profile(text):
    with pytest.raises(EmptyQuery, match=r"empty.*为空"):
        read(text)


def test_an_empty_query_is_a_value_error():
    assert issubclass(EmptyQuery, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "这个职位需要经常出差吗？",
        "这个岗位工资多少？",
        "需要出差吗",
        "要求几年经验？",
        "这个岗位要求本科吗？",
        "需要有经验吗",
        "你们公司在哪里",
    ],
)
def test_a_pure_question_about_a_job_states_nothing_about_the_person(text):
    profile = read(text)

    assert profile.stated == frozenset()
    assert profile.candidate == Candidate(id="query", education=None)


@pytest.mark.parametrize(
    "text",
    [text for text, _ in DEV_QUERIES]
    + ["这个职位需要经常出差吗？", "二十岁，刚毕业，想找份工作", "我不需要住宿，家就在东昌府区"],
)
def test_fields_the_text_does_not_state_keep_the_candidate_defaults(text):
    profile = read(text)
    default = Candidate(id="query", education=None)  # unknown education restricts nothing

    assert profile.candidate.id == "query"
    for field in dataclasses.fields(Candidate):
        if field.name not in profile.stated:
            assert getattr(profile.candidate, field.name) == getattr(default, field.name)


def test_travel_stays_unrestricted_when_the_text_says_nothing_about_it():
    assert read("26岁，有工作经验").candidate.travel is T.FREQUENT


# --- numbers and age --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二十六", 26),
        ("两", 2),
        ("十", 10),
        ("十五", 15),
        ("三千五", 3500),
        ("一百零五", 105),
        ("一万二", 12000),
        ("4.5k", 4500),
        ("4千", 4000),
        ("3500", 3500),
        ("二零二四", 2024),
        ("abc", None),
        ("", None),
    ],
)
def test_chinese_numerals_are_read(text, expected):
    assert chinese_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26岁", 26),
        ("二十六岁", 26),
        ("四十多岁，能干什么", 40),
        ("年龄35", 35),
        ("２６岁", 26),
        ("孩子5岁，想找个活", None),
        ("我爸65岁了", None),
    ],
)
def test_age_is_read_only_for_the_person_writing(text, expected):
    assert read(text).candidate.age == expected


# --- education, major, graduation, experience -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("初中毕业", E.JUNIOR_HIGH),
        ("高中学历", E.HIGH_SCHOOL),
        ("技校", E.SECONDARY_VOCATIONAL),
        ("职高毕业", E.SECONDARY_VOCATIONAL),
        ("专科", E.ASSOCIATE),
        ("高职，护理专业", E.ASSOCIATE),
        ("研究生毕业", E.MASTER),
        ("博士，生物专业", E.DOCTORATE),
        ("小学文化", E.NONE),
        ("高中没毕业", E.JUNIOR_HIGH),
        ("初中毕业，后来读了技校", E.SECONDARY_VOCATIONAL),
        ("这个岗位要求本科吗？我大专", E.ASSOCIATE),
    ],
)
def test_education_is_the_highest_level_the_person_holds(text, expected):
    profile = read(text)

    assert "education" in profile.stated
    assert profile.candidate.education is expected


@pytest.mark.parametrize(
    "text", ["孩子上初中了，想出来上班", "有没有初中英语老师的岗位", "这个岗位要求本科吗？"]
)
def test_school_words_that_are_not_the_persons_education_are_ignored(text):
    assert "education" not in read(text).stated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("环境设计专业", "环境设计"),
        ("学的是会计", "会计"),
        ("学英语的", "英语"),
        ("我是学化学的", "化学"),
        ("物流管理专业毕业", "物流管理"),
        ("聊城大学环境设计专业毕业", "环境设计"),
        ("大专会计专业毕业", "会计"),
        ("我是畜牧兽医专科的", "畜牧兽医"),
        ("会计学本科", "会计学"),
        ("学前教育专业2026届毕业生", "学前教育"),
        ("以前学的电子商务", "电子商务"),
    ],
)
def test_major_is_read_from_the_usual_phrasings(text, expected):
    assert read(text).candidate.major == expected


@pytest.mark.parametrize(
    "text", ["岗位和专业不对口怎么办？", "应届本科生", "自学烙画十多年", "大学毕业", "学历不高"]
)
def test_phrases_near_study_words_are_not_taken_for_a_major(text):
    assert "major" not in read(text).stated


@pytest.mark.parametrize(
    ("text", "year", "experience"),
    [
        ("应届生", YEAR, 0),
        ("刚毕业", YEAR, 0),
        ("今年毕业", YEAR, 0),
        ("明年毕业，研究生", YEAR + 1, 0),
        ("2019年毕业，工作了三年", 2019, 3),
        ("24届的", 2024, None),
        ("大专毕业三年了", YEAR - 3, None),
        ("应届生，干过一年销售", YEAR, 1),
    ],
)
def test_graduation_year_and_a_recent_graduates_missing_experience(text, year, experience):
    profile = read(text)

    assert profile.candidate.graduation_year == year
    assert ("experience_years" in profile.stated) is (experience is not None)
    if experience is not None:
        assert profile.candidate.experience_years == experience


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("有工作经验", 1),
        ("有相关经验", 1),
        ("三年经验", 3),
        ("3年以上工作经验", 3),
        ("干了5年", 5),
        ("在药厂干过三年QA", 3),
        ("干了十多年厨师", 10),
        ("做了一年半销售", 1),
        ("没有经验", 0),
        ("没经验", 0),
        ("没有工作经验，可以吗", 0),
    ],
)
def test_experience_years_are_read(text, expected):
    profile = read(text)

    assert "experience_years" in profile.stated
    assert profile.candidate.experience_years == expected


# --- skills -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会用电脑打字", ("电脑", "打字")),
        ("会PS和CAD", ("Photoshop", "CAD")),
        ("会用word和excel", ("Word", "Excel")),
        ("持A1A2驾照", ("A1驾照", "A2驾照")),
        ("有C1驾照，会开车", ("C1驾照", "开车")),
        ("有驾照", ("驾照",)),
        ("有叉车证，会电焊", ("叉车证", "电焊")),
        ("会收银，会做饭", ("收银", "烹饪")),
        ("有直播带货经验，会剪辑", ("直播", "剪辑")),
        ("普通话标准，英语六级", ("普通话", "英语")),
        ("会手语", ("手语",)),
        ("ＰＬＣ编程", ("PLC",)),
        ("会开叉车，没有叉车证", ("叉车",)),
        ("我不会电脑", ()),
        ("做过B2B电商运营", ("电商运营",)),
    ],
)
def test_skills_come_from_the_job_fair_dictionary(text, expected):
    assert read(text).candidate.skills == expected


def test_a_major_or_wanted_title_is_not_also_read_as_a_skill():
    assert read("会计专业，想做出纳").candidate.skills == ()


# --- housing, travel, needs, places, titles, pay ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("想找个包住的普工活", True),
        ("公司能解决住宿吗", True),
        ("需要单位提供宿舍", True),
        ("需要住宿", True),
        ("包吃住吗", True),
        ("我不需要住宿", False),
        ("不用包住，家在附近", False),
        ("宿舍管理员还招吗", None),
    ],
)
def test_housing_need_is_read_from_questions_and_statements(text, expected):
    profile = read(text)

    assert ("needs_housing" in profile.stated) is (expected is not None)
    assert profile.candidate.needs_housing is bool(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("不想出差", T.NONE),
        ("不能出差", T.NONE),
        ("不出差", T.NONE),
        ("出差不方便，孩子小", T.NONE),
        ("需要出差吗？我不想出差", T.NONE),
        ("能接受偶尔出差", T.OCCASIONAL),
        ("不想经常出差", T.OCCASIONAL),
        ("可以经常出差", T.FREQUENT),
        ("能出差", T.FREQUENT),
        ("这个职位需要经常出差吗？", None),
    ],
)
def test_travel_is_the_most_the_person_accepts(text, expected):
    profile = read(text)

    assert ("travel" in profile.stated) is (expected is not None)
    assert profile.candidate.travel is (expected or T.FREQUENT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我坐轮椅", {A.WHEELCHAIR_ACCESS}),
        ("听力不好", {A.SIGN_LANGUAGE}),
        ("我是聋哑人", {A.SIGN_LANGUAGE}),
        ("只能文字沟通", {A.SIGN_LANGUAGE}),
        ("我是盲人，用读屏软件", {A.SCREEN_READER}),
        ("眼睛看不见", {A.SCREEN_READER}),
        ("不能久站", {A.SEATED_WORK}),
        ("腿脚不好", {A.SEATED_WORK}),
        ("不能干重活", {A.NO_HEAVY_LIFTING}),
        ("不能搬重物，腰不好", {A.NO_HEAVY_LIFTING}),
        ("只能居家办公", {A.REMOTE_POSSIBLE}),
        ("想在家办公", {A.REMOTE_POSSIBLE}),
        ("时间要灵活", {A.FLEXIBLE_HOURS}),
        ("想找弹性工作时间的", {A.FLEXIBLE_HOURS}),
        ("会用轮椅转移病人", set()),
        ("做过居家养老服务员", set()),
        ("会手语", set()),
    ],
)
def test_needs_are_exactly_what_the_text_states(text, expected):
    assert read(text).candidate.needs == frozenset(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我是莘县的", ("聊城市莘县",)),
        ("在临清，想找个活", ("聊城市临清市",)),
        ("我不想去高唐，在东阿或者阳谷都行", ("聊城市东阿县", "聊城市阳谷县")),
        ("这个工作在高唐吗？我家在冠县", ("聊城市冠县",)),
        ("想在聊城找工作", ()),
    ],
)
def test_locations_are_the_districts_the_person_names_for_themselves(text, expected):
    assert read(text).candidate.locations == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("想找个包住的普工活", ("普工",)),
        ("想做会计", ("会计",)),
        ("有没有文员的工作", ("文员",)),
        ("想做会计或者出纳", ("会计", "出纳")),
        ("还招普工吗", ("普工",)),
        ("想去超市上班", ("超市",)),
        ("想找一份离家近一点的文员工作", ("文员",)),
        ("普工、包装工都可以", ("普工", "包装工")),
        ("想找个轻松的活", ()),
        ("有岗位吗？", ()),
        ("有适合我的工作吗？", ()),
        ("想找个工作", ()),
        ("有宿舍吗？", ()),
        ("倒班也行", ()),
        ("找不到工作怎么办", ()),
        ("想找一份月薪三千五以上的工作", ()),
    ],
)
def test_desired_titles_drop_qualifiers_and_keep_the_noun(text, expected):
    assert read(text).candidate.desired_titles == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("期望月薪5000以上", 5000),
        ("期望薪资6k", 6000),
        ("工资最低3000就行", 3000),
        ("想找一份月薪三千五以上的工作", 3500),
        ("这个岗位工资5000吗", None),
    ],
)
def test_lowest_acceptable_pay_is_read_when_stated(text, expected):
    assert read(text).candidate.salary_expectation == expected
