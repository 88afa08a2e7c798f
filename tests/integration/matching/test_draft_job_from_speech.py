"""draftJobFromSpeech: a host's words read into a job draft with a confidence per field."""

from __future__ import annotations

import pytest

from tests.integration.seekers.factories import error_codes

DRAFT = """
query Draft($text: String!) {
  draftJobFromSpeech(text: $text) {
    title employer education salaryMin salaryMax headcount housing travel
    experienceYears graduatesWelcome location
    confidence { field confidence }
    message
  }
}
"""
FIELDS = (
    "title",
    "employer",
    "education",
    "salaryMin",
    "salaryMax",
    "headcount",
    "housing",
    "travel",
    "experienceYears",
    "graduatesWelcome",
    "location",
)


def draft(api, text: str):  # type: ignore[no-untyped-def]
    return api.data(DRAFT, {"text": text})["draftJobFromSpeech"]


def test_the_mixing_plant_sentence_becomes_a_draft_with_confidences(api):
    result = draft(api, "这个搅拌站操作员的工作岗位，要求中专学历，薪资4500—6000元。")

    stated = {name: result[name] for name in FIELDS if result[name] is not None}
    assert stated == {
        "title": "搅拌站操作员",
        "education": "SECONDARY_VOCATIONAL",
        "salaryMin": 4500,
        "salaryMax": 6000,
    }
    assert {entry["field"] for entry in result["confidence"]} == set(stated)
    assert all(0 < entry["confidence"] <= 1 for entry in result["confidence"])
    assert result["message"] is None


def test_travel_and_housing_come_back_as_enums_and_booleans(api):
    result = draft(api, "叉车司机经常出差，不提供住宿，应届生也可以，工作地点在莘县")

    assert (result["travel"], result["housing"], result["graduatesWelcome"]) == (
        "FREQUENT",
        False,
        True,
    )
    assert result["location"] == "聊城市莘县"


def test_a_text_with_no_job_gives_an_empty_draft_and_a_message(api):
    result = draft(api, "大家好，欢迎来到今天的直播间！")

    assert all(result[name] is None for name in FIELDS)
    assert result["confidence"] == []
    assert result["message"]


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_text_is_refused(api, text):
    body = api.execute(DRAFT, {"text": text})

    assert error_codes(body) == ["EMPTY_QUERY"]
    assert body["data"] is None
