"""`matchIndex`: what the answering worker's matching indexes hold (admins)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from engine.matching import index_state
from schema.context import Info


@strawberry.type(description="One matching index of the worker that answered.")
class IndexState:
    items: int = strawberry.field(description="Open jobs, or people, it ranks.")
    version: int = strawberry.field(
        description="One more for every change applied, full fits included."
    )
    built_at: datetime | None = strawberry.field(
        description="When its vocabulary was last fitted in full; null before the first fit."
    )
    updated_at: datetime | None = strawberry.field(description="When it last changed.")
    changed_since_fit: int = strawberry.field(
        description="Items added, edited or removed since the last full fit."
    )
    refitting: bool = strawberry.field(description="Whether a full fit runs in the background.")

    @classmethod
    def of(cls, state: index_state.IndexState) -> IndexState:
        return cls(
            items=state.items,
            version=state.version,
            built_at=state.built_at,
            updated_at=state.updated_at,
            changed_since_fit=state.changed_since_fit,
            refitting=state.refitting,
        )


@strawberry.type(
    description="The matching indexes of the worker process that answered: each worker keeps "
    "its own, caught up with the database within about a second."
)
class MatchIndex:
    worker: int = strawberry.field(description="The answering worker's process id.")
    version: int = strawberry.field(description="The open-jobs index's version.")
    jobs: int = strawberry.field(description="Open jobs in the index.")
    built_at: datetime | None = strawberry.field(
        description="When the open-jobs index was last fitted in full."
    )
    open_jobs: IndexState = strawberry.field(description="The open-jobs index.")
    people: IndexState = strawberry.field(description="The people index (candidateMatches).")


@strawberry.type
class MatchIndexQueries:
    @strawberry.field(description="What this worker's matching indexes hold now. Admins.")
    async def match_index(self, info: Info) -> MatchIndex:
        ctx = info.context
        state = index_state.match_index_state(
            actor=ctx.actor, jobs=ctx.jobs_index, people=ctx.people_index
        )
        return MatchIndex(
            worker=state.worker,
            version=state.jobs.version,
            jobs=state.jobs.items,
            built_at=state.jobs.built_at,
            open_jobs=IndexState.of(state.jobs),
            people=IndexState.of(state.people),
        )
