from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from itertools import permutations

import pytest

from matchers.volunteers.assignment import assign, assign_matched, candidate_pairs, overlap_groups
from matchers.volunteers.records import LOCAL_ZONE, Task, Volunteer, Window, is_available, overlaps

MONDAY = datetime(2024, 6, 3, tzinfo=LOCAL_ZONE)
TOLERANCE = 1e-6


def task(id: str, day: int, start: float, hours: float, slots: int = 1, **fields) -> Task:
    starts_at = MONDAY + timedelta(days=day, hours=start)
    return Task(
        id=id,
        title="社区志愿服务",
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=hours),
        slots=slots,
        **fields,
    )


def volunteer(id: str, *windows: Window, **fields) -> Volunteer:
    return Volunteer(id=id, availability=windows or ALL_WEEK, **fields)


ALL_WEEK = tuple(Window(day, time(0, 0), time(23, 59)) for day in range(1, 8))


def random_case(seed: int) -> tuple[list[Task], list[Volunteer], dict[tuple[str, str], float]]:
    rng = random.Random(seed)
    tasks = [
        task(
            f"t{index}",
            day=rng.randrange(2),
            start=rng.choice([8, 9, 9.5, 10, 11, 14]),
            hours=rng.choice([1, 1.5, 2, 3]),
            slots=rng.randint(1, 3),
        )
        for index in range(rng.randint(1, 4))
    ]
    volunteers = [
        volunteer(
            f"v{index}",
            *[
                Window(
                    rng.randint(1, 2), time(rng.choice([7, 8, 9, 10])), time(rng.choice([12, 18]))
                )
                for _ in range(rng.randint(1, 3))
            ],
        )
        for index in range(rng.randint(1, 4))
    ]
    values = [0.1, 0.25, 0.5] if seed % 3 == 0 else None  # every third case is full of ties
    scores = {
        (t.id, v.id): rng.choice(values) if values else round(rng.random(), 4)
        for t in tasks
        for v in volunteers
        if rng.random() < 0.9
    }
    return tasks, volunteers, scores


def brute_force_best(
    tasks: list[Task], volunteers: list[Volunteer], scores: dict[tuple[str, str], float]
) -> float:
    """The best total over every feasible set of pairs, found by backtracking."""
    by_id = {t.id: t for t in tasks}
    pairs = candidate_pairs(tasks, volunteers, scores)
    best = 0.0

    def extend(index: int, chosen: list[tuple[str, str]], total: float) -> None:
        nonlocal best
        best = max(best, total)
        for next_index in range(index, len(pairs)):
            task_id, volunteer_id = pairs[next_index]
            taken = [t for t, v in chosen if t == task_id]
            clashes = any(
                v == volunteer_id and overlaps(by_id[t], by_id[task_id]) for t, v in chosen
            )
            if len(taken) < by_id[task_id].slots and not clashes:
                chosen.append(pairs[next_index])
                extend(next_index + 1, chosen, total + scores[pairs[next_index]])
                chosen.pop()

    extend(0, [], 0.0)
    return best


def total_of(result: dict[str, list[str]], scores: dict[tuple[str, str], float]) -> float:
    return sum(scores[task_id, v] for task_id, ids in result.items() for v in ids)


def assert_feasible(
    result: dict[str, list[str]],
    tasks: list[Task],
    volunteers: list[Volunteer],
    scores: dict[tuple[str, str], float],
) -> None:
    by_task = {t.id: t for t in tasks}
    by_volunteer = {v.id: v for v in volunteers}
    assert list(result) == [t.id for t in tasks]
    for task_id, ids in result.items():
        assert len(ids) <= by_task[task_id].slots
        assert len(set(ids)) == len(ids)
        for volunteer_id in ids:
            assert (task_id, volunteer_id) in scores
            assert is_available(by_volunteer[volunteer_id], by_task[task_id])
    served: dict[str, list[str]] = {}
    for task_id, ids in result.items():
        for volunteer_id in ids:
            served.setdefault(volunteer_id, []).append(task_id)
    for task_ids in served.values():
        for first, second in permutations(task_ids, 2):
            assert not overlaps(by_task[first], by_task[second])


@pytest.mark.parametrize("seed", range(150))
def test_assignment_total_equals_brute_force_on_small_random_cases(seed):
    # given a small random week of tasks, volunteers and scores
    tasks, volunteers, scores = random_case(seed)
    # when
    result = assign(tasks, volunteers, scores)
    # then every constraint holds and no feasible assignment scores more
    assert_feasible(result, tasks, volunteers, scores)
    assert total_of(result, scores) == pytest.approx(
        brute_force_best(tasks, volunteers, scores), abs=TOLERANCE
    )


def test_random_cases_exercise_overlaps_slots_and_unavailable_pairs():
    # the brute-force comparison means something only if the cases are not all trivial
    cases = [random_case(seed) for seed in range(150)]
    assert any(overlap_groups(tasks) for tasks, _, _ in cases)
    assert any(
        not is_available(v, t) for tasks, volunteers, _ in cases for t in tasks for v in volunteers
    )
    assert any(
        len(candidate_pairs(tasks, volunteers, scores)) > sum(t.slots for t in tasks)
        for tasks, volunteers, scores in cases
    )


