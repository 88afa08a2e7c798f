"""Lists with nested objects run a constant, small number of SQL statements."""

from __future__ import annotations

from datetime import UTC, datetime

from engine.accounts.actor import OPERATOR
from engine.db import transaction
from engine.jobs.livestreams import present_job
from tests.integration.jobs.factories import engine_job, engine_live_stream

JOBS_WITH_EMPLOYER_AND_STREAM = """
{ jobs(first: 100) { edges { node { employer { name } liveStream { title } } } } }
"""

STREAMS_WITH_JOBS = """
{
  liveStreams(first: 100) {
    edges {
      node { title employer { name } jobs(first: 20) { position job { title employer { name } } } }
    }
  }
}
"""

EMPLOYERS = ["恒固建材", "乖宝宠物食品", "阿华医药", "鲁西化工", "东阿阿胶"]
START = datetime(2023, 3, 1, 1, tzinfo=UTC)


def add_jobs(sessions, count, streams, offset=0):
    """`count` jobs spread over the employers, every other one posted for a broadcast."""
    for n in range(offset, offset + count):
        engine_job(
            sessions,
            f"岗位{n:03d}",
            employer=EMPLOYERS[n % len(EMPLOYERS)],
            live_stream_id=streams[n % len(streams)] if n % 2 == 0 else None,
            accommodations=["seated_work"] if n % 3 == 0 else [],
        )


def counted(api, query):
    with api.count_statements() as statements:
        data = api.data(query)
    return list(statements), data


def test_jobs_with_employer_and_live_stream_run_the_same_few_statements_for_5_or_60(api, sessions):
    # The city's own broadcasts, which present any employer's jobs.
    streams = [engine_live_stream(sessions, f"直播{n}", scheduled_start=START) for n in range(3)]
    add_jobs(sessions, 5, streams)

    few, small = counted(api, JOBS_WITH_EMPLOYER_AND_STREAM)
    add_jobs(sessions, 55, streams, offset=5)
    many, large = counted(api, JOBS_WITH_EMPLOYER_AND_STREAM)

    assert len(small["jobs"]["edges"]) == 5
    assert len(large["jobs"]["edges"]) == 60
    names = {edge["node"]["employer"]["name"] for edge in large["jobs"]["edges"]}
    assert names == set(EMPLOYERS)
    presented = [edge["node"]["liveStream"] for edge in large["jobs"]["edges"]]
    assert sum(stream is not None for stream in presented) == 30
    assert len(many) == len(few), (few, many)
    assert len(many) <= 6, many


def test_broadcasts_with_their_presented_jobs_run_the_same_few_statements(api, sessions):
    streams = [engine_live_stream(sessions, f"直播{n}", scheduled_start=START) for n in range(2)]
    add_jobs(sessions, 4, [None])  # presented below, one by one
    present_all(sessions, streams[0], range(1, 5))

    few, small = counted(api, STREAMS_WITH_JOBS)
    more = [engine_live_stream(sessions, f"直播{n}", scheduled_start=START) for n in range(2, 6)]
    add_jobs(sessions, 40, [None], offset=4)
    for stream in more:
        present_all(sessions, stream, range(5, 45, 2))
    many, large = counted(api, STREAMS_WITH_JOBS)

    assert len(small["liveStreams"]["edges"]) == 2
    assert len(large["liveStreams"]["edges"]) == 6
    assert [len(edge["node"]["jobs"]) for edge in large["liveStreams"]["edges"]] == [
        20, 20, 20, 20, 0, 4,
    ]  # fmt: skip
    assert len(many) == len(few), (few, many)
    assert len(many) <= 7, many


def present_all(sessions, stream_id, job_ids):
    with transaction(sessions) as session:
        for job_id in job_ids:
            present_job(session=session, actor=OPERATOR, stream_id=stream_id, job_id=job_id)
