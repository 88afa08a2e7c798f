"""The open-jobs index a server ranks with, as recruiters post, edit and close jobs.

Updated in place, in the vocabulary of its last full fit, it ranks exactly as a fresh fit in
that vocabulary over the same open jobs would; after a background refit, exactly as a fresh
full fit. A request that arrives while a refit runs is answered from the index before it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from engine.db import make_engine, make_sessionmaker
from engine.jobs.models import Employer, JobPost, JobStatus
from engine.matching.index import OpenJobsIndex
from engine.matching.records import candidate_record, job_from_row
from engine.seekers.models import Candidate
from matchers.jobs.matcher import JobMatcher
from matchers.records import Candidate as CandidateRecord
from matchers.records import Job
from schema.relay import parse_global_id
from tests.api import GraphQLClient, graphql_client
from tests.integration.matching.factories import (
    UPDATE_JOB,
    job_matches,
    warehouse_job,
    warehouse_seeker,
)
from tests.integration.seekers.factories import close_job

EMPLOYER = "聊城市顺达物流有限公司"
# A share of changes no test reaches: a full fit happens only when a test starts one.
NEVER = 1000.0
WAIT = 60.0  # seconds a held refit may wait for the test; never reached when all goes well

MATCH_INDEX = """
{ matchIndex { version jobs builtAt
    openJobs { items version builtAt changedSinceFit refitting } } }
