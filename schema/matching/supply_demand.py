"""The supply and demand report of a published batch run (admins)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import strawberry

from engine.runs import reading
from schema.context import Info
from schema.limits.directives import Cost, assumed
from schema.matching.runs import MATCH_RUN, MatchRun
from schema.relay import decode_id

if TYPE_CHECKING:
    from engine.runs import supply_demand as report

# Reads every ranking of the run and every open job's and person's title: as costly as
# solving an assignment.
REPORT = Cost(weight="1000")


@strawberry.type(
    description="Counts of people; null where a count of recent graduates or of people with "
    "needs is under minimumCell (suppressed, so that no one can be singled out)."
)
class SupplyDemandPeople:
    seeking: int | None = strawberry.field(
        description="People whose desired occupation (preferred district) is the row's."
    )
    matched: int | None = strawberry.field(
        description="Distinct people whose ranking of jobs holds a job of the row."
    )
    without_match: int | None = strawberry.field(
        description="People whose ranking of jobs is empty, by their desired occupation "
        "(preferred district)."
    )

    @classmethod
    def from_counts(cls, counts: report.PeopleCounts) -> SupplyDemandPeople:
        return cls(
            seeking=counts.seeking, matched=counts.matched, without_match=counts.without_match
        )


@strawberry.type(description="One occupation, one district, the unknown bucket, or the total.")
class SupplyDemandRow:
    key: str = strawberry.field(
        description="The occupation's CSCO-2022 code, the district's full name (聊城市莘县), "
        '"unknown" where a job\'s or person\'s could not be read, or "total".'
    )
    name: str | None = strawberry.field(
        description="The occupation's or district's name; null for unknown and the total."
    )
    jobs: int = strawberry.field(description="Open jobs the run could rank.")
    openings: int = strawberry.field(description="The sum of those jobs' headcounts.")
    jobs_unmatched: int = strawberry.field(
        description="Jobs in no person's ranking: no one has them among their best `top`."
    )
    jobs_without_qualified_people: int | None = strawberry.field(
        description="Jobs whose own ranking of people is empty: no one meets their hard "
        "rules. Null when the run did not rank people for jobs (--for candidates)."
    )
    people: SupplyDemandPeople = strawberry.field(description="Everyone; never suppressed.")
    recent_graduates: SupplyDemandPeople = strawberry.field(
        description="People who graduated in the run's year minus two or later."
    )
    with_needs: SupplyDemandPeople = strawberry.field(
        description="People who state needs (people with disabilities)."
    )

    @classmethod
    def from_row(cls, row: report.Row) -> SupplyDemandRow:
        return cls(
            key=row.key,
            name=row.name,
            jobs=row.jobs,
            openings=row.openings,
            jobs_unmatched=row.jobs_unmatched,
            jobs_without_qualified_people=row.jobs_without_qualified_people,
            people=SupplyDemandPeople.from_counts(row.people),
            recent_graduates=SupplyDemandPeople.from_counts(row.recent_graduates),
            with_needs=SupplyDemandPeople.from_counts(row.with_needs),
        )


@strawberry.type(
    description="Supply and demand per occupation and per district, from a published batch "
    "run's rankings as readers see them now (jobs closed since are left out)."
)
class SupplyDemand:
    run_id: strawberry.Private[int]
    current_year: int = strawberry.field(
        description="The year the run counted recent graduates from."
    )
    minimum_cell: int = strawberry.field(
        description="Counts of recent graduates or people with needs under this are null."
    )
    total: SupplyDemandRow = strawberry.field(description="Everything together.")
    by_occupation: list[SupplyDemandRow] = strawberry.field(
        directives=[assumed(300)],
        description="One row per occupation, most openings first, unknown last.",
    )
    by_district: list[SupplyDemandRow] = strawberry.field(
        directives=[assumed(30)],
        description="One row per district, most openings first, unknown last.",
    )

    @strawberry.field(description="The run it is read from.")
    async def run(self, info: Info) -> MatchRun:
        ctx = info.context
        run = await ctx.db.read(reading.match_run, actor=ctx.actor, run_id=self.run_id)
        assert run is not None  # the report was just read from it
        return MatchRun.from_model(run)

    @classmethod
    def from_report(cls, found: report.SupplyDemand) -> SupplyDemand:
        return cls(
            run_id=found.run_id,
            current_year=found.current_year,
            minimum_cell=found.minimum_cell,
            total=SupplyDemandRow.from_row(found.total),
            by_occupation=[SupplyDemandRow.from_row(row) for row in found.by_occupation],
            by_district=[SupplyDemandRow.from_row(row) for row in found.by_district],
        )


@strawberry.type
class SupplyDemandQueries:
    @strawberry.field(
        directives=[REPORT],
        description="Supply and demand from a batch run (runId), else from the newest "
        "published run that ranked jobs for people. Admins.",
    )
    async def supply_demand(self, info: Info, run_id: strawberry.ID | None = None) -> SupplyDemand:
        ctx = info.context
        number = None if run_id is None else decode_id(run_id, MATCH_RUN, field="runId")
        # Not at start-up: the report reads occupations and places with the matchers' tables.
        from engine.runs.supply_demand import supply_demand

        found = await ctx.db.read(supply_demand, heavy=True, actor=ctx.actor, run_id=number)
        return SupplyDemand.from_report(found)