@pytest.mark.parametrize("seed", range(0, 150, 10))
def test_input_order_does_not_change_the_assignment(seed):
    tasks, volunteers, scores = random_case(seed)
    forward = assign(tasks, volunteers, scores)
    backward = assign(tasks[::-1], volunteers[::-1], scores)
    assert backward == {task_id: forward[task_id] for task_id in reversed(forward)}


def test_a_volunteer_goes_to_one_of_two_overlapping_tasks_not_both():
    # given one volunteer wanted by two tasks that overlap by half an hour
    tasks = [task("t1", 0, 9, 2), task("t2", 0, 10.5, 2)]
    scores = {("t1", "v1"): 0.6, ("t2", "v1"): 0.9}
    # when
    result = assign(tasks, [volunteer("v1")], scores)
    # then the better task gets them
    assert result == {"t1": [], "t2": ["v1"]}


def test_back_to_back_tasks_can_share_a_volunteer():
    tasks = [task("t1", 0, 9, 2), task("t2", 0, 11, 1)]
    scores = {("t1", "v1"): 0.6, ("t2", "v1"): 0.9}
    assert assign(tasks, [volunteer("v1")], scores) == {"t1": ["v1"], "t2": ["v1"]}


def test_optimal_beats_greedy_when_the_best_pair_blocks_another_task():
    # given v1 is best for t1 but the only one free for t2, which overlaps t1
    tasks = [task("t1", 0, 9, 1), task("t2", 0, 9.5, 1)]
    volunteers = [volunteer("v1"), volunteer("v2", Window(1, time(8), time(10)))]
    scores = {("t1", "v1"): 0.9, ("t1", "v2"): 0.8, ("t2", "v1"): 0.7}
    # when
    result = assign(tasks, volunteers, scores)
    # then greedy (t1 ← v1) would leave t2 empty; the optimum fills both: 0.8 + 0.7 > 0.9
    assert result == {"t1": ["v2"], "t2": ["v1"]}


def test_slots_cap_a_task_and_the_best_volunteers_fill_it():
    tasks = [task("t1", 0, 9, 2, slots=2)]
    volunteers = [volunteer("v1"), volunteer("v2"), volunteer("v3")]
    scores = {("t1", "v1"): 0.3, ("t1", "v2"): 0.8, ("t1", "v3"): 0.5}
    assert assign(tasks, volunteers, scores) == {"t1": ["v2", "v3"]}


def test_an_unavailable_pair_is_never_assigned_whatever_its_score():
    # given a volunteer free only on Tuesday, and a Monday task scored 1.0 for them
    tasks = [task("t1", 0, 9, 1)]
    volunteers = [volunteer("v1", Window(2, time(8), time(12)))]
    # when / then
    assert assign(tasks, volunteers, {("t1", "v1"): 1.0}) == {"t1": []}


def test_pairs_without_a_score_are_not_assigned():
    tasks = [task("t1", 0, 9, 1, slots=2)]
    volunteers = [volunteer("v1"), volunteer("v2")]
    assert assign(tasks, volunteers, {("t1", "v2"): 0.4}) == {"t1": ["v2"]}


def test_equal_volunteers_tie_towards_the_smaller_id():
    tasks = [task("t1", 0, 9, 1)]
    volunteers = [volunteer("vb"), volunteer("va"), volunteer("vc")]
    scores = {("t1", "vb"): 0.5, ("t1", "va"): 0.5, ("t1", "vc"): 0.5}
    assert assign(tasks, volunteers, scores) == {"t1": ["va"]}


def test_every_task_is_listed_even_with_no_pairs():
    tasks = [task("t2", 0, 9, 1), task("t1", 1, 9, 1)]
    assert assign(tasks, [], {}) == {"t2": [], "t1": []}


def test_duplicate_task_ids_are_refused():
    with pytest.raises(ValueError, match="task ids"):
        assign([task("t1", 0, 9, 1), task("t1", 1, 9, 1)], [], {})


def test_overlap_groups_are_the_maximal_sets_sharing_a_moment():
    # t1 9–11, t2 10–12, t3 10:30–11:30, t4 11:30–13 (overlaps t2 only), t5 11–12 touches t1
    tasks = [
        task("t1", 0, 9, 2),
        task("t2", 0, 10, 2),
        task("t3", 0, 10.5, 1),
        task("t4", 0, 11.5, 1.5),
        task("t5", 0, 11, 1),
    ]
    assert overlap_groups(tasks) == [
        frozenset({"t1", "t2", "t3"}),
        frozenset({"t2", "t3", "t5"}),
        frozenset({"t2", "t4", "t5"}),
    ]


def test_assign_matched_scores_with_the_volunteer_matcher_and_respects_slots():
    tasks = [
        task("t1", 5, 9, 2, slots=1, skills=("血压测量",)),
        task("t2", 5, 10, 2, slots=1, skills=("理发",)),
    ]
    volunteers = [
        volunteer("v1", skills=("血压测量",)),
        volunteer("v2", skills=("理发",)),
    ]
    assert assign_matched(tasks, volunteers) == {"t1": ["v1"], "t2": ["v2"]}
