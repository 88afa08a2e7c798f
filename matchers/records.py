"""The plain data the matchers take and give: jobs, candidates, matches and their reasons."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel


@dataclass(frozen=True, slots=True)
class Job:
    id: str
    title: str
    employer: str = ""
    description: str = ""
    skills: tuple[str, ...] = ()
    education: EducationLevel = EducationLevel.NONE
    majors: tuple[str, ...] = ()
    experience_years: int = 0
    salary_min: int | None = None
    salary_max: int | None = None
    location: str = ""
    housing: bool = False
    travel: TravelLevel = TravelLevel.NONE
    accommodations: frozenset[Accommodation] = frozenset()
    graduates_welcome: bool = False
    headcount: int = 1

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Job:
        """From a jobs.jsonl record (codes or enum members); unknown keys are ignored."""
        return cls(
            id=str(data["id"]),
            title=data.get("title") or "",
            employer=data.get("employer") or "",
            description=data.get("description") or "",
            skills=tuple(data.get("skills") or ()),
            education=EducationLevel.parse(data.get("education") or "none"),
            majors=tuple(data.get("majors") or ()),
            experience_years=data.get("experience_years") or 0,
            salary_min=data.get("salary_min"),
            salary_max=data.get("salary_max"),
            location=data.get("location") or "",
            housing=bool(data.get("housing")),
            travel=TravelLevel.parse(data.get("travel") or "none"),
            accommodations=_accommodations(data.get("accommodations")),
            graduates_welcome=bool(data.get("graduates_welcome")),
            headcount=data.get("headcount") or 1,
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A job seeker. `name`, `age` and `needs` never change a score beyond hard rule 2.

    `education` is None when it is unknown (a chat message that does not say): then the
    education rule restricts nothing.
    """

    id: str
    name: str = ""
    age: int | None = None
    education: EducationLevel | None = EducationLevel.NONE
    major: str = ""
    graduation_year: int | None = None
    experience_years: int = 0
    skills: tuple[str, ...] = ()
    summary: str = ""
    desired_titles: tuple[str, ...] = ()
    salary_expectation: int | None = None
    locations: tuple[str, ...] = ()
    needs_housing: bool = False
    travel: TravelLevel = TravelLevel.FREQUENT
    needs: frozenset[Accommodation] = frozenset()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Candidate:
        """From a candidates.jsonl record (codes or enum members); unknown keys are ignored."""
        return cls(
            id=str(data["id"]),
            name=data.get("name") or "",
            age=data.get("age"),
            education=EducationLevel.parse(data.get("education") or "none"),
            major=data.get("major") or "",
            graduation_year=data.get("graduation_year"),
            experience_years=data.get("experience_years") or 0,
            skills=tuple(data.get("skills") or ()),
            summary=data.get("summary") or "",
            desired_titles=tuple(data.get("desired_titles") or ()),
            salary_expectation=data.get("salary_expectation"),
            locations=tuple(data.get("locations") or ()),
            needs_housing=bool(data.get("needs_housing")),
            travel=TravelLevel.parse(data.get("travel") or "frequent"),
            needs=_accommodations(data.get("needs")),
        )


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a pair scores as it does: a code, a message in Chinese, and its share of the score.
    The occupation reason also names the job's occupation in the national classification."""

    code: str
    message: str
    weight: float
    occupation_code: str | None = None
    occupation_name: str | None = None

    def as_dict(self) -> dict[str, Any]:
        found = {"code": self.code, "message": self.message, "weight": self.weight}
        if self.occupation_code is not None:
            found["occupation_code"] = self.occupation_code
            found["occupation_name"] = self.occupation_name
        return found


@dataclass(frozen=True, slots=True)
class Match:
    """One ranked item: the id of the job (or candidate) matched, its score and reasons, and
    the figure of each score component (rounded to four places), from which the reasons
    can be written again (a batch run stores the figures, not the messages)."""

    id: str
    score: float
    reasons: tuple[Reason, ...] = field(default=())
    figures: tuple[tuple[str, float], ...] = field(default=())


def _accommodations(values: Iterable[Any] | None) -> frozenset[Accommodation]:
    return frozenset(Accommodation.parse(value) for value in values or ())
