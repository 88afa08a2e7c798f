"""Ranking metrics: pure functions over ids, grades and distractor sets."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence


def dcg(grades: Iterable[int]) -> float:
    """Discounted cumulative gain: gain 2**g - 1 at position i (from 0) over log2(i + 2)."""
    return sum((2**grade - 1) / math.log2(position + 2) for position, grade in enumerate(grades))


def ndcg_at_k(ranking: Sequence[str], grades: Mapping[str, int], k: int = 5) -> float:
    """NDCG@k of a ranking of ids; ids without a grade count 0.

    The ideal ranking is the graded items sorted by grade. Raises ValueError when no item
    has a positive grade, since such a query has nothing to find.
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    ideal = dcg(sorted((grade for grade in grades.values() if grade > 0), reverse=True)[:k])
    if ideal == 0:
        raise ValueError("no item has a positive grade")
    return dcg(grades.get(item, 0) for item in ranking[:k]) / ideal


def distractor_share(
    rankings: Mapping[str, Sequence[str]],
    distractors: Mapping[str, Iterable[str]],
    k: int = 5,
) -> float:
    """The share of the top-k slots, k per query that has distractors, that they take.

    Slots count k per query whether a ranking fills them or not, so matchers that return
    rankings of different lengths are compared on the same footing.
    """
    queries = [query for query, items in distractors.items() if items]
    if not queries:
        raise ValueError("no query has distractors")
    taken = sum(
        len(set(rankings.get(query, ())[:k]) & set(distractors[query])) for query in queries
    )
    return taken / (k * len(queries))
