"""`serve --log-format json`: one JSON object a line, one line per request with its operation,
duration and status; never its variables, a token or the client's address."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import Server, running_server
from tests.e2e.graphql_ws import connected

SECRET = "SECRET-3号楼2单元501-13912345678"
FIND = "query LogProbe($text: String!) { jobsForText(text: $text) { matches { score } } }"
WATCH = "subscription WatchLog($id: ID!) { liveStreamEvents(streamId: $id) { kind } }"
COSTLY = (
    "query TooDear { "
    + " ".join(
        f'a{n}: jobsForText(text: "x", first: 200) {{ matches {{ job {{ title }} }} }}'
        for n in range(30)
    )
    + " }"
)
STREAMS = "{ liveStreams(first: 1) { edges { node { id } } } }"


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def json_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    cwd = tmp_path_factory.mktemp("json-logs")
    url = f"sqlite:///{cwd / 'civicmatch.db'}"
    with running_server(cwd, url, "--log-format", "json") as server:
        yield server


def log_size(server: Server) -> int:
    return (server.cwd / "server.log").stat().st_size


def logged_since(server: Server, offset: int) -> str:
    with Path(server.cwd / "server.log").open("rb") as log:
        log.seek(offset)
        return log.read().decode(errors="replace")


def requests_in(text: str) -> list[dict[str, Any]]:
    """The request lines among the JSON lines of `text`."""
    objects = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    return [line for line in objects if line["logger"] == "civicmatch.requests"]


def test_a_request_is_one_json_line_without_its_variables_or_token(json_server: Server):
    seeker = json_server.token("seeker")
    since = log_size(json_server)

    response = json_server.post(FIND, {"text": SECRET}, seeker)
    logged = logged_since(json_server, since)

    assert response.status_code == 200
    [line] = requests_in(logged)
    assert line["operation"] == "LogProbe"
    assert line["operation_type"] == "query"
    assert line["transport"] == "http"
    assert line["status"] == 200
    assert line["outcome"] == "ok"
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert line["level"] == "INFO" and "time" in line
    for secret in (SECRET, "13912345678", seeker, "127.0.0.1"):
        assert secret not in logged


def test_a_refused_request_logs_its_error_codes(json_server: Server):
    since = log_size(json_server)

    json_server.post(COSTLY)
    [line] = requests_in(logged_since(json_server, since))

    assert line["operation"] == "TooDear"
    assert line["outcome"] == "error"
    assert line["error_codes"] == ["COST_LIMIT"]


def test_uvicorn_logs_json_too(json_server: Server):
    lines = [
        json.loads(line)
        for line in logged_since(json_server, 0).splitlines()
        if line.startswith("{")
    ]

    started = [line for line in lines if line["message"] == "Application startup complete."]
    assert [line["logger"] for line in started] == ["uvicorn.error"]


@pytest.mark.anyio
async def test_a_subscription_is_one_line_when_it_starts(json_server: Server):
    stream = json_server.data(STREAMS)["liveStreams"]["edges"][0]["node"]["id"]
    since = log_size(json_server)

    async with connected(json_server.url) as viewer:
        watching = await viewer.subscribe(WATCH, {"id": stream})
        await viewer.next_data(watching)
        await viewer.complete(watching)
    [line] = requests_in(logged_since(json_server, since))
    assert line["operation"] == "WatchLog"
    assert line["operation_type"] == "subscription"
    assert line["transport"] == "websocket"
    assert line["outcome"] == "ok"
    assert "status" not in line
