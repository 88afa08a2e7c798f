from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from sklearn.base import clone

import matchers.jobs.shortlist as shortlist
from matchers.jobs.features import CandidateSide, JobSide
from matchers.jobs.matcher import SHORTLIST, CandidateMatcher, JobMatcher
from matchers.jobs.rules import passes_hard_rules
from matchers.jobs.scoring import FACTORS, WEIGHTS, components, hard_rule_mask
from matchers.ranking import weighted_total
from matchers.records import Candidate, Job, Match
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel
from seeds.synthetic import generate_candidates, generate_jobs

YEAR = 2026
UNREAD_TITLES = ("综合岗", "储备干部", "实习生", "临时工")  # no occupation is read from these


def jobs(n: int, seed: int = 7) -> list[Job]:
    """Synthetic jobs, every seventh under a title that names no occupation."""
    found = [Job.from_mapping(row) for row in generate_jobs(n, seed)]
    return [
        replace(job, title=UNREAD_TITLES[index % len(UNREAD_TITLES)]) if index % 7 == 0 else job
        for index, job in enumerate(found)
    ]


def people(n: int, seed: int = 7) -> list[Candidate]:
    """Synthetic people, every fifth naming no title and no major (aiming at nothing)."""
    found = [Candidate.from_mapping(row) for row in generate_candidates(n, seed)]
    return [
        replace(person, desired_titles=(), major="") if index % 5 == 0 else person
        for index, person in enumerate(found)
    ]


def ids(ranking: list[Match]) -> list[str]:
    return [match.id for match in ranking]


def same_top_ids(a: list[list[Match]], b: list[list[Match]]) -> float:
    return sum(ids(x) == ids(y) for x, y in zip(a, b, strict=True)) / len(a)


JOBS = jobs(3000)
PEOPLE = people(3000)


# the parameter


def test_shortlist_is_a_parameter_stored_as_given():
    matcher = JobMatcher(shortlist=40)
    assert matcher.get_params()["shortlist"] == 40
    assert clone(matcher).shortlist == 40
    assert CandidateMatcher().shortlist == SHORTLIST


def test_a_shortlist_below_one_is_refused():
    with pytest.raises(ValueError, match="shortlist"):
        JobMatcher(shortlist=0).fit(JOBS[:20])


