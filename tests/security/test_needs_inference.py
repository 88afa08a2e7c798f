"""Attack 2: a recruiter reads a candidate's disability needs without consent.

A recruiter posted seven jobs, each offering every accommodation but one, ran
candidateMatches on each, and learned who needs what by who disappeared, though `needs`
itself read null. Defends that needs a person did not share change nothing a recruiter sees:
not which people a ranking holds, in what order, with what scores, nor which jobs
jobMatches gives for them.
"""

from __future__ import annotations

from typing import Any

from matchers.vocabulary import Accommodation
from tests.security.conftest import Server, payload, unique

# As GraphQL spells them: the vocabulary's codes, upper-cased.
EVERY_ACCOMMODATION = [accommodation.value.upper() for accommodation in Accommodation]
POST_JOB = """
mutation ($input: PostJobInput!) {
  postJob(input: $input) { job { id } userErrors { field message code } }
}
"""
UPSERT_PROFILE = """
mutation ($input: UpsertCandidateProfileInput!) {
  upsertCandidateProfile(input: $input) {
    candidate { id } userErrors { field message code }
  }
}
"""
CANDIDATE_MATCHES = """
query ($jobId: ID!) {
  candidateMatches(jobId: $jobId, first: 100) {
    candidate { id needs } score reasons { code message weight }
  }
}
"""
JOB_MATCHES = """
query ($candidateId: ID!) {
  jobMatches(candidateId: $candidateId, first: 100) {
    job { id } score reasons { code message weight }
  }
}
"""
WAREHOUSE_JOB = {
    "title": "冷链仓库管理员",
    "description": "负责冷链仓库收发货、盘点和出入库台账，熟练使用电脑和WMS系统。",
    "skills": ["仓库管理", "盘点", "WMS"],
    "education": "HIGH_SCHOOL",
    "location": "聊城市东昌府区",
    "housing": True,
    "travel": "NONE",
}
WAREHOUSE_SEEKER = {
    "education": "HIGH_SCHOOL",
    "experienceYears": 2,
    "skills": ["仓库管理", "盘点"],
    "summary": "在物流公司做过两年冷链仓库管理员，熟悉出入库和盘点。",
    "desiredTitles": ["冷链仓库管理员"],
    "locations": ["聊城市东昌府区"],
    "travel": "NONE",
    "visibleToEmployers": True,
}


def seven_jobs(server: Server) -> tuple[str, dict[str, str]]:
    """A recruiter of a new employer, and {accommodation left out: job id} of seven otherwise
    identical posts, each offering every accommodation but one."""
    recruiter = server.token("recruiter", "--employer", unique("聊城市顺达物流有限公司"))
    jobs = {
        missing: payload(
            server,
            POST_JOB,
            recruiter,
            **WAREHOUSE_JOB,
            accommodations=[offered for offered in EVERY_ACCOMMODATION if offered != missing],
        )["job"]["id"]
        for missing in EVERY_ACCOMMODATION
    }
    return recruiter, jobs


def seeker(server: Server, name: str, **profile: Any) -> tuple[str, str]:
    """A seeker who saved a profile visible to employers; (token, candidate id)."""
    token = server.token("seeker", "--name", name)
    saved = payload(server, UPSERT_PROFILE, token, name=name, **{**WAREHOUSE_SEEKER, **profile})
    return token, saved["candidate"]["id"]


def people_for(server: Server, token: str, job_id: str) -> list[dict[str, Any]]:
    return server.data(CANDIDATE_MATCHES, {"jobId": job_id}, token)["candidateMatches"]


def jobs_for(server: Server, token: str, candidate_id: str, jobs: set[str]) -> list[tuple]:
    """The jobs among `jobs` matched to the person, in order, with scores and reasons."""
    matches = server.data(JOB_MATCHES, {"candidateId": candidate_id}, token)["jobMatches"]
    return [
        (match["job"]["id"], match["score"], match["reasons"])
        for match in matches
        if match["job"]["id"] in jobs
    ]


def ranking_of(matches: list[dict[str, Any]], people: set[str]) -> list[tuple]:
    """The people among `people`, in order, with their scores and reasons."""
    return [
        (match["candidate"]["id"], match["score"], match["reasons"])
        for match in matches
        if match["candidate"]["id"] in people
    ]


def test_seven_jobs_each_missing_one_accommodation_reveal_no_needs_that_were_not_shared(
    server: Server,
):
    # Defends: who disappeared from which of the seven rankings told the recruiter each
    # person's needs.
    # given: seven posts, each offering every accommodation but one
    recruiter, jobs = seven_jobs(server)
    # and: people visible to employers, three of them with needs they did not share
    _, plain = seeker(server, "李强")
    _, wheelchair = seeker(
        server,
        "赵敏",
        experienceYears=5,
        needs=["WHEELCHAIR_ACCESS"],
        shareNeedsWithEmployers=False,
    )
    _, blind = seeker(
        server, "孙丽", skills=["盘点"], needs=["SCREEN_READER"], shareNeedsWithEmployers=False
    )
    _, deaf = seeker(
        server,
        "周杰",
        experienceYears=0,
        needs=["SIGN_LANGUAGE", "SEATED_WORK"],
        shareNeedsWithEmployers=False,
    )
    # and: one who shares the need with employers
    _, sharing = seeker(server, "王芳", needs=["SCREEN_READER"], shareNeedsWithEmployers=True)
    private = {plain, wheelchair, blind, deaf}

    # when: the recruiter ranks people for each of the seven jobs
    shown = {missing: people_for(server, recruiter, job) for missing, job in jobs.items()}

    # then: the people who did not share their needs are the same, in the same order, with
    # the same scores and reasons, for every job
    rankings = {missing: ranking_of(matches, private) for missing, matches in shown.items()}
    assert {person for person, _, _ in rankings["WHEELCHAIR_ACCESS"]} == private
    assert all(ranking == rankings["WHEELCHAIR_ACCESS"] for ranking in rankings.values())
    # and: their needs read null
    needs = {
        match["candidate"]["needs"]
        for matches in shown.values()
        for match in matches
        if match["candidate"]["id"] in private
    }
    assert needs == {None}
    # and: the person who shared the need is left out only where it is not met
    left_out = {
        missing
        for missing, matches in shown.items()
        if sharing not in {match["candidate"]["id"] for match in matches}
    }
    assert left_out == {"SCREEN_READER"}


def test_a_recruiter_reading_someones_job_matches_gets_every_job_whatever_needs_they_did_not_share(
    server: Server,
):
    # Defends: jobMatches for a person, read by a recruiter, left out the jobs lacking the
    # person's undisclosed need.
    # given: seven posts, each missing one accommodation, and a person who did not share a need
    recruiter, jobs = seven_jobs(server)
    token, candidate = seeker(
        server, "赵敏", needs=["WHEELCHAIR_ACCESS"], shareNeedsWithEmployers=False
    )
    posted = set(jobs.values())

    # when: the recruiter and the person ask for the person's job matches
    as_recruiter = jobs_for(server, recruiter, candidate, posted)
    as_seeker = jobs_for(server, token, candidate, posted)

    # then: the recruiter gets all seven; the person the six that meet the need
    assert {job for job, _, _ in as_recruiter} == posted
    assert {job for job, _, _ in as_seeker} == posted - {jobs["WHEELCHAIR_ACCESS"]}

    # when: the person drops the need
    payload(server, UPSERT_PROFILE, token, needs=[])

    # then: the recruiter's answer is unchanged, and it is what the person now gets
    assert jobs_for(server, recruiter, candidate, posted) == as_recruiter
    assert jobs_for(server, token, candidate, posted) == as_recruiter
