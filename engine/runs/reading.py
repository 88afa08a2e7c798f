"""Rankings served from the newest published run: no matching at request time.

The same permission and consent rules as `jobMatches` and `candidateMatches`: a person's
ranking of jobs is read in the version the reader may see (with the person's needs, or
without them), and people ranked for a job are filtered to those the recruiter may see,
with hard rule 2 applied as the reader may see the needs now. Reasons are written again
from the stored figures, from the job and the person as they are now.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import InvalidValue, NotFound
from engine.jobs.models import Employer, JobPost, JobStatus
from engine.matching.records import candidate_for_viewer, job_from_row
from engine.matching.service import CandidateMatch, JobMatch
from engine.messages import Ref
from engine.paging import checked_match_count
from engine.runs.models import Audience, MatchResult, MatchRun, RunKind, RunStatus, Side
from engine.seekers.visibility import candidate_view, candidate_views

KINDS_WITH = {
    Side.JOBS: (RunKind.CANDIDATES, RunKind.BOTH),
    Side.CANDIDATES: (RunKind.JOBS, RunKind.BOTH),
}


def latest_published(session: Session, side: Side) -> MatchRun | None:
    """The newest published run that ranked `side`."""
    return session.scalar(
        select(MatchRun)
        .where(MatchRun.status == RunStatus.PUBLISHED, MatchRun.kind.in_(KINDS_WITH[side]))
        .order_by(MatchRun.finished_at.desc(), MatchRun.id.desc())
        .limit(1)
    )


def recommended_jobs(
    *, session: Session, actor: Actor, candidate_id: int, first: int
) -> list[JobMatch]:
    actor.require(Role.SEEKER, Role.RECRUITER)
    top = checked_match_count(first)
    view = candidate_view(session=session, actor=actor, candidate_id=candidate_id)
    if view is None:
        raise NotFound(
            "candidate.not_found",
            field="candidate_id",
            candidate=Ref("CandidateProfile", candidate_id),
        )
    run = latest_published(session, Side.JOBS)
    if run is None:
        return []
    from matchers.jobs.features import is_recent_graduate  # not at start-up: see service.py
    from matchers.jobs.reasons import explain
    from matchers.jobs.scoring import WEIGHTS

    audience = Audience.WITH_NEEDS if view.show_needs else Audience.WITHOUT_NEEDS
    results = session.scalars(
        select(MatchResult)
        .where(
            MatchResult.run_id == run.id,
            MatchResult.side == Side.JOBS,
            MatchResult.candidate_id == candidate_id,
            MatchResult.audience.in_([Audience.ALL, audience]),
        )
        .order_by(MatchResult.rank)
    ).all()
    jobs = _open_jobs(session, [result.job_id for result in results])
    person = candidate_for_viewer(view)
    recent = is_recent_graduate(person, int(run.parameters["current_year"]))
    matches = []
    for result in results:
        if result.job_id not in jobs:
            continue  # closed since the run
        job, employer = jobs[result.job_id]
        record = job_from_row(job, employer)
        if person.needs - record.accommodations:
            continue  # hard rule 2, with the needs (as this reader may see them) stated now
        reasons = explain(record, person, result.figures, WEIGHTS, recent_graduate=recent)
        matches.append(
            JobMatch(job=job, score=result.score, reasons=reasons, ranked_at=run.finished_at)
        )
    return matches[:top]


def recommended_candidates(
    *, session: Session, actor: Actor, job_id: int, first: int
) -> list[CandidateMatch]:
    actor.require(Role.RECRUITER)
    top = checked_match_count(first)
    row = session.execute(
        select(JobPost, Employer.name)
        .join(Employer, Employer.id == JobPost.employer_id)
        .where(JobPost.id == job_id)
    ).one_or_none()
    if row is None or not actor.acts_for_employer(row[0].employer_id):
        raise NotFound("job_post.not_found", field="job_id", job=Ref("JobPost", job_id))
    job, employer = row
    run = latest_published(session, Side.CANDIDATES)
    if run is None:
        return []
    results = session.scalars(
        select(MatchResult)
        .where(
            MatchResult.run_id == run.id,
            MatchResult.side == Side.CANDIDATES,
            MatchResult.job_id == job_id,
        )
        .order_by(MatchResult.rank)
    ).all()
    views = candidate_views(
        session=session, actor=actor, ids=[result.candidate_id for result in results]
    )
    from matchers.jobs.features import is_recent_graduate  # not at start-up: see service.py
    from matchers.jobs.reasons import explain
    from matchers.jobs.scoring import WEIGHTS

    record = job_from_row(job, employer)
    year = int(run.parameters["current_year"])
    matches = []
    for result in results:
        view = views.get(result.candidate_id)
        if view is None:
            continue  # not one the recruiter may see
        person = candidate_for_viewer(view)
        if person.needs - record.accommodations:
            continue  # hard rule 2, with the needs this reader may see
        reasons = explain(
            record,
            person,
            result.figures,
            WEIGHTS,
            recent_graduate=is_recent_graduate(person, year),
        )
        matches.append(
            CandidateMatch(
                candidate=view, score=result.score, reasons=reasons, ranked_at=run.finished_at
            )
        )
    return matches[:top]


def _open_jobs(session: Session, ids: Sequence[int]) -> dict[int, tuple[JobPost, str]]:
    rows = session.execute(
        select(JobPost, Employer.name)
        .join(Employer, Employer.id == JobPost.employer_id)
        .where(JobPost.id.in_(ids), JobPost.status == JobStatus.OPEN)
    ).all()
    return {job.id: (job, employer) for job, employer in rows}


MAX_RUNS = 100


def match_runs(*, session: Session, actor: Actor, first: int) -> list[MatchRun]:
    """The newest runs first; for admins."""
    actor.require()
    if first < 1 or first > MAX_RUNS:
        raise InvalidValue("field.between", field="first", low=1, high=MAX_RUNS)
    return list(session.scalars(select(MatchRun).order_by(MatchRun.id.desc()).limit(first)))


def match_run(*, session: Session, actor: Actor, run_id: int) -> MatchRun | None:
    actor.require()
    return session.get(MatchRun, run_id)
