from __future__ import annotations

import json
from importlib.resources import files

import numpy as np
import pytest

from matchers.jobs.features import CandidateSide, JobSide
from matchers.jobs.matcher import CandidateMatcher, JobMatcher
from matchers.jobs.scoring import FACTORS, WEIGHTS, components
from matchers.ranking import weighted_total as total
from matchers.records import Candidate, Job
from matchers.vocabulary import EducationLevel

YEAR = 2025


def job(id: str = "j1", title: str = "数据录入员", **fields) -> Job:
    return Job(id=id, title=title, employer="聊城某公司", **fields)


def person(id: str = "c1", **fields) -> Candidate:
    return Candidate(id=id, **fields)


def parts_for(
    jobs: list[Job], candidate: Candidate, factors: dict[str, float] | None = None
) -> dict[str, np.ndarray]:
    """Each score component of `candidate` against every job, in job order."""
    matcher = JobMatcher(current_year=YEAR).fit(jobs)
    people = CandidateSide.build([candidate], matcher.vocabulary_, current_year=YEAR)
    parts = components(matcher.side_, people, FACTORS if factors is None else factors)
    return {name: part[:, 0] for name, part in parts.items()}


def scores_by_id(jobs: list[Job], candidate: Candidate) -> dict[str, float]:
    ranked = JobMatcher(current_year=YEAR).fit(jobs).rank(candidate, top=len(jobs))
    return {match.id: match.score for match in ranked}


def reasons_by_code(jobs: list[Job], candidate: Candidate, job_id: str) -> dict[str, str]:
    ranked = JobMatcher(current_year=YEAR).fit(jobs).rank(candidate, top=len(jobs))
    match = next(match for match in ranked if match.id == job_id)
    return {reason.code: reason.message for reason in match.reasons}


def seed(name: str, factory):
    text = (files("seeds") / "data" / name).read_text(encoding="utf-8")
    return [factory(json.loads(line)) for line in text.splitlines() if line.strip()]


# salary


def test_pay_below_the_lowest_acceptable_scores_below_pay_that_meets_it():
    # given two jobs alike but for pay, and a person who accepts 5000 at least
    jobs = [job("low", salary_min=3000, salary_max=4000), job("fair", salary_min=5000)]
    seeker = person(salary_expectation=5000)
    # when the salary component is computed
    salary = parts_for(jobs, seeker)["salary"]
    # then the job that meets the expectation fits better
    assert salary[0] < salary[1]


def test_underpaying_job_ranks_below_an_otherwise_equal_job_even_with_a_smaller_id():
    # given "a-low" would win a tie on id, but pays below the person's lowest acceptable pay
    jobs = [job("a-low", salary_min=3000, salary_max=4500), job("b-fair", salary_min=5000)]
    seeker = person(salary_expectation=5000, desired_titles=("数据录入员",))
    # when jobs are ranked for the person
    ranked = JobMatcher(current_year=YEAR).fit(jobs).rank(seeker, top=2)
    # then the job that meets the pay comes first, with a higher score
    assert [match.id for match in ranked] == ["b-fair", "a-low"]
    assert ranked[0].score > ranked[1].score


def test_range_reaching_the_expectation_sits_between_meeting_and_falling_short():
    jobs = [
        job("floor", salary_min=5000, salary_max=6000),
        job("reach", salary_min=4000, salary_max=6000),
        job("short", salary_min=3000, salary_max=4500),
    ]
    salary = parts_for(jobs, person(salary_expectation=5000))["salary"]
    assert salary[0] > salary[1] > salary[2]


def test_pay_further_below_the_expectation_fits_worse():
    jobs = [job("close", salary_max=4800), job("far", salary_max=2500)]
    salary = parts_for(jobs, person(salary_expectation=5000))["salary"]
    assert salary[0] > salary[1]


def test_unknown_pay_expectation_treats_every_job_alike():
    jobs = [job("low", salary_min=2000), job("high", salary_min=9000), job("none")]
    salary = parts_for(jobs, person(salary_expectation=None))["salary"]
    assert len(set(salary.tolist())) == 1


def test_salary_reason_says_whether_pay_meets_the_expectation():
    jobs = [job("low", salary_min=3000, salary_max=4000), job("fair", salary_min=5000)]
    seeker = person(salary_expectation=5000)
    assert "低于期望" in reasons_by_code(jobs, seeker, "low")["salary"]
    assert "不低于期望" in reasons_by_code(jobs, seeker, "fair")["salary"]


# location


