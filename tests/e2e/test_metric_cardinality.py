"""A client choosing operation names cannot grow /metrics without bound.

Defends: every distinct operation name is a new time series of a counter and a histogram; a
client sending a fresh name per request (or names of 10 kB, or with line breaks) would swamp
Prometheus and the server's memory. Names are their own label only when GraphQL would
accept them and among the first 100 of the process; any other is `other`.
"""

from __future__ import annotations

from engine.metrics import OPERATION_NAMES
from tests.e2e.conftest import Server
from tests.e2e.prometheus import scrape

FLOOD = 150
HOSTILE = ["x" * 10_000, "drop table jobs", "Op\nforged_metric 1", '"}evil{'] * 3


def test_a_flood_of_operation_names_ends_in_other(demo_server: Server):
    for n in range(FLOOD):
        demo_server.data(f"query Flood{n} {{ __typename }}")
    for name in HOSTILE:
        demo_server.http.post("/graphql", json={"query": "{ __typename }", "operationName": name})
    text = demo_server.http.get("/metrics").text
    metrics = scrape(demo_server.http)

    names = metrics.label_values("civicmatch_requests_total", "operation")
    # The first names keep theirs (with `anonymous`, the start-up check's), the rest share one.
    assert len(names) == OPERATION_NAMES.limit + 1
    assert {"anonymous", "Flood0", "other"} <= names
    flooded = FLOOD - (OPERATION_NAMES.limit - 1)
    other = metrics.value("civicmatch_requests_total", operation="other", type="query")
    assert other == flooded
    assert metrics.value("civicmatch_requests_total", operation="other", type="none") == len(
        HOSTILE
    )
    for name in HOSTILE:
        assert name not in text
    assert "forged_metric" not in text
