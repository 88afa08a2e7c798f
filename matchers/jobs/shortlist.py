"""Two-stage ranking: a short list of fitted items per query from one sparse product
(stage 1, sparse_dot_topn), then the exact score of the listed items only (stage 2).

Stage 1 rebuilds the score of scoring.py as a product of sparse features. Text, titles,
occupation reach and skills are linear in the two sides' sparse vectors. The other
components and the hard rules read a few fields of each side, so the fitted items fall into
classes that share those fields: an item has a 1 in its class's column, and a query has in
that column the weighted value scoring.py gives one item of the class. A broken hard rule
costs more than any score can reach and the product keeps only positive values, so a list
holds allowed items only.

Stage 2 scores the listed items with `components` and `weighted_total`, as the exhaustive
path does. Stage 1 equals the score up to float rounding and clipping, so an item left off a
full list scores at most the list's lowest value; when that bound could reach the query's
last place (ties on rounded scores break by id), the query is scored again against every item
whose own stage-1 value could reach it (a vague chat message ties hundreds of jobs: those,
not all 20,000).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

import numpy as np
from scipy.sparse import csr_matrix, hstack, vstack

from matchers.jobs.features import CandidateSide, JobSide
from matchers.jobs.scoring import (
    NEUTRAL,
    components,
    experience_fit,
    graduate_fit,
    hard_rule_mask,
    location_fit,
    major_fit,
    salary_fit,
)
from matchers.jobs.side_rows import rows_of_list, stack, take
from matchers.jobs.topn import top_products
from matchers.ranking import best_indices, weighted_total
from matchers.sparse import rows_of, scaled_rows, side_by_side
from matchers.taxonomy.occupations import OCCUPATIONS

# Up to this many new entries, copying the slices between them beats np.insert (into 1.5
# million entries: 0.3 against 0.7 ms for 64, 0.4 against 0.7 for 256, even near 1,000).
INSERTED_BY_SLICES = 256
log = logging.getLogger(__name__)

Side = TypeVar("Side", JobSide, CandidateSide)
Weights = Mapping[str, float]
Value = Callable[[JobSide, CandidateSide, Weights, Weights], np.ndarray]

# Stage 1 sums float64 in its own order; the score sums float32 (about 1e-7 per term).
PROXY_ERROR = 1e-5
# Stage 2 scores a group of queries against the union of their lists at once (the same
# figures as one by one); about this many pairs per group balances the cost of a call
# against the pairs scored needlessly.
PAIRS = 20_000
# Class values a ranker remembers across queries (a row of floats per class each): a kept
# ranker answers requests one at a time, and most people share a few places, rule and
# salary classes with others.
MEMO_LIMIT = 20_000


def list_length(shortlist: int, top: int) -> int:
    """Never fewer than twice `top`: a list no longer than the top places cannot show that
    nothing left off it ties with the last of them."""
    return max(shortlist, 2 * top)


@dataclass(frozen=True)
class Scored:
    """A query's best items (indices into the fitted side), their scores and components."""

    items: list[int]
    scores: np.ndarray
    parts: dict[str, np.ndarray]


