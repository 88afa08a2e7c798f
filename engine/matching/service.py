"""Matches over the database: jobs for a person, people for a job, jobs for a chat message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import InvalidValue, NotFound
from engine.jobs.models import Employer, JobPost, JobStatus
from engine.matching.index import OpenJobsIndex, PeopleIndex, people_arrays
from engine.matching.records import candidate_for_viewer, job_from_row
from engine.messages import Ref
from engine.paging import checked_match_count
from engine.seekers.models import Application
from engine.seekers.visibility import CandidateView, candidate_view, candidate_views
from engine.time import this_year
from matchers.records import Match, Reason
from matchers.text.profile import EmptyQuery, TextProfile, read_profile

MAX_TEXT = 2000
# People ranked beyond those asked for, in case the database no longer lets the viewer see
# some of them.
RECHECKED = 10


@dataclass(frozen=True, slots=True)
class JobMatch:
    job: JobPost
    score: float
    reasons: tuple[Reason, ...]
    # When a batch run published this ranking; None for one made for the request.
    ranked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CandidateMatch:
    candidate: CandidateView
    score: float
    reasons: tuple[Reason, ...]
    ranked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class TextMatches:
    profile: TextProfile
    matches: list[JobMatch]


def job_matches(
    *,
    session: Session,
    actor: Actor,
    index: OpenJobsIndex,
    candidate_id: int,
    first: int,
    reasons: bool = True,
) -> list[JobMatch]:
    """Open jobs for a person: the person themself, admins, or recruiters who may see them.
    A recruiter's answer ignores needs the person did not share (see `candidate_for_viewer`).
    Without `reasons` the matches have none (a caller that will not show them)."""
    actor.require(Role.SEEKER, Role.RECRUITER)
    top = checked_match_count(first)
    view = candidate_view(session=session, actor=actor, candidate_id=candidate_id)
    if view is None:
        raise NotFound(
            "candidate.not_found",
            field="candidate_id",
            candidate=Ref("CandidateProfile", candidate_id),
        )
    matcher = index.matcher(session=session)
    if matcher is None:
        return []
    ranking = matcher.rank(candidate_for_viewer(view), top=top, reasons=reasons)
    return _with_jobs(session, ranking)


def candidate_matches(
    *,
    session: Session,
    actor: Actor,
    index: PeopleIndex,
    job_id: int,
    first: int,
    reasons: bool = True,
) -> list[CandidateMatch]:
    """People for a job, among those its employer may see: applicants to the employer's jobs
    and people who made their profile visible to employers (admins: everyone). Needs a
    person did not share with employers are ignored (see `candidate_for_viewer`).

    Ranked in the people index; who may be seen is checked again, on the database, for the
    people ranked (the index may be a moment behind)."""
    actor.require(Role.RECRUITER)
    top = checked_match_count(first)
    job = session.get(JobPost, job_id)
    if job is None or not actor.acts_for_employer(job.employer_id):
        raise NotFound("job_post.not_found", field="job_id", job=Ref("JobPost", job_id))
    snapshot = index.current(session)
    matcher = snapshot.matcher
    if matcher is None:
        return []
    import numpy as np  # here, not at start-up: see OpenJobsIndex._fit

    arrays = people_arrays(snapshot)
    if actor.is_admin:
        among, needs = np.ones(len(arrays.visible), dtype=bool), None
    else:
        among = arrays.visible.copy()
        applicants = session.scalars(
            select(Application.candidate_id)
            .join(JobPost, JobPost.id == Application.job_id)
            .where(JobPost.employer_id == job.employer_id)
            .distinct()
        )
        among[[arrays.rows[p] for p in applicants if p in arrays.rows]] = True
        needs = np.where(arrays.shares_needs, matcher.side_.needs, 0).astype(
            matcher.side_.needs.dtype
        )
    employer = session.get(Employer, job.employer_id)
    assert employer is not None
    ranking = matcher.rank_among(
        job_from_row(job, employer.name),
        among=among,
        needs=needs,
        top=top + RECHECKED,
        reasons=reasons,
    )
    views = candidate_views(session=session, actor=actor, ids=[int(m.id) for m in ranking])
    return [
        CandidateMatch(candidate=views[int(match.id)], score=match.score, reasons=match.reasons)
        for match in ranking
        if int(match.id) in views
    ][:top]


def jobs_for_text(
    *,
    session: Session,
    index: OpenJobsIndex,
    text: str,
    first: int,
    current_year: int | None = None,
    reasons: bool = True,
) -> TextMatches:
    """A viewer's chat message read into a profile, and the open jobs that fit it."""
    top = checked_match_count(first)
    if len(text) > MAX_TEXT:
        raise InvalidValue(
            "field.too_long", field="text", code="TOO_LONG", length=len(text), limit=MAX_TEXT
        )
    try:
        profile = read_profile(text, current_year=current_year or this_year())
    except EmptyQuery:
        raise InvalidValue("matching.empty_text", field="text", code="EMPTY_QUERY") from None
    matcher = index.matcher(session=session)
    if matcher is None:
        return TextMatches(profile=profile, matches=[])
    ranking = matcher.rank(profile.candidate, top=top, reasons=reasons)
    return TextMatches(profile=profile, matches=_with_jobs(session, ranking))


def _with_jobs(session: Session, ranking: Sequence[Match]) -> list[JobMatch]:
    ids = [int(match.id) for match in ranking]
    # The accommodations in the same query: their own (the relationship's selectin) was a
    # fifth of the time these few jobs took.
    found = session.scalars(
        select(JobPost).where(JobPost.id.in_(ids)).options(joinedload(JobPost.accommodation_rows))
    ).unique()
    jobs = {job.id: job for job in found}
    return [
        JobMatch(job=jobs[int(match.id)], score=match.score, reasons=match.reasons)
        for match in ranking
        if int(match.id) in jobs and jobs[int(match.id)].status is JobStatus.OPEN
    ]
