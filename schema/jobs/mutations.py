from __future__ import annotations

import strawberry

from engine.jobs import livestreams as live_service
from engine.jobs import service as job_service
from engine.jobs.models import Presentation
from schema.context import Info
from schema.errors import UserError
from schema.inputs import given, provided
from schema.jobs.inputs import (
    CloseJobInput,
    CreateLiveStreamInput,
    PostJobInput,
    PresentJobInput,
    UpdateJobInput,
    UpdateLiveStreamInput,
)
from schema.jobs.types import JOB_POST, LIVE_STREAM, JobPost, LiveStream, PresentedJob
from schema.mutations import perform
from schema.relay import decode_id

REFERENCES = ("live_stream_id", "external_id", "employer_name")


@strawberry.type(description="The posted job, or why not.")
class PostJobPayload:
    job: JobPost | None
    user_errors: list[UserError]


@strawberry.type(description="The changed job, or why not.")
class UpdateJobPayload:
    job: JobPost | None
    user_errors: list[UserError]


@strawberry.type(description="The closed job, or why not.")
class CloseJobPayload:
    job: JobPost | None
    user_errors: list[UserError]


@strawberry.type(description="The new broadcast, or why not.")
class CreateLiveStreamPayload:
    live_stream: LiveStream | None
    user_errors: list[UserError]


@strawberry.type(description="The changed broadcast, or why not.")
class UpdateLiveStreamPayload:
    live_stream: LiveStream | None
    user_errors: list[UserError]


@strawberry.type(description="The job as presented in the broadcast, or why not.")
class PresentJobPayload:
    presented_job: PresentedJob | None
    user_errors: list[UserError]


@strawberry.type
class JobMutations:
    @strawberry.mutation(description="Posts a job for the recruiter's employer.")
    async def post_job(self, info: Info, input: PostJobInput) -> PostJobPayload:
        ctx = info.context
        live_stream = given(input.live_stream_id)
        return await perform(
            PostJobPayload,
            "job",
            lambda: ctx.db.write(
                job_service.post_job,
                actor=ctx.actor,
                data=provided(input, exclude=REFERENCES),
                employer_name=given(input.employer_name),
                external_id=given(input.external_id),
                live_stream_id=None
                if live_stream is None
                else decode_id(live_stream, LIVE_STREAM, field="live_stream_id"),
            ),
            JobPost.from_model,
            # Presenting the new job in the broadcast can fail only because of the broadcast.
            renames={"job_id": "liveStreamId"},
        )

    @strawberry.mutation(description="Changes the given fields of a job post.")
    async def update_job(self, info: Info, input: UpdateJobInput) -> UpdateJobPayload:
        ctx = info.context
        return await perform(
            UpdateJobPayload,
            "job",
            lambda: ctx.db.write(
                job_service.update_job,
                actor=ctx.actor,
                job_id=decode_id(input.id, JOB_POST, field="id"),
                changes=provided(input, exclude=("id",)),
            ),
            JobPost.from_model,
        )

    @strawberry.mutation(description="Closes a job post.")
    async def close_job(self, info: Info, input: CloseJobInput) -> CloseJobPayload:
        ctx = info.context
        return await perform(
            CloseJobPayload,
            "job",
            lambda: ctx.db.write(
                job_service.close_job,
                actor=ctx.actor,
                job_id=decode_id(input.id, JOB_POST, field="id"),
            ),
            JobPost.from_model,
        )

    @strawberry.mutation(description="Schedules a broadcast.")
    async def create_live_stream(
        self, info: Info, input: CreateLiveStreamInput
    ) -> CreateLiveStreamPayload:
        ctx = info.context
        return await perform(
            CreateLiveStreamPayload,
            "live_stream",
            lambda: ctx.db.write(
                live_service.create_live_stream,
                actor=ctx.actor,
                data=provided(input, exclude=("external_id", "employer_name")),
                employer_name=given(input.employer_name),
                external_id=given(input.external_id),
            ),
            LiveStream.from_model,
        )

    @strawberry.mutation(description="Edits a broadcast, or starts or ends it.")
    async def update_live_stream(
        self, info: Info, input: UpdateLiveStreamInput
    ) -> UpdateLiveStreamPayload:
        ctx = info.context
        return await perform(
            UpdateLiveStreamPayload,
            "live_stream",
            lambda: ctx.db.write(
                live_service.update_live_stream,
                actor=ctx.actor,
                stream_id=decode_id(input.id, LIVE_STREAM, field="id"),
                changes=provided(input, exclude=("id", "action")),
                action=given(input.action),
            ),
            LiveStream.from_model,
        )

    @strawberry.mutation(description="Presents a job in a broadcast, after those before it.")
    async def present_job(self, info: Info, input: PresentJobInput) -> PresentJobPayload:
        ctx = info.context

        async def work() -> tuple[Presentation, JobPost]:
            presentation = await ctx.db.write(
                live_service.present_job,
                actor=ctx.actor,
                stream_id=decode_id(input.live_stream_id, LIVE_STREAM, field="live_stream_id"),
                job_id=decode_id(input.job_id, JOB_POST, field="job_id"),
            )
            job = await ctx.loaders.job_by_id.load(presentation.job_id)
            return presentation, JobPost.from_model(job)

        return await perform(
            PresentJobPayload,
            "presented_job",
            work,
            lambda pair: PresentedJob(
                position=pair[0].position, presented_at=pair[0].presented_at, job=pair[1]
            ),
        )
