"""Viewers ask about a job (askAboutJob); recruiters see and answer what the fields cannot."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import Private

from engine.jobs import questions as question_service
from engine.jobs.question_models import JobQuestion as JobQuestionRow
from engine.jobs.questions import Answer, AnswerSource
from engine.paging import Page
from schema.context import Info
from schema.errors import UserError
from schema.jobs.types import JOB_POST, LIVE_STREAM, JobPost, LiveStream, load_live_stream
from schema.limits.directives import PAGED, TEXT_READING
from schema.mutations import perform
from schema.relay import Connection, Node, decode_cursor, decode_id, to_global_id

JOB_QUESTION = "JobQuestion"

AnswerSourceEnum = strawberry.enum(
    AnswerSource,
    name="AnswerSource",
    description="FIELDS: the job's own fields; RECRUITER: a recruiter's earlier answer; "
    "PENDING: passed to the recruiter; MAJORS: the employer's jobs that fit the viewer's major; "
    "SEARCH: a search for work in general, for jobsForText (nothing is passed on).",
)


@strawberry.type(description="The answer to a viewer's question about a job.")
class JobAnswer:
    answer: str | None = strawberry.field(description="The answer, in Chinese.")
    topic: str | None = strawberry.field(
        description="housing, travel, education, pay, experience, graduates, accessibility, "
        "major, or null when the question is about something else."
    )
    answered: bool = strawberry.field(description="False while the question waits for a recruiter.")
    source: AnswerSourceEnum = strawberry.field(description="Where the answer comes from.")
    matching_jobs: list[JobPost] = strawberry.field(
        description="For MAJORS: the employer's open jobs that fit the viewer's major."
    )

    @classmethod
    def from_answer(cls, answer: Answer) -> JobAnswer:
        return cls(
            answer=answer.answer,
            topic=answer.topic,
            answered=answer.answered,
            source=answer.source,
            matching_jobs=[JobPost.from_model(job) for job in answer.matching_jobs],
        )


@strawberry.type(description="A viewer's question the job's fields could not answer.")
class JobQuestion(Node):
    pk: Private[int]
    job_pk: Private[int]
    live_stream_pk: Private[int | None]
    question: str = strawberry.field(description="The question as first asked.")
    topic: str | None = strawberry.field(description="What it is about, when known.")
    asked_count: int = strawberry.field(description="How many times it has been asked.")
    answer: str | None = strawberry.field(description="The recruiter's answer, once given.")
    created_at: datetime = strawberry.field(description="When it was first asked.")
    answered_at: datetime | None = strawberry.field(description="When it was answered.")

    @strawberry.field(description="The job asked about.")
    async def job(self, info: Info) -> JobPost:
        return JobPost.from_model(await info.context.loaders.job_by_id.load(self.job_pk))

    @strawberry.field(description="The broadcast it was asked in, if any.")
    async def live_stream(self, info: Info) -> LiveStream | None:
        return await load_live_stream(info, self.live_stream_pk)

    @classmethod
    def from_model(cls, row: JobQuestionRow) -> JobQuestion:
        return cls(
            pk=row.id,
            job_pk=row.job_id,
            live_stream_pk=row.live_stream_id,
            id=to_global_id(JOB_QUESTION, row.id),
            question=row.question,
            topic=row.topic,
            asked_count=row.asked_count,
            answer=row.answer,
            created_at=row.created_at,
            answered_at=row.answered_at,
        )


@strawberry.input(description="A recruiter's answer to an open question.")
class AnswerQuestionInput:
    question_id: strawberry.ID = strawberry.field(description="The JobQuestion's id.")
    answer: str = strawberry.field(description="The answer later askers will get.")


@strawberry.type(description="The answered question, or why not.")
class AnswerQuestionPayload:
    question: JobQuestion | None
    user_errors: list[UserError]


@strawberry.type
class QuestionQueries:
    @strawberry.field(
        directives=[TEXT_READING],
        description="Answers a viewer's question about an open job (公司能解决住宿吗？); "
        "anyone may ask. A question nothing answers is passed to the employer's recruiters. "
        "Asked in a broadcast (liveStreamId), it counts among the broadcast's questions once "
        "per request; after the broadcast has ended it is answered but not counted.",
    )
    async def ask_about_job(
        self,
        info: Info,
        job_id: strawberry.ID,
        question: str,
        live_stream_id: strawberry.ID | None = None,
    ) -> JobAnswer:
        ctx = info.context
        answer = await ctx.db.write(
            question_service.ask_about_job,
            actor=ctx.actor,
            job_id=decode_id(job_id, JOB_POST, field="job_id"),
            question=question,
            live_stream_id=None
            if live_stream_id is None
            else decode_id(live_stream_id, LIVE_STREAM, field="live_stream_id"),
            counted_streams=ctx.counted_streams,
        )
        return JobAnswer.from_answer(answer)

    @strawberry.field(
        directives=[PAGED],
        description="Unanswered questions about the recruiter's employer's jobs (all, for "
        "admins), newest first; optionally those asked in one broadcast.",
    )
    async def open_questions(
        self,
        info: Info,
        live_stream_id: strawberry.ID | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[JobQuestion]:
        ctx = info.context
        page: Page = await ctx.db.read(
            question_service.open_questions,
            actor=ctx.actor,
            live_stream_id=None
            if live_stream_id is None
            else decode_id(live_stream_id, LIVE_STREAM, field="live_stream_id"),
            first=first,
            after=decode_cursor(after),
        )
        return Connection.from_page(page, JobQuestion.from_model, key=lambda row: row.id)


@strawberry.type
class QuestionMutations:
    @strawberry.mutation(
        description="Answers a viewer's question; later askers of the same question get it."
    )
    async def answer_question(
        self, info: Info, input: AnswerQuestionInput
    ) -> AnswerQuestionPayload:
        ctx = info.context
        return await perform(
            AnswerQuestionPayload,
            "question",
            lambda: ctx.db.write(
                question_service.answer_question,
                actor=ctx.actor,
                question_id=decode_id(input.question_id, JOB_QUESTION, field="question_id"),
                answer=input.answer,
            ),
            JobQuestion.from_model,
        )
