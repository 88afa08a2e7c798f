"""Soft score components for every pair of a block of jobs × a block of candidates.

Each component is a (jobs × candidates) array in [0, 1]; the score is their weighted sum, so
it stays in [0, 1]. Where a side says nothing (a job lists no skills, a person gives no pay
expectation) the component takes the neutral value for every pair alike, which leaves the
ranking to the components that do say something. Name, age and needs are never read here:
needs act only through hard rule 2, in `hard_rule_mask`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import numpy as np

from matchers.jobs.features import CandidateSide, JobSide
from matchers.ranking import cross, dense
from matchers.taxonomy.places import near, place_fits

NEUTRAL = 0.5
# Hand-set, then checked by the same group cross-validation as the weights (benchmarks/
# evaluate_matcher.py), the weights fixed, against each threshold moved by ±0.1: no move
# gained clearly on held-out occupations (+0.001 ± 0.001 on the objective).
FACTORS: Mapping[str, float] = MappingProxyType(
    {
        "related_major": 0.7,  # a major in the same discipline group as one the job lists
        "out_of_district": 0.3,  # in the city of a place the person named, not in that place
        "pay_range_reaches": 0.8,  # the pay range reaches the expectation, its floor does not
        "pay_falls_short": 0.6,  # at most this when even the top of the range is below it
        "not_marked_for_graduates": 0.5,  # a recent graduate and a job not marked 应届生可投
    }
)

# Fitted by cross-validation with occupations held out together (benchmarks/evaluate_matcher.py),
# one step at a time: from the current weights, uniform weights and each weight ±50 % (then all
# renormalised) are compared on held-out folds. From the first weights (occupation 0.24, text
# 0.16, skills 0.14, major, salary and location 0.10, experience and graduates 0.08) every fold
# chose text +50 % three times running; at the fourth step nothing gained clearly, so it stopped.
WEIGHTS: Mapping[str, float] = MappingProxyType(
    {
        "occupation": 0.174,
        "text": 0.392,
        "skills": 0.101,
        "major": 0.073,
        "experience": 0.057,
        "salary": 0.073,
        "location": 0.073,
        "graduates": 0.057,
    }
)


def hard_rule_mask(jobs: JobSide, people: CandidateSide) -> np.ndarray:
    """True where a pair breaks none of the four hard rules of FORMATS.md."""
    education = jobs.education[:, None] <= people.education[None, :]
    needs_met = (people.needs[None, :] & ~jobs.accommodations[:, None]) == 0
    travel = jobs.travel[:, None] <= people.travel[None, :]
    housing = jobs.housing[:, None] | ~people.needs_housing[None, :]
    return education & needs_met & travel & housing


def components(
    jobs: JobSide, people: CandidateSide, factors: Mapping[str, float] = FACTORS
) -> dict[str, np.ndarray]:
    return {
        "occupation": occupation_fit(jobs, people),
        "text": cross(jobs.text, people.text).clip(0.0, 1.0),
        "skills": skill_fit(jobs, people),
        "major": major_fit(jobs, people, factors),
        "experience": experience_fit(jobs, people),
        "salary": salary_fit(jobs, people, factors),
        "location": location_fit(jobs, people, factors),
        "graduates": graduate_fit(jobs, people, factors),
    }


def occupation_fit(jobs: JobSide, people: CandidateSide) -> np.ndarray:
    """How well the job's occupation serves what the person aims at (the same occupation, an
    adjacent one, one in the same group); where either is unknown, the likeness of the job's
    title to the titles the person wants."""
    known = jobs.occupation >= 0
    by_occupation = dense(people.occupation_reach[:, np.maximum(jobs.occupation, 0)]).T
    title_likeness = cross(jobs.title, people.title).clip(0.0, 1.0)
    use_occupation = known[:, None] & people.aims[None, :]
    return np.where(use_occupation, by_occupation, title_likeness)


def skill_fit(jobs: JobSide, people: CandidateSide) -> np.ndarray:
    """The share of the job's skills the person has (neutral when the job lists none)."""
    matched = cross(jobs.skills, people.skills)
    covered = matched / np.maximum(jobs.skill_counts, 1.0)[:, None]
    return np.where(jobs.has_skills[:, None], covered, NEUTRAL)


def major_fit(
    jobs: JobSide, people: CandidateSide, factors: Mapping[str, float] = FACTORS
) -> np.ndarray:
    """1 for a major the job lists, less for a related one; neutral when any major will do."""
    same = cross(jobs.majors, people.majors) > 0
    related = cross(jobs.major_groups, people.major_groups) > 0
    fit = np.where(same, 1.0, np.where(related, factors["related_major"], 0.0))
    return np.where(jobs.has_majors[:, None], fit, NEUTRAL)


def experience_fit(jobs: JobSide, people: CandidateSide) -> np.ndarray:
    """1 when experience meets the job's; a recent graduate is not held to it where welcome."""
    wanted = jobs.experience[:, None]
    gap = wanted - people.experience[None, :]
    fit = np.where(gap <= 0, 1.0, np.clip(1.0 - gap / np.maximum(wanted, 1.0), 0.0, 1.0))
    welcomed = jobs.graduates_welcome[:, None] & people.recent_graduate[None, :]
    return np.where(welcomed, 1.0, fit)


def salary_fit(
    jobs: JobSide, people: CandidateSide, factors: Mapping[str, float] = FACTORS
) -> np.ndarray:
    """Pay that meets the person's lowest acceptable pay always beats pay that does not."""
    expected = people.expectation[None, :]
    floor = jobs.salary_min[:, None]
    ceiling = np.where(np.isnan(jobs.salary_max), jobs.salary_min, jobs.salary_max)[:, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        short = factors["pay_falls_short"] * np.clip(ceiling / expected, 0.0, 1.0) ** 2
        reaches = np.where(ceiling >= expected, factors["pay_range_reaches"], short)
        fit = np.where(floor >= expected, 1.0, reaches)
    unknown = np.isnan(expected) | np.isnan(ceiling)
    return np.where(unknown, NEUTRAL, fit)


def location_fit(
    jobs: JobSide, people: CandidateSide, factors: Mapping[str, float] = FACTORS
) -> np.ndarray:
    """1 where the person wants to work (or when they named nowhere), less elsewhere in the
    prefecture city of a place they named. Each distinct job location is compared with each
    distinct list of places once."""
    elsewhere = factors["out_of_district"]
    table = np.array(
        [
            [_place_fit(places, location, elsewhere) for places in people.place_sets]
            for location in jobs.locations
        ],
        dtype=np.float64,
    ).reshape(len(jobs.locations), len(people.place_sets))
    fit = table[jobs.location_index][:, people.place_index]
    return np.where(people.anywhere[None, :], 1.0, fit)


def _place_fit(places: tuple[str, ...], location: str, elsewhere: float) -> float:
    if any(place_fits(place, location) for place in places):
        return 1.0
    return elsewhere if any(near(place, location) for place in places) else 0.0


def graduate_fit(
    jobs: JobSide, people: CandidateSide, factors: Mapping[str, float] = FACTORS
) -> np.ndarray:
    """A recent graduate fits a job that welcomes graduates better; others are not concerned."""
    welcome = np.where(jobs.graduates_welcome, 1.0, factors["not_marked_for_graduates"])[:, None]
    return np.where(people.recent_graduate[None, :], welcome, 1.0)