class Shortlists:
    """Fitted on the side to be ranked: jobs (for people) or people (for jobs)."""

    def __init__(self, items: JobSide | CandidateSide):
        self.items = items
        self.of_jobs = isinstance(items, JobSide)
        self.keys = _item_keys(items)
        self.classes = {name: _Classes.of(found) for name, found in self.keys.items()}
        self.representatives = {
            name: take(items, classes.representatives()) for name, classes in self.classes.items()
        }
        self.features = _linear(items)
        self.matrix = self._matrix()

    def updated(self, kept: np.ndarray, added: Side, items: Side) -> Shortlists:
        """For `items`: this side's rows `kept` (in order), then `added`. Lists as a new
        Shortlists(items) would give, at the cost of the rows added: classes keep their
        numbers (an emptied class stays, with no item in it) and new ones come after."""
        new = object.__new__(Shortlists)
        new.items, new.of_jobs = items, self.of_jobs
        keys_added = _item_keys(added)
        new.keys, new.classes, new.representatives = {}, {}, {}
        for name, keys in self.keys.items():
            new.keys[name] = rows_of_list(keys, kept) + keys_added[name]
            classes, firsts = self.classes[name].updated(kept, keys_added[name])
            new.classes[name] = classes
            new.representatives[name] = stack(
                self.representatives[name], take(added, np.asarray(firsts, dtype=np.int64))
            )
        everything = len(kept) == len(self) and bool(np.array_equal(kept, np.arange(len(kept))))
        linear = _linear(added)
        kept_features = self.features if everything else self.features[kept]
        new.features = vstack([kept_features, linear], format="csr", dtype=np.float64)
        kept_columns = self.matrix if everything else self.matrix[:, kept]
        new.matrix = self._grown(kept_columns, new, linear)
        return new

    def _grown(self, matrix: csr_matrix, new: Shortlists, linear: csr_matrix) -> csr_matrix:
        """`new._matrix()` from this one's `matrix` of the kept items, instead of transposing
        every item again: an empty row at the end of each class block for each new class,
        then the added items' entries (`linear` and their classes) at the end of their rows
        (their columns come last, so rows stay in column order)."""
        blocks = [(len(self.classes[name].numbers), new.classes[name]) for name in self.classes]
        features = self.features.shape[1]
        ends, row = [matrix.indptr[: features + 1]], features
        for old, classes in blocks:
            ends.append(matrix.indptr[row + 1 : row + old + 1])
            ends.append(np.full(len(classes.numbers) - old, matrix.indptr[row + old]))
            row += old
        indptr = np.concatenate(ends)
        added, first_column = linear.shape[0], matrix.shape[1]
        coo = linear.tocoo()
        rows, columns, data = [coo.col], [coo.row + first_column], [coo.data]
        offset = features
        for _, classes in blocks:
            rows.append(offset + classes.of_item[len(classes.of_item) - added :])
            columns.append(np.arange(added) + first_column)
            data.append(np.ones(added))
            offset += len(classes.numbers)
        shape = (len(indptr) - 1, first_column + added)
        appended = csr_matrix(
            (np.concatenate(data), (np.concatenate(rows), np.concatenate(columns))),
            shape=shape,
            dtype=np.float64,
        )
        if not appended.nnz:
            return csr_matrix((matrix.data, matrix.indices, indptr), shape=shape)
        appended.sort_indices()
        where = np.repeat(indptr[1:], np.diff(appended.indptr))
        return csr_matrix(
            (
                _inserted(matrix.data, where, appended.data),
                _inserted(matrix.indices, where, appended.indices.astype(matrix.indices.dtype)),
                indptr + appended.indptr,
            ),
            shape=shape,
        )

    def _matrix(self) -> csr_matrix:
        """Features × items: the linear features, then each class block's one-hot rows."""
        return vstack(
            [self.features.T.tocsr(), *(classes.one_hot_t() for classes in self.classes.values())],
            format="csr",
            dtype=np.float64,
        )

    def __len__(self) -> int:
        return len(self.items.ids)

    def ranker(
        self, id_order: np.ndarray, *, size: int, top: int, weights: Weights, factors: Weights
    ) -> Ranker:
        return Ranker(self, id_order, list_length(size, top), top, weights, factors)


