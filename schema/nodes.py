"""`node(id)`: any object by its global id, if the viewer may see it.

Each type resolves through the same visibility rule as its other ways in; an object the
viewer may not see is null, exactly as a missing one is.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from engine.jobs.questions import find_visible_question
from engine.jobs.service import visible_job
from engine.seekers.service import visible_application
from engine.seekers.visibility import candidate_view
from engine.volunteering.requests import find_board_request, find_community_request
from engine.volunteering.signups import find_visible_sign_up
from engine.volunteering.tasks import find_task
from engine.volunteering.volunteers import find_visible_volunteer
from schema.context import Info
from schema.jobs.questions import JOB_QUESTION, JobQuestion
from schema.jobs.types import EMPLOYER, JOB_POST, LIVE_STREAM, Employer, JobPost, LiveStream
from schema.relay import Node, parse_global_id
from schema.seekers.types import APPLICATION, CANDIDATE, Application, CandidateProfile
from schema.volunteering.points import REWARD, Reward
from schema.volunteering.requests import (
    BOARD_REQUEST,
    COMMUNITY_REQUEST,
    BoardRequest,
    CommunityRequest,
)
from schema.volunteering.types import SIGN_UP, TASK, VOLUNTEER, SignUp, Task, Volunteer

Resolver = Callable[[Info, int], Awaitable[Node | None]]


async def _job_post(info: Info, pk: int) -> Node | None:
    job = await info.context.db.read(visible_job, actor=info.context.actor, job_id=pk)
    return None if job is None else JobPost.from_model(job)


async def _employer(info: Info, pk: int) -> Node | None:
    employer = await info.context.loaders.employer_by_id.load(pk)
    return None if employer is None else Employer.from_model(employer)


async def _live_stream(info: Info, pk: int) -> Node | None:
    stream = await info.context.loaders.live_stream_by_id.load(pk)
    return None if stream is None else LiveStream.from_model(stream)


async def _job_question(info: Info, pk: int) -> Node | None:
    ctx = info.context
    asked = await ctx.db.read(find_visible_question, actor=ctx.actor, question_id=pk)
    return None if asked is None else JobQuestion.from_model(asked)


async def _candidate(info: Info, pk: int) -> Node | None:
    ctx = info.context
    view = await ctx.db.read(candidate_view, actor=ctx.actor, candidate_id=pk)
    return None if view is None else CandidateProfile.from_view(view)


async def _application(info: Info, pk: int) -> Node | None:
    ctx = info.context
    application = await ctx.db.read(visible_application, actor=ctx.actor, application_id=pk)
    return None if application is None else Application.from_model(application)


async def _task(info: Info, pk: int) -> Node | None:
    task = await info.context.db.read(find_task, task_id=pk)
    return None if task is None else Task.from_model(task)


async def _volunteer(info: Info, pk: int) -> Node | None:
    ctx = info.context
    volunteer = await ctx.db.read(find_visible_volunteer, actor=ctx.actor, volunteer_id=pk)
    return None if volunteer is None else Volunteer.from_model(volunteer)


async def _sign_up(info: Info, pk: int) -> Node | None:
    ctx = info.context
    entry = await ctx.db.read(find_visible_sign_up, actor=ctx.actor, sign_up_id=pk)
    return None if entry is None else SignUp.from_model(entry)


async def _reward(info: Info, pk: int) -> Node | None:
    reward = await info.context.loaders.reward_by_id.load(pk)
    return None if reward is None else Reward.from_model(reward)


async def _board_request(info: Info, pk: int) -> Node | None:
    ctx = info.context
    view = await ctx.db.read(find_board_request, actor=ctx.actor, request_id=pk)
    return None if view is None else BoardRequest.from_view(view)


async def _community_request(info: Info, pk: int) -> Node | None:
    ctx = info.context
    view = await ctx.db.read(find_community_request, actor=ctx.actor, request_id=pk)
    return None if view is None else CommunityRequest.from_view(view)


# Every type implementing Node, by the type name in its global ids.
RESOLVERS: dict[str, Resolver] = {
    JOB_POST: _job_post,
    EMPLOYER: _employer,
    LIVE_STREAM: _live_stream,
    JOB_QUESTION: _job_question,
    CANDIDATE: _candidate,
    APPLICATION: _application,
    TASK: _task,
    VOLUNTEER: _volunteer,
    SIGN_UP: _sign_up,
    REWARD: _reward,
    BOARD_REQUEST: _board_request,
    COMMUNITY_REQUEST: _community_request,
}


async def resolve_node(info: Info, id: str) -> Node | None:
    parsed = parse_global_id(id)
    resolver = None if parsed is None else RESOLVERS.get(parsed[0])
    if parsed is None or resolver is None:
        return None
    return await resolver(info, parsed[1])
