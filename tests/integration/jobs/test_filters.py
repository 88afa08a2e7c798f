"""jobs(filter: ...): each condition alone, and together."""

from __future__ import annotations

import pytest

from tests.integration.jobs.factories import (
    close_job,
    create_live_stream,
    post_job,
    present_job,
    titles,
)

HENGGU = "聊城市恒固新型建材有限公司"
PET_FOOD = "聊城乖宝宠物食品有限公司"
PHARMA = "山东阿华医药有限公司"

CATALOGUE = {
    "mixer": dict(
        title="搅拌站操作员",
        employerName=HENGGU,
        education="SECONDARY_VOCATIONAL",
        salaryMin=4500,
        salaryMax=6000,
        location="聊城市东昌府区",
        housing=True,
        accommodations=["SEATED_WORK"],
        skills=["叉车", "设备维护"],
    ),
    "inspector": dict(
        title="宠物食品质检员",
        employerName=PET_FOOD,
        education="HIGH_SCHOOL",
        salaryMin=3500,
        salaryMax=4500,
        location="聊城市茌平区",
        accommodations=["WHEELCHAIR_ACCESS", "SEATED_WORK"],
        graduatesWelcome=True,
    ),
    "sales": dict(
        title="医药销售代表",
        employerName=PHARMA,
        education="BACHELOR",
        salaryMin=6000,
        salaryMax=12000,
        location="聊城市东昌府区",
        housing=True,
        graduatesWelcome=True,
        skills=["Excel", "沟通"],
        description="负责区域医院客户的日常拜访",
    ),
    "service": dict(
        title="客服专员",
        employerName=PHARMA,
        salaryMin=3000,
        location="聊城市高新区",
        accommodations=["REMOTE_POSSIBLE", "SEATED_WORK", "SIGN_LANGUAGE"],
    ),
    "research": dict(
        title="制剂研发工程师", employerName=PHARMA, education="MASTER", location="济南市"
    ),
    "packer": dict(
        title="包装工", employerName=PET_FOOD, education="JUNIOR_HIGH", salaryMax=4000,
        location="聊城市东昌府区",
    ),
}  # fmt: skip


@pytest.fixture
def admin(make_token):
    return make_token("admin")


@pytest.fixture
def jobs(api, admin):
    """The catalogue above, posted oldest to newest; name -> the posted job."""
    return {
        name: post_job(api, admin, **fields) for name, fields in CATALOGUE.items()
    }  # fmt: skip


def found(api, filter, token=None):
    return sorted(titles(api, filter, token))


def named(*names):
    return sorted(CATALOGUE[name]["title"] for name in names)


def test_no_filter_lists_every_open_job_newest_first(api, jobs):
    assert titles(api) == [CATALOGUE[name]["title"] for name in reversed(CATALOGUE)]


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        (["HIGH_SCHOOL"], ["inspector"]),
        (["SECONDARY_VOCATIONAL"], ["mixer"]),
        (["HIGH_SCHOOL", "BACHELOR"], ["inspector", "sales"]),
        (["NONE"], ["service"]),
        (["DOCTORATE"], []),
    ],
)
def test_education_lists_jobs_requiring_exactly_those_levels(api, jobs, levels, expected):
    assert found(api, {"education": levels}) == named(*expected)


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("NONE", ["service"]),
        ("JUNIOR_HIGH", ["service", "packer"]),
        ("HIGH_SCHOOL", ["service", "packer", "inspector", "mixer"]),
        ("SECONDARY_VOCATIONAL", ["service", "packer", "inspector", "mixer"]),
        ("ASSOCIATE", ["service", "packer", "inspector", "mixer"]),
        ("BACHELOR", ["service", "packer", "inspector", "mixer", "sales"]),
        ("DOCTORATE", list(CATALOGUE)),
    ],
)
def test_open_to_education_treats_high_school_and_secondary_vocational_as_one_tier(
    api, jobs, level, expected
):
    assert found(api, {"openToEducation": level}) == named(*expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("东昌府", ["mixer", "sales", "packer"]),
        ("聊城市", ["mixer", "inspector", "sales", "service", "packer"]),
        ("  茌平区 ", ["inspector"]),
        ("上海", []),
        ("%", []),
        ("_", []),
    ],
)
def test_location_matches_a_literal_substring(api, jobs, text, expected):
    assert found(api, {"location": text}) == named(*expected)


