"""Job alerts for seekers who opted in: a connection, marking them seen, and a subscription
that pushes the new ones when a batch run publishes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from datetime import datetime

import strawberry
from strawberry import Private

from engine.paging import Page
from engine.runs import alerts
from engine.runs.models import JobAlert as StoredAlert
from schema.context import Info
from schema.errors import UserError
from schema.jobs.types import JobPost
from schema.limits.directives import PAGED
from schema.mutations import perform
from schema.relay import Connection, decode_cursor, decode_id, to_global_id

JOB_ALERT = "JobAlert"
# How often a subscription looks for new alerts; runs publish a few times a day at most.
POLL_SECONDS = 5.0


@strawberry.type(description="A new top match from a batch run, for a seeker who opted in.")
class JobAlert:
    pk: Private[int]
    job_pk: Private[int]
    id: strawberry.ID = strawberry.field(description="Globally unique id.")
    score: float = strawberry.field(description="0 to 1; higher fits better.")
    created_at: datetime = strawberry.field(description="When the run found it.")
    seen: bool = strawberry.field(description="Marked seen (markJobAlertsSeen).")

    @strawberry.field(description="The job.")
    async def job(self, info: Info) -> JobPost:
        return JobPost.from_model(await info.context.loaders.job_by_id.load(self.job_pk))

    @classmethod
    def from_model(cls, alert: StoredAlert) -> JobAlert:
        return cls(
            pk=alert.id,
            job_pk=alert.job_id,
            id=to_global_id(JOB_ALERT, alert.id),
            score=alert.score,
            created_at=alert.created_at,
            seen=alert.seen_at is not None,
        )


@strawberry.input(description="Alerts to mark seen: the given ones, or all when ids is left out.")
class MarkJobAlertsSeenInput:
    ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description=f"At most {alerts.MAX_MARKED}; null: every unseen alert."
    )


@strawberry.type(description="How many alerts were marked seen, or why not.")
class MarkJobAlertsSeenPayload:
    marked: int | None
    user_errors: list[UserError]


@strawberry.type
class AlertQueries:
    @strawberry.field(
        directives=[PAGED],
        description="Your job alerts (seekers with alertsEnabled), newest first, on jobs still "
        "open; unseenOnly for those not yet marked seen.",
    )
    async def job_alerts(
        self,
        info: Info,
        first: int | None = 20,
        after: str | None = None,
        unseen_only: bool = False,
    ) -> Connection[JobAlert]:
        page: Page = await info.context.db.read(
            alerts.job_alerts,
            actor=info.context.actor,
            first=first,
            after=decode_cursor(after),
            unseen_only=unseen_only,
        )
        return Connection.from_page(page, JobAlert.from_model, key=lambda alert: alert.id)


@strawberry.type
class AlertMutations:
    @strawberry.mutation(description="Marks your job alerts seen.")
    async def mark_job_alerts_seen(
        self, info: Info, input: MarkJobAlertsSeenInput
    ) -> MarkJobAlertsSeenPayload:
        ctx = info.context
        return await perform(
            MarkJobAlertsSeenPayload,
            "marked",
            lambda: ctx.db.write(
                alerts.mark_alerts_seen,
                actor=ctx.actor,
                ids=None
                if input.ids is None
                else [decode_id(raw, JOB_ALERT, field="ids") for raw in input.ids],
            ),
            lambda marked: marked,
        )


@strawberry.type
class AlertSubscriptions:
    @strawberry.subscription(
        description="Your new job alerts as batch runs publish them (seekers with "
        "alertsEnabled); alerts found before you subscribed are in jobAlerts."
    )
    async def job_alerts(self, info: Info) -> AsyncGenerator[JobAlert, None]:
        ctx = info.context
        candidate_id = await ctx.db.read(alerts.own_candidate_id, actor=ctx.actor)
        if candidate_id is None:
            return
        last = await ctx.db.read(alerts.newest_alert_id, candidate_id=candidate_id)
        while True:
            await asyncio.sleep(POLL_SECONDS)
            found = await ctx.db.read(alerts.alerts_after, candidate_id=candidate_id, after=last)
            for alert in found:
                last = max(last, alert.id)
                yield JobAlert.from_model(alert)
