"""The fields of a candidate as FORMATS.md's candidates.jsonl defines them, plus extensions."""

from __future__ import annotations

from engine.fields import Field
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel

SUMMARY_MAX = 20_000

CANDIDATE_PROFILE_FIELDS: tuple[Field, ...] = (
    Field("name", "str", default="", max_length=100),
    Field("age", "int", nullable=True, minimum=14, maximum=120),
    Field("education", "enum", default=EducationLevel.NONE, vocabulary=EducationLevel),
    Field("major", "str", default="", max_length=200),
    Field("graduation_year", "int", nullable=True, minimum=1940, maximum=2100),
    Field("experience_years", "int", default=0, minimum=0, maximum=80),
    Field("skills", "strings", default=[]),
    Field("summary", "str", default="", max_length=SUMMARY_MAX),
    Field("desired_titles", "strings", default=[]),
    Field("salary_expectation", "int", nullable=True, minimum=0, maximum=10_000_000),
    Field("locations", "strings", default=[]),
    Field("needs_housing", "bool", default=False),
    Field("travel", "enum", default=TravelLevel.FREQUENT, vocabulary=TravelLevel),
    Field("needs", "enums", default=[], vocabulary=Accommodation),
    Field("share_needs_with_employers", "bool", default=False),
    Field("visible_to_employers", "bool", default=False, extension=True),
    Field("alerts_enabled", "bool", default=False, extension=True),
    Field("phone", "str", default="", max_length=50, extension=True),
    Field("email", "str", default="", max_length=200, extension=True),
)

CANDIDATE_FILE_FIELDS: tuple[Field, ...] = (
    Field("id", "str", required=True, non_blank=True, max_length=200),
    *CANDIDATE_PROFILE_FIELDS,
)
