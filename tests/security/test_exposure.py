"""Attack 6 and the exposure of point 7: which proxies are believed, and what a production
deployment shows.

Defends: the anonymous-request rate limit trusted X-Forwarded-For from loopback (uvicorn's
default), so a random header per request bypassed it; GraphiQL, introspection and /metrics
were always on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.security.conftest import Server, running_server

SUBMIT = """
mutation ($input: SubmitRequestInput!) {
  submitRequest(input: $input) { followUpCode userErrors { code } }
}
"""


def submit(server: Server, forwarded_for: str) -> list[str]:
    response = server.http.post(
        "/graphql",
        json={
            "query": SUBMIT,
            "variables": {"input": {"community": "御苑社区", "text": "楼道灯坏了，晚上很黑。"}},
        },
        headers={"X-Forwarded-For": forwarded_for},
    )
    assert response.status_code == 200, response.text
    return [error["code"] for error in response.json()["data"]["submitRequest"]["userErrors"]]


@pytest.fixture(scope="module")
def behind_a_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server told that 127.0.0.1 is its reverse proxy."""
    cwd = tmp_path_factory.mktemp("proxied")
    url = f"sqlite:///{cwd / 'civicmatch.db'}"
    with running_server(cwd, url, "--forwarded-allow-ips", "127.0.0.1") as server:
        yield server


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    cwd = tmp_path_factory.mktemp("production")
    url = f"sqlite:///{cwd / 'civicmatch.db'}"
    env = {"CIVICMATCH_METRICS_TOKEN": "metrics-secret-7f3a"}
    with running_server(cwd, url, "--production", env=env) as server:
        yield server


def test_forwarded_for_headers_are_not_believed_by_default(server: Server):
    # Five requests per client and window; a new X-Forwarded-For each time changes nothing.
    # (The PostgreSQL server has no demo community: those five are UNKNOWN_COMMUNITY.)
    codes = [submit(server, f"203.0.113.{n}") for n in range(6)]

    assert all("RATE_LIMITED" not in answer for answer in codes[:5])
    assert codes[5] == ["RATE_LIMITED"]


def test_a_named_proxy_is_believed_and_its_clients_are_limited_one_by_one(
    behind_a_proxy: Server,
):
    several = [submit(behind_a_proxy, f"198.51.100.{n}") for n in range(6)]
    one = [submit(behind_a_proxy, "198.51.100.77") for _ in range(6)]

    assert several == [[]] * 6
    assert one[:5] == [[]] * 5
    assert one[5] == ["RATE_LIMITED"]


def test_production_serves_no_graphiql(production: Server):
    page = production.http.get("/graphql", headers={"Accept": "text/html"})

    assert page.status_code == 404


def test_production_refuses_introspection(production: Server):
    body = production.post("{ __schema { types { name } } }").json()

    assert body.get("data") is None
    assert "introspection" in body["errors"][0]["message"].lower()
    assert production.data("{ __typename }") == {"__typename": "Query"}


def test_production_shows_metrics_only_with_the_metrics_token(production: Server):
    anonymous = production.http.get("/metrics")
    wrong = production.http.get("/metrics", headers={"Authorization": "Bearer guess"})
    strange = production.http.get(
        "/metrics", headers={"Authorization": "Bearer é\xff".encode("latin-1")}
    )
    right = production.http.get("/metrics", headers={"Authorization": "Bearer metrics-secret-7f3a"})

    assert anonymous.status_code == 404
    assert wrong.status_code == 404
    assert strange.status_code == 404
    assert right.status_code == 200
    assert "civicmatch_live_viewers" in right.text


def test_development_keeps_graphiql_and_introspection_for_newcomers(server: Server):
    page = server.http.get("/graphql", headers={"Accept": "text/html"})
    body = server.post("{ __schema { queryType { name } } }").json()

    assert page.status_code == 200
    assert "graphiql" in page.text.lower()
    assert body["data"] == {"__schema": {"queryType": {"name": "Query"}}}


def test_the_server_log_never_shows_a_forwarded_address(behind_a_proxy: Server):
    submit(behind_a_proxy, "192.0.2.55")

    log = Path(behind_a_proxy.cwd / "server.log").read_text()
    assert "192.0.2.55" not in log
