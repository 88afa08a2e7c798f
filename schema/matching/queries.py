from __future__ import annotations

import strawberry

from engine.live.figures import count_question
from engine.matching import service
from schema.context import Info
from schema.jobs.types import JOB_POST, LIVE_STREAM
from schema.limits.directives import MATCHING, TOP, ListSize
from schema.matching.types import CandidateMatch, JobMatch, TextMatchResult, TextProfile
from schema.relay import decode_id
from schema.seekers.types import CANDIDATE
from schema.selection import selects


@strawberry.type
class MatchingQueries:
    @strawberry.field(
        directives=[MATCHING, TOP],
        description="Open jobs that fit a person, best first, with reasons. For the person "
        "themself, admins, and recruiters who may see the person.",
    )
    async def job_matches(
        self, info: Info, candidate_id: strawberry.ID, first: int = 10
    ) -> list[JobMatch]:
        ctx = info.context
        matches = await ctx.db.read(
            service.job_matches,
            heavy=True,
            actor=ctx.actor,
            index=ctx.jobs_index,
            candidate_id=decode_id(candidate_id, CANDIDATE, field="candidateId"),
            first=first,
            reasons=selects(info, "reasons"),
        )
        return [JobMatch.from_match(match) for match in matches]

    @strawberry.field(
        directives=[MATCHING, TOP],
        description="People who fit a job, best first, among those its employer may see "
        "(applicants and profiles visible to employers). For the employer's recruiters and admins.",
    )
    async def candidate_matches(
        self, info: Info, job_id: strawberry.ID, first: int = 10
    ) -> list[CandidateMatch]:
        ctx = info.context
        matches = await ctx.db.read(
            service.candidate_matches,
            heavy=True,
            actor=ctx.actor,
            index=ctx.people_index,
            job_id=decode_id(job_id, JOB_POST, field="jobId"),
            first=first,
            reasons=selects(info, "reasons"),
        )
        return [CandidateMatch.from_match(match) for match in matches]

    @strawberry.field(
        directives=[MATCHING, ListSize(slicing_arguments=["first"], sized_fields=["matches"])],
        description="A viewer's chat message (26岁，环境设计专业，有岗位吗？) read into a "
        "profile, and the open jobs that fit it under the hard rules it states. Asked during "
        "a broadcast (liveStreamId), it counts among the broadcast's questions: once per request, "
        "and not after the broadcast has ended.",
    )
    async def jobs_for_text(
        self,
        info: Info,
        text: str,
        first: int = 10,
        live_stream_id: strawberry.ID | None = None,
    ) -> TextMatchResult:
        ctx = info.context
        stream = (
            None
            if live_stream_id is None
            else decode_id(live_stream_id, LIVE_STREAM, field="liveStreamId")
        )
        result = await ctx.db.read(
            service.jobs_for_text,
            heavy=True,
            index=ctx.jobs_index,
            text=text,
            first=first,
            reasons=selects(info, "matches", "reasons"),
        )
        if stream is not None:
            await ctx.db.write(
                count_question, stream_id=stream, counted_streams=ctx.counted_streams
            )
        return TextMatchResult(
            profile=TextProfile.from_profile(result.profile),
            matches=[JobMatch.from_match(match) for match in result.matches],
        )
