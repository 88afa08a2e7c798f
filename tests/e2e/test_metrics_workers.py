"""`civicmatch serve --workers 2`: /metrics, whichever worker answers it, adds up both.

serve gives the workers a fresh directory for their metrics' files (prometheus-client's
multiprocess mode) in the temporary directory, here the test's own, and removes it at exit.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest
from prometheus_client.multiprocess import MultiProcessCollector

from tests.e2e.conftest import Server, running_server
from tests.e2e.graphql_ws import connected, open_connection
from tests.e2e.prometheus import Scrape, scrape

PROBE = "query WorkersProbe { __typename }"
BURST = {"query": "query BurstProbe { __typename }"}
WARMUP = "query SpreadWarmup { __typename }"
STREAMS = "{ liveStreams(first: 1) { edges { node { id } } } }"
WATCH = "subscription Watch($id: ID!) { liveStreamEvents(streamId: $id) { kind } }"
ROUND = 20
MAX_ROUNDS = 20


@dataclass
class Workers:
    server: Server
    temporary: Path

    def metrics_directory(self) -> Path:
        [directory] = self.temporary.glob("civicmatch-metrics-*")
        return directory


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workers]:
    cwd = tmp_path_factory.mktemp("workers")
    temporary = tmp_path_factory.mktemp("tmp")
    url = f"sqlite:///{cwd / 'civicmatch.db'}"
    with running_server(cwd, url, "--workers", "2", env={"TMPDIR": str(temporary)}) as server:
        yield Workers(server, temporary)
    assert list(temporary.glob("civicmatch-metrics-*")) == []


def probes_by_process(directory: Path, operation: str = "WorkersProbe") -> Counter[str]:
    """Requests of `operation` counted in each worker's own file."""
    counted: Counter[str] = Counter()
    for file in directory.glob("counter_*.db"):
        for metric in MultiProcessCollector.merge([str(file)]):
            for sample in metric.samples:
                if (
                    sample.name == "civicmatch_requests_total"
                    and sample.labels.get("operation") == operation
                ):
                    counted[file.stem] += int(sample.value)
    return counted


def probe_on_fresh_connections(server: Server, times: int, query: str = PROBE) -> None:
    """Each on a connection of its own, which either worker may take."""
    for _ in range(times):
        with httpx.Client(base_url=server.url, timeout=10) as client:
            answer = client.post("/graphql", json={"query": query})
            assert answer.json()["data"] == {"__typename": "Query"}


