"""Who sees a candidate's profile, contacts and accommodation needs."""

from __future__ import annotations

import pytest

from tests.integration.seekers.factories import (
    APPLICATIONS,
    VIEWER,
    applied,
    candidate_as,
    post_job,
    seeker,
)

HIRING = "聊城市恒固新型建材有限公司"
OTHER = "聊城某制药有限公司"
CONTACTS = {"phone": "13800000009", "email": "chen@example.cn"}


def a_candidate(api, make_token, **fields):  # type: ignore[no-untyped-def]
    """(seeker token, candidate id) of 陈静, who needs a wheelchair-accessible workplace."""
    return seeker(api, make_token, name="陈静", needs=["WHEELCHAIR_ACCESS"], **CONTACTS, **fields)


def recruiter_with_job(api, make_token, employer: str = HIRING):  # type: ignore[no-untyped-def]
    recruiter = make_token("recruiter", employer=employer)
    return recruiter, post_job(api, recruiter, "仓库管理员", accommodations=["WHEELCHAIR_ACCESS"])


def test_recruiter_cannot_see_a_candidate_who_neither_applied_nor_is_visible(api, make_token):
    _, candidate_id = a_candidate(api, make_token)
    recruiter, _ = recruiter_with_job(api, make_token)

    assert candidate_as(api, recruiter, candidate_id) is None


def test_recruiter_sees_an_applicant_with_contacts(api, make_token):
    token, candidate_id = a_candidate(api, make_token)
    recruiter, job_id = recruiter_with_job(api, make_token)
    applied(api, token, job_id)

    profile = candidate_as(api, recruiter, candidate_id)

    assert profile["name"] == "陈静"
    assert profile["phone"] == CONTACTS["phone"]
    assert profile["email"] == CONTACTS["email"]


def test_visible_to_employers_shows_the_profile_to_any_recruiter_but_not_the_contacts(
    api, make_token
):
    _, candidate_id = a_candidate(api, make_token, visibleToEmployers=True)
    recruiter, _ = recruiter_with_job(api, make_token)

    profile = candidate_as(api, recruiter, candidate_id)

    assert profile["name"] == "陈静"
    assert profile["visibleToEmployers"] is True
    assert profile["phone"] is None
    assert profile["email"] is None


def test_contacts_appear_to_a_recruiter_once_the_candidate_applies_to_their_employer(
    api, make_token
):
    token, candidate_id = a_candidate(api, make_token, visibleToEmployers=True)
    recruiter, job_id = recruiter_with_job(api, make_token)
    before = candidate_as(api, recruiter, candidate_id)

    applied(api, token, job_id)

    after = candidate_as(api, recruiter, candidate_id)
    assert (before["phone"], before["email"]) == (None, None)
    assert (after["phone"], after["email"]) == (CONTACTS["phone"], CONTACTS["email"])


def test_contacts_stay_hidden_from_an_employer_the_candidate_did_not_apply_to(api, make_token):
    token, candidate_id = a_candidate(api, make_token, visibleToEmployers=True)
    _, job_id = recruiter_with_job(api, make_token, HIRING)
    other, _ = recruiter_with_job(api, make_token, OTHER)
    applied(api, token, job_id)

    profile = candidate_as(api, other, candidate_id)

    assert profile["name"] == "陈静"
    assert (profile["phone"], profile["email"]) == (None, None)


def test_applying_to_one_employer_does_not_reveal_the_profile_to_another(api, make_token):
    token, candidate_id = a_candidate(api, make_token)
    _, job_id = recruiter_with_job(api, make_token, HIRING)
    other, _ = recruiter_with_job(api, make_token, OTHER)
    applied(api, token, job_id)

    assert candidate_as(api, other, candidate_id) is None


def test_needs_are_hidden_from_a_recruiter_without_consent_even_after_applying(api, make_token):
    token, candidate_id = a_candidate(api, make_token, visibleToEmployers=True)
    recruiter, job_id = recruiter_with_job(api, make_token)
    applied(api, token, job_id)

    profile = candidate_as(api, recruiter, candidate_id)

    assert profile["phone"] == CONTACTS["phone"]
    assert profile["needs"] is None


@pytest.mark.parametrize("apply_first", [True, False], ids=["applicant", "visible"])
def test_needs_are_shown_to_a_recruiter_when_the_candidate_shares_them(
    api, make_token, apply_first
):
    token, candidate_id = a_candidate(
        api, make_token, shareNeedsWithEmployers=True, visibleToEmployers=not apply_first
    )
    recruiter, job_id = recruiter_with_job(api, make_token)
    if apply_first:
        applied(api, token, job_id)

    profile = candidate_as(api, recruiter, candidate_id)

    assert profile["needs"] == ["WHEELCHAIR_ACCESS"]


def test_the_seeker_always_sees_their_own_needs_and_contacts(api, make_token):
    token, candidate_id = a_candidate(api, make_token)

    own = api.data(VIEWER, token=token)["viewer"]["candidate"]
    by_node = candidate_as(api, token, candidate_id)

    assert own["needs"] == ["WHEELCHAIR_ACCESS"]
    assert own["phone"] == CONTACTS["phone"]
    assert by_node["needs"] == ["WHEELCHAIR_ACCESS"]
    assert by_node["email"] == CONTACTS["email"]


def test_an_admin_sees_needs_and_contacts_of_any_candidate(api, make_token):
    _, candidate_id = a_candidate(api, make_token)
    admin = make_token("admin")

    profile = candidate_as(api, admin, candidate_id)

    assert profile["needs"] == ["WHEELCHAIR_ACCESS"]
    assert (profile["phone"], profile["email"]) == (CONTACTS["phone"], CONTACTS["email"])


@pytest.mark.parametrize("who", ["anonymous", "another seeker", "unrelated recruiter"])
def test_node_of_a_candidate_is_null_for_those_with_no_business_seeing_it(api, make_token, who):
    _, candidate_id = a_candidate(api, make_token)
    tokens = {
        "anonymous": lambda: None,
        "another seeker": lambda: seeker(api, make_token, name="旁人")[0],
        "unrelated recruiter": lambda: make_token("recruiter", employer=OTHER),
    }

    assert candidate_as(api, tokens[who](), candidate_id) is None


@pytest.mark.parametrize("who", ["anonymous", "another seeker"])
def test_a_visible_profile_is_still_hidden_from_non_recruiters(api, make_token, who):
    _, candidate_id = a_candidate(api, make_token, visibleToEmployers=True)
    token = None if who == "anonymous" else seeker(api, make_token, name="旁人")[0]

    assert candidate_as(api, token, candidate_id) is None


def test_recruiters_application_list_shows_applicant_contacts_but_not_unshared_needs(
    api, make_token
):
    token, _ = a_candidate(api, make_token)
    recruiter, job_id = recruiter_with_job(api, make_token)
    applied(api, token, job_id)
    query = APPLICATIONS.replace("candidate { name }", "candidate { name phone needs }")

    edges = api.data(query, token=recruiter)["applications"]["edges"]

    assert [edge["node"]["candidate"] for edge in edges] == [
        {"name": "陈静", "phone": CONTACTS["phone"], "needs": None}
    ]
