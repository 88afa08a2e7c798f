from __future__ import annotations

from benchmarks import evaluate_matcher
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
