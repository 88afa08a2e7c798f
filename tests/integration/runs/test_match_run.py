"""`civicmatch match-run` over the database: a ranking stored for every person and job, the
one the matchers give when asked directly, and the run's own record of what it did."""

from __future__ import annotations

import getpass
import inspect
import math
from collections import defaultdict

import pytest
from sqlalchemy import func, select

from engine.jobs.models import JobPost, JobStatus
from engine.runs.models import Audience, MatchResult, RunKind, RunStatus, Side
from engine.seekers.models import Candidate
from engine.time import LOCAL_ZONE, now
from matchers.jobs.matcher import JobMatcher
from tests.integration.runs.rankings import expected, ranks, run_row, stored, subjects
from tests.integration.runs.records import jobs, load, people

BOTH = (Side.JOBS, Side.CANDIDATES)


def ids(sessions, model, *conditions):  # type: ignore[no-untyped-def]
    with sessions() as session:
        return set(session.scalars(select(model.id).where(*conditions)))


def test_a_run_for_both_stores_for_every_person_and_job_what_the_matchers_rank(match_run, sessions):
    # given: 17 open jobs, a closed one, and 19 people, some of them stating needs
    load(sessions)

    # when: both sides are ranked, in chunks of four
    summary = match_run("--for", "both", "--top", "5", "--chunk-size", "4").summary()

    # then: every ranking equals the matchers' own, job ids, order, scores and figures alike
    run = run_row(sessions, summary["run"])
    got = stored(sessions, run.id)
    assert got == expected(sessions, year=run.parameters["current_year"], top=5, sides=BOTH)
    # and: there is one for every person and every open job, and none for the closed job
    assert subjects(got, Side.JOBS) == ids(sessions, Candidate)
    assert subjects(got, Side.CANDIDATES) == ids(
        sessions, JobPost, JobPost.status == JobStatus.OPEN
    )
    # and: a person who states needs is ranked with them and without; anyone else once
    with sessions() as session:
        with_needs = {person.id for person in session.scalars(select(Candidate)) if person.needs}
    assert with_needs
    for person in ids(sessions, Candidate):
        found = {a for side, a, subject in got if side is Side.JOBS and subject == person}
        both = {Audience.WITH_NEEDS, Audience.WITHOUT_NEEDS}
        assert found == (both if person in with_needs else {Audience.ALL}), person
    # and: each ranking's rows are ranked 1, 2, 3...
    numbers = defaultdict(list)
    for side, audience, subject, rank in ranks(sessions, run.id):
        numbers[(side, audience, subject)].append(rank)
    assert all(found == list(range(1, len(found) + 1)) for found in numbers.values())


def test_the_run_records_what_it_did_and_prints_it_as_one_json_line(match_run, sessions):
    # given
    load(sessions)
    before = now()

    # when: 19 people and 17 open jobs, in chunks of five
    summary = match_run("--for", "both", "--top", "3", "--chunk-size", "5").summary()

    # then: the run is published, with what it ranked, stored, and who started it
    run = run_row(sessions, summary["run"])
    with sessions() as session:
        results = session.scalar(
            select(func.count()).select_from(MatchResult).where(MatchResult.run_id == run.id)
        )
    assert (run.status, run.kind, run.top) == (RunStatus.PUBLISHED, RunKind.BOTH, 3)
    assert run.counts == {"jobs": 17, "candidates": 19, "results": results}
    assert results > 0
    assert run.chunks_total == math.ceil(19 / 5) + math.ceil(17 / 5)
    assert (run.chunks_done, run.progress) == (run.chunks_total, 1.0)
    assert run.started_by == getpass.getuser()
    assert run.finished_at is not None
    assert before <= run.started_at <= run.finished_at <= now()
    assert run.error == ""
    # and: the line on standard output says the same
    said = {
        "run": run.id,
        "kind": "both",
        "status": "published",
        "top": 3,
        "matcher_version": run.matcher_version,
        "counts": {"jobs": 17, "candidates": 19, "results": results},
        "started_at": run.started_at.astimezone(LOCAL_ZONE).isoformat(),
        "finished_at": run.finished_at.astimezone(LOCAL_ZONE).isoformat(),
    }
    assert {key: summary.get(key) for key in said} == said
    assert run.matcher_version


@pytest.mark.parametrize(
    ("kind", "sides"),
    [("candidates", (Side.JOBS,)), ("jobs", (Side.CANDIDATES,))],
    ids=["jobs for every person", "people for every job"],
)
def test_a_run_for_one_side_ranks_that_side_only_ten_deep_by_default(
    match_run, sessions, kind, sides
):
    # given
    load(sessions)

    # when
    summary = match_run("--for", kind).summary()

    # then
    run = run_row(sessions, summary["run"])
    got = stored(sessions, run.id)
    assert (summary["kind"], run.top) == (kind, 10)
    assert got == expected(sessions, year=run.parameters["current_year"], top=10, sides=sides)
    assert {side for side, _, _ in got} == set(sides)
    assert max(len(ranking) for ranking in got.values()) == 10


@pytest.mark.parametrize("top", [1, 100])
def test_top_is_how_many_are_stored_for_each_person_and_job(match_run, sessions, top):
    # given
    load(sessions)

    # when
    summary = match_run("--for", "both", "--top", top).summary()

    # then
    run = run_row(sessions, summary["run"])
    got = stored(sessions, run.id)
    assert got == expected(sessions, year=run.parameters["current_year"], top=top, sides=BOTH)
    assert max(len(ranking) for ranking in got.values()) == min(top, 19)


def test_exhaustive_stores_the_same_rankings_under_another_matcher_version(match_run, sessions):
    if "shortlist" not in inspect.signature(JobMatcher).parameters:
        pytest.skip("the matchers take no `shortlist` yet (matchers/jobs/matcher.py)")
    # given: more jobs and people than the matchers' shortlist holds
    load(sessions, jobs(120), people(110))

    # when
    quick = match_run("--for", "both", "--top", "5").summary()
    full = match_run("--for", "both", "--top", "5", "--exhaustive").summary()

    # then
    assert stored(sessions, full["run"]) == stored(sessions, quick["run"])
    assert full["matcher_version"] != quick["matcher_version"]
    assert run_row(sessions, full["run"]).parameters["exhaustive"] is True


CLOSED_ONLY = [
    {"id": "j1", "title": "普工", "employer": "聊城市顺达物流有限公司", "status": "closed"}
]


@pytest.mark.parametrize(
    ("kind", "job_records", "person_records"),
    [("candidates", CLOSED_ONLY, None), ("jobs", None, [])],
    ids=["people but no open job", "open jobs but no people"],
)
def test_a_run_with_nothing_to_rank_among_publishes_no_rankings(
    match_run, sessions, kind, job_records, person_records
):
    # given: people or jobs to rank for, and nothing to rank among
    load(sessions, job_records, person_records)

    # when
    result = match_run("--for", kind)

    # then: the run is published, with no rankings
    summary = result.summary()
    assert (summary["status"], summary["counts"]["results"]) == ("published", 0)
    assert stored(sessions, summary["run"]) == {}
