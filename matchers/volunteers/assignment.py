"""The best assignment of volunteers to tasks, as a mixed-integer programme (HiGHS via scipy).

One binary variable per available, scored (task, volunteer) pair; maximise the total score
subject to:
- slots: no task gets more volunteers than its slots;
- overlap: no volunteer serves two tasks whose times overlap. Tasks are intervals, so every
  set of pairwise-overlapping tasks shares the moment the latest of them starts; one
  constraint per such set (a clique of the interval graph) and volunteer suffices;
- availability: a pair that breaks the hard rule has no variable at all.

Ties between optimal assignments are settled by a second programme that keeps the optimal
total and leans towards pairs early in (task id, volunteer id) order, so the answer does
not depend on the order of the input or on the solver's path.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import suppress

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix

from matchers.text.tfidf import Analyzer
from matchers.volunteers.matcher import VolunteerMatcher
from matchers.volunteers.records import Task, Volunteer, is_available

TOLERANCE = 1e-6  # totals closer than this are equal


class AssignmentFailed(RuntimeError):
    """The solver did not reach an optimum (it should not happen: x = 0 is always feasible)."""


def assign(
    tasks: Sequence[Task],
    volunteers: Sequence[Volunteer],
    scores: Mapping[tuple[str, str], float],
) -> dict[str, list[str]]:
    """{task id: volunteer ids, best score first} for every task, in input order.

    Only pairs present in `scores` and passing the availability rule are considered.
    """
    _check_unique([task.id for task in tasks], "task")
    _check_unique([volunteer.id for volunteer in volunteers], "volunteer")
    pairs = candidate_pairs(tasks, volunteers, scores)
    chosen: dict[str, list[str]] = {task.id: [] for task in tasks}
    if not pairs:
        return chosen
    gains = np.array([scores[pair] for pair in pairs], dtype=np.float64)
    constraints = [
        _slot_constraint(tasks, pairs),
        *_overlap_constraints(tasks, pairs),
    ]
    optimum = _solve(gains, constraints)
    best = float(gains @ optimum)
    preference = np.linspace(1.0, 0.5, num=len(pairs))  # pairs come in (task, volunteer) order
    keep_total = LinearConstraint(gains[None, :], best - TOLERANCE, np.inf)
    with suppress(AssignmentFailed):  # else the first optimum stands, ties unsettled
        optimum = _solve(preference, [*constraints, keep_total])
    for (task_id, volunteer_id), taken in zip(pairs, optimum, strict=True):
        if taken:
            chosen[task_id].append(volunteer_id)
    for task_id, ids in chosen.items():
        ids.sort(key=lambda volunteer_id: (-scores[task_id, volunteer_id], volunteer_id))
    return chosen


def assign_matched(
    tasks: Sequence[Task],
    volunteers: Sequence[Volunteer],
    *,
    analyzer: Analyzer = "both",
    weights: Mapping[str, float] | None = None,
) -> dict[str, list[str]]:
    """`assign` with the scores of a VolunteerMatcher fitted on `volunteers`."""
    if not tasks or not volunteers:
        return {task.id: [] for task in tasks}
    matcher = VolunteerMatcher(analyzer=analyzer, weights=weights).fit(volunteers)
    return assign(tasks, volunteers, matcher.pair_scores(tasks))


def candidate_pairs(
    tasks: Sequence[Task],
    volunteers: Sequence[Volunteer],
    scores: Mapping[tuple[str, str], float],
) -> list[tuple[str, str]]:
    """The scored pairs that pass the availability rule, in (task id, volunteer id) order."""
    return sorted(
        (task.id, volunteer.id)
        for task in tasks
        for volunteer in volunteers
        if (task.id, volunteer.id) in scores and is_available(volunteer, task)
    )


def overlap_groups(tasks: Sequence[Task]) -> list[frozenset[str]]:
    """The maximal sets of pairwise-overlapping tasks (two or more), by the moment they share."""
    groups: set[frozenset[str]] = set()
    for task in tasks:
        moment = task.starts_at
        group = frozenset(other.id for other in tasks if other.starts_at <= moment < other.ends_at)
        if len(group) > 1:
            groups.add(group)
    maximal = [group for group in groups if not any(group < other for other in groups)]
    return sorted(maximal, key=sorted)


def _slot_constraint(tasks: Sequence[Task], pairs: Sequence[tuple[str, str]]) -> LinearConstraint:
    row_of = {task.id: row for row, task in enumerate(tasks)}
    rows = [row_of[task_id] for task_id, _ in pairs]
    matrix = csr_matrix(
        (np.ones(len(pairs)), (rows, np.arange(len(pairs)))), shape=(len(tasks), len(pairs))
    )
    return LinearConstraint(matrix, -np.inf, np.array([task.slots for task in tasks], float))


def _overlap_constraints(
    tasks: Sequence[Task], pairs: Sequence[tuple[str, str]]
) -> list[LinearConstraint]:
    column_of = {pair: column for column, pair in enumerate(pairs)}
    volunteer_ids = sorted({volunteer_id for _, volunteer_id in pairs})
    rows: list[list[int]] = []
    for group in overlap_groups(tasks):
        for volunteer_id in volunteer_ids:
            columns = [
                column_of[task_id, volunteer_id]
                for task_id in sorted(group)
                if (task_id, volunteer_id) in column_of
            ]
            if len(columns) > 1:
                rows.append(columns)
    if not rows:
        return []
    indices = [column for row in rows for column in row]
    indptr = np.cumsum([0, *(len(row) for row in rows)])
    matrix = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(pairs)))
    return [LinearConstraint(matrix, -np.inf, 1.0)]


def _solve(gains: np.ndarray, constraints: list[LinearConstraint]) -> np.ndarray:
    """The 0/1 vector that maximises gains · x under the constraints."""
    result = milp(
        -gains,
        integrality=np.ones(len(gains)),
        bounds=Bounds(0, 1),
        constraints=constraints,
        options={"mip_rel_gap": 0.0},
    )
    if result.status != 0 or result.x is None:
        raise AssignmentFailed(result.message)
    return np.round(result.x).astype(bool)


def _check_unique(ids: Sequence[str], kind: str) -> None:
    if len(set(ids)) != len(ids):
        raise ValueError(f"{kind} ids must be unique")
