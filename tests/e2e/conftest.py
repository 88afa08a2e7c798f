"""A real `civicmatch serve` (uvicorn) on a free port, one per test module.

`demo_server` runs in a fresh directory without --database, so it exercises the default
`sqlite:///civicmatch.db` there and the demo data loaded on first start. `postgres_server`
runs on the run's PostgreSQL database with --no-demo (that database is already migrated).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from tests.conftest import empty_postgres

REDIS_URL = os.environ.get("CIVICMATCH_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
CONSOLE_SCRIPT = Path(sys.executable).parent / "civicmatch"
STARTUP_DEADLINE = 30.0


@dataclass
class Server:
    url: str
    database_url: str
    cwd: Path
    http: httpx.Client

    def post(self, query: str, variables: dict[str, Any] | None = None, token: str | None = None):  # type: ignore[no-untyped-def]
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )

    def execute(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        """The response body; fails the test on HTTP errors."""
        response = self.post(query, variables, token)
        assert response.status_code == 200, response.text
        return response.json()

    def data(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        body = self.execute(query, variables, token)
        assert "errors" not in body, body["errors"]
        return body["data"]

    def cli(self, *argv: str) -> subprocess.CompletedProcess[str]:
        """`civicmatch ARGV --database URL` against the server's database, as a process."""
        return subprocess.run(
            [str(CONSOLE_SCRIPT), *argv, "--database", self.database_url],
            capture_output=True,
            text=True,
            env=clean_env(),
            cwd=self.cwd,
            timeout=60,
        )

    def token(self, role: str, *options: str) -> str:
        created = self.cli("token", "create", "--role", role, *options)
        assert created.returncode == 0, created.stderr
        return created.stdout.strip()


def clean_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith("CIVICMATCH_")}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server(
    cwd: Path, database_url: str, *options: str, env: dict[str, str] | None = None
) -> Iterator[Server]:
    """Starts the server, waits until /healthz and a first GraphQL request answer, stops it.

    `env` adds variables to the server's otherwise CIVICMATCH_-free environment.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = cwd / "server.log"
    with log_path.open("wb") as log:
        started = time.monotonic()
        process = subprocess.Popen(
            [str(CONSOLE_SCRIPT), "serve", "--host", "127.0.0.1", "--port", str(port), *options],
            cwd=cwd,
            env={**clean_env(), **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            with httpx.Client(base_url=url, timeout=10) as http:
                wait_until_answering(process, http, started, log_path)
                yield Server(url, database_url, cwd, http)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextmanager
def two_running_servers(
    folders: pytest.TempPathFactory,
    database_url: str,
    *options: str,
    env: dict[str, str] | None = None,
) -> Iterator[tuple[Server, Server]]:
    """Two servers on one database, each in a folder of its own."""
    with (
        running_server(folders.mktemp("a"), database_url, *options, env=env) as a,
        running_server(folders.mktemp("b"), database_url, *options, env=env) as b,
    ):
        yield a, b


def wait_until_answering(
    process: subprocess.Popen[bytes], http: httpx.Client, started: float, log: Path
) -> float:
    """Seconds from process start to the first successful GraphQL response."""
    while time.monotonic() - started < STARTUP_DEADLINE:
        if process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode}:\n{log.read_text()}")
        try:
            if http.get("/healthz").status_code == 200:
                answer = http.post("/graphql", json={"query": "{ __typename }"})
                if answer.status_code == 200 and answer.json()["data"] == {"__typename": "Query"}:
                    return time.monotonic() - started
        except httpx.TransportError:
            pass
        time.sleep(0.02)
    pytest.fail(f"the server did not answer within {STARTUP_DEADLINE} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`civicmatch serve` in an empty directory, with no --database and no environment."""
    cwd = tmp_path_factory.mktemp("serve")
    with running_server(cwd, f"sqlite:///{cwd / 'civicmatch.db'}") as server:
        yield server


@pytest.fixture(scope="module")
def postgres_server(
    postgres_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    cwd = tmp_path_factory.mktemp("serve-postgres")
    try:
        with running_server(cwd, postgres_url, "--database", postgres_url, "--no-demo") as server:
            yield server
    finally:
        empty_postgres(postgres_url)  # other tests expect the shared database empty


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def server(request: pytest.FixtureRequest) -> Server:
    """The demo SQLite server, and a PostgreSQL one when CIVICMATCH_TEST_POSTGRES_URL is set."""
    name = "demo_server" if request.param == "sqlite" else "postgres_server"
    return request.getfixturevalue(name)


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        if os.environ.get("CIVICMATCH_REQUIRE_REDIS"):
            pytest.fail(f"no Redis at {REDIS_URL}, and CIVICMATCH_REQUIRE_REDIS is set")
        pytest.skip(f"no Redis at {REDIS_URL}")
    yield REDIS_URL
    client.close()


def unique(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:8]}"


def eventually(read: Callable[[], Any], wanted: Callable[[Any], bool], seconds: float) -> Any:
    """`read()` once it is `wanted`, polling; the last reading when time runs out."""
    deadline = time.monotonic() + seconds
    while True:
        value = read()
        if wanted(value) or time.monotonic() > deadline:
            return value
        time.sleep(0.05)