def test_job_in_a_named_district_fits_better_than_elsewhere_in_the_city():
    jobs = [
        job("near", location="聊城市东昌府区"),
        job("city", location="聊城市茌平区"),
        job("away", location="济南市历下区"),
    ]
    location = parts_for(jobs, person(locations=("东昌府",)))["location"]
    assert location[0] > location[1] > location[2]


def test_person_who_names_no_place_finds_every_location_alike():
    jobs = [job("a", location="聊城市东昌府区"), job("b", location="临清市"), job("c")]
    location = parts_for(jobs, person(locations=()))["location"]
    assert len(set(location.tolist())) == 1


def test_person_who_names_the_whole_city_fits_every_district_of_it_fully():
    # given someone who will work anywhere in 聊城市
    jobs = [job("a", location="聊城市东昌府区"), job("b", location="聊城市茌平区")]
    seeker = person(locations=("聊城市",))
    # then every district of the city is where they want to work
    assert parts_for(jobs, seeker)["location"].tolist() == [1.0, 1.0]
    assert "不在期望区域" not in reasons_by_code(jobs, seeker, "a")["location"]


def test_job_in_the_city_the_person_named_fits_better_than_one_in_a_city_they_did_not():
    # given someone who named 济南市 only
    jobs = [job("jinan", location="济南市历下区"), job("liaocheng", location="聊城市东昌府区")]
    location = parts_for(jobs, person(locations=("济南市",)))["location"]
    # then the job in 济南 fits their location at least as well as one in 聊城
    assert location[0] >= location[1]


def test_location_reason_names_the_wanted_district():
    jobs = [job("near", location="聊城市东昌府区"), job("city", location="聊城市茌平区")]
    seeker = person(locations=("聊城市东昌府区",))
    assert "期望区域" in reasons_by_code(jobs, seeker, "near")["location"]
    assert "不在期望区域" in reasons_by_code(jobs, seeker, "city")["location"]


# experience


def test_more_experience_fits_a_demanding_job_better():
    jobs = [job("demanding", experience_years=4)]
    fits = [parts_for(jobs, person(experience_years=years))["experience"][0] for years in (0, 2, 4)]
    assert fits[0] < fits[1] < fits[2] == 1.0


@pytest.mark.parametrize("graduation_year", [YEAR - 2, YEAR, YEAR + 1])
def test_recent_graduate_is_not_held_to_experience_by_jobs_welcoming_graduates(graduation_year):
    # given two jobs welcoming graduates, one asking 3 years, and a graduate with none
    jobs = [
        job("a-asks-3", experience_years=3, graduates_welcome=True),
        job("b-asks-0", experience_years=0, graduates_welcome=True),
    ]
    graduate = person(graduation_year=graduation_year, experience_years=0)
    # when ranked
    scores = scores_by_id(jobs, graduate)
    # then the experience requirement costs nothing
    assert scores["a-asks-3"] == scores["b-asks-0"]


def test_recent_graduate_prefers_a_demanding_job_that_welcomes_graduates_over_one_that_does_not():
    jobs = [
        job("a-not-welcoming", experience_years=3, graduates_welcome=False),
        job("b-welcoming", experience_years=3, graduates_welcome=True),
    ]
    graduate = person(graduation_year=YEAR, experience_years=0)
    ranked = JobMatcher(current_year=YEAR).fit(jobs).rank(graduate, top=2)
    assert [match.id for match in ranked] == ["b-welcoming", "a-not-welcoming"]
    assert ranked[0].score > ranked[1].score


def test_graduate_of_three_years_ago_is_held_to_the_experience_wanted():
    jobs = [
        job("a-asks-3", experience_years=3, graduates_welcome=True),
        job("b-asks-0", experience_years=0, graduates_welcome=True),
    ]
    scores = scores_by_id(jobs, person(graduation_year=YEAR - 3, experience_years=0))
    assert scores["a-asks-3"] < scores["b-asks-0"]


def test_experience_reason_says_the_requirement_is_relaxed_for_a_graduate():
    jobs = [job("welcoming", experience_years=2, graduates_welcome=True)]
    graduate = person(graduation_year=YEAR, experience_years=0)
    assert "放宽" in reasons_by_code(jobs, graduate, "welcoming")["experience"]


# major


DESIGN_JOB = {"title": "电商美工", "majors": ("室内设计", "视觉传达设计")}


def test_related_major_scores_above_an_unrelated_one():
    # given a job listing 室内设计/视觉传达设计
    jobs = [job("design", **DESIGN_JOB)]
    # when scoring 环境设计 (same discipline) and 会计学 (another one)
    related = parts_for(jobs, person(major="环境设计"))["major"][0]
    unrelated = parts_for(jobs, person(major="会计学"))["major"][0]
    # then the related major counts, less than the same major would
    same = parts_for(jobs, person(major="室内设计"))["major"][0]
    assert unrelated < related < same


