"""/metrics of a real `civicmatch serve`, read with prometheus-client's parser: operations by
name and type, errors by code (refusals included), index refits and live viewers."""

from __future__ import annotations

import base64
import time

import pytest

from tests.e2e.conftest import Server
from tests.e2e.graphql_ws import connected
from tests.e2e.prometheus import Scrape, scrape

PROBE = "query MetricsProbe { __typename }"
COSTLY = (
    "query Costly { "
    + " ".join(
        f'a{n}: jobsForText(text: "x", first: 200) {{ matches {{ job {{ title }} }} }}'
        for n in range(30)
    )
    + " }"
)
MATCHES = "query Matches($c: ID!) { jobMatches(candidateId: $c) { score } }"
MATCH_TEXT = 'query MatchText { jobsForText(text: "搅拌站操作员 中专") { matches { score } } }'
WATCH = "subscription Watch($id: ID!) { liveStreamEvents(streamId: $id) { kind } }"
POST_JOB = """
mutation PostJob($input: PostJobInput!) {
  postJob(input: $input) { job { id } userErrors { code } }
}
"""
CREATE_LIVE_STREAM = """
mutation CreateLiveStream($input: CreateLiveStreamInput!) {
  createLiveStream(input: $input) { liveStream { id } userErrors { code } }
}
"""
UPDATE_LIVE_STREAM = """
mutation UpdateLiveStream($input: UpdateLiveStreamInput!) {
  updateLiveStream(input: $input) { liveStream { status } userErrors { code } }
}
"""
PRESENT_JOB = """
mutation PresentJob($input: PresentJobInput!) {
  presentJob(input: $input) { presentedJob { position } userErrors { code } }
}
"""


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


