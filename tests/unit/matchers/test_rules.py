from __future__ import annotations

import itertools

import pytest

from matchers.jobs.rules import (
    meets_education,
    meets_housing,
    meets_needs,
    meets_travel,
    passes_hard_rules,
)
from matchers.records import Candidate, Job
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel

# FORMATS.md: ordered low to high; high_school and secondary_vocational share one tier.
EDUCATION_TIERS = (
    (EducationLevel.NONE,),
    (EducationLevel.JUNIOR_HIGH,),
    (EducationLevel.HIGH_SCHOOL, EducationLevel.SECONDARY_VOCATIONAL),
    (EducationLevel.ASSOCIATE,),
    (EducationLevel.BACHELOR,),
    (EducationLevel.MASTER,),
    (EducationLevel.DOCTORATE,),
)
TRAVEL_ORDER = (TravelLevel.NONE, TravelLevel.OCCASIONAL, TravelLevel.FREQUENT)


def job(**fields) -> Job:
    return Job(id="j1", title="数据录入员", **fields)


def person(**fields) -> Candidate:
    return Candidate(id="c1", **fields)


@pytest.mark.parametrize(
    ("person_tier", "job_tier"), list(itertools.product(range(len(EDUCATION_TIERS)), repeat=2))
)
def test_education_passes_exactly_when_the_person_tier_is_at_least_the_jobs(person_tier, job_tier):
    for have, wanted in itertools.product(EDUCATION_TIERS[person_tier], EDUCATION_TIERS[job_tier]):
        # given a person with `have` and a job asking for `wanted`
        # when / then
        assert meets_education(job(education=wanted), person(education=have)) is (
            person_tier >= job_tier
        ), (have, wanted)


@pytest.mark.parametrize(
    ("have", "wanted"),
    [
        (EducationLevel.HIGH_SCHOOL, EducationLevel.SECONDARY_VOCATIONAL),
        (EducationLevel.SECONDARY_VOCATIONAL, EducationLevel.HIGH_SCHOOL),
    ],
)
def test_high_school_and_secondary_vocational_satisfy_each_other(have, wanted):
    assert meets_education(job(education=wanted), person(education=have))


def test_technical_school_label_counts_as_high_school_tier():
    # given a person who writes 技校 and a job asking for 高中
    graduate = Candidate.from_mapping({"id": "c1", "education": "技校"})
    post = Job.from_mapping({"id": "j1", "title": "操作员", "education": "高中"})
    # then the pair passes the education rule
    assert meets_education(post, graduate)


def test_high_school_does_not_reach_an_associate_degree_job():
    assert not meets_education(
        job(education=EducationLevel.ASSOCIATE), person(education=EducationLevel.HIGH_SCHOOL)
    )


@pytest.mark.parametrize("wanted", list(EducationLevel))
def test_unknown_education_passes_every_requirement(wanted):
    assert meets_education(job(education=wanted), person(education=None))


def test_person_without_needs_passes_a_job_offering_nothing():
    assert meets_needs(job(), person())


def test_needs_all_offered_pass():
    needs = frozenset({Accommodation.WHEELCHAIR_ACCESS, Accommodation.SEATED_WORK})
    assert meets_needs(job(accommodations=needs), person(needs=needs))


def test_needs_pass_when_the_job_offers_more_than_asked():
    offered = frozenset(Accommodation)
    assert meets_needs(
        job(accommodations=offered), person(needs=frozenset({Accommodation.SCREEN_READER}))
    )


@pytest.mark.parametrize("missing", list(Accommodation))
def test_one_unmet_need_fails(missing):
    # given a job offering every accommodation but one, and a person needing that one too
    offered = frozenset(Accommodation) - {missing}
    needs = frozenset({missing, *sorted(offered)[:2]})
    # then the needs rule fails
    assert not meets_needs(job(accommodations=offered), person(needs=needs))


@pytest.mark.parametrize(
    ("job_travel", "accepted"), list(itertools.product(TRAVEL_ORDER, TRAVEL_ORDER))
)
def test_travel_passes_exactly_when_the_job_travels_no_more_than_accepted(job_travel, accepted):
    expected = TRAVEL_ORDER.index(job_travel) <= TRAVEL_ORDER.index(accepted)
    assert meets_travel(job(travel=job_travel), person(travel=accepted)) is expected


def test_person_accepts_frequent_travel_by_default():
    assert meets_travel(job(travel=TravelLevel.FREQUENT), person())


@pytest.mark.parametrize(
    ("housing", "needs_housing", "expected"),
    [(True, True, True), (True, False, True), (False, False, True), (False, True, False)],
)
def test_housing_is_required_only_by_people_who_need_it(housing, needs_housing, expected):
    assert meets_housing(job(housing=housing), person(needs_housing=needs_housing)) is expected


def test_pair_meeting_every_rule_passes():
    # given a demanding person and a job that meets all of it
    needs = frozenset({Accommodation.WHEELCHAIR_ACCESS})
    post = job(
        education=EducationLevel.ASSOCIATE,
        accommodations=needs,
        travel=TravelLevel.OCCASIONAL,
        housing=True,
    )
    seeker = person(
        education=EducationLevel.BACHELOR,
        needs=needs,
        travel=TravelLevel.OCCASIONAL,
        needs_housing=True,
    )
    # then the pair passes
    assert passes_hard_rules(post, seeker)


@pytest.mark.parametrize(
    ("job_fields", "person_fields"),
    [
        ({"education": EducationLevel.BACHELOR}, {"education": EducationLevel.ASSOCIATE}),
        ({}, {"needs": frozenset({Accommodation.SIGN_LANGUAGE})}),
        ({"travel": TravelLevel.FREQUENT}, {"travel": TravelLevel.OCCASIONAL}),
        ({"housing": False}, {"needs_housing": True}),
    ],
    ids=["education", "needs", "travel", "housing"],
)
def test_breaking_any_single_rule_fails_the_pair(job_fields, person_fields):
    # given a pair that would pass but for one rule
    post = job(**job_fields)
    seeker = person(**person_fields)
    # then the whole pair fails
    assert not passes_hard_rules(post, seeker)