def test_job_listing_related_majors_ranks_above_one_listing_unrelated_majors():
    jobs = [
        job("a-accounting", title="电商美工", majors=("会计学", "财务管理")),
        job("b-design", **DESIGN_JOB),
    ]
    ranked = JobMatcher(current_year=YEAR).fit(jobs).rank(person(major="环境设计"), top=2)
    assert [match.id for match in ranked] == ["b-design", "a-accounting"]
    assert ranked[0].score > ranked[1].score


def test_related_major_reason_says_so():
    jobs = [job("design", **DESIGN_JOB)]
    message = reasons_by_code(jobs, person(major="环境设计"), "design")["major"]
    assert message.startswith("相关专业")
    assert "环境设计" in message


def test_job_open_to_any_major_treats_every_major_alike():
    jobs = [job("any")]
    fits = {
        parts_for(jobs, person(major=major))["major"][0] for major in ("环境设计", "会计学", "")
    }
    assert len(fits) == 1


def test_major_the_job_lists_with_a_qualifier_counts_as_the_same_major():
    # given a job asking for 会计相关专业 (majors.major_relation calls this the same major)
    jobs = [job("accounting", title="会计", majors=("会计相关专业",))]
    seeker = person(major="会计")
    # then the major fits fully and the reason says the major matches
    assert parts_for(jobs, seeker)["major"][0] == 1.0
    assert reasons_by_code(jobs, seeker, "accounting")["major"].startswith("专业对口")


def test_major_inside_the_discipline_the_job_names_counts_as_related():
    # given a job naming the 专业类 工商管理类, which holds 会计学
    jobs = [job("business", title="会计", majors=("工商管理类",))]
    # then an accounting graduate counts as a related major
    assert parts_for(jobs, person(major="会计学"))["major"][0] > 0.0


# skills


def test_skill_component_is_the_share_of_the_jobs_skills_the_person_has():
    jobs = [job("j", skills=("Excel", "打字", "用友", "金蝶"))]
    shares = [
        parts_for(jobs, person(skills=skills))["skills"][0]
        for skills in [(), ("金蝶",), ("Excel", "打字"), ("Excel", "打字", "用友", "金蝶")]
    ]
    assert shares == pytest.approx([0.0, 0.25, 0.5, 1.0])


def test_skills_match_through_synonyms():
    jobs = [job("j", skills=("Excel",))]
    assert parts_for(jobs, person(skills=("表格",)))["skills"][0] == 1.0


def test_job_listing_no_skills_treats_every_person_alike():
    jobs = [job("j")]
    fits = {parts_for(jobs, person(skills=skills))["skills"][0] for skills in [(), ("焊接",)]}
    assert len(fits) == 1


def test_candidate_matcher_counts_every_skill_the_job_lists():
    # given people of whom only one knows one of the job's four skills
    people = [
        person("p1", skills=("Excel",), desired_titles=("会计",)),
        person("p2", skills=("焊接",), desired_titles=("焊工",)),
    ]
    matcher = CandidateMatcher(current_year=YEAR).fit(people)
    post = job("j", title="会计", skills=("Excel", "用友", "金蝶", "税务申报"))
    # when scored from the people's side
    skills = components(JobSide.build([post], matcher.vocabulary_), matcher.side_)["skills"]
    # then p1 covers a quarter of the job's skills, as it does from the jobs' side
    assert skills[0, 0] == pytest.approx(0.25)
    assert parts_for([post], people[0])["skills"][0] == pytest.approx(0.25)


# bounds


EXTREME_PEOPLE = [
    person("nothing"),
    person("unknown-education", education=None),
    person("rich", salary_expectation=1_000_000, experience_years=60, locations=("济南市",)),
    person("free", salary_expectation=0, graduation_year=YEAR + 5, major="环境设计"),
    person(
        "everything",
        education=EducationLevel.DOCTORATE,
        major="计算机科学与技术",
        skills=("Python", "CAD", "Excel", "PLC"),
        desired_titles=("后端开发工程师", "操作员", "会计"),
        summary="熟悉Python、CAD、PLC，会用Excel表格",
        locations=("聊城市高新区", "东昌府区"),
    ),
]


