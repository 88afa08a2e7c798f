from __future__ import annotations

import json

import pytest

from matchers.jobs.rules import passes_hard_rules
from matchers.records import Candidate, Job
from seeds import synthetic_elsewhere, synthetic_elsewhere_truth
from seeds.synthetic_elsewhere import SHAPES, generate
from seeds.synthetic_elsewhere_vocabulary import BY_CODE, TRADES, split
from seeds.synthetic_templates import OCCUPATIONS, items

ALLOWED_TITLE_OVERLAP = 0.1


def plain(title: str) -> str:
    return title.split("（")[0]


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_row_reads_as_a_record_with_ordered_pay(shape):
    out = generate(shape, seed=4)

    jobs = [Job.from_mapping(row) for row in out.jobs]
    people = [Candidate.from_mapping(row) for row in out.candidates]

    assert len(jobs) == SHAPES[shape].jobs and len(people) == SHAPES[shape].people
    assert all(
        job.salary_min is None or job.salary_max is None or job.salary_min <= job.salary_max
        for job in jobs
    )


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_same_seed_gives_the_same_sets_and_another_seed_others(shape):
    assert generate(shape, seed=7) == generate(shape, seed=7)
    assert generate(shape, seed=7).jobs != generate(shape, seed=8).jobs


def test_size_multiplies_jobs_and_people():
    out = generate("dev", seed=1, size=2)

    assert (len(out.jobs), len(out.candidates)) == (80, 30)


def test_titles_are_mostly_unlike_the_first_generators():
    old = {plain(title) for occupation in OCCUPATIONS for title in items(occupation.titles)}
    ours = {plain(title) for trade in TRADES for title in split(trade.titles)}

    shared = ours & old

    assert len(shared) <= ALLOWED_TITLE_OVERLAP * len(ours), sorted(shared)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_graded_pairs_and_distractors_pass_the_hard_rules_and_never_overlap(shape, seed):
    out = generate(shape, seed=seed)
    jobs = {row["id"]: Job.from_mapping(row) for row in out.jobs}
    people = {row["id"]: Candidate.from_mapping(row) for row in out.candidates}

    graded = {(row["candidate"], row["job"]) for row in out.grades}
    distracting = {(row["candidate"], row["job"]) for row in out.distractors}

    assert all(row["grade"] in (1, 2, 3) for row in out.grades)
    assert all(passes_hard_rules(jobs[j], people[c]) for c, j in graded | distracting)
    assert not graded & distracting
    assert {c for c, _ in graded} == set(people)  # everyone has something to find


def test_grades_follow_the_truth_not_a_matcher():
    out = generate("dev-hard", seed=5)

    for row in out.grades:
        aim = BY_CODE[out.trade_of[row["candidate"]]]
        trade = BY_CODE[out.trade_of[row["job"]]]
        relation = synthetic_elsewhere_truth.relation(aim, trade)
        assert relation - 1 <= row["grade"] <= relation
    for row in out.distractors:
        aim = BY_CODE[out.trade_of[row["candidate"]]]
        trade = BY_CODE[out.trade_of[row["job"]]]
        assert trade.family != aim.family
        assert synthetic_elsewhere_truth.looks_alike(aim, trade)


def test_only_the_hard_shape_has_distractors_and_it_has_many():
    assert generate("dev", seed=2).distractors == []
    hard = generate("dev-hard", seed=2)
    assert len({row["candidate"] for row in hard.distractors}) >= len(hard.candidates) // 3


def test_the_vocabulary_names_only_known_trades_and_lookalikes_of_other_families():
    for trade in TRADES:
        for code in split(trade.near) + split(trade.lookalikes):
            assert code in BY_CODE, (trade.code, code)
        for code in split(trade.lookalikes):
            assert BY_CODE[code].family != trade.family, (trade.code, code)
        assert len(split(trade.duties, ";")) == 2, trade.code


def test_the_command_writes_a_dev_and_a_dev_hard_folder(tmp_path):
    assert synthetic_elsewhere.main(["--out", str(tmp_path), "--seed", "3"]) == 0

    for shape, files in (("dev", 3), ("dev-hard", 4)):
        written = sorted(path.name for path in (tmp_path / shape).iterdir())
        assert len(written) == files
        lines = (tmp_path / shape / "jobs.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == generate(shape, seed=3).jobs
