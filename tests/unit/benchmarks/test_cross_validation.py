from __future__ import annotations

import pytest

from benchmarks.baseline import BaselineCandidateMatcher, BaselineJobMatcher
from benchmarks.cross_validation import Entry, cross_validate, report
from benchmarks.figures import Audit, load_set, rank_all
from benchmarks.group_folds import threshold_family, weight_family
from matchers.jobs.scoring import FACTORS
from seeds.synthetic_elsewhere import write_sets

SHIPPED = {"occupation": 0.5, "text": 0.5}


@pytest.fixture(scope="module")
def entries(tmp_path_factory):
    folder = tmp_path_factory.mktemp("elsewhere")
    sets = [load_set(path, name=f"elsewhere {path.name}") for path in write_sets(folder, seed=4)]
    return [Entry.of(data.name, data) for data in sets]


@pytest.fixture(scope="module")
def rankings(entries):
    return {
        id(entry): rank_all(entry.data, BaselineJobMatcher(), BaselineCandidateMatcher(), Audit())
        for entry in entries
    }


def test_with_every_member_ranking_alike_each_fold_keeps_the_shipped_weights(entries, rankings):
    result = cross_validate(
        entries, weight_family(SHIPPED), lambda name, entry: rankings[id(entry)], k=3
    )
    lines = report(result)

    assert [fold.chosen for fold in result.folds] == ["shipped"] * 3
    assert sum(fold.pairs for fold in result.folds) == sum(
        len(entry.graded_groups()) for entry in entries
    )
    assert lines[-1] == "verdict: every fold chose the shipped weights."
    held_out = result.folds[0].held_out
    assert held_out["cv-chosen"] == held_out["shipped"] == held_out["baseline"]


def test_the_thresholds_go_through_the_same_cross_validation_and_report(entries, rankings):
    # given the threshold family, every member ranking alike
    family = threshold_family(FACTORS)

    result = cross_validate(
        entries, family, lambda name, entry: rankings[id(entry)], k=3, kind="threshold"
    )
    lines = report(result)

    # then the report speaks of thresholds, lists each of them, and keeps the shipped ones
    assert [fold.chosen for fold in result.folds] == ["shipped"] * 3
    assert lines[0].startswith("group cross-validation of the thresholds: 3 folds")
    assert "thresholds chosen on the other folds" in lines[1]
    table = lines[lines.index(next(line for line in lines if line.startswith("threshold "))) :]
    assert [line.split()[0] for line in table[1 : 1 + len(FACTORS)]] == list(FACTORS)
    assert any(f"among the {len(family)} on the training folds" in line for line in lines)
    assert lines[-1] == "verdict: every fold chose the shipped thresholds."
