"""`node(id)`: any object by its global id, if the viewer may see it."""

from __future__ import annotations

from engine.jobs.service import visible_job
from engine.seekers.service import visible_application
from engine.seekers.visibility import candidate_view
from engine.volunteering.tasks import find_task
from engine.volunteering.volunteers import find_visible_volunteer
from schema.context import Info
from schema.jobs.types import EMPLOYER, JOB_POST, LIVE_STREAM, Employer, JobPost, LiveStream
from schema.relay import Node, parse_global_id
from schema.seekers.types import APPLICATION, CANDIDATE, Application, CandidateProfile
from schema.volunteering.types import TASK, VOLUNTEER, Task, Volunteer


async def resolve_node(info: Info, id: str) -> Node | None:
    parsed = parse_global_id(id)
    if parsed is None:
        return None
    type_name, pk = parsed
    ctx = info.context
    if type_name == JOB_POST:
        job = await ctx.db.read(visible_job, actor=ctx.actor, job_id=pk)
        return None if job is None else JobPost.from_model(job)
    if type_name == EMPLOYER:
        employer = await ctx.loaders.employer_by_id.load(pk)
        return None if employer is None else Employer.from_model(employer)
    if type_name == LIVE_STREAM:
        stream = await ctx.loaders.live_stream_by_id.load(pk)
        return None if stream is None else LiveStream.from_model(stream)
    if type_name == CANDIDATE:
        view = await ctx.db.read(candidate_view, actor=ctx.actor, candidate_id=pk)
        return None if view is None else CandidateProfile.from_view(view)
    if type_name == TASK:
        task = await ctx.db.read(find_task, task_id=pk)
        return None if task is None else Task.from_model(task)
    if type_name == VOLUNTEER:
        volunteer = await ctx.db.read(find_visible_volunteer, actor=ctx.actor, volunteer_id=pk)
        return None if volunteer is None else Volunteer.from_model(volunteer)
    if type_name == APPLICATION:
        application = await ctx.db.read(visible_application, actor=ctx.actor, application_id=pk)
        return None if application is None else Application.from_model(application)
    return None
