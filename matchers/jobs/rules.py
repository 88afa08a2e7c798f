"""The hard rules of FORMATS.md: a pair that breaks one is never a match."""

from __future__ import annotations

from matchers.records import Candidate, Job


def meets_education(job: Job, candidate: Candidate) -> bool:
    """1. The candidate's education tier is at least the job's (unknown education passes)."""
    return candidate.education is None or candidate.education.tier >= job.education.tier


def meets_needs(job: Job, candidate: Candidate) -> bool:
    """2. Every one of the candidate's needs is among the job's accommodations."""
    return candidate.needs <= job.accommodations


def meets_travel(job: Job, candidate: Candidate) -> bool:
    """3. The job's travel is at most what the candidate accepts."""
    return job.travel.rank <= candidate.travel.rank


def meets_housing(job: Job, candidate: Candidate) -> bool:
    """4. A candidate who needs housing only matches jobs with housing."""
    return job.housing or not candidate.needs_housing


HARD_RULES = (meets_education, meets_needs, meets_travel, meets_housing)


def passes_hard_rules(job: Job, candidate: Candidate) -> bool:
    return all(rule(job, candidate) for rule in HARD_RULES)