def ask(connection: socket.socket, host: str, body: dict[str, str]) -> dict[str, Any]:
    """One GraphQL request over an open connection, in plain HTTP/1.1; the answer's JSON."""
    payload = json.dumps(body).encode()
    head = (
        f"POST /graphql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    )
    connection.sendall(head.encode() + payload)
    received = b""
    while b"\r\n\r\n" not in received:
        received += connection.recv(65536)
    header, _, rest = received.partition(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length: *(\d+)", header).group(1))
    while len(rest) < length:
        rest += connection.recv(65536)
    return json.loads(rest[:length])


def scrape_on_a_fresh_connection(server: Server) -> Scrape:
    with httpx.Client(base_url=server.url, timeout=10) as client:
        return scrape(client)


def test_metrics_add_up_the_requests_of_both_workers(workers: Workers):
    sent = 0
    while len(probes_by_process(workers.metrics_directory())) < 2 and sent < ROUND * MAX_ROUNDS:
        probe_on_fresh_connections(workers.server, ROUND)
        sent += ROUND
    per_worker = probes_by_process(workers.metrics_directory())
    totals = [
        scrape_on_a_fresh_connection(workers.server).value(
            "civicmatch_requests_total", operation="WorkersProbe", type="query"
        )
        for _ in range(6)
    ]

    assert len(per_worker) == 2, per_worker
    assert all(count > 0 for count in per_worker.values())
    assert sum(per_worker.values()) == sent
    # Six scrapes on fresh connections: whichever worker answered, the same sum.
    assert totals == [sent] * 6


def both_workers_listening(workers: Workers) -> list[int]:
    """The two workers' pids, once each has answered: a worker listens once it is ready."""
    directory = workers.metrics_directory()
    for _ in range(MAX_ROUNDS):
        if len(probes_by_process(directory, operation="SpreadWarmup")) == 2:
            break
        probe_on_fresh_connections(workers.server, ROUND, WARMUP)
    answered = probes_by_process(directory, operation="SpreadWarmup")
    assert len(answered) == 2, answered
    return [int(name.rpartition("_")[2]) for name in answered]


def listening_sockets(pid: int, port: int) -> set[str]:
    """The listening sockets on `port` a process holds open ('socket:[inode]' each)."""
    process = psutil.Process(pid)
    return {
        os.readlink(f"/proc/{pid}/fd/{found.fd}")
        for found in process.net_connections(kind="tcp")
        if found.status == psutil.CONN_LISTEN and found.laddr.port == port and found.fd != -1
    }


def test_each_worker_listens_on_a_socket_of_its_own_and_a_burst_is_spread(workers: Workers):
    # On one shared socket the first worker to wake took a burst of connections whole (20/0
    # or 19/1 in the online benchmark); with one socket each the kernel spreads them.
    directory = workers.metrics_directory()
    pids = both_workers_listening(workers)
    url = httpx.URL(workers.server.url)
    host, port = url.host, url.port
    assert port is not None
    # Opened one after the other at once, before any asks: all waiting to be accepted together.
    connections = [socket.create_connection((host, port), timeout=10) for _ in range(ROUND)]
    try:
        answers = [ask(connection, host, BURST) for connection in connections]
    finally:
        for connection in connections:
            connection.close()
    per_worker = probes_by_process(directory, operation="BurstProbe")
    sockets = {pid: listening_sockets(pid, port) for pid in pids}
    parent = psutil.Process(pids[0]).ppid()

    assert len(pids) == 2 and psutil.Process(pids[1]).ppid() == parent
    assert all(len(held) == 1 for held in sockets.values()), sockets
    assert len(set().union(*sockets.values())) == 2  # not one socket shared
    assert listening_sockets(parent, port) == set()  # closed once the workers started
    assert all(answer["data"] == {"__typename": "Query"} for answer in answers), answers
    assert sum(per_worker.values()) == ROUND
    assert len(per_worker) == 2, per_worker  # both took some: all on one is 1 in 500,000


@pytest.mark.anyio
async def test_live_viewers_are_the_sum_over_the_workers(workers: Workers):
    server = workers.server
    stream = server.data(STREAMS)["liveStreams"]["edges"][0]["node"]["id"]

    async with connected(server.url) as viewer:
        watching = await viewer.subscribe(WATCH, {"id": stream})
        await viewer.next_data(watching)
        viewers = [
            scrape_on_a_fresh_connection(server).value("civicmatch_live_viewers") for _ in range(6)
        ]

    assert viewers == [1] * 6


def viewers_by_process(directory: Path) -> dict[int, float]:
    """Each worker's own count of live viewers, from its file."""
    found = {}
    for file in directory.glob("gauge_livesum_*.db"):
        pid = int(file.stem.rpartition("_")[2])
        for metric in MultiProcessCollector.merge([str(file)]):
            for sample in metric.samples:
                if sample.name == "civicmatch_live_viewers":
                    found[pid] = sample.value
    return found


def live_viewers_once_settled(server: Server, wanted: float) -> float:
    """/metrics' live viewers once they are `wanted` (or after 10 s of asking). Right after
    a worker is killed, a connection that waited in its socket's queue is reset (each worker
    listens on a socket of its own): that ask is made again."""
    viewers = None
    for _ in range(100):
        try:
            viewers = scrape_on_a_fresh_connection(server).value("civicmatch_live_viewers")
        except (httpx.ReadError, httpx.RemoteProtocolError):
            continue
        if viewers == wanted:
            break
        time.sleep(0.1)
    return viewers


@pytest.mark.anyio
async def test_a_killed_workers_viewers_stop_counting_and_its_requests_still_do(
    workers: Workers,
):
    # Last in the module: it kills a worker (uvicorn starts another).
    both_workers_listening(workers)
    server = workers.server
    stream = server.data(STREAMS)["liveStreams"]["edges"][0]["node"]["id"]
    probe = {"operation": "WorkersProbe", "type": "query"}
    probes = scrape_on_a_fresh_connection(server).value("civicmatch_requests_total", **probe)
    viewer = await open_connection(server.url)
    watching = await viewer.subscribe(WATCH, {"id": stream})
    await viewer.next_data(watching)
    [watched_by] = [
        pid for pid, count in viewers_by_process(workers.metrics_directory()).items() if count == 1
    ]

    os.kill(watched_by, signal.SIGKILL)
    viewers = live_viewers_once_settled(server, 0)
    await viewer.drop()
    after = scrape_on_a_fresh_connection(server)

    assert viewers == 0
    assert after.value("civicmatch_live_viewers") == 0
    assert probes > 0
    assert after.value("civicmatch_requests_total", **probe) == probes
