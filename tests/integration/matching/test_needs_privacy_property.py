"""Property: no ranking a recruiter sees depends on needs a person did not share.

Random people (needs, consent) and random jobs (accommodations) are ranked by the engine's
services as a recruiter would see them; then the people who did not consent drop their needs
and everything is ranked again. Nothing may differ. Each example rolls back what it wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from engine.accounts.actor import OPERATOR, Actor
from engine.accounts.models import Role
from engine.accounts.tokens import authenticate, create_token
from engine.jobs.service import post_job
from engine.matching import service
from engine.matching.index import OpenJobsIndex, PeopleIndex
from engine.seekers.service import upsert_candidate_profile
from matchers.vocabulary import Accommodation

YEAR = 2025

PROFILES = (
    {
        "education": "high_school",
        "experience_years": 2,
        "skills": ["仓库管理", "盘点"],
        "summary": "在物流公司做过两年仓库管理员，熟悉出入库和盘点。",
        "desired_titles": ["仓库管理员"],
        "locations": ["聊城市东昌府区"],
    },
    {
        "education": "associate",
        "skills": ["Excel", "打字"],
        "summary": "会计专业，熟练使用Excel，做过数据录入。",
        "desired_titles": ["数据录入员"],
        "major": "大数据与会计",
    },
    {
        "education": "junior_high",
        "experience_years": 6,
        "skills": ["叉车"],
        "summary": "持叉车证，六年仓库装卸经验。",
        "desired_titles": ["叉车司机"],
    },
)

POSTS = (
    {
        "title": "仓库管理员",
        "description": "负责仓库收发货、盘点和出入库台账，熟练使用电脑和WMS系统。",
        "skills": ["仓库管理", "盘点", "WMS"],
        "location": "聊城市东昌府区",
    },
    {
        "title": "数据录入员",
        "description": "录入社区台账，熟练使用Excel。",
        "skills": ["Excel", "打字"],
    },
)

NEEDS = st.frozensets(st.sampled_from(Accommodation), max_size=3)
PERSON = st.tuples(st.sampled_from(range(len(PROFILES))), NEEDS, st.booleans())
JOB = st.tuples(st.sampled_from(range(len(POSTS))), st.frozensets(st.sampled_from(Accommodation)))


@dataclass(frozen=True)
class World:
    recruiter: Actor
    jobs: list[int]
    people: list[int]
    private: list[int]


def build(session: Session, people: list[tuple], jobs: list[tuple]) -> World:
    token, _ = create_token(session=session, role=Role.RECRUITER, employer="聊城市顺达物流有限公司")
    recruiter = authenticate(session=session, token=token)
    job_ids = [
        post_job(
            session=session,
            actor=recruiter,
            data={**POSTS[post], "accommodations": sorted(offered)},
        ).id
        for post, offered in jobs
    ]
    rows = [
        upsert_candidate_profile(
            session=session,
            actor=OPERATOR,
            data={
                **PROFILES[profile],
                "name": f"求职者{number}",
                "needs": sorted(needs),
                "share_needs_with_employers": shares,
                "visible_to_employers": True,
            },
        )
        for number, (profile, needs, shares) in enumerate(people)
    ]
    return World(
        recruiter=recruiter,
        jobs=job_ids,
        people=[row.id for row in rows],
        private=[row.id for row in rows if not row.share_needs_with_employers],
    )


def recruiter_sees(session: Session, world: World, index: OpenJobsIndex) -> dict[str, Any]:
    """Every ranking the recruiter can ask for: people for each job, jobs for each person."""
    people_for = {
        job_id: [
            (match.candidate.candidate.id, match.score, match.reasons)
            for match in service.candidate_matches(
                session=session,
                actor=world.recruiter,
                index=PeopleIndex(current_year=YEAR),
                job_id=job_id,
                first=100,
            )
        ]
        for job_id in world.jobs
    }
    jobs_for = {
        person: [
            (match.job.id, match.score, match.reasons)
            for match in service.job_matches(
                session=session, actor=world.recruiter, index=index, candidate_id=person, first=100
            )
        ]
        for person in world.people
    }
    return {"people for a job": people_for, "jobs for a person": jobs_for}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    people=st.lists(PERSON, min_size=1, max_size=5),
    jobs=st.lists(JOB, min_size=1, max_size=4),
)
def test_no_ranking_a_recruiter_sees_depends_on_needs_not_shared(sessions, people, jobs):
    with sessions() as session:
        # given: random people and jobs, and what a recruiter sees of their rankings
        world = build(session, people, jobs)
        index = OpenJobsIndex(current_year=YEAR)
        with_needs = recruiter_sees(session, world, index)

        # when: the people who did not consent state no needs at all
        for person in world.private:
            upsert_candidate_profile(
                session=session, actor=OPERATOR, candidate_id=person, data={"needs": []}
            )
        without_needs = recruiter_sees(session, world, index)
        session.rollback()

    # then: the recruiter sees exactly the same
    assert with_needs == without_needs


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    people=st.lists(PERSON, min_size=1, max_size=5),
    jobs=st.lists(JOB, min_size=1, max_size=4),
)
def test_needs_shared_with_employers_still_keep_a_recruiters_ranking_to_fitting_jobs(
    sessions, people, jobs
):
    with sessions() as session:
        # given: random people and jobs
        world = build(session, people, jobs)
        needs = {row: set(stated) for row, (_, stated, _) in zip(world.people, people, strict=True)}
        offered = {row: set(offers) for row, (_, offers) in zip(world.jobs, jobs, strict=True)}
        shared = set(world.people) - set(world.private)

        # when: the recruiter ranks people for each job
        seen = recruiter_sees(session, world, OpenJobsIndex(current_year=YEAR))
        session.rollback()

    # then: a person who shared their needs appears only with jobs that meet them
    for job_id, ranking in seen["people for a job"].items():
        for person, _, _ in ranking:
            assert person not in shared or needs[person] <= offered[job_id]
    for person, ranking in seen["jobs for a person"].items():
        for job_id, _, _ in ranking:
            assert person not in shared or needs[person] <= offered[job_id]