def test_every_component_and_total_stay_between_zero_and_one():
    # given the seed jobs and candidates and a few extreme people
    jobs = seed("jobs.jsonl", Job.from_mapping)
    people = seed("candidates.jsonl", Candidate.from_mapping) + EXTREME_PEOPLE
    matcher = JobMatcher(current_year=YEAR).fit(jobs)
    side = CandidateSide.build(people, matcher.vocabulary_, current_year=YEAR)
    # when every pair is scored
    parts = components(matcher.side_, side)
    # then each component and the weighted total lie in [0, 1]
    for name, part in parts.items():
        assert part.shape == (len(jobs), len(people)), name
        assert np.all((part >= 0.0) & (part <= 1.0)), name
    score = total(parts, WEIGHTS)
    assert np.all((score >= 0.0) & (score <= 1.0))


def test_ranked_scores_stay_between_zero_and_one():
    jobs = seed("jobs.jsonl", Job.from_mapping)
    matcher = JobMatcher(current_year=YEAR).fit(jobs)
    for ranked in matcher.rank_many(EXTREME_PEOPLE, top=len(jobs)):
        assert ranked
        assert all(0.0 <= match.score <= 1.0 for match in ranked)


def test_default_weights_sum_to_one():
    assert sum(WEIGHTS.values()) == pytest.approx(1.0)


# the thresholds (FACTORS)


def test_default_factors_are_the_shipped_constants_and_read_only():
    assert dict(FACTORS) == {
        "related_major": 0.7,
        "out_of_district": 0.3,
        "pay_range_reaches": 0.8,
        "pay_falls_short": 0.6,
        "not_marked_for_graduates": 0.5,
    }
    with pytest.raises(TypeError):
        FACTORS["related_major"] = 0.9  # type: ignore[index]


# each factor: a job and a person whose pair takes it, the component, and the value's multiplier
FACTOR_CASES = {
    "pay_range_reaches": (
        job("reach", salary_min=4000, salary_max=6000),
        person(salary_expectation=5000),
        "salary",
        1.0,
    ),
    "pay_falls_short": (
        job("short", salary_max=2500),
        person(salary_expectation=5000),
        "salary",
        0.25,  # (2500 / 5000) ** 2
    ),
    "related_major": (job("design", **DESIGN_JOB), person(major="环境设计"), "major", 1.0),
    "out_of_district": (
        job("city", location="聊城市茌平区"),
        person(locations=("东昌府",)),
        "location",
        1.0,
    ),
    "not_marked_for_graduates": (
        job("not-marked", graduates_welcome=False),
        person(graduation_year=YEAR),
        "graduates",
        1.0,
    ),
}


@pytest.mark.parametrize("name", sorted(FACTOR_CASES))
def test_a_factor_sets_its_components_value_and_the_default_is_the_shipped_one(name):
    # given a pair that takes the factor (say a pay range that reaches the expectation while
    # its floor does not)
    posting, seeker, component, multiplier = FACTOR_CASES[name]
    changed = dict(FACTORS) | {name: 0.42}
    # when its components are computed with the default factors and with the factor changed
    default = parts_for([posting], seeker)
    moved = parts_for([posting], seeker, changed)
    # then the component is the factor's value (times the case's multiplier) in each
    assert default[component][0] == pytest.approx(FACTORS[name] * multiplier)
    assert moved[component][0] == pytest.approx(0.42 * multiplier)
    # and no other component moves
    assert all(
        np.array_equal(moved[other], default[other]) for other in default if other != component
    )


def test_components_without_factors_take_the_shipped_ones():
    posting, seeker, _, _ = FACTOR_CASES["pay_range_reaches"]
    matcher = JobMatcher(current_year=YEAR).fit([posting])
    people = CandidateSide.build([seeker], matcher.vocabulary_, current_year=YEAR)
    implicit, explicit = components(matcher.side_, people), parts_for([posting], seeker)
    assert all(np.array_equal(implicit[name][:, 0], explicit[name]) for name in implicit)


@pytest.mark.parametrize("matcher_class", [JobMatcher, CandidateMatcher])
def test_both_matchers_score_with_the_factors_they_are_given(matcher_class):
    # given a pay range that reaches the expectation while its floor does not
    posting = job("reach", salary_min=4000, salary_max=6000)
    seeker = person(salary_expectation=5000)
    low = dict(FACTORS) | {"pay_range_reaches": 0.1}

    def score(**params) -> float:
        matcher = matcher_class(current_year=YEAR, **params)
        if matcher_class is JobMatcher:
            return matcher.fit([posting]).rank(seeker)[0].score
        return matcher.fit([seeker]).rank(posting)[0].score

    # then the default is the shipped factors, and a lower factor lowers the score by its weight
    assert score() == score(factors=FACTORS)
    expected_drop = WEIGHTS["salary"] * (FACTORS["pay_range_reaches"] - 0.1)
    assert score() - score(factors=low) == pytest.approx(expected_drop, abs=1e-4)
