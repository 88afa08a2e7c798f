"""Needs a person keeps to themself change nothing a recruiter reads from a run: not which jobs
are recommended for them, nor where they stand among the people recommended for a job, nor
any score or reason. The person themself, and whoever they share the needs with, get the
ranking with the needs applied."""

from __future__ import annotations

from typing import Any

from tests.integration.runs.queries import (
    RECOMMENDED_CANDIDATES,
    RECOMMENDED_JOBS,
    answer,
    ids,
    ranking,
)
from tests.integration.runs.records import (
    EVERY_ACCOMMODATION,
    HIRING,
    KINDS_OF_JOB,
    KINDS_OF_PERSON,
    job_id,
    load,
    person_id,
)

# Seven warehouse posts, each offering every accommodation but one.
SEVEN = [
    {
        **KINDS_OF_JOB[0],
        "id": f"without-{missing}",
        "employer": HIRING,
        "location": "聊城市东昌府区",
        "accommodations": [offered for offered in EVERY_ACCOMMODATION if offered != missing],
    }
    for missing in EVERY_ACCOMMODATION
]
KEEPER = {**KINDS_OF_PERSON[0], "locations": ["聊城市东昌府区"], "visible_to_employers": True}
PEOPLE = [
    {**KEEPER, "id": "plain", "name": "李强"},
    {
        **KEEPER,
        "id": "private",
        "name": "赵敏",
        "experience_years": 5,
        "needs": ["wheelchair_access"],
    },
    {
        **KEEPER,
        "id": "private-two",
        "name": "周杰",
        "experience_years": 0,
        "skills": ["盘点"],
        "needs": ["sign_language", "seated_work"],
    },
    {
        **KEEPER,
        "id": "sharing",
        "name": "王芳",
        "needs": ["screen_reader"],
        "share_needs_with_employers": True,
    },
]
PRIVATE = ("private", "private-two")


def recruiter_reads(api, sessions, recruiter: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Everything the recruiter may read from the run: the jobs recommended for each person,
    the people recommended for each job; what is shown, in order, scores and reasons."""
    jobs_for = {
        person["id"]: ranking(
            answer(api, RECOMMENDED_JOBS, recruiter, person_id(sessions, person["id"]))
        )
        for person in PEOPLE
    }
    people_for = {
        job["id"]: [
            (match["candidate"], match["score"], match["reasons"])
            for match in answer(api, RECOMMENDED_CANDIDATES, recruiter, job_id(sessions, job["id"]))
        ]
        for job in SEVEN
    }
    return {"jobs for": jobs_for, "people for": people_for}


def test_a_recruiter_reads_the_same_whether_or_not_people_keep_needs_to_themselves(
    api, sessions, match_run, make_token
):
    # given: the seven posts, and people two of whom keep needs to themselves
    load(sessions, SEVEN, PEOPLE)
    recruiter = make_token("recruiter", employer=HIRING)
    match_run("--for", "both").summary()

    # when: the recruiter reads everything the run has
    kept = recruiter_reads(api, sessions, recruiter)

    # and: the same people state no needs, and the run is made again
    load(sessions, [], [person | {"needs": []} for person in PEOPLE if person["id"] in PRIVATE])
    match_run("--for", "both").summary()
    dropped = recruiter_reads(api, sessions, recruiter)

    # then: nothing the recruiter reads has changed
    assert dropped == kept
    # and: every post is recommended for the people who keep their needs, and they are among
    # the people recommended for every post, with their needs hidden
    every_post = {job_id(sessions, job["id"]) for job in SEVEN}
    for person in PRIVATE:
        assert {job for job, _, _ in kept["jobs for"][person]} == every_post
        hidden = person_id(sessions, person)
        for shown in kept["people for"].values():
            (candidate,) = [seen for seen, _, _ in shown if seen["id"] == hidden]
            assert candidate["needs"] is None


def test_the_person_and_an_admin_get_the_ranking_with_the_needs_applied(
    api, sessions, match_run, make_token
):
    # given
    load(sessions, SEVEN, PEOPLE)
    match_run("--for", "both").summary()
    person = person_id(sessions, "private")
    themself = make_token("seeker", candidate_external_id="private")
    admin = make_token("admin")
    recruiter = make_token("recruiter", employer=HIRING)

    # when
    own = answer(api, RECOMMENDED_JOBS, themself, person)
    as_admin = answer(api, RECOMMENDED_JOBS, admin, person)
    as_recruiter = answer(api, RECOMMENDED_JOBS, recruiter, person)

    # then: the post without wheelchair access is left out for the person and an admin only
    no_wheelchair = job_id(sessions, "without-wheelchair_access")
    assert set(ids(own)) == {job_id(sessions, job["id"]) for job in SEVEN} - {no_wheelchair}
    assert ranking(as_admin) == ranking(own)
    assert no_wheelchair in ids(as_recruiter)
    # and: an admin does not see the person recommended for that post; the recruiter does
    for_admin = answer(api, RECOMMENDED_CANDIDATES, admin, no_wheelchair)
    for_recruiter = answer(api, RECOMMENDED_CANDIDATES, recruiter, no_wheelchair)
    assert person not in {match["candidate"]["id"] for match in for_admin}
    assert person in {match["candidate"]["id"] for match in for_recruiter}


def test_needs_shared_with_employers_apply_for_recruiters(api, sessions, match_run, make_token):
    # given
    load(sessions, SEVEN, PEOPLE)
    match_run("--for", "both").summary()
    recruiter = make_token("recruiter", employer=HIRING)
    sharing = person_id(sessions, "sharing")
    no_screen_reader = job_id(sessions, "without-screen_reader")

    # when
    jobs_for = answer(api, RECOMMENDED_JOBS, recruiter, sharing)
    people_for = answer(api, RECOMMENDED_CANDIDATES, recruiter, no_screen_reader)

    # then: the post without a screen reader is left out, both ways; the need is shown
    assert no_screen_reader not in ids(jobs_for)
    assert len(jobs_for) == len(SEVEN) - 1
    assert sharing not in {match["candidate"]["id"] for match in people_for}
    shown = answer(api, RECOMMENDED_CANDIDATES, recruiter, job_id(sessions, "without-seated_work"))
    (candidate,) = [m["candidate"] for m in shown if m["candidate"]["id"] == sharing]
    assert candidate["needs"] == ["SCREEN_READER"]
