"""Rankings served from the newest published batch run, and the runs themselves (admins)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from engine.runs import reading
from engine.runs.models import MatchRun as StoredRun
from schema.context import Info
from schema.jobs.types import JOB_POST
from schema.limits.directives import TOP
from schema.matching.types import CandidateMatch, JobMatch
from schema.relay import decode_id, to_global_id
from schema.seekers.types import CANDIDATE

MATCH_RUN = "MatchRun"


@strawberry.type(description="What a batch run ranked and stored.")
class MatchRunCounts:
    jobs: int = strawberry.field(description="Open jobs when it started.")
    candidates: int = strawberry.field(description="People when it started.")
    results: int | None = strawberry.field(description="Rankings stored; null until published.")


@strawberry.type(description="A batch match run (`civicmatch match-run`).")
class MatchRun:
    id: strawberry.ID = strawberry.field(description="Globally unique id.")
    number: int = strawberry.field(description="The run's number, as the CLI shows it.")
    kind: str = strawberry.field(
        description="candidates (jobs for every person), jobs (people for every job) or both."
    )
    status: str = strawberry.field(description="running, published or failed.")
    top: int = strawberry.field(description="Matches stored per person or job.")
    matcher_version: str = strawberry.field(description="Package version and constants digest.")
    progress: float = strawberry.field(description="Share of the run's chunks done, 0 to 1.")
    counts: MatchRunCounts = strawberry.field(description="What it ranked and stored.")
    started_by: str = strawberry.field(description="Who started it.")
    started_at: datetime = strawberry.field(description="When it started.")
    finished_at: datetime | None = strawberry.field(description="When it was published.")

    @classmethod
    def from_model(cls, run: StoredRun) -> MatchRun:
        return cls(
            id=to_global_id(MATCH_RUN, run.id),
            number=run.id,
            kind=run.kind.value,
            status=run.status.value,
            top=run.top,
            matcher_version=run.matcher_version,
            progress=round(run.progress, 4),
            counts=MatchRunCounts(
                jobs=run.counts.get("jobs", 0),
                candidates=run.counts.get("candidates", 0),
                results=run.counts.get("results"),
            ),
            started_by=run.started_by,
            started_at=run.started_at,
            finished_at=run.finished_at,
        )


@strawberry.type
class RunQueries:
    @strawberry.field(
        directives=[TOP],
        description="Open jobs that fit a person, from the newest published batch run (no "
        "matching at request time; rankedAt tells when). The same readers and consent rules "
        "as jobMatches.",
    )
    async def recommended_jobs(
        self, info: Info, candidate_id: strawberry.ID, first: int = 10
    ) -> list[JobMatch]:
        ctx = info.context
        matches = await ctx.db.read(
            reading.recommended_jobs,
            actor=ctx.actor,
            candidate_id=decode_id(candidate_id, CANDIDATE, field="candidateId"),
            first=first,
        )
        return [JobMatch.from_match(match) for match in matches]

    @strawberry.field(
        directives=[TOP],
        description="People who fit a job, from the newest published batch run, among those "
        "its employer may see. The same readers and consent rules as candidateMatches.",
    )
    async def recommended_candidates(
        self, info: Info, job_id: strawberry.ID, first: int = 10
    ) -> list[CandidateMatch]:
        ctx = info.context
        matches = await ctx.db.read(
            reading.recommended_candidates,
            actor=ctx.actor,
            job_id=decode_id(job_id, JOB_POST, field="jobId"),
            first=first,
        )
        return [CandidateMatch.from_match(match) for match in matches]

    @strawberry.field(directives=[TOP], description="Batch match runs, newest first. Admins.")
    async def match_runs(self, info: Info, first: int = 20) -> list[MatchRun]:
        ctx = info.context
        runs = await ctx.db.read(reading.match_runs, actor=ctx.actor, first=first)
        return [MatchRun.from_model(run) for run in runs]

    @strawberry.field(description="One batch match run, or null. Admins.")
    async def match_run(self, info: Info, id: strawberry.ID) -> MatchRun | None:
        ctx = info.context
        run = await ctx.db.read(
            reading.match_run, actor=ctx.actor, run_id=decode_id(id, MATCH_RUN, field="id")
        )
        return None if run is None else MatchRun.from_model(run)