class Ranker:
    """Ranks blocks of queries, remembering the class values of the queries seen."""

    def __init__(
        self,
        shortlists: Shortlists,
        id_order: np.ndarray,
        size: int,
        top: int,
        weights: Weights,
        factors: Weights,
    ):
        self.shortlists, self.id_order, self.size, self.top = shortlists, id_order, size, top
        self.weights, self.factors = weights, factors
        self.memo: dict[tuple[str, Hashable], tuple[np.ndarray, float]] = {}

    def rank(self, queries: JobSide | CandidateSide) -> list[Scored]:
        """Each query's best `top` items, scored exactly, in the order of the queries."""
        listed, constant, query_rows = self._select(queries)
        tolerance = PROXY_ERROR * _scale(self.weights)
        found: dict[int, Scored] = {}
        unsure: dict[int, Scored] = {}
        places = _query_keys(queries, self.shortlists.of_jobs)["location"]
        for group in _groups(listed, places, by_place=not self.shortlists.of_jobs):
            items = np.unique(listed.indices[np.concatenate([_span(listed, q) for q in group])])
            for query, scored in zip(group, self._score(queries, group, items), strict=True):
                values = listed.data[_span(listed, query)]
                if len(values) < self.size or _beats(
                    scored, self.top, values.min() + constant[query] + tolerance
                ):
                    found[query] = scored
                else:
                    unsure[query] = scored
        reachable = {
            query: self._reachable(query_rows, query, constant[query] + tolerance, scored)
            for query, scored in unsure.items()
        }
        log.debug(
            "%d of %d queries scored again, against the %d items that could reach their last place",
            len(unsure),
            len(queries.ids),
            sum(len(items) for items in reachable.values()),
        )
        for query, items in reachable.items():
            found[query] = next(self._score(queries, [query], items))
        return [found[query] for query in range(len(queries.ids))]

    def select(self, queries: JobSide | CandidateSide) -> tuple[csr_matrix, np.ndarray]:
        """Stage 1: queries × items, the `size` best allowed items of each query, valued by
        their score less a constant per query (returned beside)."""
        listed, constant, _ = self._select(queries)
        return listed, constant

    def _select(
        self, queries: JobSide | CandidateSide
    ) -> tuple[csr_matrix, np.ndarray, csr_matrix]:
        """`select`, and the queries' rows of features (stage 1 is their product with the
        items' matrix)."""
        of_jobs, weights = self.shortlists.of_jobs, self.weights
        linear = _people_features(queries) if of_jobs else _job_features(queries)
        blocks = [(part, weights.get(name, 0.0)) for name, part in zip(LINEAR, linear, strict=True)]
        constant = np.full(len(queries.ids), -_offset(weights))
        keys = _query_keys(queries, of_jobs)
        for name in self.shortlists.classes:
            memo = self.memo
            found: dict[Hashable, tuple[np.ndarray, float]] = {}
            missing: dict[Hashable, int] = {}
            for row, key in enumerate(keys[name]):
                known = memo.get((name, key))
                if known is None:
                    missing.setdefault(key, row)
                else:
                    found[key] = known
            if missing:
                found.update(self._remember(name, queries, missing))
            values = [found[key] for key in keys[name]]
            blocks.append((np.stack([value for value, _ in values]), 1.0))
            constant += [base for _, base in values]
        query = side_by_side(blocks)
        listed = top_products(query, self.shortlists.matrix, top=self.size, threshold=0.0)
        return listed, constant, query

    def _reachable(
        self, query_rows: csr_matrix, query: int, shift: float, scored: Scored
    ) -> np.ndarray:
        """The items a query's full list may have left out and that could still reach its
        last place: each allowed item whose stage-1 value, plus `shift` (the constant and the
        tolerance), rounds to at least that place's score. The exact scores are at most
        that, so no item left out can place. Every allowed item when no place is settled."""
        row = rows_of(query_rows, np.array([query]))
        values = (row @ self.shortlists.matrix).toarray().ravel()
        allowed = values > 0
        if self.top < 1 or len(scored.items) < self.top:
            return np.flatnonzero(allowed)
        last = np.round(scored.scores[self.top - 1], 4)
        return np.flatnonzero(allowed & (np.round(np.clip(values + shift, 0.0, 1.0), 4) >= last))

    def _remember(
        self, name: str, queries: JobSide | CandidateSide, missing: Mapping[Hashable, int]
    ) -> dict[Hashable, tuple[np.ndarray, float]]:
        """Each new query's values for every class, less the value most items take (kept
        beside), so that most entries are zero; the hard rules' class values stay whole."""
        classes = self.shortlists.classes[name]
        chosen = take(queries, np.fromiter(missing.values(), dtype=np.int64))
        representatives = self.shortlists.representatives[name]
        if self.shortlists.of_jobs:
            values = VALUES[name](representatives, chosen, self.weights, self.factors).T
        else:
            values = VALUES[name](chosen, representatives, self.weights, self.factors)
        remembered = {}
        for key, row in zip(missing, values, strict=True):
            base = 0.0 if name == "rules" else _commonest(row, classes.sizes)
            remembered[key] = (row - base, base)
        if len(self.memo) > MEMO_LIMIT:
            self.memo = {}  # other threads go on with the one they hold
        self.memo.update({(name, key): value for key, value in remembered.items()})
        return remembered

    def _score(
        self, queries: JobSide | CandidateSide, group: Sequence[int], items: np.ndarray
    ) -> Iterator[Scored]:
        """Stage 2: the group's queries against these items, exactly as the exhaustive path."""
        chosen = take(queries, np.asarray(group))
        some = take(self.shortlists.items, items)
        of_jobs = self.shortlists.of_jobs
        jobs, people = (some, chosen) if of_jobs else (chosen, some)
        parts = components(jobs, people, self.factors)
        scores = weighted_total(parts, self.weights)
        allowed = hard_rule_mask(jobs, people)
        if not of_jobs:  # items as rows, as for jobs
            parts = {name: part.T for name, part in parts.items()}
            scores, allowed = scores.T, allowed.T
        order = self.id_order[items]
        for column in range(len(group)):
            best = best_indices(scores[:, column], allowed[:, column], order, self.top)
            yield Scored(
                items=items[best].tolist(),
                scores=scores[best, column],
                parts={name: part[best, column] for name, part in parts.items()},
            )


