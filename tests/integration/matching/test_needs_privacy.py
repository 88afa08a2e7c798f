"""Needs a person did not share change nothing a recruiter sees: not the `needs` field, and not
which people a ranking holds, in what order, with what scores (no inference by elimination)."""

from __future__ import annotations

from typing import Any

from matchers.vocabulary import Accommodation
from tests.integration.matching.factories import (
    CANDIDATE_MATCHES,
    matched_job_ids,
    matched_jobs,
    warehouse_job,
    warehouse_seeker,
)
from tests.integration.seekers.factories import upsert_profile

HIRING = "聊城市顺达物流有限公司"
# As GraphQL spells them: the vocabulary's codes, upper-cased.
EVERY_ACCOMMODATION = [accommodation.value.upper() for accommodation in Accommodation]


def all_but(missing: str) -> list[str]:
    return [offered for offered in EVERY_ACCOMMODATION if offered != missing]


def seven_jobs(api, recruiter: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """{accommodation left out: job id}: seven identical posts, each offering all but one."""
    return {
        missing: warehouse_job(api, recruiter, accommodations=all_but(missing))
        for missing in EVERY_ACCOMMODATION
    }


def ranked(api, token: str, job_id: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    body = api.execute(CANDIDATE_MATCHES, {"jobId": job_id, "first": 100}, token)
    assert "errors" not in body, body["errors"]
    return body["data"]["candidateMatches"]


def ranking_of(matches: list[dict[str, Any]], people: set[str]) -> list[tuple]:
    """The people among `people`, in order, with their scores and reasons."""
    return [
        (match["candidate"]["id"], match["score"], match["reasons"])
        for match in matches
        if match["candidate"]["id"] in people
    ]


def job_ranking(matches: list[dict[str, Any]]) -> list[tuple]:
    return [(match["job"]["id"], match["score"], match["reasons"]) for match in matches]


def test_seven_jobs_each_missing_one_accommodation_reveal_no_needs_that_were_not_shared(
    api, make_token
):
    # given: a recruiter's seven posts, each offering every accommodation but one
    recruiter = make_token("recruiter", employer=HIRING)
    jobs = seven_jobs(api, recruiter)
    # and: people visible to employers, three of them with needs they did not share
    _, plain = warehouse_seeker(api, make_token, name="李强", visibleToEmployers=True)
    wheelchair_token, wheelchair = warehouse_seeker(
        api,
        make_token,
        name="赵敏",
        experienceYears=5,
        needs=["WHEELCHAIR_ACCESS"],
        visibleToEmployers=True,
    )
    blind_token, blind = warehouse_seeker(
        api,
        make_token,
        name="孙丽",
        skills=["盘点"],
        needs=["SCREEN_READER"],
        visibleToEmployers=True,
    )
    deaf_token, deaf = warehouse_seeker(
        api,
        make_token,
        name="周杰",
        experienceYears=0,
        needs=["SIGN_LANGUAGE", "SEATED_WORK"],
        visibleToEmployers=True,
    )
    # and: one who shares the need with employers
    _, sharing = warehouse_seeker(
        api,
        make_token,
        name="王芳",
        needs=["SCREEN_READER"],
        shareNeedsWithEmployers=True,
        visibleToEmployers=True,
    )
    private = {plain, wheelchair, blind, deaf}

    # when: the recruiter ranks people for each of the seven jobs
    before = {missing: ranked(api, recruiter, job_id) for missing, job_id in jobs.items()}

    # then: the people who did not share their needs are the same, in the same order, with the
    # same scores and reasons, for every job; and their needs read null
    rankings = {missing: ranking_of(matches, private) for missing, matches in before.items()}
    first = rankings["WHEELCHAIR_ACCESS"]
    assert {person for person, _, _ in first} == private
    assert all(ranking == first for ranking in rankings.values())
    for matches in before.values():
        assert all(
            match["candidate"]["needs"] is None
            for match in matches
            if match["candidate"]["id"] in private
        )
    # and: the person who shared their need is ranked under it
    for missing, matches in before.items():
        shown = {match["candidate"]["id"] for match in matches}
        assert (sharing in shown) is (missing != "SCREEN_READER")

    # when: the same people state no needs at all
    for token in (wheelchair_token, blind_token, deaf_token):
        assert upsert_profile(api, token, needs=[])["userErrors"] == []
    after = {missing: ranked(api, recruiter, job_id) for missing, job_id in jobs.items()}

    # then: nothing the recruiter sees has changed
    assert after == before


def test_a_recruiter_reading_someones_job_matches_sees_them_ranked_as_if_they_stated_no_needs(
    api, make_token
):
    # given: seven posts, each missing one accommodation, and a person who did not share a need
    recruiter = make_token("recruiter", employer=HIRING)
    jobs = seven_jobs(api, recruiter)
    token, candidate_id = warehouse_seeker(
        api, make_token, needs=["WHEELCHAIR_ACCESS"], visibleToEmployers=True
    )

    # when: the recruiter, the person and an admin ask for the person's job matches
    as_recruiter = matched_jobs(api, recruiter, candidate_id)
    as_seeker = matched_job_ids(api, token, candidate_id)
    as_admin = matched_job_ids(api, make_token("admin"), candidate_id)

    # then: the recruiter gets every job; the person (and an admin) the ones that meet the need
    assert {match["job"]["id"] for match in as_recruiter} == set(jobs.values())
    assert set(as_seeker) == set(jobs.values()) - {jobs["WHEELCHAIR_ACCESS"]}
    assert as_admin == as_seeker

    # when: the person drops the need
    assert upsert_profile(api, token, needs=[])["userErrors"] == []

    # then: the recruiter's answer is unchanged, and it is what the person now gets
    assert job_ranking(matched_jobs(api, recruiter, candidate_id)) == job_ranking(as_recruiter)
    assert job_ranking(matched_jobs(api, token, candidate_id)) == job_ranking(as_recruiter)


def test_a_recruiter_reading_job_matches_of_someone_who_shares_needs_gets_the_real_rule(
    api, make_token
):
    # given: seven posts, each missing one accommodation, and a person who shares a need
    recruiter = make_token("recruiter", employer=HIRING)
    jobs = seven_jobs(api, recruiter)
    token, candidate_id = warehouse_seeker(
        api,
        make_token,
        needs=["SCREEN_READER"],
        shareNeedsWithEmployers=True,
        visibleToEmployers=True,
    )

    # when: the recruiter asks for the person's job matches
    as_recruiter = matched_job_ids(api, recruiter, candidate_id)

    # then: the job without a screen reader is left out, as for the person themself
    assert set(as_recruiter) == set(jobs.values()) - {jobs["SCREEN_READER"]}
    assert as_recruiter == matched_job_ids(api, token, candidate_id)


def test_an_admin_ranks_people_under_their_real_needs(api, make_token):
    # given: seven posts, each missing one accommodation, and a person who did not share a need
    recruiter = make_token("recruiter", employer=HIRING)
    jobs = seven_jobs(api, recruiter)
    _, candidate_id = warehouse_seeker(
        api, make_token, needs=["SIGN_LANGUAGE"], visibleToEmployers=True
    )
    admin = make_token("admin")

    # when: an admin ranks people for each job
    shown = {
        missing: {match["candidate"]["id"] for match in ranked(api, admin, job_id)}
        for missing, job_id in jobs.items()
    }

    # then: the person is left out only where the need is not met
    assert {missing for missing, people in shown.items() if candidate_id not in people} == {
        "SIGN_LANGUAGE"
    }
