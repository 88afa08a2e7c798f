from __future__ import annotations

import strawberry

from engine.jobs.employers import employers_by_ids
from engine.paging import Page
from engine.seekers import service as seeker_service
from engine.seekers.visibility import candidate_view
from schema.context import Info
from schema.enums import ApplicationStatusEnum, RoleEnum
from schema.jobs.types import JOB_POST, Employer
from schema.limits.directives import PAGED
from schema.relay import Connection, decode_cursor, decode_id
from schema.seekers.types import Application, CandidateProfile


@strawberry.type(description="Who is asking, as the token says.")
class Viewer:
    role: RoleEnum | None = strawberry.field(description="Null without a token.")
    name: str = strawberry.field(description="The token holder's name.")
    employer: Employer | None = strawberry.field(description="A recruiter's employer.")
    community: str | None = strawberry.field(description="A coordinator's community.")
    candidate: CandidateProfile | None = strawberry.field(
        description="A seeker's own profile, once created."
    )


@strawberry.type
class SeekerQueries:
    @strawberry.field(description="The token holder, and a seeker's own profile.")
    async def viewer(self, info: Info) -> Viewer:
        ctx = info.context
        actor = ctx.actor
        employer = None
        if actor.employer_id is not None:
            found = await ctx.db.read(employers_by_ids, ids=[actor.employer_id])
            employer = Employer.from_model(found[actor.employer_id])
        candidate = await ctx.db.read(seeker_service.own_candidate, actor=actor)
        view = (
            None
            if candidate is None
            else await ctx.db.read(candidate_view, actor=actor, candidate_id=candidate.id)
        )
        return Viewer(
            role=actor.role,
            name=actor.name,
            employer=employer,
            community=actor.community,
            candidate=None if view is None else CandidateProfile.from_view(view),
        )

    @strawberry.field(
        directives=[PAGED],
        description="Applications: a seeker's own, a recruiter's employer's, or all for admins.",
    )
    async def applications(
        self,
        info: Info,
        first: int | None = 20,
        after: str | None = None,
        job_id: strawberry.ID | None = None,
        status: ApplicationStatusEnum | None = None,
    ) -> Connection[Application]:
        page: Page = await info.context.db.read(
            seeker_service.list_applications,
            actor=info.context.actor,
            first=first,
            after=decode_cursor(after),
            job_id=None if job_id is None else decode_id(job_id, JOB_POST, field="jobId"),
            status=status,
        )
        return Connection.from_page(page, Application.from_model, key=lambda app: app.id)
