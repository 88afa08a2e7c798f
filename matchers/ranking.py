"""What the job and volunteer matchers share: weighted totals, choosing the best items of a
scored side (by rounded score, ties broken by id), and turning shares into reasons."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from matchers.records import Match, Reason
from matchers.sparse import products


def dense(matrix: object) -> np.ndarray:
    """A sparse product as a float array."""
    array = matrix.toarray() if hasattr(matrix, "toarray") else np.asarray(matrix)
    return np.asarray(array, dtype=np.float64)


def cross(left: Any, right: Any) -> np.ndarray:
    """`left @ right.T` as a float array. The product is taken on whichever side has fewer
    rows transposed: transposing the larger (every fitted person, for one job) costs more
    than the product itself. When either side has only a few rows, the other multiplies
    them made dense (`matchers.sparse.products`: the same figures, much less overhead)."""
    few = products(left, right)
    if few is not None:
        return np.asarray(few, dtype=np.float64)
    if left.shape[0] < right.shape[0]:
        return dense(right @ left.T).T
    return dense(left @ right.T)


def weighted_total(parts: Mapping[str, np.ndarray], weights: Mapping[str, float]) -> np.ndarray:
    """The score of every pair: the weighted sum of its components, in [0, 1]."""
    score = np.zeros_like(next(iter(parts.values())), dtype=np.float64)
    for name, weight in weights.items():
        score += weight * parts[name]
    return score.clip(0.0, 1.0)


def scored_match(
    matched_id: str,
    score: float,
    reasons: tuple[Reason, ...],
    parts: Mapping[str, float] | None = None,
) -> Match:
    figures = tuple((name, round(value, 4)) for name, value in (parts or {}).items())
    return Match(id=matched_id, score=round(float(score), 4), reasons=reasons, figures=figures)


def reasons_from(
    messages: Mapping[str, str | None],
    parts: Mapping[str, float],
    weights: Mapping[str, float],
    missing: str | None,
) -> tuple[Reason, ...]:
    """A reason for each component that added to the score, largest share first; then the
    gap (missing skills), with weight 0."""
    shares = {name: round(weights.get(name, 0.0) * value, 4) for name, value in parts.items()}
    reasons = [
        Reason(code=name, message=message, weight=shares[name])
        for name, message in messages.items()
        if message and shares.get(name, 0.0) > 0
    ]
    reasons.sort(key=lambda reason: (-reason.weight, reason.code))
    if missing:
        reasons.append(Reason(code="missing_skills", message=missing, weight=0.0))
    return tuple(reasons)


def best_indices(
    scores: np.ndarray, allowed: np.ndarray, id_order: np.ndarray, top: int
) -> list[int]:
    """Indices of the best `top` allowed items: by rounded score, then by id."""
    candidates = np.flatnonzero(allowed)
    if top <= 0 or candidates.size == 0:
        return []
    rounded = np.round(scores[candidates], 4)
    if candidates.size > top:
        # Everything tied with the k-th best may still win on id, so keep all of it.
        kth = np.partition(rounded, candidates.size - top)[candidates.size - top]
        keep = rounded >= kth
        candidates, rounded = candidates[keep], rounded[keep]
    order = np.lexsort((id_order[candidates], -rounded))
    return [int(index) for index in candidates[order][:top]]


def id_order(ids: np.ndarray) -> np.ndarray:
    """Each item's position when the ids are sorted."""
    order = np.empty(len(ids), dtype=np.int64)
    order[np.argsort(ids.astype(str), kind="stable")] = np.arange(len(ids))
    return order
