"""Ranking on a real Dask LocalCluster of two worker processes (`--workers 2`) gives exactly
what ranking in one process gives, over the database and on files."""

from __future__ import annotations

import pytest

from tests.integration.matching.files import write_jsonl
from tests.integration.runs.rankings import stored
from tests.integration.runs.records import jobs, load, people


# The cluster ranks what the driver hands it; which database the driver reads does not
# matter to it, so one database is enough.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_run_on_two_dask_workers_stores_what_one_process_stores(match_run, sessions):
    # given
    load(sessions)
    alone = match_run("--for", "both", "--top", "5", "--chunk-size", "3").summary()

    # when: the same run, its chunks ranked on two worker processes
    spread = match_run("--for", "both", "--top", "5", "--chunk-size", "3", "--workers", "2")

    # then
    summary = spread.summary()
    assert stored(sessions, summary["run"]) == stored(sessions, alone["run"])
    assert (summary["counts"], summary["matcher_version"]) == (
        alone["counts"],
        alone["matcher_version"],
    )


def test_match_on_files_writes_the_same_lines_on_two_dask_workers(run, tmp_path):
    # given: jobs and people files
    job_file = write_jsonl(
        tmp_path / "jobs.jsonl",
        *[{k: v for k, v in job.items() if k != "status"} for job in jobs()],
    )
    people_file = write_jsonl(tmp_path / "candidates.jsonl", *people())

    # when
    alone = run("match", job_file, people_file, "--top", "4")
    spread = run("match", job_file, people_file, "--top", "4", "--workers", "2")

    # then: a line for each of the 19 people, the same on the cluster
    assert (alone.code, spread.code) == (0, 0), spread.err
    assert alone.out.count("\n") == 19
    assert spread.out == alone.out


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_run_on_an_existing_dask_scheduler_ranks_its_chunks_there(match_run, sessions):
    from dask.distributed import LocalCluster

    # given: a cluster of two worker processes, already running
    load(sessions)
    alone = match_run("--for", "both", "--top", "5", "--chunk-size", "3").summary()
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        # when
        result = match_run(
            *("--for", "both", "--top", "5", "--chunk-size", "3"),
            *("--dask-scheduler", cluster.scheduler_address),
        )

        # then: its workers ranked the 13 chunks (7 of people, 6 of jobs), each once
        prefixes = cluster.scheduler.task_prefixes
        assert "rank_chunk" in prefixes, list(prefixes)
        assert prefixes["rank_chunk"].state_counts["memory"] == 13
    # and: stored what one process stores
    assert stored(sessions, result.summary()["run"]) == stored(sessions, alone["run"])
