"""Folds of occupations held out together, and the small families of weights and of
thresholds (the scoring factors) tried in them.

A job's group is the occupation its title names (`occupation_of_title(...).code`), or the
title itself when the taxonomy names none. Every graded pair belongs to the fold of its
job's group, so no occupation is ever on both sides of a split.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

import numpy as np
from sklearn.model_selection import GroupKFold

PERTURBATION = 0.5  # each weight in turn is scaled by 1 ± this, then all are renormalised
STEP = 0.1  # each threshold in turn is moved by ± this
MARGIN = 0.05  # thresholds stay this far inside (0, 1) and this far apart where ordered
ORDERED = (  # (lower, higher) thresholds
    ("pay_falls_short", "pay_range_reaches"),
    ("same_middle_group", "same_small_group"),
)


def occupation_group(title: str) -> str:
    """The occupation code a title names; `title:` and the title when none is known."""
    try:
        from matchers.taxonomy.occupations import occupation_of_title
    except ImportError:  # the taxonomy is being reshaped: titles still separate occupations
        return f"title:{title}"
    found = occupation_of_title(title)
    code = getattr(found, "code", None)
    return str(code) if code is not None else f"title:{title}"


def assign_folds(groups: Iterable[str], k: int) -> dict[str, int]:
    """Group → fold (0 … k-1), folds balanced by how often each group occurs (one
    occurrence per graded pair). Fewer distinct groups than k is a ValueError."""
    occurrences = list(groups)
    distinct = sorted(set(occurrences))
    if len(distinct) < k:
        raise ValueError(f"{len(distinct)} occupations cannot fill {k} folds")
    codes = np.array([distinct.index(group) for group in occurrences])
    fold_of: dict[str, int] = {}
    for fold, (_, held_out) in enumerate(GroupKFold(n_splits=k).split(codes, groups=codes)):
        for index in held_out:
            fold_of[distinct[codes[index]]] = fold
    return fold_of


Weights = Mapping[str, float]


def normalised(weights: Mapping[str, float]) -> Weights:
    total = sum(weights.values())
    return MappingProxyType({name: value / total for name, value in weights.items()})


def weight_family(shipped: Weights) -> dict[str, Weights]:
    """The shipped weights, uniform weights, and each weight scaled by 1 ± PERTURBATION with
    the others renormalised around it: a small, fixed family to choose from."""
    family: dict[str, Weights] = {
        "shipped": MappingProxyType(dict(shipped)),
        "uniform": normalised(dict.fromkeys(shipped, 1.0)),
    }
    for name in shipped:
        for sign, label in ((1, "+"), (-1, "-")):
            scaled = dict(shipped) | {name: shipped[name] * (1 + sign * PERTURBATION)}
            family[f"{name}{label}{PERTURBATION:.0%}"] = normalised(scaled)
    return family


def threshold_family(shipped: Mapping[str, float]) -> dict[str, Mapping[str, float]]:
    """The shipped thresholds and each in turn moved by ± STEP, clipped into [MARGIN,
    1 - MARGIN] and kept MARGIN below (above) the threshold ORDERED above (below) it; a move
    that clipping undoes or turns back is left out. Members are named `name=value`."""
    family: dict[str, Mapping[str, float]] = {"shipped": MappingProxyType(dict(shipped))}
    for name in shipped:
        for sign in (1, -1):
            low, high = MARGIN, 1.0 - MARGIN
            for lower, higher in ORDERED:
                if name == lower and higher in shipped:
                    high = min(high, shipped[higher] - MARGIN)
                if name == higher and lower in shipped:
                    low = max(low, shipped[lower] + MARGIN)
            value = round(min(max(shipped[name] + sign * STEP, low), high), 6)
            if (value - shipped[name]) * sign > 0:
                family[f"{name}={value:g}"] = MappingProxyType(dict(shipped) | {name: value})
    return family
