from __future__ import annotations

import pytest

from tests.integration.seekers.factories import (
    UPSERT_PROFILE,
    VIEWER,
    candidate_as,
    count_candidates,
    error_codes,
    import_candidate_records,
    seeker,
    unknown_id,
    upsert_profile,
)


def test_seeker_creates_their_own_profile_on_first_call(api, make_token, sessions):
    token = make_token("seeker", name="王晓梅")

    payload = upsert_profile(
        api,
        token,
        name="王晓梅",
        age=23,
        education="BACHELOR",
        major="食品科学与工程",
        skills=["质检", "HACCP"],
        needs=["SEATED_WORK"],
        phone="13800000001",
    )

    assert payload["userErrors"] == []
    profile = payload["candidate"]
    assert profile["name"] == "王晓梅"
    assert profile["age"] == 23
    assert profile["education"] == "BACHELOR"
    assert profile["skills"] == ["质检", "HACCP"]
    assert profile["needs"] == ["SEATED_WORK"]
    assert profile["phone"] == "13800000001"
    assert profile["travel"] == "FREQUENT"
    assert profile["visibleToEmployers"] is False
    assert profile["externalId"]
    assert count_candidates(sessions) == 1


def test_viewer_shows_the_seekers_role_name_and_own_profile(api, make_token):
    token, candidate_id = seeker(api, make_token, name="李强", phone="13900000002", needs=[])

    viewer = api.data(VIEWER, token=token)["viewer"]

    assert viewer["role"] == "SEEKER"
    assert viewer["name"] == "李强"
    assert viewer["candidate"]["id"] == candidate_id
    assert viewer["candidate"]["name"] == "李强"
    assert viewer["candidate"]["phone"] == "13900000002"
    assert viewer["candidate"]["needs"] == []


def test_viewer_has_no_candidate_before_the_first_upsert(api, make_token):
    token = make_token("seeker", name="新用户")

    viewer = api.data(VIEWER, token=token)["viewer"]

    assert viewer["role"] == "SEEKER"
    assert viewer["candidate"] is None


def test_later_upserts_change_only_the_fields_given(api, make_token, sessions):
    token, candidate_id = seeker(
        api,
        make_token,
        name="张伟",
        age=30,
        skills=["焊接"],
        summary="十年焊工经验",
        needsHousing=True,
        phone="13700000003",
        visibleToEmployers=True,
    )

    payload = upsert_profile(api, token, age=31, skills=["焊接", "叉车"])

    assert payload["userErrors"] == []
    profile = api.data(VIEWER, token=token)["viewer"]["candidate"]
    assert profile["id"] == candidate_id
    assert profile["age"] == 31
    assert profile["skills"] == ["焊接", "叉车"]
    assert profile["name"] == "张伟"
    assert profile["summary"] == "十年焊工经验"
    assert profile["needsHousing"] is True
    assert profile["phone"] == "13700000003"
    assert profile["visibleToEmployers"] is True
    assert count_candidates(sessions) == 1


def test_a_seeker_can_clear_a_nullable_field_with_null(api, make_token):
    token, _ = seeker(api, make_token, age=40, salaryExpectation=5000)

    upsert_profile(api, token, salaryExpectation=None)

    profile = api.data(VIEWER, token=token)["viewer"]["candidate"]
    assert profile["salaryExpectation"] is None
    assert profile["age"] == 40


BAD_INPUTS = [
    pytest.param({"age": 13}, "age", "TOO_SMALL", id="age-below-14"),
    pytest.param({"age": 121}, "age", "TOO_LARGE", id="age-above-120"),
    pytest.param({"summary": "简" * 20_001}, "summary", "TOO_LONG", id="summary-too-long"),
    pytest.param({"experienceYears": -1}, "experienceYears", "TOO_SMALL", id="negative-years"),
    pytest.param({"skills": ["焊接", "   "]}, "skills", "INVALID", id="blank-skill"),
    pytest.param({"skills": [""]}, "skills", "INVALID", id="empty-skill"),
]


@pytest.mark.parametrize(("fields", "field", "code"), BAD_INPUTS)
def test_bad_input_on_first_call_is_a_user_error_and_creates_no_profile(
    api, make_token, sessions, fields, field, code
):
    token = make_token("seeker", name="赵敏")

    payload = upsert_profile(api, token, name="赵敏", **fields)

    assert payload["candidate"] is None
    assert [(error["field"], error["code"]) for error in payload["userErrors"]] == [
        (["input", field], code)
    ]
    assert api.data(VIEWER, token=token)["viewer"]["candidate"] is None
    assert count_candidates(sessions) == 0


@pytest.mark.parametrize(("fields", "field", "code"), BAD_INPUTS)
def test_bad_input_on_a_later_call_leaves_the_profile_unchanged(
    api, make_token, fields, field, code
):
    token, _ = seeker(api, make_token, name="赵敏", age=25, skills=["会计"], summary="出纳")
    before = api.data(VIEWER, token=token)["viewer"]["candidate"]

    payload = upsert_profile(api, token, name="改名了", **fields)

    assert [error["code"] for error in payload["userErrors"]] == [code]
    assert api.data(VIEWER, token=token)["viewer"]["candidate"] == before


