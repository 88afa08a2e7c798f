"""Incremental runs: rank only what changed since the newest published run.

A person whose profile is unchanged, and whose stored ranking holds no job that has changed
since (edited or closed), keeps that ranking, merged with how the new and changed open jobs
rank for them; everyone else is ranked again against every open job. The items are encoded
in the vocabulary of the run before, so a pair's score is what it was: the result equals a
full run with that vocabulary (`match-run --keep-vocabulary`), which a test checks. People
for jobs the same way round.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from engine.gc_pause import collector_paused
from matchers.records import Match


def merge(kept: Sequence[Match], fresh: Sequence[Match], top: int) -> list[Match]:
    """The best `top` of two rankings of different items, in the matchers' order: by score,
    then by id as text (see matchers.ranking.best_indices)."""
    both = sorted([*kept, *fresh], key=lambda match: (-match.score, match.id))
    return both[:top]


def rank_chunk_incremental(
    matchers: tuple[Any, Any | None],
    subjects: Sequence[Any],
    kept: Sequence[Sequence[Match] | None],
    top: int,
) -> list[list[Match]]:
    """Each subject's ranking: anew over every item (`kept` is None for it), or its kept
    ranking merged with the changed items' (`matchers`: over every item, over the changed)."""
    with collector_paused():
        every, changed = matchers
        again = [index for index, held in enumerate(kept) if held is None]
        rankings: list[list[Match]] = [[] for _ in subjects]
        if again:
            for index, ranking in zip(
                again, every.rank_many([subjects[i] for i in again], top=top), strict=True
            ):
                rankings[index] = ranking
        merged = [index for index, held in enumerate(kept) if held is not None]
        if merged:
            fresh: list[list[Match]] = (
                list(changed.rank_many([subjects[i] for i in merged], top=top))
                if changed is not None
                else [[] for _ in merged]
            )
            for index, ranking in zip(merged, fresh, strict=True):
                held = kept[index]
                assert held is not None
                rankings[index] = merge(held, ranking, top)
        return rankings
