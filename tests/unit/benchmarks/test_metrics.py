from __future__ import annotations

import math

import pytest

from benchmarks.metrics import dcg, distractor_share, ndcg_at_k


def test_dcg_uses_exponential_gains_and_log2_discounts():
    # (2**3 - 1) / log2(2) + (2**1 - 1) / log2(3) + 0 = 7 + 0.6309...
    assert dcg([3, 1, 0]) == pytest.approx(7 + 1 / math.log2(3))


def test_the_ideal_ranking_scores_one():
    assert ndcg_at_k(["a", "b", "c"], {"a": 3, "b": 2, "c": 1}) == pytest.approx(1.0)


def test_swapping_the_top_two_scores_by_hand():
    # DCG = 3 + 7/log2(3) = 7.4165; ideal = 7 + 3/log2(3) = 8.8928
    expected = (3 + 7 / math.log2(3)) / (7 + 3 / math.log2(3))

    assert ndcg_at_k(["b", "a"], {"a": 3, "b": 2}) == pytest.approx(expected)
    assert expected == pytest.approx(0.83399, abs=1e-5)


def test_ungraded_items_count_zero_and_push_graded_ones_down():
    # the only relevant item at position 3: 1/log2(4) = 0.5 of the ideal
    assert ndcg_at_k(["x", "y", "a"], {"a": 2}) == pytest.approx(0.5)


def test_only_the_top_k_count():
    assert ndcg_at_k(["x", "y", "a"], {"a": 2}, k=2) == 0.0


def test_the_ideal_keeps_only_the_k_best_grades():
    # ideal@1 is the grade-3 item alone (7); finding the grade-1 item first gives 1/7
    assert ndcg_at_k(["b", "a"], {"a": 3, "b": 1}, k=1) == pytest.approx(1 / 7)


def test_a_query_without_relevant_items_is_refused():
    with pytest.raises(ValueError):
        ndcg_at_k(["a"], {"a": 0})
    with pytest.raises(ValueError):
        ndcg_at_k(["a"], {"a": 1}, k=0)


def test_distractor_share_counts_k_slots_per_query():
    rankings = {"p": ["d1", "a", "d2", "b", "c", "d3"], "q": ["e"]}
    distractors = {"p": {"d1", "d2", "d3"}, "q": {"e", "f"}}

    # p: d1 and d2 in its top 5 (d3 is 6th); q: e in a ranking of one; 3 of 10 slots
    assert distractor_share(rankings, distractors, k=5) == pytest.approx(0.3)


def test_a_query_missing_from_the_rankings_takes_no_slots():
    assert distractor_share({}, {"p": {"d"}}, k=5) == 0.0


def test_distractor_share_needs_a_query_with_distractors():
    with pytest.raises(ValueError):
        distractor_share({"p": ["a"]}, {"p": set()})