def test_every_bad_field_is_reported_at_once(api, make_token):
    token = make_token("seeker")

    payload = upsert_profile(api, token, age=200, experienceYears=-3, skills=[" "])

    assert sorted((error["field"][1], error["code"]) for error in payload["userErrors"]) == [
        ("age", "TOO_LARGE"),
        ("experienceYears", "TOO_SMALL"),
        ("skills", "INVALID"),
    ]


def test_summary_of_exactly_twenty_thousand_characters_is_accepted(api, make_token):
    token = make_token("seeker")

    payload = upsert_profile(api, token, summary="简" * 20_000)

    assert payload["userErrors"] == []
    assert len(payload["candidate"]["summary"]) == 20_000


def test_seeker_cannot_change_someone_elses_profile_by_candidate_id(api, make_token):
    _, victim_id = seeker(api, make_token, name="受害者", age=30)
    intruder, _ = seeker(api, make_token, name="他人")
    admin = make_token("admin")

    body = api.execute(
        UPSERT_PROFILE, {"input": {"candidateId": victim_id, "name": "被改了"}}, intruder
    )

    assert error_codes(body) == ["FORBIDDEN"]
    assert body["data"] is None
    assert candidate_as(api, admin, victim_id)["name"] == "受害者"


def test_seeker_without_a_profile_cannot_take_over_another_by_candidate_id(
    api, make_token, sessions
):
    _, victim_id = seeker(api, make_token, name="受害者")
    intruder = make_token("seeker")

    body = api.execute(UPSERT_PROFILE, {"input": {"candidateId": victim_id}}, intruder)

    assert error_codes(body) == ["FORBIDDEN"]
    assert api.data(VIEWER, token=intruder)["viewer"]["candidate"] is None
    assert count_candidates(sessions) == 1


def test_seeker_may_name_their_own_candidate_id(api, make_token):
    token, candidate_id = seeker(api, make_token, name="本人")

    payload = upsert_profile(api, token, candidateId=candidate_id, major="护理")

    assert payload["userErrors"] == []
    assert payload["candidate"]["id"] == candidate_id
    assert payload["candidate"]["major"] == "护理"


def test_admin_changes_any_candidate_by_candidate_id(api, make_token, sessions):
    owner, candidate_id = seeker(api, make_token, name="刘芳", age=28)
    admin = make_token("admin")

    payload = upsert_profile(api, admin, candidateId=candidate_id, age=29)

    assert payload["userErrors"] == []
    assert payload["candidate"]["id"] == candidate_id
    owned = api.data(VIEWER, token=owner)["viewer"]["candidate"]
    assert owned["age"] == 29
    assert owned["name"] == "刘芳"
    assert count_candidates(sessions) == 1


def test_admin_naming_an_unknown_candidate_gets_not_found(api, make_token, sessions):
    admin = make_token("admin")

    payload = upsert_profile(api, admin, candidateId=unknown_id("CandidateProfile"), age=30)

    assert payload["candidate"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [
        (["input", "candidateId"], "NOT_FOUND")
    ]
    assert count_candidates(sessions) == 0


def test_anonymous_caller_cannot_upsert_a_profile(api, sessions):
    body = api.execute(UPSERT_PROFILE, {"input": {"name": "匿名"}})

    assert error_codes(body) == ["UNAUTHENTICATED"]
    assert count_candidates(sessions) == 0


def test_recruiter_cannot_upsert_a_profile(api, make_token, sessions):
    recruiter = make_token("recruiter", employer="聊城市恒固新型建材有限公司")

    body = api.execute(UPSERT_PROFILE, {"input": {"name": "招聘者"}}, recruiter)

    assert error_codes(body) == ["FORBIDDEN"]
    assert count_candidates(sessions) == 0


def test_seeker_token_bound_to_an_imported_candidate_edits_that_candidate(
    api, make_token, sessions
):
    import_candidate_records(
        sessions,
        {"id": "c-017", "name": "孙丽", "education": "中专", "skills": ["烙画"]},
        {"id": "c-018", "name": "周杰"},
    )
    token = make_token("seeker", name="孙丽", candidate_external_id="c-017")

    before = api.data(VIEWER, token=token)["viewer"]["candidate"]
    payload = upsert_profile(api, token, skills=["烙画", "雕刻"])

    assert before["externalId"] == "c-017"
    assert before["education"] == "SECONDARY_VOCATIONAL"
    assert payload["userErrors"] == []
    assert payload["candidate"]["id"] == before["id"]
    assert payload["candidate"]["externalId"] == "c-017"
    assert payload["candidate"]["name"] == "孙丽"
    assert payload["candidate"]["skills"] == ["烙画", "雕刻"]
    assert count_candidates(sessions) == 2