def _beats(scored: Scored, top: int, bound: float) -> bool:
    """Whether the query's last place beats every item that scores at most `bound`."""
    if top < 1:
        return True
    if len(scored.items) < top:
        return False
    return bool(np.round(np.clip(bound, 0.0, 1.0), 4) < np.round(scored.scores[top - 1], 4))


@dataclass(frozen=True)
class _Classes:
    of_item: np.ndarray
    sizes: np.ndarray
    numbers: dict[Hashable, int]  # each class's key → its number

    @classmethod
    def of(cls, keys: Sequence[Hashable]) -> _Classes:
        numbers: dict[Hashable, int] = {}
        of_item = np.array([numbers.setdefault(key, len(numbers)) for key in keys], dtype=np.int64)
        return cls(of_item, np.bincount(of_item, minlength=len(numbers)), numbers)

    def representatives(self) -> np.ndarray:
        """The first item of each class."""
        first = np.empty(len(self.numbers), dtype=np.int64)
        first[self.of_item[::-1]] = np.arange(len(self.of_item))[::-1]
        return first

    def updated(self, kept: np.ndarray, added: Sequence[Hashable]) -> tuple[_Classes, list[int]]:
        """The items `kept`, then those `added` (by their keys); and the first added item of
        each new class, in the order of the classes."""
        numbers = dict(self.numbers)
        firsts: list[int] = []
        added_of = np.empty(len(added), dtype=np.int64)
        for row, key in enumerate(added):
            if key not in numbers:
                numbers[key] = len(numbers)
                firsts.append(row)
            added_of[row] = numbers[key]
        of_item = np.concatenate([self.of_item[kept], added_of])
        return _Classes(of_item, np.bincount(of_item, minlength=len(numbers)), numbers), firsts

    def one_hot_t(self) -> csr_matrix:
        """Classes × items: a 1 for each item in its class's row."""
        items = len(self.of_item)
        order = np.argsort(self.of_item, kind="stable")
        indptr = np.concatenate([[0], np.cumsum(self.sizes)])
        return csr_matrix(
            (np.ones(items), order, indptr), shape=(len(self.sizes), items), dtype=np.float64
        )


def _inserted(array: np.ndarray, where: np.ndarray, values: np.ndarray) -> np.ndarray:
    """`np.insert(array, where, values)` for positions in ascending order. An item or two
    adds a few dozen entries to a matrix of a million: copying the slices between them takes
    under half of np.insert's time, which masks every entry."""
    if len(where) > INSERTED_BY_SLICES:
        return np.insert(array, where, values)
    values = values.astype(array.dtype, copy=False)
    parts, start = [], 0
    for position, value in enumerate(where.tolist()):
        parts += (array[start:value], values[position : position + 1])
        start = value
    parts.append(array[start:])
    return np.concatenate(parts)


def _rules(jobs: JobSide, people: CandidateSide, weights: Weights, factors: Weights) -> np.ndarray:
    """Experience, graduates and the neutral value of skill_fit, plus an offset that keeps
    every allowed pair above zero; a broken hard rule far below."""
    value = (
        weights.get("experience", 0.0) * experience_fit(jobs, people)
        + weights.get("graduates", 0.0) * graduate_fit(jobs, people, factors)
        + weights.get("skills", 0.0) * np.where(jobs.has_skills, 0.0, NEUTRAL)[:, None]
    )
    offset = _offset(weights)
    return np.where(hard_rule_mask(jobs, people), value + offset, -3 * offset)


def _weighted(component: Callable[..., np.ndarray], name: str) -> Value:
    def value(jobs: JobSide, people: CandidateSide, weights: Weights, factors: Weights):
        return weights.get(name, 0.0) * component(jobs, people, factors)

    return value


VALUES: dict[str, Value] = {
    "rules": _rules,
    "salary": _weighted(salary_fit, "salary"),
    "location": _weighted(location_fit, "location"),
    "major": _weighted(major_fit, "major"),
}


def _offset(weights: Weights) -> float:
    """Above what the other blocks, less their commonest values, can take away (each
    component is in [0, 1])."""
    return 1.0 + 2 * _scale(weights)


def _scale(weights: Weights) -> float:
    return sum(abs(weight) for weight in weights.values())


