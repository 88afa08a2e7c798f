from __future__ import annotations

import pytest

from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel, VolunteerTeam


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("secondary_vocational", EducationLevel.SECONDARY_VOCATIONAL),
        ("SECONDARY_VOCATIONAL", EducationLevel.SECONDARY_VOCATIONAL),
        ("中专", EducationLevel.SECONDARY_VOCATIONAL),
        ("技校", EducationLevel.SECONDARY_VOCATIONAL),
        ("专科", EducationLevel.ASSOCIATE),
        ("研究生", EducationLevel.MASTER),
        ("不限", EducationLevel.NONE),
    ],
)
def test_education_accepts_codes_and_chinese_labels(raw, expected):
    assert EducationLevel.parse(raw) is expected


def test_high_school_and_secondary_vocational_share_a_tier():
    assert EducationLevel.HIGH_SCHOOL.tier == EducationLevel.SECONDARY_VOCATIONAL.tier
    assert EducationLevel.JUNIOR_HIGH.tier < EducationLevel.HIGH_SCHOOL.tier
    assert (
        EducationLevel.ASSOCIATE.tier < EducationLevel.BACHELOR.tier < EducationLevel.DOCTORATE.tier
    )


def test_travel_is_ordered():
    assert TravelLevel.NONE.rank < TravelLevel.OCCASIONAL.rank < TravelLevel.FREQUENT.rank


def test_unknown_value_names_the_choices():
    with pytest.raises(ValueError, match="expected one of: none, junior_high"):
        EducationLevel.parse("phd")


def test_labels_come_from_the_contract():
    assert Accommodation.WHEELCHAIR_ACCESS.label == "无障碍通道/电梯"
    assert VolunteerTeam.parse("助老扶幼") is VolunteerTeam.ELDER_CHILD_CARE