"""

JOBS = {
    "仓库管理员": {},
    "叉车司机": {"skills": ["叉车驾驶"], "description": "持叉车证，负责仓库货物装卸和搬运。"},
    "电商仓储分拣员": {"skills": ["分拣"], "description": "按订单分拣打包，适应倒班。"},
    "物流调度员": {"skills": ["调度", "Excel"], "description": "安排车辆和线路，跟踪到货。"},
    "超市理货员": {"skills": [], "description": "整理货架，补货，盘点库存。"},
}


@pytest.fixture
def live(database_url: str) -> Iterator[GraphQLClient]:
    with graphql_client(database_url, index_refit_share=NEVER) as client:
        yield client


def jobs_index(client: GraphQLClient) -> OpenJobsIndex:
    return client.http.app.state.freshness.indexes["open_jobs"]  # type: ignore[attr-defined]


def stored(database_url: str) -> tuple[list[Job], CandidateRecord]:
    """The open jobs and the one person, read from the database as a fresh fit would."""
    engine = make_engine(database_url)
    try:
        with make_sessionmaker(engine)() as session:
            rows = session.execute(
                select(JobPost, Employer.name)
                .join(Employer, Employer.id == JobPost.employer_id)
                .where(JobPost.status == JobStatus.OPEN)
                .order_by(JobPost.id)
            ).all()
            person = session.scalars(select(Candidate)).one()
            return [job_from_row(job, name) for job, name in rows], candidate_record(
                person, show_needs=True
            )
    finally:
        engine.dispose()


def ranking(matcher: JobMatcher, person: CandidateRecord) -> list[tuple[str, float]]:
    return [(match.id, match.score) for match in matcher.rank(person, top=50)]


def assert_same_ranking(got: list[tuple[str, float]], expected: list[tuple[str, float]]) -> None:
    assert [item for item, _ in got] == [item for item, _ in expected]
    assert [score for _, score in got] == pytest.approx([score for _, score in expected], abs=1e-4)


def answered_ids(client: GraphQLClient, token: str, candidate_id: str) -> list[str]:
    body = job_matches(client, token, candidate_id, first=50)
    assert "errors" not in body, body["errors"]
    return [str(_pk(match["job"]["id"])) for match in body["data"]["jobMatches"]]


def _pk(global_id: str) -> int:
    parsed = parse_global_id(global_id)
    assert parsed is not None
    return parsed[1]


def post_all(client: GraphQLClient, recruiter: str, titles: dict[str, dict[str, Any]]) -> list[str]:
    return [warehouse_job(client, recruiter, title, **fields) for title, fields in titles.items()]


def test_after_a_post_an_edit_and_a_close_the_index_ranks_as_a_fresh_fit_would(
    live, make_token, database_url
):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    first = post_all(live, recruiter, JOBS)
    seeker_token, candidate_id = warehouse_seeker(live, make_token)
    index = jobs_index(live)
    index.refit_in_background().join(WAIT)
    fitted = index.snapshot
    assert fitted is not None and fitted.items == len(JOBS) and fitted.changed_since_fit == 0

    posted = warehouse_job(live, recruiter, "冷链仓库保管员", skills=["冷库管理", "盘点"])
    edited = live.data(
        UPDATE_JOB,
        {"input": {"id": first[1], "title": "仓库叉车工", "description": "仓库内叉车搬运，盘点。"}},
        recruiter,
    )["updateJob"]
    assert edited["userErrors"] == []
    close_job(live, recruiter, first[0])

    snapshot = index.snapshot
    assert snapshot is not None and snapshot.matcher is not None
    # Updated in place: still the vocabulary of the last full fit, three changes since.
    assert snapshot.built_at == fitted.built_at
    assert snapshot.matcher.vocabulary_ is fitted.matcher.vocabulary_  # type: ignore[union-attr]
    assert snapshot.changed_since_fit == 3
    jobs, person = stored(database_url)
    assert sorted(snapshot.stamps) == sorted(int(job.id) for job in jobs)
    fresh_in_vocabulary = JobMatcher().fit(jobs, vocabulary=snapshot.matcher.vocabulary_)
    expected = ranking(fresh_in_vocabulary, person)
    assert_same_ranking(ranking(snapshot.matcher, person), expected)
    ids = answered_ids(live, seeker_token, candidate_id)
    assert ids == [item for item, _ in expected]
    assert str(_pk(posted)) in ids and str(_pk(first[0])) not in ids

    index.refit_in_background().join(WAIT)

    refitted = index.snapshot
    assert refitted is not None and refitted.matcher is not None
    assert refitted.built_at > snapshot.built_at and refitted.changed_since_fit == 0
    assert refitted.version > snapshot.version
    expected = ranking(JobMatcher().fit(jobs), person)
    assert_same_ranking(ranking(refitted.matcher, person), expected)
    assert answered_ids(live, seeker_token, candidate_id) == [item for item, _ in expected]


def test_a_request_during_a_refit_is_answered_from_the_index_before_it(live, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    admin = make_token("admin")
    post_all(live, recruiter, JOBS)
    seeker_token, candidate_id = warehouse_seeker(live, make_token)
    index = jobs_index(live)
    before = live.data(MATCH_INDEX, token=admin)["matchIndex"]
    reached, release = threading.Event(), threading.Event()

    def hold() -> None:
        reached.set()
        release.wait(WAIT)

    index.before_refit_swap = hold
    refit = index.refit_in_background()
    assert reached.wait(WAIT)
    try:
        # The refit has fitted its matcher and waits to take over; meanwhile the index
        # before it answers, and takes in a new job.
        during = live.data(MATCH_INDEX, token=admin)["matchIndex"]
        posted = warehouse_job(live, recruiter, "冷链仓库保管员", skills=["冷库管理", "盘点"])
        ids = answered_ids(live, seeker_token, candidate_id)
    finally:
        release.set()
        refit.join(WAIT)
    after = live.data(MATCH_INDEX, token=admin)["matchIndex"]

    assert during["openJobs"]["refitting"] is True
    assert during["builtAt"] == before["builtAt"]
    assert str(_pk(posted)) in ids
    # The refit caught up with the job posted while it ran before it took over.
    assert after["openJobs"]["refitting"] is False
    assert after["builtAt"] > before["builtAt"]
    assert after["jobs"] == len(JOBS) + 1 and after["openJobs"]["changedSinceFit"] == 0
    assert after["version"] > during["version"]
    assert str(_pk(posted)) in answered_ids(live, seeker_token, candidate_id)


def test_match_index_is_for_admins_only(live, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    warehouse_job(live, recruiter)

    anonymous = live.execute(MATCH_INDEX)
    as_recruiter = live.execute(MATCH_INDEX, token=recruiter)
    as_admin = live.data(MATCH_INDEX, token=make_token("admin"))["matchIndex"]

    assert anonymous["data"] is None and as_recruiter["data"] is None
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert as_recruiter["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert as_admin["jobs"] == 1 and as_admin["openJobs"]["items"] == 1


def test_a_full_fit_runs_with_the_garbage_collector_paused(live, make_token, monkeypatch):
    post_all(live, make_token("recruiter", employer=EMPLOYER), JOBS)
    index = jobs_index(live)
    fitted: list[tuple[bool, int]] = []
    fit = OpenJobsIndex._fit

    def recording(self: OpenJobsIndex, items: list[Job]) -> JobMatcher:
        fitted.append((gc.isenabled(), len(items)))
        return fit(self, items)

    monkeypatch.setattr(OpenJobsIndex, "_fit", recording)
    assert gc.isenabled()
    index.refit_in_background().join(WAIT)

    assert fitted == [(False, len(JOBS))]
    assert gc.isenabled()
