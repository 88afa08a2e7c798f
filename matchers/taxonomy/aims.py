"""What occupations a person aims at, and how far each occupation serves those aims."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy.sparse import csr_matrix

from matchers.records import Candidate
from matchers.taxonomy.fair_csco import CSCO_OF
from matchers.taxonomy.majors import occupations_for_major
from matchers.taxonomy.occupations import (
    OCCUPATION_INDEX,
    OCCUPATIONS,
    aims_of_titles,
    prefetch_titles,
    reach,
)
from matchers.taxonomy.settings import on_new_taxonomy

# How strongly a person is taken to aim at an occupation, by where we learned it: what they
# say they want counts most; their major speaks for them when they name no title, and only
# a little when they do.
FROM_DESIRED_TITLE = 1.0
FROM_MAJOR_ALONE = 0.8
FROM_MAJOR_BESIDE_TITLES = 0.5


def aimed_occupations(candidate: Candidate) -> dict[str, float]:
    """Occupation code → how strongly the person aims at it (desired titles, then major)."""
    aims = aims_of_titles(candidate.desired_titles) if candidate.desired_titles else {}
    if candidate.major:
        strength = FROM_MAJOR_BESIDE_TITLES if aims else FROM_MAJOR_ALONE
        for code in occupations_for_major(candidate.major):
            aims.setdefault(CSCO_OF[code], strength)
    return aims


@lru_cache(maxsize=16384)
def _reach(aims: frozenset[tuple[str, float]]) -> tuple[np.ndarray, np.ndarray]:
    """(columns, values) of the occupations these aims reach. A stated aim (strength 1)
    reaches related occupations too: the best of strength × relatedness. An aim inferred from
    the major alone is already a guess, so beside stated aims it reaches only itself."""
    strengths = dict(aims)
    stated = {code: s for code, s in strengths.items() if s >= FROM_DESIRED_TITLE}
    reached = reach(stated or strengths)
    for code, strength in strengths.items():
        reached[code] = max(reached.get(code, 0.0), strength)
    columns = sorted(OCCUPATION_INDEX[code] for code in reached)
    by_column = {OCCUPATION_INDEX[code]: value for code, value in reached.items()}
    return (
        np.array(columns, dtype=np.int32),
        np.array([by_column[column] for column in columns], dtype=np.float32),
    )


on_new_taxonomy(_reach.cache_clear)


def occupation_reach(candidates: Sequence[Candidate]) -> tuple[np.ndarray, csr_matrix]:
    """Whether each person aims at anything, and (people × occupations) how well each
    occupation serves their aims, as a sparse matrix."""
    indptr = [0]
    indices: list[np.ndarray] = []
    data: list[np.ndarray] = []
    aims_any = np.zeros(len(candidates), dtype=bool)
    prefetch_titles([title for candidate in candidates for title in candidate.desired_titles])
    for row, candidate in enumerate(candidates):
        aims = aimed_occupations(candidate)
        aims_any[row] = bool(aims)
        columns, values = _reach(frozenset(aims.items())) if aims else (_EMPTY, _EMPTY_F)
        indices.append(columns)
        data.append(values)
        indptr.append(indptr[-1] + len(columns))
    matrix = csr_matrix(
        (
            np.concatenate(data) if data else _EMPTY_F,
            np.concatenate(indices) if indices else _EMPTY,
            np.array(indptr, dtype=np.int64),
        ),
        shape=(len(candidates), len(OCCUPATIONS)),
    )
    return aims_any, matrix


_EMPTY = np.zeros(0, dtype=np.int32)
_EMPTY_F = np.zeros(0, dtype=np.float32)
