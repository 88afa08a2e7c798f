"""draftJobFromSpeech: what a live-stream host said, read into a job draft (not saved)."""

from __future__ import annotations

import strawberry

from engine.matching.speech import draft_job_from_speech
from engine.messages import Message
from matchers.speech.reader import FIELD_ORDER
from matchers.speech.reader import JobDraft as ReadDraft
from matchers.vocabulary import EducationLevel, TravelLevel
from schema.context import Info
from schema.errors import camel, for_client, language_of
from schema.limits.directives import TEXT_READING


@strawberry.type(description="How sure the reader is of one field of a draft.")
class FieldConfidence:
    field: str = strawberry.field(description="The field's GraphQL name, e.g. salaryMin.")
    confidence: float = strawberry.field(description="0 to 1; higher is surer.")


@strawberry.type(
    description="A job post read from speech, for the host to confirm with postJob; "
    "null where the text is silent."
)
class JobDraft:
    title: str | None = strawberry.field(description="Job title, e.g. 搅拌站操作员.")
    employer: str | None = strawberry.field(description="The employer's name as said.")
    education: EducationLevel | None = strawberry.field(description="Minimum education.")
    salary_min: int | None = strawberry.field(description="Lowest monthly pay (年薪 / 12).")
    salary_max: int | None = strawberry.field(description="Highest monthly pay (年薪 / 12).")
    headcount: int | None = strawberry.field(description="People wanted (招5人).")
    housing: bool | None = strawberry.field(description="Whether housing is provided.")
    travel: TravelLevel | None = strawberry.field(description="Travel the job needs.")
    experience_years: int | None = strawberry.field(description="Minimum years wanted.")
    graduates_welcome: bool | None = strawberry.field(description="Whether 应届生 may apply.")
    location: str | None = strawberry.field(description="Where the work is, e.g. 聊城市莘县.")
    confidence: list[FieldConfidence] = strawberry.field(
        description="One entry per field the text states."
    )
    states_nothing: strawberry.Private[bool]

    @strawberry.field(
        description="Why the draft is empty when the text states no job field; else null."
    )
    def message(self, info: Info) -> str | None:
        if not self.states_nothing:
            return None
        return for_client(Message("speech.nothing_found"), language_of(info.context))

    @classmethod
    def from_draft(cls, draft: ReadDraft) -> JobDraft:
        values = dict(draft.fields)
        if "education" in values:
            values["education"] = EducationLevel(values["education"])
        if "travel" in values:
            values["travel"] = TravelLevel(values["travel"])
        return cls(
            **{name: values.get(name) for name in FIELD_ORDER},
            confidence=[
                FieldConfidence(field=camel(name), confidence=sure)
                for name, sure in draft.confidence.items()
            ],
            states_nothing=draft.message is not None,
        )


@strawberry.type
class SpeechQueries:
    @strawberry.field(
        directives=[TEXT_READING],
        description="What a live-stream host said about one job (这个搅拌站操作员的工作岗位，"
        "要求中专学历，薪资4500—6000元) read into a draft with a confidence per field; nothing "
        "is saved. An empty text is an error (EMPTY_QUERY).",
    )
    async def draft_job_from_speech(self, info: Info, text: str) -> JobDraft:
        draft = await info.context.offload.run(lambda: draft_job_from_speech(text=text), heavy=True)
        return JobDraft.from_draft(draft)
