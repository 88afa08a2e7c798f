from __future__ import annotations

import argparse

from benchmarks import evaluate_matcher
from benchmarks.cross_validation import Entry
from benchmarks.group_folds import threshold_family
from matchers.jobs.scoring import FACTORS
from seeds.synthetic_elsewhere import write_sets


def test_the_table_holds_both_folders_and_the_second_generators_seeds(tmp_path, capsys):
    write_sets(tmp_path, seed=6)

    code = evaluate_matcher.main(
        ["--data-dir", str(tmp_path), "--seeds", "1,2", "--no-cv", "--current-year", "2026"]
    )
    out = capsys.readouterr().out

    assert code == 0
    rows = {line.split("  ")[0]: line for line in out.splitlines()}
    assert "dev-hard distractors in top-5 slots" in rows
    assert "2 seeds" in rows["elsewhere dev-hard NDCG@5 job→candidates"]
    assert "±" in rows["elsewhere dev NDCG@5 candidate→jobs"]
    assert rows["hard-rule violations (must be 0)"].split()[-4:-2] == ["0", "0"]
    assert "aims on unseen data" in out


def test_the_thresholds_are_cross_validated_with_each_member_passed_as_factors(tmp_path):
    # given the matcher's and the baseline's rankings of two small sets
    write_sets(tmp_path, seed=6)
    sets = [evaluate_matcher.load_set(tmp_path / name) for name in evaluate_matcher.SETS]
    year = 2026
    matcher, _ = evaluate_matcher.load_matcher(year)
    assert matcher is not None
    columns = {
        "baseline": evaluate_matcher.evaluate(evaluate_matcher.baseline(), sets, None),
        "matcher": evaluate_matcher.evaluate(matcher, sets, None),
    }
    args = argparse.Namespace(current_year=year, folds=3)
    entries = [Entry.of(data.name, data) for data in sets]
    # when the threshold family is cross-validated
    family = threshold_family(FACTORS)
    lines = evaluate_matcher.cross_validate_family(
        args, entries, columns, family, "factors", kind="threshold"
    )
    # then its section names the thresholds and ends in a verdict on them
    assert lines[0].startswith("group cross-validation of the thresholds: 3 folds")
    assert any(f"among the {len(family)} on the training folds" in line for line in lines)
    assert lines[-1].startswith("verdict: ") and "thresholds" in lines[-1]


def test_the_taxonomy_constants_are_cross_validated_and_the_shipped_ones_restored(tmp_path):
    from matchers.taxonomy.settings import TAXONOMY, taxonomy

    write_sets(tmp_path, seed=6)
    sets = [evaluate_matcher.load_set(tmp_path / name) for name in evaluate_matcher.SETS]
    matcher, _ = evaluate_matcher.load_matcher(2026)
    assert matcher is not None
    columns = {
        "baseline": evaluate_matcher.evaluate(evaluate_matcher.baseline(), sets, None),
        "matcher": evaluate_matcher.evaluate(matcher, sets, None),
    }
    args = argparse.Namespace(current_year=2026, folds=3)
    entries = [Entry.of(data.name, data) for data in sets]
    family = threshold_family(TAXONOMY)

    lines = evaluate_matcher.cross_validate_family(
        args, entries, columns, family, evaluate_matcher.TAXONOMY_SWITCH, kind="constant"
    )

    assert lines[0].startswith("group cross-validation of the constants: 3 folds")
    assert any(line.startswith("same_small_group") for line in lines)
    assert lines[-1].startswith("verdict: ") and "constants" in lines[-1]
    assert {name: taxonomy(name) for name in TAXONOMY} == dict(TAXONOMY)