def _job_keys(jobs: JobSide) -> dict[str, list[Hashable]]:
    """For each class block, what its components read of a job."""
    rules = zip(
        jobs.experience.tolist(),
        jobs.graduates_welcome.tolist(),
        jobs.has_skills.tolist(),
        jobs.education.tolist(),
        jobs.travel.tolist(),
        jobs.housing.tolist(),
        jobs.accommodations.tolist(),
        strict=True,
    )
    return {
        "rules": list(rules),
        "salary": list(zip(_known(jobs.salary_min), _known(jobs.salary_max), strict=True)),
        "location": [jobs.locations[index] for index in jobs.location_index.tolist()],
        "major": list(
            zip(jobs.has_majors.tolist(), _rows(jobs.majors), _rows(jobs.major_groups), strict=True)
        ),
    }


def _people_keys(people: CandidateSide) -> dict[str, list[Hashable]]:
    rules = zip(
        people.experience.tolist(),
        people.recent_graduate.tolist(),
        people.education.tolist(),
        people.travel.tolist(),
        people.needs_housing.tolist(),
        people.needs.tolist(),
        strict=True,
    )
    return {
        "rules": list(rules),
        "salary": _known(people.expectation),
        "location": list(people.places),
        "major": list(zip(_rows(people.majors), _rows(people.major_groups), strict=True)),
    }


def _query_keys(queries: JobSide | CandidateSide, of_jobs: bool) -> dict[str, list[Hashable]]:
    return _people_keys(queries) if of_jobs else _job_keys(queries)


def _item_keys(items: JobSide | CandidateSide) -> dict[str, list[Hashable]]:
    return _job_keys(items) if isinstance(items, JobSide) else _people_keys(items)


def _linear(items: JobSide | CandidateSide) -> csr_matrix:
    """Items × the linear features."""
    linear = _job_features(items) if isinstance(items, JobSide) else _people_features(items)
    return hstack(linear, format="csr", dtype=np.float64)


def _known(values: np.ndarray) -> list[float | None]:
    return [None if np.isnan(value) else value for value in values.tolist()]


def _rows(matrix: csr_matrix) -> list[tuple[int, ...]]:
    indices, bounds = matrix.indices.tolist(), matrix.indptr.tolist()
    return [tuple(indices[start:end]) for start, end in pairwise(bounds)]


def _job_features(jobs: JobSide) -> list[csr_matrix]:
    """Text; the occupation where known; the title where the occupation is not known, and
    where it is; skills as shares of the job's skills."""
    known = jobs.occupation >= 0
    occupation = csr_matrix(
        (np.ones(known.sum()), (np.flatnonzero(known), jobs.occupation[known])),
        shape=(len(known), len(OCCUPATIONS)),
    )
    return [
        jobs.text,
        occupation,
        scaled_rows(jobs.title, ~known),
        scaled_rows(jobs.title, known),
        scaled_rows(jobs.skills, 1.0 / np.maximum(jobs.skill_counts, 1.0)),
    ]


def _people_features(people: CandidateSide) -> list[csr_matrix]:
    """Against `_job_features`: occupation_fit takes the reach of the job's occupation when
    the occupation is known and the person aims at something, else the titles' likeness."""
    return [
        people.text,
        scaled_rows(people.occupation_reach, people.aims),
        people.title,
        scaled_rows(people.title, ~people.aims),
        people.skills,
    ]


LINEAR = ("text", "occupation", "occupation", "occupation", "skills")


def _commonest(values: np.ndarray, sizes: np.ndarray) -> float:
    """The value that most items take."""
    unique, inverse = np.unique(values, return_inverse=True)
    return float(unique[np.argmax(np.bincount(inverse, weights=sizes))])


def _span(matrix: csr_matrix, row: int) -> np.ndarray:
    return np.arange(matrix.indptr[row], matrix.indptr[row + 1])


def _groups(listed: csr_matrix, places: Sequence[Hashable], by_place: bool) -> Iterator[list[int]]:
    """Queries in groups of about PAIRS pairs whose lists overlap: ordered by place, then by
    best item. location_fit compares every place of a group with every item, so groups of
    jobs (`by_place`) keep to one place each."""
    best = [
        int(listed.indices[_span(listed, q)][np.argmax(listed.data[_span(listed, q)])])
        if listed.indptr[q + 1] > listed.indptr[q]
        else -1
        for q in range(listed.shape[0])
    ]
    place = {key: index for index, key in enumerate(dict.fromkeys(places))}
    order = sorted(range(len(best)), key=lambda q: (place[places[q]], best[q]))
    group: list[int] = []
    union: set[int] = set()
    for query in order:
        row = listed.indices[_span(listed, query)].tolist()
        grown = union.union(row)
        moved = by_place and bool(group) and places[query] != places[group[0]]
        if group and (moved or len(grown) * (len(group) + 1) > PAIRS):
            yield group
            group, grown = [], set(row)
        group.append(query)
        union = grown
    if group:
        yield group
