"""A fitted matcher updated item by item ranks as a fresh fit in the same vocabulary over the
same items would; `rank_among` ranks a subset, with substitute needs, as a fit on it would."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from matchers.jobs.matcher import CandidateMatcher, JobMatcher
from matchers.jobs.shortlist import INSERTED_BY_SLICES, _linear
from matchers.records import Candidate, Job, Match
from matchers.vocabulary import Accommodation
from seeds.synthetic import generate_candidates, generate_jobs

YEAR = 2026
JOBS = [Job.from_mapping(row) for row in generate_jobs(400, seed=11)]
PEOPLE = [Candidate.from_mapping(row) for row in generate_candidates(400, seed=11)]


def figures(ranking: list[Match]) -> list[tuple[str, float]]:
    return [(match.id, match.score) for match in ranking]


def assert_same(got: list[list[Match]], expected: list[list[Match]]) -> None:
    assert [[m.id for m in r] for r in got] == [[m.id for m in r] for r in expected]
    for a, b in zip(got, expected, strict=True):
        assert [m.score for m in a] == pytest.approx([m.score for m in b], abs=1e-4)
        assert [m.reasons for m in a] == [m.reasons for m in b]


def changes(items: list, new: list, **edits: object) -> tuple[list, list, set[str]]:
    """Items 0-29 edited, 30-59 removed, `new` added: the changed, the items a fresh fit sees
    (kept ones first, in order, then the changed), and the removed."""
    changed = [replace(item, **edits) for item in items[:30]] + new
    removed = {item.id for item in items[30:60]}
    return changed, items[60:] + changed, removed


def test_jobs_updated_rank_as_a_fresh_fit_in_the_same_vocabulary():
    fitted = JobMatcher(current_year=YEAR).fit(JOBS[:300])
    new = [replace(job, id=f"new-{job.id}") for job in JOBS[300:340]]
    changed, after, removed = changes(
        JOBS[:300], new, title="冷链仓库保管员", salary_min=7777, salary_max=8888
    )

    updated = fitted.updated(changed, removed)
    fresh = JobMatcher(current_year=YEAR).fit(after, vocabulary=fitted.vocabulary_)

    assert updated.shortlists_ is not None  # the two-stage path was updated, not skipped
    assert sorted(job.id for job in updated.jobs_) == sorted(job.id for job in after)
    assert_same(list(updated.rank_many(PEOPLE[:80])), list(fresh.rank_many(PEOPLE[:80])))
    # The matcher it came from is left as it was.
    assert_same(
        list(fitted.rank_many(PEOPLE[:20])),
        list(JobMatcher(current_year=YEAR).fit(JOBS[:300]).rank_many(PEOPLE[:20])),
    )


def test_updates_on_updates_rank_as_one_fresh_fit():
    matcher = JobMatcher(current_year=YEAR).fit(JOBS[:200])
    held = list(JOBS[:200])
    for step in range(5):
        new = [replace(job, id=f"s{step}-{job.id}") for job in JOBS[200 + 20 * step :][:20]]
        closed = {held[step * 7].id, held[step * 7 + 1].id}
        matcher = matcher.updated(new, closed)
        held = [job for job in held if job.id not in closed] + new

    fresh = JobMatcher(current_year=YEAR).fit(held, vocabulary=matcher.vocabulary_)
    assert_same(list(matcher.rank_many(PEOPLE[:60])), list(fresh.rank_many(PEOPLE[:60])))


def test_people_updated_rank_as_a_fresh_fit_in_the_same_vocabulary():
    fitted = CandidateMatcher(current_year=YEAR).fit(PEOPLE[:300])
    new = [replace(person, id=f"new-{person.id}") for person in PEOPLE[300:340]]
    changed, after, removed = changes(
        PEOPLE[:300], new, summary="做过五年仓库管理员", salary_expectation=7777
    )

    updated = fitted.updated(changed, removed)
    fresh = CandidateMatcher(current_year=YEAR).fit(after, vocabulary=fitted.vocabulary_)

    assert_same(list(updated.rank_many(JOBS[:80])), list(fresh.rank_many(JOBS[:80])))


def test_removing_everything_but_a_few_falls_back_to_scoring_every_item():
    fitted = JobMatcher(current_year=YEAR).fit(JOBS[:100])
    kept = JOBS[:5]
    updated = fitted.updated([], {job.id for job in JOBS[5:100]})

    fresh = JobMatcher(current_year=YEAR).fit(kept, vocabulary=fitted.vocabulary_)
    assert updated.shortlists_ is None
    assert_same(list(updated.rank_many(PEOPLE[:30])), list(fresh.rank_many(PEOPLE[:30])))


def test_rank_among_ranks_a_subset_as_a_fit_on_it_would():
    matcher = CandidateMatcher(current_year=YEAR).fit(PEOPLE)
    among = np.zeros(len(PEOPLE), dtype=bool)
    among[::3] = True
    subset = [person for person, chosen in zip(PEOPLE, among, strict=True) if chosen]
    fresh = CandidateMatcher(current_year=YEAR).fit(subset, vocabulary=matcher.vocabulary_)

    for job in JOBS[:40]:
        got = matcher.rank_among(job, among=among, top=10)
        assert_same([got], [fresh.rank(job, top=10)])


def test_rank_among_with_needs_withheld_ranks_as_people_without_them():
    needing = [
        replace(person, needs=frozenset({Accommodation.WHEELCHAIR_ACCESS}))
        for person in PEOPLE[:200]
    ]
    matcher = CandidateMatcher(current_year=YEAR).fit(needing)
    withheld = np.zeros_like(matcher.side_.needs)
    without = CandidateMatcher(current_year=YEAR).fit(
        [replace(person, needs=frozenset()) for person in needing], vocabulary=matcher.vocabulary_
    )
    everyone = np.ones(len(needing), dtype=bool)

    for job in JOBS[:40]:
        got = matcher.rank_among(job, among=everyone, needs=withheld, top=10)
        assert_same([got], [without.rank(job, top=10)])
    # And as stated, needs keep out jobs that do not meet them.
    stated = [matcher.rank_among(job, among=everyone, top=10) for job in JOBS[:40]]
    assert stated != [without.rank(job, top=10) for job in JOBS[:40]]


def same_matrix(a, b) -> bool:  # type: ignore[no-untyped-def]
    return (
        a.shape == b.shape
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and np.array_equal(a.data, b.data)
    )


@pytest.mark.parametrize("kind", ["jobs", "people"])
@pytest.mark.parametrize("change", ["added", "closed", "edited", "all three"])
def test_stage_ones_matrix_updated_in_place_is_the_one_built_from_scratch(kind, change):
    """Shortlists.updated builds stage 1's features × items matrix from the previous one
    (columns kept, rows for new classes, the added items' entries); it is exactly the matrix
    built from the updated items."""
    matcher, items = (
        (JobMatcher(current_year=YEAR).fit(JOBS[:300]), JOBS)
        if kind == "jobs"
        else (CandidateMatcher(current_year=YEAR).fit(PEOPLE[:300]), PEOPLE)
    )
    # New places and pay make new classes in the middle blocks of the matrix.
    fields = (
        {"location": "新疆维吾尔自治区喀什地区", "salary_min": 123_456}
        if kind == "jobs"
        else {"locations": ("新疆维吾尔自治区喀什地区",), "salary_expectation": 123_456}
    )
    added = [replace(item, id=f"new-{item.id}", **fields) for item in items[300:310]]
    edited = [replace(item, **fields) for item in items[:5]]
    closed = {item.id for item in items[10:15]}
    changed, removed = {
        "added": (added, set()),
        "closed": ([], closed),
        "edited": (edited, set()),
        "all three": (added + edited, closed),
    }[change]

    shortlists = matcher.updated(changed, removed).shortlists_

    assert shortlists is not None
    assert same_matrix(shortlists.matrix, shortlists._matrix())


@pytest.mark.parametrize("added", [1, 60])
def test_stage_ones_matrix_takes_few_or_many_new_items_as_built_from_scratch(added):
    """One item adds fewer entries than INSERTED_BY_SLICES (copied slice by slice), sixty
    more (np.insert): the same matrix either way."""
    matcher = JobMatcher(current_year=YEAR).fit(JOBS[:200])
    assert matcher.shortlists_ is not None
    new = [replace(job, id=f"new-{job.id}") for job in JOBS[200 : 200 + added]]
    # Each new item's linear features, and one entry in each class block.
    entries = _linear(matcher._encode(new)).nnz + added * len(matcher.shortlists_.classes)
    assert (entries < INSERTED_BY_SLICES) if added == 1 else (entries > INSERTED_BY_SLICES)

    shortlists = matcher.updated(new).shortlists_

    assert shortlists is not None
    assert same_matrix(shortlists.matrix, shortlists._matrix())
