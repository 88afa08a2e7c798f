"""candidateMatches: the people an employer may see who fit its job, and what it sees of them."""

from __future__ import annotations

import pytest

from tests.integration.matching.factories import (
    CANDIDATE_MATCHES,
    assert_well_formed,
    warehouse_job,
    warehouse_seeker,
)
from tests.integration.seekers.factories import applied, error_codes

HIRING = "聊城市顺达物流有限公司"
OTHER = "聊城某制药有限公司"


def candidate_matches(api, token, job_id, first=100):  # type: ignore[no-untyped-def]
    return api.execute(CANDIDATE_MATCHES, {"jobId": job_id, "first": first}, token)


def matched(api, token, job_id):  # type: ignore[no-untyped-def]
    """{candidate id: candidate as shown} of a call that must succeed, and its matches."""
    body = candidate_matches(api, token, job_id)
    assert "errors" not in body, body["errors"]
    matches = body["data"]["candidateMatches"]
    return {match["candidate"]["id"]: match["candidate"] for match in matches}, matches


def test_recruiter_sees_applicants_and_visible_profiles_only(api, make_token):
    recruiter = make_token("recruiter", employer=HIRING)
    job_id = warehouse_job(api, recruiter)
    other_job = warehouse_job(api, make_token("recruiter", employer=OTHER), "药品仓库保管员")
    applicant_token, applicant = warehouse_seeker(api, make_token, name="李强")
    applied(api, applicant_token, job_id)
    _, visible = warehouse_seeker(api, make_token, name="赵敏", visibleToEmployers=True)
    _, hidden = warehouse_seeker(api, make_token, name="孙丽")
    elsewhere_token, elsewhere = warehouse_seeker(api, make_token, name="周杰")
    applied(api, elsewhere_token, other_job)

    shown, matches = matched(api, recruiter, job_id)

    assert set(shown) == {applicant, visible}
    assert hidden not in shown and elsewhere not in shown
    assert_well_formed(matches)


def test_an_applicant_to_another_job_of_the_same_employer_is_seen(api, make_token):
    recruiter = make_token("recruiter", employer=HIRING)
    job_id = warehouse_job(api, recruiter)
    sibling = warehouse_job(api, recruiter, "仓库管理员（二号库）")
    token, candidate_id = warehouse_seeker(api, make_token)
    applied(api, token, sibling)

    shown, _ = matched(api, recruiter, job_id)

    assert set(shown) == {candidate_id}


def test_contacts_are_shown_for_applicants_only(api, make_token):
    recruiter = make_token("recruiter", employer=HIRING)
    job_id = warehouse_job(api, recruiter)
    applicant_token, applicant = warehouse_seeker(
        api, make_token, name="李强", phone="13800000001", email="li@example.cn"
    )
    applied(api, applicant_token, job_id)
    _, visible = warehouse_seeker(
        api,
        make_token,
        name="赵敏",
        phone="13800000002",
        email="zhao@example.cn",
        visibleToEmployers=True,
    )

    shown, _ = matched(api, recruiter, job_id)

    assert (shown[applicant]["phone"], shown[applicant]["email"]) == (
        "13800000001",
        "li@example.cn",
    )
    assert (shown[visible]["phone"], shown[visible]["email"]) == (None, None)


def test_needs_are_null_unless_the_person_shares_them(api, make_token):
    recruiter = make_token("recruiter", employer=HIRING)
    job_id = warehouse_job(api, recruiter)
    _, sharing = warehouse_seeker(
        api,
        make_token,
        name="李强",
        needs=["WHEELCHAIR_ACCESS"],
        shareNeedsWithEmployers=True,
        visibleToEmployers=True,
    )
    private_token, private = warehouse_seeker(
        api, make_token, name="赵敏", needs=["WHEELCHAIR_ACCESS"], visibleToEmployers=True
    )
    applied(api, private_token, job_id)

    shown, _ = matched(api, recruiter, job_id)

    assert shown[sharing]["needs"] == ["WHEELCHAIR_ACCESS"]
    assert shown[private]["needs"] is None


def test_people_who_share_needs_the_job_does_not_meet_are_not_returned(api, make_token):
    recruiter = make_token("recruiter", employer=HIRING)
    job_id = warehouse_job(api, recruiter)
    _, met = warehouse_seeker(
        api,
        make_token,
        name="李强",
        needs=["SEATED_WORK"],
        shareNeedsWithEmployers=True,
        visibleToEmployers=True,
    )
    unmet_token, unmet = warehouse_seeker(
        api,
        make_token,
        name="赵敏",
        needs=["SIGN_LANGUAGE"],
        shareNeedsWithEmployers=True,
        visibleToEmployers=True,
    )
    applied(api, unmet_token, job_id)

    shown, _ = matched(api, recruiter, job_id)

    assert met in shown
    assert unmet not in shown


def test_needs_not_shared_do_not_keep_a_person_from_a_recruiter(api, make_token):
    recruiter = make_token("recruiter", employer=HIRING)
    job_id = warehouse_job(api, recruiter)
    unmet_token, unmet = warehouse_seeker(
        api, make_token, name="赵敏", needs=["SIGN_LANGUAGE"], visibleToEmployers=True
    )
    applied(api, unmet_token, job_id)

    shown, _ = matched(api, recruiter, job_id)

    assert unmet in shown
    assert shown[unmet]["needs"] is None


def test_to_a_recruiter_of_another_employer_the_job_does_not_exist(api, make_token):
    job_id = warehouse_job(api, make_token("recruiter", employer=HIRING))
    warehouse_seeker(api, make_token, visibleToEmployers=True)

    body = candidate_matches(api, make_token("recruiter", employer=OTHER), job_id)

    assert error_codes(body) == ["NOT_FOUND"]
    assert body["data"] is None


@pytest.mark.parametrize("role", [None, "seeker"])
def test_only_recruiters_and_admins_may_ask(api, make_token, role):
    job_id = warehouse_job(api, make_token("recruiter", employer=HIRING))
    warehouse_seeker(api, make_token, visibleToEmployers=True)
    token = make_token(role) if role else None

    body = candidate_matches(api, token, job_id)

    assert error_codes(body) == ["FORBIDDEN" if role else "UNAUTHENTICATED"]


def test_an_admin_sees_every_fitting_person(api, make_token):
    job_id = warehouse_job(api, make_token("recruiter", employer=HIRING))
    _, hidden = warehouse_seeker(api, make_token, phone="13800000003")

    shown, _ = matched(api, make_token("admin"), job_id)

    assert set(shown) == {hidden}
    assert shown[hidden]["phone"] == "13800000003"


def test_first_limits_the_number_of_people(api, make_token):
    recruiter = make_token("recruiter", employer=HIRING)
    job_id = warehouse_job(api, recruiter)
    for name in ("李强", "赵敏", "孙丽"):
        warehouse_seeker(api, make_token, name=name, visibleToEmployers=True)

    body = candidate_matches(api, recruiter, job_id, first=2)

    assert len(body["data"]["candidateMatches"]) == 2
