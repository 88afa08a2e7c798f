from __future__ import annotations

import pytest

from tests.integration.seekers.factories import (
    application_as,
    applied,
    error_codes,
    move,
    moved,
    post_job,
    seeker,
    unknown_id,
)

EMPLOYER = "山东某宠物食品有限公司"
OPEN_STATUSES = ["SUBMITTED", "SCREENING", "INTERVIEW", "OFFER"]
PATH_TO = {
    "SUBMITTED": [],
    "SCREENING": ["SCREENING"],
    "INTERVIEW": ["SCREENING", "INTERVIEW"],
    "OFFER": ["SCREENING", "INTERVIEW", "OFFER"],
    "HIRED": ["SCREENING", "INTERVIEW", "OFFER", "HIRED"],
}


def submitted_application(api, make_token):  # type: ignore[no-untyped-def]
    """(recruiter token, seeker token, application id) for a fresh SUBMITTED application."""
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = post_job(api, recruiter, "生产线普工")
    applicant, _ = seeker(api, make_token, name="陈静")
    return recruiter, applicant, applied(api, applicant, job_id)


def application_at(api, make_token, status: str):  # type: ignore[no-untyped-def]
    """Like submitted_application, then moved to `status` the legal way."""
    recruiter, applicant, application_id = submitted_application(api, make_token)
    if status == "WITHDRAWN":
        moved(api, applicant, application_id, "WITHDRAWN")
    elif status == "REJECTED":
        moved(api, recruiter, application_id, "REJECTED")
    else:
        for step in PATH_TO[status]:
            moved(api, recruiter, application_id, step)
    return recruiter, applicant, application_id


def user_error_codes(body):  # type: ignore[no-untyped-def]
    assert "errors" not in body, body["errors"]
    payload = body["data"]["updateApplicationStatus"]
    assert payload["application"] is None
    return [(error["field"], error["code"]) for error in payload["userErrors"]]


def test_recruiter_moves_an_application_along_the_whole_legal_path(api, make_token):
    recruiter, _, application_id = submitted_application(api, make_token)

    statuses = [
        moved(api, recruiter, application_id, step)["status"]
        for step in ["SCREENING", "INTERVIEW", "OFFER", "HIRED"]
    ]

    assert statuses == ["SCREENING", "INTERVIEW", "OFFER", "HIRED"]
    history = application_as(api, recruiter, application_id)["history"]
    assert [(event["fromStatus"], event["toStatus"]) for event in history] == [
        (None, "SUBMITTED"),
        ("SUBMITTED", "SCREENING"),
        ("SCREENING", "INTERVIEW"),
        ("INTERVIEW", "OFFER"),
        ("OFFER", "HIRED"),
    ]


def test_the_note_of_a_status_change_is_kept_in_the_history(api, make_token):
    recruiter, _, application_id = submitted_application(api, make_token)

    body = move(api, recruiter, application_id, "SCREENING", note="简历通过初筛")

    history = body["data"]["updateApplicationStatus"]["application"]["history"]
    assert history[-1] == {
        "fromStatus": "SUBMITTED",
        "toStatus": "SCREENING",
        "note": "简历通过初筛",
    }


@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("SUBMITTED", "HIRED"),
        ("SUBMITTED", "OFFER"),
        ("SUBMITTED", "INTERVIEW"),
        ("SUBMITTED", "SUBMITTED"),
        ("SCREENING", "SUBMITTED"),
        ("OFFER", "SCREENING"),
        ("HIRED", "REJECTED"),
        ("HIRED", "OFFER"),
        ("REJECTED", "SCREENING"),
        ("REJECTED", "HIRED"),
        ("WITHDRAWN", "SCREENING"),
        ("WITHDRAWN", "REJECTED"),
    ],
)
def test_an_illegal_transition_is_a_user_error_and_changes_nothing(
    api, make_token, current, target
):
    recruiter, _, application_id = application_at(api, make_token, current)
    before = application_as(api, recruiter, application_id)

    body = move(api, recruiter, application_id, target)

    assert user_error_codes(body) == [(["input", "status"], "INVALID_TRANSITION")]
    after = application_as(api, recruiter, application_id)
    assert after["status"] == current
    assert after == before