def test_shortlist_none_scores_every_item(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("stage 1 ran")

    monkeypatch.setattr(shortlist, "top_products", refuse)
    matcher = JobMatcher(current_year=YEAR, shortlist=None).fit(JOBS[:500])
    rankings = list(matcher.rank_many(PEOPLE[:20]))
    assert matcher.shortlists_ is None
    assert any(rankings)


def test_a_list_as_long_as_the_items_scores_every_item(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("stage 1 ran")

    exhaustive = list(
        JobMatcher(current_year=YEAR, shortlist=None).fit(JOBS[:50]).rank_many(PEOPLE[:30])
    )
    monkeypatch.setattr(shortlist, "top_products", refuse)
    matcher = JobMatcher(current_year=YEAR, shortlist=50).fit(JOBS[:50])
    assert list(matcher.rank_many(PEOPLE[:30])) == exhaustive


# the same results


@pytest.mark.parametrize("direction", ["jobs for people", "people for jobs"])
def test_two_stage_gives_the_exhaustive_top_ten(direction):
    if direction == "jobs for people":
        fitted, queries, matcher = JOBS, PEOPLE[:600], JobMatcher
    else:
        fitted, queries, matcher = PEOPLE, JOBS[:600], CandidateMatcher
    exhaustive = list(matcher(current_year=YEAR, shortlist=None).fit(fitted).rank_many(queries))
    two_stage = list(matcher(current_year=YEAR).fit(fitted).rank_many(queries))
    assert same_top_ids(exhaustive, two_stage) >= 0.99
    for a, b in zip(exhaustive, two_stage, strict=True):
        if ids(a) == ids(b):
            assert a == b  # scores, reasons and figures too


def test_two_stage_equals_exhaustive_for_other_weights_and_factors():
    weights = {name: 1 / len(WEIGHTS) for name in WEIGHTS}
    factors = {**FACTORS, "out_of_district": 0.6}
    exhaustive = JobMatcher(current_year=YEAR, weights=weights, factors=factors, shortlist=None)
    two_stage = JobMatcher(current_year=YEAR, weights=weights, factors=factors, shortlist=30)
    queries = PEOPLE[:200]
    expected = list(exhaustive.fit(JOBS[:1500]).rank_many(queries))
    assert list(two_stage.fit(JOBS[:1500]).rank_many(queries)) == expected


def test_rank_of_one_person_or_job_is_the_same_both_ways():
    for matcher, fitted, query in (
        (JobMatcher, JOBS[:800], PEOPLE[3]),
        (CandidateMatcher, PEOPLE[:800], JOBS[3]),
    ):
        exhaustive = matcher(current_year=YEAR, shortlist=None).fit(fitted).rank(query, top=25)
        assert (
            matcher(current_year=YEAR, shortlist=20).fit(fitted).rank(query, top=25) == exhaustive
        )


def test_ties_beyond_the_list_still_go_to_the_smallest_ids(caplog):
    # 40 copies of a job tie on every score: a list of 15 cannot hold them all, so the person
    # is scored again against every job that could tie (the copies, not the 298 others), and
    # the top 10 are the copies with the 10 smallest ids.
    job = JOBS[1]
    copies = [replace(job, id=f"copy-{index:02d}") for index in reversed(range(40))]
    fitted = copies + JOBS[2:300]
    person = Candidate(
        id="c",
        education=EducationLevel.MASTER,
        major=job.majors[0] if job.majors else "",
        experience_years=10,
        skills=job.skills,
        summary=job.description,
        desired_titles=(job.title,),
        locations=(job.location,),
        travel=TravelLevel.FREQUENT,
    )
    exhaustive = JobMatcher(current_year=YEAR, shortlist=None).fit(fitted).rank(person)
    with caplog.at_level("DEBUG", logger=shortlist.__name__):
        two_stage = JobMatcher(current_year=YEAR, shortlist=15).fit(fitted).rank(person)
    assert two_stage == exhaustive
    assert ids(two_stage) == [f"copy-{index:02d}" for index in range(10)]
    (record,) = [r for r in caplog.records if "scored again" in r.getMessage()]
    again, queries, items = record.args
    assert (again, queries) == (1, 1)
    assert 40 <= items < len(fitted)


def test_vague_people_tie_many_jobs_and_still_get_the_exhaustive_top_ten(caplog):
    # Only a place and a wish not to travel, as a chat message may say: hundreds of jobs tie.
    places = sorted({job.location for job in JOBS[:1500]})[:6]
    vague = [
        Candidate(id=f"v{index}", locations=(place,), travel=TravelLevel.NONE)
        for index, place in enumerate(places)
    ]
    exhaustive = list(
        JobMatcher(current_year=YEAR, shortlist=None).fit(JOBS[:1500]).rank_many(vague)
    )
    with caplog.at_level("DEBUG", logger=shortlist.__name__):
        two_stage = list(
            JobMatcher(current_year=YEAR, shortlist=20).fit(JOBS[:1500]).rank_many(vague)
        )
    assert two_stage == exhaustive
    (record,) = [r for r in caplog.records if "scored again" in r.getMessage()]
    again, queries, items = record.args
    assert again >= 1 and queries == len(vague)
    assert items < again * 1500  # not every job for each


# stage 1


@pytest.mark.parametrize("of_jobs", [True, False])
def test_stage_one_values_are_the_scores_of_allowed_pairs(of_jobs):
    matcher = (JobMatcher if of_jobs else CandidateMatcher)(current_year=YEAR, shortlist=10)
    matcher.fit(JOBS[:300] if of_jobs else PEOPLE[:300])
    if of_jobs:
        queries = CandidateSide.build(PEOPLE[:60], matcher.vocabulary_, current_year=YEAR)
        job_side, people_side = matcher.side_, queries
    else:
        queries = JobSide.build(JOBS[:60], matcher.vocabulary_)
        job_side, people_side = queries, matcher.side_
    scores = weighted_total(components(job_side, people_side), WEIGHTS)
    allowed = hard_rule_mask(job_side, people_side)
    if not of_jobs:
        scores, allowed = scores.T, allowed.T
    ranker = matcher.shortlists_.ranker(
        matcher.id_order_, size=300, top=10, weights=WEIGHTS, factors=FACTORS
    )
    listed, constant = ranker.select(queries)
    values = listed.toarray() + constant[:, None]
    assert np.array_equal(listed.toarray() != 0, allowed.T)
    assert np.allclose(values[allowed.T], scores.T[allowed.T], atol=1e-6)


def test_lists_hold_only_items_that_pass_the_hard_rules():
    strict = [
        replace(person, needs=frozenset({Accommodation.WHEELCHAIR_ACCESS}), needs_housing=True)
        if index % 2
        else replace(person, education=EducationLevel.JUNIOR_HIGH, travel=TravelLevel.NONE)
        for index, person in enumerate(PEOPLE[:200])
    ]
    matcher = JobMatcher(current_year=YEAR, shortlist=50).fit(JOBS)
    queries = CandidateSide.build(strict, matcher.vocabulary_, current_year=YEAR)
    ranker = matcher.shortlists_.ranker(
        matcher.id_order_, size=50, top=10, weights=WEIGHTS, factors=FACTORS
    )
    listed, _ = ranker.select(queries)
    for row, person in enumerate(strict):
        for item in listed.indices[listed.indptr[row] : listed.indptr[row + 1]]:
            assert passes_hard_rules(JOBS[item], person)
    for person, ranking in zip(strict, matcher.rank_many(strict), strict=True):
        found = {job.id: job for job in JOBS}
        assert all(passes_hard_rules(found[match.id], person) for match in ranking)


@pytest.mark.parametrize("count", [0, 1, 5, shortlist.INSERTED_BY_SLICES + 1])
@pytest.mark.parametrize("dtype", [np.int32, np.float64])
def test_entries_inserted_at_ascending_positions_are_where_np_insert_puts_them(count, dtype):
    rng = np.random.default_rng(count)
    array = rng.integers(0, 1000, 2000).astype(dtype)
    where = np.sort(rng.integers(0, len(array) + 1, count))  # repeats and both ends allowed
    where[: min(2, count)] = 0
    values = rng.integers(0, 1000, count).astype(np.int64)

    got = shortlist._inserted(array, where, values)

    expected = np.insert(array, where, values)
    assert got.dtype == expected.dtype == dtype
    assert np.array_equal(got, expected)
