"""Choosing the best items of a scored side: by rounded score, ties broken by id."""

from __future__ import annotations

import numpy as np


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
