"""Stored rows and validated file records as the matchers' plain records."""

from __future__ import annotations

from engine.jobs.models import JobPost
from engine.seekers.models import Candidate as StoredCandidate
from engine.seekers.visibility import CandidateView
from matchers.records import Candidate, Job
from matchers.vocabulary import Accommodation


def job_from_row(job: JobPost, employer_name: str) -> Job:
    """A stored job, identified by its primary key."""
    return Job(
        id=str(job.id),
        title=job.title,
        employer=employer_name,
        description=job.description,
        skills=tuple(job.skills),
        education=job.education,
        majors=tuple(job.majors),
        experience_years=job.experience_years,
        salary_min=job.salary_min,
        salary_max=job.salary_max,
        location=job.location,
        housing=job.housing,
        travel=job.travel,
        accommodations=frozenset(job.accommodations),
        graduates_welcome=job.graduates_welcome,
        headcount=job.headcount,
    )


def candidate_for_viewer(view: CandidateView) -> Candidate:
    """A stored candidate, identified by its primary key, as matched for the viewer of `view`.

    Needs act (hard rule 2) only where the viewer may see them: for the candidate, admins,
    and recruiters the candidate consented to share them with. For everyone else the
    candidate is matched as if they had stated none, so no ranking, score or count tells a
    recruiter what the `needs` field hides.
    """
    return candidate_record(view.candidate, show_needs=view.show_needs)


def candidate_record(candidate: StoredCandidate, *, show_needs: bool) -> Candidate:
    """A stored candidate, identified by its primary key; its needs only with `show_needs`."""
    return Candidate(
        id=str(candidate.id),
        name=candidate.name,
        age=candidate.age,
        education=candidate.education,
        major=candidate.major,
        graduation_year=candidate.graduation_year,
        experience_years=candidate.experience_years,
        skills=tuple(candidate.skills),
        summary=candidate.summary,
        desired_titles=tuple(candidate.desired_titles),
        salary_expectation=candidate.salary_expectation,
        locations=tuple(candidate.locations),
        needs_housing=candidate.needs_housing,
        travel=candidate.travel,
        needs=(
            frozenset(Accommodation(need) for need in candidate.needs)
            if show_needs
            else frozenset()
        ),
    )