@pytest.mark.parametrize(
    ("bounds", "expected"),
    [
        ({"salaryAtLeast": 6000}, ["mixer", "sales"]),
        ({"salaryAtLeast": 4000}, ["mixer", "inspector", "sales", "packer"]),
        ({"salaryAtMost": 4000}, ["inspector", "service", "packer"]),
        ({"salaryAtMost": 2999}, []),
        ({"salaryAtLeast": 4000, "salaryAtMost": 4500}, ["mixer", "inspector", "packer"]),
    ],
)
def test_salary_bounds_compare_with_the_offered_range_and_skip_unstated_pay(
    api, jobs, bounds, expected
):
    assert found(api, bounds) == named(*expected)


def test_housing_true_and_false_split_the_jobs(api, jobs):
    assert found(api, {"housing": True}) == named("mixer", "sales")
    assert found(api, {"housing": False}) == named("inspector", "service", "research", "packer")


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (["SEATED_WORK"], ["mixer", "inspector", "service"]),
        (["SEATED_WORK", "WHEELCHAIR_ACCESS"], ["inspector"]),
        (["SIGN_LANGUAGE", "SEATED_WORK", "REMOTE_POSSIBLE"], ["service"]),
        (["SEATED_WORK", "SEATED_WORK"], ["mixer", "inspector", "service"]),
        (["SCREEN_READER"], []),
        ([], list(CATALOGUE)),
    ],
)
def test_accommodations_require_every_one_given(api, jobs, wanted, expected):
    assert found(api, {"accommodations": wanted}) == named(*expected)


def test_graduates_welcome_true_and_false_split_the_jobs(api, jobs):
    assert found(api, {"graduatesWelcome": True}) == named("inspector", "sales")
    assert found(api, {"graduatesWelcome": False}) == named(
        "mixer", "service", "research", "packer"
    )


def test_employer_id_lists_that_employers_jobs_only(api, jobs):
    pharma = jobs["sales"]["employer"]["id"]

    assert found(api, {"employerId": pharma}) == named("sales", "service", "research")


def test_employer_id_of_another_type_is_a_top_level_not_found(api, jobs):
    body = api.execute(
        "query ($f: JobFilter) { jobs(filter: $f) { totalCount } }",
        {"f": {"employerId": jobs["sales"]["id"]}},
    )

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"


def test_live_stream_id_lists_jobs_presented_or_posted_for_that_broadcast(api, admin, jobs):
    fair = create_live_stream(api, admin, "2023年春风行动直播带岗")
    other = create_live_stream(api, admin, "高校毕业生专场")
    for name in ("mixer", "sales"):
        assert present_job(api, admin, fair["id"], jobs[name]["id"])["userErrors"] == []
    assert present_job(api, admin, other["id"], jobs["inspector"]["id"])["userErrors"] == []
    post_job(api, admin, "直播新岗位", employerName=HENGGU, liveStreamId=other["id"])

    assert found(api, {"liveStreamId": fair["id"]}) == named("mixer", "sales")
    assert found(api, {"liveStreamId": other["id"]}) == sorted(["宠物食品质检员", "直播新岗位"])


def test_closed_jobs_are_listed_only_for_their_employer_and_admins(api, make_token, admin, jobs):
    close_job(api, admin, jobs["service"]["id"])
    pharma = make_token("recruiter", employer=PHARMA)
    pet_food = make_token("recruiter", employer=PET_FOOD)
    closed = {"status": "CLOSED"}

    assert "客服专员" not in titles(api)
    assert found(api, closed) == []
    assert found(api, closed, pet_food) == []
    assert found(api, closed, pharma) == named("service")
    assert found(api, closed, admin) == named("service")
    assert found(api, {"status": None}, pharma) == named(*CATALOGUE)
    assert found(api, {"status": None}) == named(
        "mixer", "inspector", "sales", "research", "packer"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("质检", ["inspector"]),
        ("东昌府 操作员", ["mixer"]),
        ("东昌府　销售", ["sales"]),
        ("东昌府 质检", []),
        ("乖宝", ["inspector", "packer"]),
        ("阿华 研发", ["research"]),
        ("叉车", ["mixer"]),
        ("excel", ["sales"]),
        ("EXCEL 沟通", ["sales"]),
        ("医院", ["sales"]),
        ("   ", list(CATALOGUE)),
    ],
)
def test_search_needs_every_word_in_title_description_skills_place_or_company(
    api, jobs, text, expected
):
    assert found(api, {"search": text}) == named(*expected)


@pytest.mark.parametrize("text", ["[", '"', "%", "_"])
def test_search_for_punctuation_matches_no_job(api, jobs, text):
    assert found(api, {"search": text}) == []


def test_filters_combine_with_and(api, jobs):
    filter = {
        "location": "东昌府",
        "housing": True,
        "openToEducation": "HIGH_SCHOOL",
        "accommodations": ["SEATED_WORK"],
    }

    assert found(api, filter) == named("mixer")
