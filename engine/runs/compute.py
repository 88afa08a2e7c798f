"""Ranking one chunk: plain records in, rankings out.

`rank_chunk` runs wherever the chunk runs (in the driver's process or on a Dask worker), so
it touches no database; the driver writes what it returns. Batch runs over the database
and `civicmatch match` on files both rank through it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from engine.gc_pause import collector_paused
from matchers.records import Match


def rank_chunk(matcher: Any, subjects: Sequence[Any], top: int) -> list[list[Match]]:
    """Each subject's best `top` items of the fitted `matcher` (a JobMatcher ranks jobs for
    people, a CandidateMatcher people for jobs)."""
    with collector_paused():
        return list(matcher.rank_many(list(subjects), top=top))


def rank_in_community(
    matchers: dict[int | None, Any], subjects: Sequence[Any], top: int, community: int | None
) -> list[list[Match]]:
    """Each task's best `top` volunteers of its community (`matchers`: fitted per community)."""
    matcher = matchers.get(community)
    if matcher is None:
        return [[] for _ in subjects]
    with collector_paused():
        return list(matcher.rank_many(list(subjects), top=top))
