"""jobsForText: a chat message read into a profile and matched to open jobs, for anyone."""

from __future__ import annotations

import pytest

from tests.integration.matching.factories import JOBS_FOR_TEXT, assert_well_formed
from tests.integration.seekers.factories import error_codes, post_job

WHEELCHAIR = "我坐轮椅，会用电脑打字，有适合我的工作吗？"
DESIGNER = "26岁，环境设计专业，有工作经验，有岗位吗？"
HOUSING = "公司能解决住宿吗？我是莘县的，初中毕业，想找个包住的普工活"
SHOP = "聊城市东昌府区"


def jobs_for_text(api, text: str, first: int = 100, token: str | None = None):  # type: ignore[no-untyped-def]
    return api.execute(JOBS_FOR_TEXT, {"text": text, "first": first}, token)


def result(api, text: str, first: int = 100, token: str | None = None):  # type: ignore[no-untyped-def]
    body = jobs_for_text(api, text, first, token)
    assert "errors" not in body, body["errors"]
    return body["data"]["jobsForText"]


def post_jobs(api, make_token) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """A small market: {title: id}."""
    recruiter = make_token("recruiter", employer="聊城市东方人力资源有限公司")
    jobs = {
        "数据标注员": dict(
            skills=["电脑打字", "数据标注"],
            description="在电脑上完成图片和文本标注，会打字即可。",
            accommodations=["WHEELCHAIR_ACCESS", "SEATED_WORK"],
        ),
        "电话客服专员": dict(
            skills=["电脑", "沟通"],
            description="接听客户电话，在电脑上记录工单。",
            accommodations=["WHEELCHAIR_ACCESS", "SEATED_WORK"],
            education="HIGH_SCHOOL",
        ),
        "文字录入员": dict(
            skills=["电脑打字", "文字录入"],
            description="在电脑上录入文字资料，会打字即可。",
            accommodations=["SEATED_WORK"],
        ),
        "室内设计师": dict(
            skills=["CAD", "SketchUp", "效果图"],
            majors=["环境设计", "室内设计"],
            description="负责住宅和商业空间的室内设计方案与施工图。",
            experienceYears=1,
            education="ASSOCIATE",
        ),
        "普工（装配线）": dict(skills=["装配"], description="流水线装配，包吃包住。", housing=True),
        "叉车司机": dict(skills=["叉车"], description="厂区内叉车搬运。", housing=False),
        "超市收银员": dict(skills=["收银"], description="超市收银和理货。"),
    }
    return {title: post_job(api, recruiter, title, location=SHOP, **f) for title, f in jobs.items()}


def test_a_wheelchair_user_gets_only_wheelchair_accessible_jobs(api, make_token):
    ids = post_jobs(api, make_token)

    found = result(api, WHEELCHAIR)

    matched = {match["job"]["id"] for match in found["matches"]}
    assert matched == {ids["数据标注员"], ids["电话客服专员"]}
    assert all("WHEELCHAIR_ACCESS" in m["job"]["accommodations"] for m in found["matches"])
    assert_well_formed(found["matches"])


def test_the_wheelchair_message_reads_into_needs_and_skills(api, make_token):
    post_jobs(api, make_token)

    profile = result(api, WHEELCHAIR)["profile"]

    assert profile["needs"] == ["WHEELCHAIR_ACCESS"]
    assert profile["skills"], profile
    assert all(skill in WHEELCHAIR for skill in profile["skills"]), profile["skills"]
    assert {"needs", "skills"} <= set(profile["stated"])
    assert profile["age"] is None and profile["needsHousing"] is None


def test_a_design_graduate_reads_as_major_and_age_and_gets_the_design_job_first(api, make_token):
    ids = post_jobs(api, make_token)

    found = result(api, DESIGNER)

    assert found["profile"]["major"] == "环境设计"
    assert found["profile"]["age"] == 26
    assert found["matches"][0]["job"]["id"] == ids["室内设计师"]
    assert any(reason["code"] == "major" for reason in found["matches"][0]["reasons"])


def test_asking_for_housing_returns_only_jobs_with_housing(api, make_token):
    ids = post_jobs(api, make_token)

    found = result(api, HOUSING)

    assert found["profile"]["needsHousing"] is True
    assert ids["普工（装配线）"] in {match["job"]["id"] for match in found["matches"]}
    assert all(match["job"]["housing"] for match in found["matches"])


def test_at_most_first_jobs_are_returned(api, make_token):
    post_jobs(api, make_token)

    assert len(result(api, "想找份工作", first=2)["matches"]) == 2


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\u3000"], ids=repr)
def test_an_empty_message_is_an_error_not_an_empty_list(api, make_token, text):
    post_jobs(api, make_token)

    body = jobs_for_text(api, text)

    assert error_codes(body) == ["EMPTY_QUERY"]
    assert body["data"] is None


def test_anonymous_and_signed_in_callers_get_the_same_answer(api, make_token):
    post_jobs(api, make_token)

    anonymous = result(api, WHEELCHAIR)
    seeker = result(api, WHEELCHAIR, token=make_token("seeker"))

    assert anonymous["matches"]
    assert anonymous == seeker


@pytest.mark.parametrize("first", [0, 101])
def test_first_out_of_range_is_an_error(api, make_token, first):
    post_jobs(api, make_token)

    body = jobs_for_text(api, WHEELCHAIR, first)

    assert error_codes(body) == ["INVALID"]
    assert body["data"] is None


@pytest.mark.parametrize("first", [0, 101])
def test_first_out_of_range_is_an_error_even_with_no_open_job(api, first):
    body = jobs_for_text(api, WHEELCHAIR, first)

    assert error_codes(body) == ["INVALID"]


def test_first_of_one_hundred_is_accepted(api, make_token):
    post_jobs(api, make_token)

    assert result(api, WHEELCHAIR, first=100)["matches"]