@pytest.mark.parametrize("current", OPEN_STATUSES)
def test_rejected_is_reachable_from_every_open_status(api, make_token, current):
    recruiter, _, application_id = application_at(api, make_token, current)

    application = moved(api, recruiter, application_id, "REJECTED")

    assert application["status"] == "REJECTED"
    assert application["history"][-1]["fromStatus"] == current
    assert application["history"][-1]["toStatus"] == "REJECTED"
    assert len(application["history"]) == len(PATH_TO[current]) + 2


@pytest.mark.parametrize("current", OPEN_STATUSES)
def test_seeker_withdraws_their_own_open_application(api, make_token, current):
    _, applicant, application_id = application_at(api, make_token, current)

    application = moved(api, applicant, application_id, "WITHDRAWN")

    assert application["status"] == "WITHDRAWN"
    assert application["history"][-1]["fromStatus"] == current
    assert application["history"][-1]["toStatus"] == "WITHDRAWN"


@pytest.mark.parametrize("current", ["HIRED", "REJECTED", "WITHDRAWN"])
def test_seeker_cannot_withdraw_a_closed_application(api, make_token, current):
    recruiter, applicant, application_id = application_at(api, make_token, current)

    body = move(api, applicant, application_id, "WITHDRAWN")

    assert user_error_codes(body) == [(["input", "status"], "INVALID_TRANSITION")]
    assert application_as(api, recruiter, application_id)["status"] == current


@pytest.mark.parametrize("target", ["SCREENING", "REJECTED", "HIRED", "SUBMITTED"])
def test_seeker_may_only_withdraw(api, make_token, target):
    recruiter, applicant, application_id = submitted_application(api, make_token)

    body = move(api, applicant, application_id, target)

    assert error_codes(body) == ["FORBIDDEN"]
    after = application_as(api, recruiter, application_id)
    assert after["status"] == "SUBMITTED"
    assert len(after["history"]) == 1


def test_recruiter_cannot_withdraw_an_application(api, make_token):
    recruiter, _, application_id = submitted_application(api, make_token)

    body = move(api, recruiter, application_id, "WITHDRAWN")

    assert error_codes(body) == ["FORBIDDEN"]
    assert application_as(api, recruiter, application_id)["status"] == "SUBMITTED"


def test_recruiter_of_another_employer_gets_not_found(api, make_token):
    recruiter, _, application_id = submitted_application(api, make_token)
    stranger = make_token("recruiter", employer="聊城某制药有限公司")

    body = move(api, stranger, application_id, "SCREENING")

    assert [code for _, code in user_error_codes(body)] == ["NOT_FOUND"]
    assert application_as(api, recruiter, application_id)["status"] == "SUBMITTED"


def test_another_seeker_cannot_withdraw_someone_elses_application(api, make_token):
    recruiter, _, application_id = submitted_application(api, make_token)
    other, _ = seeker(api, make_token, name="旁人")

    body = move(api, other, application_id, "WITHDRAWN")

    assert [code for _, code in user_error_codes(body)] == ["NOT_FOUND"]
    assert application_as(api, recruiter, application_id)["status"] == "SUBMITTED"


def test_an_unknown_application_is_not_found_naming_the_id_input_field(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)

    body = move(api, recruiter, unknown_id("Application"), "SCREENING")

    assert user_error_codes(body) == [(["input", "id"], "NOT_FOUND")]


def test_an_id_that_is_not_an_application_is_not_found_naming_the_id_input_field(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job_id = post_job(api, recruiter)

    body = move(api, recruiter, job_id, "SCREENING")

    assert user_error_codes(body) == [(["input", "id"], "NOT_FOUND")]


def test_anonymous_caller_cannot_change_a_status(api, make_token):
    recruiter, _, application_id = submitted_application(api, make_token)

    body = move(api, None, application_id, "SCREENING")

    assert error_codes(body) == ["UNAUTHENTICATED"]
    assert application_as(api, recruiter, application_id)["status"] == "SUBMITTED"


def test_admin_moves_any_application_forward(api, make_token):
    _, _, application_id = submitted_application(api, make_token)
    admin = make_token("admin")

    application = moved(api, admin, application_id, "SCREENING")

    assert application["status"] == "SCREENING"
