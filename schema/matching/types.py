"""GraphQL types for matches and the profiles read from chat messages."""

from __future__ import annotations

from datetime import datetime

import strawberry

from engine.matching import service
from matchers.records import Reason
from matchers.text.profile import TextProfile as ReadProfile
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel
from schema.errors import camel
from schema.jobs.types import JobPost
from schema.limits.directives import assumed
from schema.seekers.types import CandidateProfile


@strawberry.type(
    description="Why a pair scores as it does, in Chinese, with its share of the score."
)
class MatchReason:
    code: str = strawberry.field(
        description="skills, missing_skills, occupation, major, experience, salary, location, "
        "graduates or text."
    )
    message: str = strawberry.field(description="The reason, e.g. 技能匹配：烙画、雕刻.")
    weight: float = strawberry.field(description="Its share of the score (0 for a gap).")
    occupation_code: str | None = strawberry.field(
        default=None,
        description="On the occupation reason: the job's national occupation code (CSCO-2022).",
    )
    occupation_name: str | None = strawberry.field(
        default=None, description="On the occupation reason: that occupation's name."
    )

    @classmethod
    def from_reason(cls, reason: Reason) -> MatchReason:
        return cls(
            code=reason.code,
            message=reason.message,
            weight=reason.weight,
            occupation_code=reason.occupation_code,
            occupation_name=reason.occupation_name,
        )


@strawberry.type(description="A job that fits a person, best first.")
class JobMatch:
    job: JobPost = strawberry.field(description="The job.")
    score: float = strawberry.field(description="0 to 1; higher fits better.")
    reasons: list[MatchReason] = strawberry.field(
        directives=[assumed(10)], description="Why, largest share first."
    )
    ranked_at: datetime | None = strawberry.field(
        default=None,
        description="When the batch run this ranking comes from was published; null for a "
        "ranking made for this request.",
    )

    @classmethod
    def from_match(cls, match: service.JobMatch) -> JobMatch:
        return cls(
            job=JobPost.from_model(match.job),
            score=match.score,
            reasons=[MatchReason.from_reason(reason) for reason in match.reasons],
            ranked_at=match.ranked_at,
        )


@strawberry.type(description="A person who fits a job, best first.")
class CandidateMatch:
    candidate: CandidateProfile = strawberry.field(description="The person, as you may see them.")
    score: float = strawberry.field(description="0 to 1; higher fits better.")
    reasons: list[MatchReason] = strawberry.field(
        directives=[assumed(10)], description="Why, largest share first."
    )
    ranked_at: datetime | None = strawberry.field(
        default=None,
        description="When the batch run this ranking comes from was published; null for a "
        "ranking made for this request.",
    )

    @classmethod
    def from_match(cls, match: service.CandidateMatch) -> CandidateMatch:
        return cls(
            candidate=CandidateProfile.from_view(match.candidate),
            score=match.score,
            reasons=[MatchReason.from_reason(reason) for reason in match.reasons],
            ranked_at=match.ranked_at,
        )


@strawberry.type(description="What a chat message says about its writer; null where it is silent.")
class TextProfile:
    age: int | None = strawberry.field(description="Age, if stated (never used in matching).")
    education: EducationLevel | None = strawberry.field(description="Highest education.")
    major: str | None = strawberry.field(description="专业.")
    graduation_year: int | None = strawberry.field(description="Year of graduation.")
    experience_years: int | None = strawberry.field(description="Years of experience.")
    skills: list[str] | None = strawberry.field(description="Skills mentioned.")
    desired_titles: list[str] | None = strawberry.field(description="Jobs asked for.")
    salary_expectation: int | None = strawberry.field(description="Lowest acceptable pay.")
    locations: list[str] | None = strawberry.field(description="Areas named.")
    needs_housing: bool | None = strawberry.field(description="Asks for housing.")
    travel: TravelLevel | None = strawberry.field(description="The most travel accepted.")
    needs: list[Accommodation] | None = strawberry.field(
        description="Accommodations the writer needs (applied as hard rule 2)."
    )
    stated: list[str] = strawberry.field(description="The fields the message states.")

    @classmethod
    def from_profile(cls, profile: ReadProfile) -> TextProfile:
        values = {
            name: _plain(getattr(profile.candidate, name)) if name in profile.stated else None
            for name in PROFILE_FIELDS
        }
        return cls(**values, stated=sorted(camel(name) for name in profile.stated))


PROFILE_FIELDS = (
    "age",
    "education",
    "major",
    "graduation_year",
    "experience_years",
    "skills",
    "desired_titles",
    "salary_expectation",
    "locations",
    "needs_housing",
    "travel",
    "needs",
)


def _plain(value: object) -> object:
    if isinstance(value, frozenset):
        return [member for member in Accommodation if member in value]
    return list(value) if isinstance(value, tuple) else value


@strawberry.type(description="A chat message read into a profile, and the jobs that fit it.")
class TextMatchResult:
    profile: TextProfile = strawberry.field(description="What the message says.")
    matches: list[JobMatch] = strawberry.field(description="Open jobs that fit, best first.")
