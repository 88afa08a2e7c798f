"""Rows of a side (jobs or people as column arrays): taken out, or stacked after another's.

An index kept up to date item by item (engine/matching/index.py) drops the rows of items that
left or changed and stacks the rows of the changed and the new ones, encoded with the same
vocabulary, instead of encoding every item again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace
from operator import itemgetter
from typing import TypeVar

import numpy as np
from scipy.sparse import csr_matrix, vstack

from matchers.jobs.features import CandidateSide, JobSide
from matchers.sparse import rows_of

Side = TypeVar("Side", JobSide, CandidateSide)
T = TypeVar("T")


def rows_of_list(values: Sequence[T], rows: np.ndarray) -> list[T]:
    """`[values[row] for row in rows]`, with no copy row by row when `rows` is every row in
    order (what an index kept up to date asks for at each new item)."""
    if len(rows) == len(values) and np.array_equal(rows, np.arange(len(rows))):
        return list(values)
    if len(rows) == 0:
        return []
    if len(rows) == 1:
        return [values[int(rows[0])]]
    return list(itemgetter(*rows.tolist())(values))


def take(side: Side, rows: np.ndarray) -> Side:
    """The side's rows, in that order (a job side keeps only the locations those rows use)."""
    if len(rows) == len(side.ids) and np.array_equal(rows, np.arange(len(rows))):
        return side
    names, index = _distinct(side)
    taken: dict[str, object] = {}
    for field in fields(side):
        value = getattr(side, field.name)
        if field.name == names:
            continue
        if isinstance(value, tuple):
            taken[field.name] = tuple(rows_of_list(value, rows))
        elif isinstance(value, csr_matrix):
            taken[field.name] = rows_of(value, rows)
        else:
            taken[field.name] = value[rows]
    used, inverse = np.unique(getattr(side, index)[rows], return_inverse=True)
    taken[index] = inverse.astype(np.int32)
    taken[names] = tuple(getattr(side, names)[place] for place in used.tolist())
    return replace(side, **taken)


def stack(first: Side, then: Side) -> Side:
    """`first`'s rows, then `then`'s; both encoded with the same vocabulary."""
    if not len(then.ids):
        return first
    if not len(first.ids):
        return then
    names, index = _distinct(first)
    stacked: dict[str, object] = {}
    for field in fields(first):
        if field.name in (names, index):
            continue
        a, b = getattr(first, field.name), getattr(then, field.name)
        if isinstance(a, tuple):
            stacked[field.name] = a + b
        elif isinstance(a, csr_matrix):
            stacked[field.name] = vstack([a, b], format="csr", dtype=a.dtype)
        else:
            stacked[field.name] = np.concatenate([a, b])
    known = {value: place for place, value in enumerate(getattr(first, names))}
    for value in getattr(then, names):
        known.setdefault(value, len(known))
    moved = np.array([known[value] for value in getattr(then, names)], dtype=np.int32)
    stacked[names] = tuple(known)
    stacked[index] = np.concatenate([getattr(first, index), moved[getattr(then, index)]]).astype(
        np.int32
    )
    return replace(first, **stacked)


def _distinct(side: JobSide | CandidateSide) -> tuple[str, str]:
    """The field of a side's distinct places, and the field of each row's place among them."""
    if isinstance(side, JobSide):
        return "locations", "location_index"
    return "place_sets", "place_index"
