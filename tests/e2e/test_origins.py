"""Which web pages may use the API from a browser, over a real `civicmatch serve`.

The server allows two other origins with `--allow-origin`; browsers' requests are replayed
with their Origin (and Host) headers: CORS preflights and responses, and websocket handshakes.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from tests.e2e.conftest import Server, running_server
from tests.e2e.graphql_ws import PROTOCOL

VITE = "http://localhost:5173"
CITY_SITE = "https://jobs.example.org"
STRANGER = "https://elsewhere.example"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    cwd = tmp_path_factory.mktemp("origins")
    options = ("--allow-origin", VITE, "--allow-origin", f"{CITY_SITE}/")
    with running_server(cwd, f"sqlite:///{cwd / 'civicmatch.db'}", *options) as server:
        yield server


def port(server: Server) -> int:
    return int(server.url.rsplit(":", 1)[1])


def preflight(server: Server, origin: str, headers: str = "content-type, authorization"):  # type: ignore[no-untyped-def]
    return server.http.options(
        "/graphql",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": headers,
        },
    )


def handshake(server: Server, origin: str, host: str | None = None) -> dict[str, object]:
    """Opens a graphql-transport-ws connection as a page on `origin` (to the server reached
    as `host`, its Host header, if given); the server's answer to connection_init."""
    url = server.url.replace("http://", "ws://") + "/graphql"
    sock = None
    if host is not None:
        sock = socket.create_connection(("127.0.0.1", port(server)), timeout=5)
        url = f"ws://{host}/graphql"
    with connect(
        url, sock=sock, origin=origin, subprotocols=[PROTOCOL], open_timeout=5
    ) as websocket:  # type: ignore[arg-type]
        websocket.send(json.dumps({"type": "connection_init", "payload": {}}))
        return json.loads(websocket.recv(timeout=5))


@pytest.mark.parametrize("origin", [VITE, CITY_SITE])
def test_a_preflight_from_an_allowed_origin_allows_the_token_and_json(server: Server, origin):
    response = preflight(server, origin)

    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == origin
    assert set(response.headers["access-control-allow-methods"].split(", ")) == {"GET", "POST"}
    allowed = {
        name.lower() for name in response.headers["access-control-allow-headers"].split(", ")
    }
    assert {"authorization", "content-type"} <= allowed
    assert "access-control-allow-credentials" not in response.headers


def test_a_preflight_from_another_origin_is_refused(server: Server):
    response = preflight(server, STRANGER)

    assert response.status_code == 400
    assert "access-control-allow-origin" not in response.headers


def test_a_preflight_for_a_header_the_api_does_not_take_is_refused(server: Server):
    response = preflight(server, VITE, headers="content-type, x-secret")

    assert response.status_code == 400


def test_answers_carry_cors_headers_for_allowed_origins_only(server: Server):
    allowed = server.http.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"Origin": VITE}
    )
    other = server.http.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"Origin": STRANGER}
    )

    assert allowed.json()["data"] == {"__typename": "Query"}
    assert allowed.headers["access-control-allow-origin"] == VITE
    assert "origin" in allowed.headers["vary"].lower()
    assert "access-control-expose-headers" not in allowed.headers
    assert "access-control-allow-origin" not in other.headers


def test_the_service_is_its_own_origin_under_each_of_its_loopback_names(server: Server):
    as_localhost = f"http://localhost:{port(server)}"

    assert preflight(server, as_localhost).headers["access-control-allow-origin"] == as_localhost
    assert handshake(server, as_localhost) == {"type": "connection_ack"}
    assert handshake(server, server.url) == {"type": "connection_ack"}


def test_a_page_is_its_services_own_origin_under_any_host_name(server: Server):
    # As behind a TLS proxy that passes the Host header on: an https page, the same name.
    own = handshake(server, "https://civicmatch.example.org", host="civicmatch.example.org")

    assert own == {"type": "connection_ack"}
    with pytest.raises(InvalidStatus):
        handshake(server, "https://civicmatch.example.org:8443", host="civicmatch.example.org")


@pytest.mark.parametrize("origin", [VITE, CITY_SITE])
def test_a_websocket_from_an_allowed_origin_is_accepted(server: Server, origin: str):
    assert handshake(server, origin) == {"type": "connection_ack"}


@pytest.mark.parametrize(
    "origin", [STRANGER, "http://localhost:5174", "http://127.0.0.1:5173", "null"]
)
def test_a_websocket_from_another_origin_is_refused_with_403(server: Server, origin: str):
    with pytest.raises(InvalidStatus) as refused:
        handshake(server, origin)

    assert refused.value.response.status_code == 403


def test_clients_that_send_no_origin_are_not_browsers_and_connect(server: Server):
    url = server.url.replace("http://", "ws://") + "/graphql"
    with connect(url, subprotocols=[PROTOCOL], open_timeout=5) as websocket:  # type: ignore[arg-type]
        websocket.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(websocket.recv(timeout=5)) == {"type": "connection_ack"}
