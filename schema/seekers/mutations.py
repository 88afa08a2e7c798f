from __future__ import annotations

import strawberry

from engine.seekers import service as seeker_service
from engine.seekers.visibility import CandidateView
from schema.context import Info
from schema.errors import UserError
from schema.inputs import given, provided
from schema.jobs.types import JOB_POST, LIVE_STREAM
from schema.mutations import perform
from schema.relay import decode_id
from schema.seekers.inputs import (
    ApplyToJobInput,
    UpdateApplicationStatusInput,
    UpsertCandidateProfileInput,
)
from schema.seekers.types import APPLICATION, CANDIDATE, Application, CandidateProfile


@strawberry.type(description="The saved profile, or why not.")
class UpsertCandidateProfilePayload:
    candidate: CandidateProfile | None
    user_errors: list[UserError]


@strawberry.type(description="The application, or why not.")
class ApplyToJobPayload:
    application: Application | None
    user_errors: list[UserError]


@strawberry.type(description="The application after the change, or why not.")
class UpdateApplicationStatusPayload:
    application: Application | None
    user_errors: list[UserError]


@strawberry.type
class SeekerMutations:
    @strawberry.mutation(description="Creates or changes the seeker's own profile.")
    async def upsert_candidate_profile(
        self, info: Info, input: UpsertCandidateProfileInput
    ) -> UpsertCandidateProfilePayload:
        ctx = info.context
        candidate_id = given(input.candidate_id)
        return await perform(
            UpsertCandidateProfilePayload,
            "candidate",
            lambda: ctx.db.write(
                seeker_service.upsert_candidate_profile,
                actor=ctx.actor,
                data=provided(input, exclude=("candidate_id",)),
                candidate_id=None
                if candidate_id is None
                else decode_id(candidate_id, CANDIDATE, field="candidate_id"),
            ),
            # The writer may see everything of the profile they just wrote.
            lambda candidate: CandidateProfile.from_view(
                CandidateView(candidate, show_contact=True, show_needs=True, show_settings=True)
            ),
        )

    @strawberry.mutation(description="Applies to an open job (投递简历).")
    async def apply_to_job(self, info: Info, input: ApplyToJobInput) -> ApplyToJobPayload:
        ctx = info.context
        live_stream_id = given(input.live_stream_id)
        return await perform(
            ApplyToJobPayload,
            "application",
            lambda: ctx.db.write(
                seeker_service.apply_to_job,
                actor=ctx.actor,
                job_id=decode_id(input.job_id, JOB_POST, field="job_id"),
                live_stream_id=None
                if live_stream_id is None
                else decode_id(live_stream_id, LIVE_STREAM, field="live_stream_id"),
                note=given(input.note) or "",
            ),
            Application.from_model,
        )

    @strawberry.mutation(
        description="Moves an application on: employers forward or to REJECTED, the seeker "
        "to WITHDRAWN."
    )
    async def update_application_status(
        self, info: Info, input: UpdateApplicationStatusInput
    ) -> UpdateApplicationStatusPayload:
        ctx = info.context
        return await perform(
            UpdateApplicationStatusPayload,
            "application",
            lambda: ctx.db.write(
                seeker_service.update_application_status,
                actor=ctx.actor,
                application_id=decode_id(input.id, APPLICATION, field="id"),
                status=input.status,
                note=given(input.note) or "",
            ),
            Application.from_model,
        )
