from __future__ import annotations

import json

import pytest

from engine.fields import check_salary_range, validate_record
from engine.jobs.records import JOB_FILE_FIELDS
from engine.seekers.records import CANDIDATE_FILE_FIELDS
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel
from seeds import synthetic
from seeds.synthetic import generate_candidates, generate_jobs
from seeds.synthetic_templates import OCCUPATIONS


def test_the_same_seed_gives_the_same_records():
    assert generate_jobs(50, seed=3) == generate_jobs(50, seed=3)
    assert generate_candidates(50, seed=3) == generate_candidates(50, seed=3)


def test_another_seed_gives_other_records():
    assert generate_jobs(20, seed=1) != generate_jobs(20, seed=2)
    assert generate_candidates(20, seed=1) != generate_candidates(20, seed=2)


def test_a_short_run_is_the_start_of_a_long_one():
    assert generate_jobs(10) == generate_jobs(40)[:10]
    assert generate_candidates(10) == generate_candidates(40)[:10]


@pytest.mark.parametrize("n", [0, 1, 7, 120])
def test_n_is_honoured_with_unique_ids(n):
    for records in (generate_jobs(n), generate_candidates(n)):
        assert len(records) == n
        assert len({record["id"] for record in records}) == n


def test_jobs_use_valid_codes_and_salary_ranges():
    for job in generate_jobs(400):
        EducationLevel(job["education"])
        TravelLevel(job["travel"])
        assert all(Accommodation(code) for code in job["accommodations"])
        if job["salary_min"] is not None and job["salary_max"] is not None:
            assert 0 <= job["salary_min"] <= job["salary_max"]


def test_candidates_use_valid_codes():
    for person in generate_candidates(400):
        EducationLevel(person["education"])
        TravelLevel(person["travel"])
        assert all(Accommodation(code) for code in person["needs"])


def test_records_pass_the_importers_validation():
    for job in generate_jobs(200):
        values = validate_record(JOB_FILE_FIELDS, job)
        check_salary_range(values["salary_min"], values["salary_max"])
    for person in generate_candidates(200):
        validate_record(CANDIDATE_FILE_FIELDS, person)


def test_descriptions_are_60_to_200_characters():
    lengths = [len(job["description"]) for job in generate_jobs(500)]
    assert min(lengths) >= 60
    assert max(lengths) <= 200


def test_posts_cover_many_occupations():
    assert len(OCCUPATIONS) >= 30
    employers = {job["employer"] for job in generate_jobs(300)}
    titles = {job["title"] for job in generate_jobs(300)}
    assert len(titles) >= 60
    assert len(employers) >= 100


def test_some_people_have_needs_and_some_posts_meet_them():
    people = generate_candidates(500)
    jobs = generate_jobs(500)
    assert 0 < sum(bool(person["needs"]) for person in people) < 100
    assert sum(bool(job["accommodations"]) for job in jobs) > 50


def test_cli_writes_json_lines(tmp_path):
    out = tmp_path / "jobs.jsonl"

    status = synthetic.main(["jobs", "5", "--out", str(out), "--seed", "4"])

    lines = out.read_text(encoding="utf-8").splitlines()
    assert status == 0
    assert [json.loads(line) for line in lines] == generate_jobs(5, seed=4)


def test_no_broadcast_presents_more_jobs_than_a_broadcast_may():
    from collections import Counter

    from engine.jobs.livestreams import MAX_PRESENTATIONS

    presented = Counter(job["livestream"] for job in generate_jobs(3000) if job["livestream"])
    assert presented and max(presented.values()) <= MAX_PRESENTATIONS
    assert synthetic.PER_BROADCAST == MAX_PRESENTATIONS
    assert sum(presented.values()) > 3000 * 0.5  # still three jobs in five, about
