"""What occupations a person aims at, and how far each occupation serves those aims."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from matchers.records import Candidate
from matchers.taxonomy.majors import occupations_for_major
from matchers.taxonomy.occupations import (
    OCCUPATION_INDEX,
    OCCUPATIONS,
    occupations_wanted,
    relatedness_matrix,
)

# How strongly a person is taken to aim at an occupation, by where we learned it: what they
# say they want counts most; their major speaks for them when they name no title, and only
# a little when they do.
FROM_DESIRED_TITLE = 1.0
FROM_MAJOR_ALONE = 0.8
FROM_MAJOR_BESIDE_TITLES = 0.5


def aimed_occupations(candidate: Candidate) -> dict[str, float]:
    """Occupation code → how strongly the person aims at it (desired titles, then major)."""
    aims = {
        occupation.code: FROM_DESIRED_TITLE
        for title in candidate.desired_titles
        for occupation in occupations_wanted(title)
    }
    if candidate.major:
        strength = FROM_MAJOR_BESIDE_TITLES if aims else FROM_MAJOR_ALONE
        for code in occupations_for_major(candidate.major):
            aims.setdefault(code, strength)
    return aims


def occupation_reach(aims: np.ndarray) -> np.ndarray:
    """(people × occupations): how well each occupation serves what each person aims at.

    A stated aim (strength 1) reaches related occupations too: the best of strength ×
    relatedness (the same occupation, an adjacent one, one in the same group). An aim inferred
    from the major alone is already a guess, so beside stated aims it reaches only itself.
    """
    related = relatedness_matrix()
    reach = np.zeros_like(aims)
    for person, strengths in enumerate(aims):
        stated = np.flatnonzero(strengths >= FROM_DESIRED_TITLE)
        extended = stated if stated.size else np.flatnonzero(strengths)
        if extended.size:
            reach[person] = (strengths[extended, None] * related[extended]).max(axis=0)
        np.maximum(reach[person], strengths, out=reach[person])
    return reach


def aims_matrix(candidates: Sequence[Candidate]) -> np.ndarray:
    """(people × occupations) aim strengths."""
    aims = np.zeros((len(candidates), len(OCCUPATIONS)), dtype=np.float32)
    for row, candidate in enumerate(candidates):
        for code, strength in aimed_occupations(candidate).items():
            aims[row, OCCUPATION_INDEX[code]] = strength
    return aims
