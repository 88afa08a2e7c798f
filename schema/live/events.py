"""liveStreamEvents: a broadcast, live, over graphql-transport-ws."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime

import strawberry

from engine.jobs.service import can_see_job
from engine.live.events import LiveEventKind
from engine.live.figures import campaign_figures, every_campaign_figures
from engine.live.hub import LiveUpdate
from schema.context import Info
from schema.jobs.types import LIVE_STREAM, JobPost, LiveStream, PresentedJob
from schema.live.figures import CampaignFigures, LiveStreamFigures
from schema.relay import decode_id

LiveStreamEventKindEnum = strawberry.enum(
    LiveEventKind,
    name="LiveStreamEventKind",
    description="SNAPSHOT: the state when you start watching; STARTED, ENDED, JOB_PRESENTED; "
    "FIGURES: viewers, questions or applications changed.",
)


@strawberry.type(description="Something happened in a broadcast; every event carries it whole.")
class LiveStreamEvent:
    kind: LiveStreamEventKindEnum = strawberry.field(description="What happened.")
    at: datetime = strawberry.field(description="When the server sent it.")
    live_stream: LiveStream = strawberry.field(description="The broadcast, as it is now.")
    presented: PresentedJob | None = strawberry.field(
        description="The job on screen now: the one JOB_PRESENTED names, else the latest; "
        "null before the first."
    )
    figures: LiveStreamFigures = strawberry.field(description="The broadcast's figures now.")

    @classmethod
    def from_update(cls, update: LiveUpdate, info: Info) -> LiveStreamEvent:
        state = update.state
        presented = None
        if (
            state.presentation is not None
            and state.job is not None
            and can_see_job(info.context.actor, state.job)
        ):
            presented = PresentedJob(
                position=state.presentation.position,
                presented_at=state.presentation.presented_at,
                job=JobPost.from_model(state.job),
            )
        return cls(
            kind=update.kind,
            at=update.at,
            live_stream=LiveStream.from_model(state.stream),
            presented=presented,
            figures=LiveStreamFigures.from_live(update.figures),
        )


@strawberry.type
class LiveSubscriptions:
    @strawberry.subscription(
        description="A broadcast as it happens, for anyone: a SNAPSHOT first, then an event "
        "whenever it starts, presents a job, ends, or its figures change. The subscription "
        "completes after ENDED (at once for a broadcast that has ended); an unknown "
        "broadcast is an error."
    )
    async def live_stream_events(
        self, info: Info, stream_id: strawberry.ID
    ) -> AsyncGenerator[LiveStreamEvent, None]:
        pk = decode_id(stream_id, LIVE_STREAM, field="streamId")
        async with info.context.live.watch(pk) as updates:
            async for update in updates:
                yield LiveStreamEvent.from_update(update, info)


@strawberry.type
class LiveQueries:
    @strawberry.field(description="The figures of one campaign's broadcasts, added up.")
    async def campaign_figures(self, info: Info, campaign: str) -> CampaignFigures:
        figures = await info.context.db.read(campaign_figures, campaign=campaign)
        return CampaignFigures.from_figures(figures)

    @strawberry.field(description="Every campaign's figures, in order of its first broadcast.")
    async def campaigns(self, info: Info) -> list[CampaignFigures]:
        every = await info.context.db.read(every_campaign_figures)
        return [CampaignFigures.from_figures(figures) for figures in every]
