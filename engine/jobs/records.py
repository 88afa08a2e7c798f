"""The fields of a job post as FORMATS.md's jobs.jsonl defines them, plus our extensions."""

from __future__ import annotations

from engine.fields import Field
from engine.jobs.models import JobStatus
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel, Vocabulary

TITLE_MAX = 200
DESCRIPTION_MAX = 20_000
SALARY_MAX = 10_000_000


class JobStatusCode(Vocabulary):
    OPEN = JobStatus.OPEN.value
    CLOSED = JobStatus.CLOSED.value

    @classmethod
    def labels(cls) -> dict[str, tuple[str, ...]]:
        return {"open": ("招聘中",), "closed": ("已关闭",)}


# The fields a recruiter edits; `id`, `employer` and `livestream` are references, handled apart.
JOB_CONTENT_FIELDS: tuple[Field, ...] = (
    Field("title", "str", required=True, non_blank=True, max_length=TITLE_MAX),
    Field("description", "str", default="", max_length=DESCRIPTION_MAX),
    Field("skills", "strings", default=[]),
    Field("education", "enum", default=EducationLevel.NONE, vocabulary=EducationLevel),
    Field("majors", "strings", default=[]),
    Field("experience_years", "int", default=0, minimum=0, maximum=60),
    Field("salary_min", "int", nullable=True, minimum=0, maximum=SALARY_MAX),
    Field("salary_max", "int", nullable=True, minimum=0, maximum=SALARY_MAX),
    Field("location", "str", default="", max_length=200),
    Field("housing", "bool", default=False),
    Field("travel", "enum", default=TravelLevel.NONE, vocabulary=TravelLevel),
    Field("accommodations", "enums", default=[], vocabulary=Accommodation),
    Field("graduates_welcome", "bool", default=False),
    Field("headcount", "int", default=1, minimum=1, maximum=100_000),
)

JOB_FILE_FIELDS: tuple[Field, ...] = (
    Field("id", "str", required=True, non_blank=True, max_length=200),
    Field("employer", "str", required=True, non_blank=True, max_length=200),
    *JOB_CONTENT_FIELDS,
    Field("livestream", "str", nullable=True, max_length=200),
    Field("status", "enum", vocabulary=JobStatusCode, extension=True),
    # Read from the title (engine.jobs.occupations): written by export, ignored by import.
    Field("occupation_code", "str", nullable=True, max_length=20, extension=True),
    Field("occupation_name", "str", nullable=True, max_length=100, extension=True),
)

LIVE_STREAM_FIELDS: tuple[Field, ...] = (
    Field("title", "str", required=True, non_blank=True, max_length=TITLE_MAX),
    Field("host", "str", default="", max_length=200),
    Field("campaign", "str", nullable=True, non_blank=True, max_length=200),
    Field("scheduled_start", "datetime", nullable=True),
    Field("viewer_count", "int", default=0, minimum=0, maximum=1_000_000_000),
)