def global_id(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


def mutate(server: Server, mutation: str, token: str, **input: object) -> dict:
    (result,) = server.data(mutation, {"input": input}, token).values()
    assert result["userErrors"] == [], result["userErrors"]
    return result


def post_job(server: Server, admin: str) -> str:
    return mutate(server, POST_JOB, admin, title="搅拌站操作员", employerName="恒固建材")["job"][
        "id"
    ]


def grew(before: Scrape, after: Scrape, name: str, **labels: str) -> float:
    return after.value(name, **labels) - before.value(name, **labels)


def test_a_named_operation_is_counted_and_timed_under_its_name(demo_server: Server):
    before = scrape(demo_server.http)

    for _ in range(3):
        demo_server.data(PROBE)
    after = scrape(demo_server.http)

    probe = {"operation": "MetricsProbe", "type": "query"}
    assert grew(before, after, "civicmatch_requests_total", **probe) == 3
    assert grew(before, after, "civicmatch_request_duration_seconds_count", **probe) == 3
    assert (
        grew(before, after, "civicmatch_request_duration_seconds_bucket", le="+Inf", **probe) == 3
    )
    assert grew(before, after, "civicmatch_request_duration_seconds_sum", **probe) > 0


def test_errors_are_counted_by_code_refusals_before_running_included(demo_server: Server):
    admin = demo_server.token("admin")
    before = scrape(demo_server.http)

    costly = demo_server.post(COSTLY).json()
    missing = demo_server.post(MATCHES, {"c": global_id("CandidateProfile:999999")}, admin).json()
    unknown_field = demo_server.post("{ nope }").json()
    too_large = demo_server.post(PROBE, {"padding": "x" * 1_100_000})
    after = scrape(demo_server.http)

    assert costly["errors"][0]["extensions"]["code"] == "COST_LIMIT"
    assert missing["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert "extensions" not in unknown_field["errors"][0]
    assert too_large.status_code == 413
    for code in ("COST_LIMIT", "NOT_FOUND", "UNCODED", "BODY_TOO_LARGE"):
        assert grew(before, after, "civicmatch_errors_total", code=code) == 1, code
    # Refused operations are operations received all the same; a body refused unread has
    # no operation.
    assert grew(before, after, "civicmatch_requests_total", operation="Costly", type="query") == 1
    assert grew(before, after, "civicmatch_requests_total", operation="none", type="none") == 1


def test_a_posted_job_updates_the_jobs_index_in_place_without_a_refit(demo_server: Server):
    admin = demo_server.token("admin")
    demo_server.data(MATCH_TEXT)
    before = scrape(demo_server.http)

    post_job(demo_server, admin)
    demo_server.data(MATCH_TEXT)
    demo_server.data(MATCH_TEXT)
    after = scrape(demo_server.http)

    index = {"index": "open_jobs"}
    # The demo's jobs are many more than ten times one: one post is far below a refit.
    assert grew(before, after, "civicmatch_index_updates_total", **index) == 1
    assert grew(before, after, "civicmatch_index_refits_total", **index) == 0
    assert grew(before, after, "civicmatch_index_items", **index) == 1
    assert grew(before, after, "civicmatch_index_version", **index) == 1
    assert after.value("civicmatch_index_refit_duration_seconds_count", **index) >= 1
    assert after.value("civicmatch_index_last_refit_timestamp_seconds", **index) > 0
    assert after.value("civicmatch_index_update_lag_seconds", **index) >= 0
    assert ("civicmatch_index_update_lag_seconds", frozenset(index.items())) in after.samples
    assert after.value("civicmatch_index_items", index="people") >= 1


@pytest.mark.anyio
async def test_live_viewers_show_while_watching_and_a_subscription_counts_once(
    demo_server: Server,
):
    server = demo_server
    admin = server.token("admin")
    stream = mutate(
        server,
        CREATE_LIVE_STREAM,
        admin,
        title="春风行动直播带岗专场",
        scheduledStart="2026-12-10T14:30:00+08:00",
    )["liveStream"]["id"]
    mutate(server, UPDATE_LIVE_STREAM, admin, id=stream, action="START")
    job = post_job(server, admin)
    before = scrape(server.http)

    async with connected(server.url) as viewer:
        watching = await viewer.subscribe(WATCH, {"id": stream})
        await viewer.next_data(watching)
        started = scrape(server.http)
        mutate(server, PRESENT_JOB, admin, liveStreamId=stream, jobId=job)
        await viewer.next_data(watching)
        later = scrape(server.http)
        refused = await viewer.subscribe(WATCH, {"id": global_id("LiveStream:999999")})
        error = await viewer.receive(refused)
        await viewer.receive(refused)
        await viewer.complete(watching)
    gone = nobody_watching(server)

    watch = {"operation": "Watch", "type": "subscription"}
    assert started.value("civicmatch_live_viewers") == 1
    assert started.value("civicmatch_live_broadcasts_watched") == 1
    assert grew(before, started, "civicmatch_requests_total", **watch) == 1
    assert grew(before, later, "civicmatch_requests_total", **watch) == 1
    assert error["payload"]["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert grew(before, gone, "civicmatch_requests_total", **watch) == 2
    assert grew(before, gone, "civicmatch_errors_total", code="NOT_FOUND") == 1
    assert gone.value("civicmatch_live_viewers") == 0
    assert gone.value("civicmatch_live_broadcasts_watched") == 0


def nobody_watching(server: Server) -> Scrape:
    """The metrics once the last viewer is let go (or after 5 s of asking)."""
    for _ in range(100):
        metrics = scrape(server.http)
        if metrics.value("civicmatch_live_viewers") == 0:
            return metrics
        time.sleep(0.05)
    return metrics


def test_metrics_come_in_prometheus_text_format_with_the_process_figures(demo_server: Server):
    response = demo_server.http.get("/metrics")
    metrics = Scrape.parse(response.text)

    assert response.headers["content-type"].startswith("text/plain; version=")
    assert metrics.value("process_resident_memory_bytes") > 0
    assert metrics.value("civicmatch_asyncio_tasks") > 0
    assert metrics.value("civicmatch_threads") >= 1
