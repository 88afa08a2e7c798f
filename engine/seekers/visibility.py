"""Who may see a candidate, and which of their personal details.

- the profile: admins, the candidate, and recruiters of an employer the candidate applied to
  or showed their profile to (`visible_to_employers`);
- phone and e-mail: admins, the candidate, and employers the candidate applied to;
- accommodation `needs`: admins, the candidate, and recruiters only with
  `share_needs_with_employers`. Matching for a viewer applies needs only where this shows
  them (`engine.matching.records.candidate_for_viewer`), so no ranking reveals them either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.jobs.models import JobPost
from engine.seekers.models import Application, Candidate


@dataclass(frozen=True, slots=True)
class CandidateView:
    candidate: Candidate
    show_contact: bool
    show_needs: bool
    # The person's own settings (alertsEnabled): the person themself and admins only.
    show_settings: bool = False


def candidate_views(
    *, session: Session, actor: Actor, ids: Sequence[int]
) -> dict[int, CandidateView]:
    """The candidates among `ids` that `actor` may see, with what they may see of each."""
    candidates = list(session.scalars(select(Candidate).where(Candidate.id.in_(set(ids)))))
    applied: set[int] = set()
    if actor.role is Role.RECRUITER and actor.employer_id is not None and candidates:
        applied = set(
            session.scalars(
                select(Application.candidate_id)
                .join(JobPost, JobPost.id == Application.job_id)
                .where(
                    JobPost.employer_id == actor.employer_id,
                    Application.candidate_id.in_([candidate.id for candidate in candidates]),
                )
            )
        )
    views: dict[int, CandidateView] = {}
    for candidate in candidates:
        view = _view(actor, candidate, applied=candidate.id in applied)
        if view is not None:
            views[candidate.id] = view
    return views


def candidate_view(*, session: Session, actor: Actor, candidate_id: int) -> CandidateView | None:
    return candidate_views(session=session, actor=actor, ids=[candidate_id]).get(candidate_id)


def _view(actor: Actor, candidate: Candidate, *, applied: bool) -> CandidateView | None:
    own = actor.account_id is not None and candidate.account_id == actor.account_id
    if actor.is_admin or own:
        return CandidateView(candidate, show_contact=True, show_needs=True, show_settings=True)
    if actor.role is not Role.RECRUITER or not (applied or candidate.visible_to_employers):
        return None
    return CandidateView(
        candidate, show_contact=applied, show_needs=candidate.share_needs_with_employers
    )
