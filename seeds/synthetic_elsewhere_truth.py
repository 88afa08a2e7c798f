"""The truth behind seeds.synthetic_elsewhere: how a job relates to the trade a person aims
at, the soft misses that lower a grade, and the hard rules, all read from the generated rows."""

from __future__ import annotations

from typing import Any

from matchers.vocabulary import EducationLevel, TravelLevel
from seeds.synthetic_elsewhere_vocabulary import Trade, split


def relation(aim: Trade, trade: Trade) -> int:
    """3 for the trade aimed at, 2 for one the person would gladly take, 1 for its family."""
    if trade.code == aim.code:
        return 3
    if trade.code in split(aim.near) or aim.code in split(trade.near):
        return 2
    return 1 if trade.family == aim.family else 0


def looks_alike(aim: Trade, trade: Trade) -> bool:
    return trade.code in split(aim.lookalikes) or aim.code in split(trade.lookalikes)


def misses(job: dict[str, Any], person: dict[str, Any], year: int) -> int:
    """Soft misses: too little experience, pay below the person's floor, another district."""
    recent = (person["graduation_year"] or 0) >= year - 1
    short = job["experience_years"] > person["experience_years"] and not (
        recent and job["graduates_welcome"]
    )
    top = job["salary_max"] if job["salary_max"] is not None else job["salary_min"]
    expected = person["salary_expectation"]
    underpaid = top is not None and expected is not None and top < expected
    places = person["locations"]
    elsewhere = bool(places) and not any(place in job["location"] for place in places)
    return int(short) + int(underpaid) + int(elsewhere)


def passes(job: dict[str, Any], person: dict[str, Any]) -> bool:
    """The four hard rules of FORMATS.md, read from the rows."""
    return (
        tier(person["education"]) >= tier(job["education"])
        and set(person["needs"]) <= set(job["accommodations"])
        and _travel(job["travel"]) <= _travel(person["travel"])
        and (job["housing"] or not person["needs_housing"])
    )


def tier(code: str) -> int:
    return EducationLevel.parse(code).tier


def _travel(code: str) -> int:
    return list(TravelLevel).index(TravelLevel.parse(code))
