from __future__ import annotations

import pytest

from benchmarks.baseline import BaselineCandidateMatcher, BaselineJobMatcher
from benchmarks.cross_validation import Entry, cross_validate, report
from benchmarks.figures import Audit, load_set, rank_all
from benchmarks.group_folds import weight_family
from seeds.synthetic_elsewhere import write_sets

SHIPPED = {"occupation": 0.5, "text": 0.5}


@pytest.fixture(scope="module")
def entries(tmp_path_factory):
    folder = tmp_path_factory.mktemp("elsewhere")
    sets = [load_set(path, name=f"elsewhere {path.name}") for path in write_sets(folder, seed=4)]
    return [Entry.of(data.name, data) for data in sets]


def test_with_every_member_ranking_alike_each_fold_keeps_the_shipped_weights(entries):
    rankings = {
        id(entry): rank_all(entry.data, BaselineJobMatcher(), BaselineCandidateMatcher(), Audit())
        for entry in entries
    }

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
