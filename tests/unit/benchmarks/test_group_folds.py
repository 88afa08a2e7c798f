from __future__ import annotations

import math
from collections import Counter

import pytest

from benchmarks.cross_validation import Entry
from benchmarks.figures import Rankings, Truth, load_set, to_jobs_ndcg, to_people_ndcg
from benchmarks.group_folds import (
    MARGIN,
    STEP,
    assign_folds,
    occupation_group,
    threshold_family,
    weight_family,
)
from matchers.jobs.scoring import FACTORS
from seeds.synthetic_elsewhere import write_sets

SHIPPED = {"occupation": 0.4, "text": 0.3, "skills": 0.2, "salary": 0.1}


@pytest.fixture(scope="module")
def entries(tmp_path_factory):
    folder = tmp_path_factory.mktemp("elsewhere")
    return [Entry.of(path.name, load_set(path)) for path in write_sets(folder, seed=2)]


def graded_pairs(entries):
    return [
        (entry, job, person)
        for entry in entries
        for job, people in entry.truth.by_job.items()
        for person in people
    ]


def test_no_occupation_is_in_two_folds_and_every_fold_holds_some(entries):
    groups = [group for entry in entries for group in entry.graded_groups()]

    fold_of = assign_folds(groups, 4)

    assert set(fold_of) == set(groups)
    assert set(fold_of.values()) == {0, 1, 2, 3}


def test_every_graded_pair_is_in_exactly_one_fold(entries):
    fold_of = assign_folds((g for entry in entries for g in entry.graded_groups()), 3)

    holders = Counter()
    for fold in range(3):
        for entry, job, person in graded_pairs(entries):
            if fold_of[entry.group_of[job]] == fold:
                holders[(entry.source, job, person)] += 1

    assert len(holders) == len(graded_pairs(entries))
    assert set(holders.values()) == {1}


def test_folds_are_balanced_by_graded_pairs(entries):
    groups = [group for entry in entries for group in entry.graded_groups()]

    sizes = Counter(assign_folds(groups, 3)[group] for group in groups)

    assert max(sizes.values()) <= 2 * min(sizes.values())


def test_fewer_occupations_than_folds_is_refused():
    with pytest.raises(ValueError, match="cannot fill 3 folds"):
        assign_folds(["a", "b", "a"], 3)


def test_a_title_without_a_known_occupation_is_its_own_group():
    assert occupation_group("zzqx 无此职业 qq") == "title:zzqx 无此职业 qq"


def test_the_weight_family_keeps_the_shipped_weights_and_sums_each_member_to_one():
    family = weight_family(SHIPPED)

    assert dict(family["shipped"]) == SHIPPED
    assert len(family) == 2 + 2 * len(SHIPPED)
    assert all(math.isclose(sum(weights.values()), 1.0) for weights in family.values())
    assert family["uniform"]["text"] == pytest.approx(0.25)
    assert family["text+50%"]["text"] > SHIPPED["text"] > family["text-50%"]["text"]


def well_formed(family, shipped):
    """Bounded, distinct, ordered, each member one threshold moved by at most STEP."""
    members = [dict(member) for member in family.values()]
    assert dict(family["shipped"]) == dict(shipped)
    assert all(member.keys() == shipped.keys() for member in members)
    assert all(0.0 < value < 1.0 for member in members for value in member.values())
    assert all(a != b for i, a in enumerate(members) for b in members[i + 1 :])
    assert all(member["pay_falls_short"] < member["pay_range_reaches"] for member in members)
    for member in members[1:]:
        moved = [name for name in shipped if member[name] != shipped[name]]
        assert len(moved) == 1
        assert 0 < abs(member[moved[0]] - shipped[moved[0]]) <= STEP + 1e-9


def test_the_threshold_family_moves_each_shipped_factor_up_and_down_once():
    family = threshold_family(FACTORS)

    well_formed(family, FACTORS)
    assert len(family) == 1 + 2 * len(FACTORS)
    assert family["pay_range_reaches=0.9"]["pay_range_reaches"] == pytest.approx(0.9)
    assert family["out_of_district=0.2"]["out_of_district"] == pytest.approx(0.2)


def test_the_threshold_family_stays_inside_the_bounds_and_keeps_short_pay_below_reaching_pay():
    # given thresholds near the bounds and short pay just below reaching pay
    shipped = {"pay_falls_short": 0.75, "pay_range_reaches": 0.8, "near_one": 0.98, "low": 0.02}

    family = threshold_family(shipped)

    well_formed(family, shipped)
    # then a move that would leave [MARGIN, 1 - MARGIN] or bring the pay thresholds within
    # MARGIN of each other stops short, and one that clipping undoes or turns back is left out
    assert list(family) == [
        "shipped",
        f"pay_falls_short={0.75 - STEP:g}",
        f"pay_range_reaches={0.8 + STEP:g}",
        f"near_one={0.98 - STEP:g}",
        f"low={0.02 + STEP:g}",
    ]
    bounded = dict(shipped) | {"near_one": 0.9, "low": 0.1}
    assert dict(threshold_family(bounded)["near_one=0.95"]) == bounded | {"near_one": 1 - MARGIN}
    assert dict(threshold_family(bounded)["low=0.05"]) == bounded | {"low": MARGIN}
    close = {"pay_falls_short": 0.6, "pay_range_reaches": 0.68}
    assert sorted(threshold_family(close)) == [
        "pay_falls_short=0.5",
        f"pay_falls_short={0.68 - MARGIN:g}",
        f"pay_range_reaches={0.6 + MARGIN:g}",
        f"pay_range_reaches={0.68 + STEP:g}",
        "shipped",
    ]


def test_graded_jobs_of_other_folds_leave_a_persons_ranking():
    truth = Truth(
        by_person={"p": {"in": 3, "out": 1}},
        by_job={"in": {"p": 3}, "out": {"p": 1}},
        reachable_by_person={"p": {"in": 3, "out": 1}},
        reachable_by_job={"in": {"p": 3}, "out": {"p": 1}},
    )
    rankings = Rankings(to_jobs={"p": ["out", "in"]}, to_people={"in": ["p"], "out": ["p"]})

    def scope(job):
        return job == "in"

    assert to_jobs_ndcg(truth, rankings, scope).values == [1.0]
    assert to_jobs_ndcg(truth, rankings).values[0] < 1.0
    assert len(to_people_ndcg(truth, rankings, scope).values) == 1
