"""How `civicmatch serve` starts: the port first, then the database, then where to look."""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import CONSOLE_SCRIPT, Server, clean_env, running_server


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port some other program is listening on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield int(other.getsockname()[1])


def serve(cwd: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CONSOLE_SCRIPT), "serve", "--host", "127.0.0.1", *argv],
        cwd=cwd,
        env={**clean_env(), **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
    )


BUSY = {
    "zh": "civicmatch: 无法监听 127.0.0.1:{port}：端口已被占用"
    "（是否已有 civicmatch serve 在运行？）；请用 --port 换一个端口\n",
    "en": "civicmatch: cannot listen on 127.0.0.1:{port}: the port is in use (another "
    "civicmatch serve?); choose another with --port\n",
}


@pytest.mark.parametrize(("workers", "language"), [("1", "zh"), ("2", "en")])
def test_a_busy_port_fails_at_once_before_the_database_is_touched(
    tmp_path: Path, busy_port: int, workers: str, language: str
):
    env = {"CIVICMATCH_LANGUAGE": language}
    result = serve(tmp_path, "--port", str(busy_port), "--workers", workers, env=env)

    assert result.returncode == 1
    assert result.stderr == BUSY[language].format(port=busy_port)
    assert not (tmp_path / "civicmatch.db").exists()


def test_an_origin_that_is_not_one_is_refused_naming_the_option(tmp_path: Path):
    result = serve(tmp_path, "--port", "0", "--allow-origin", "localhost:5173")

    assert result.returncode == 1
    assert result.stderr.startswith("civicmatch: --allow-origin: 'localhost:5173' is not an origin")
    assert not (tmp_path / "civicmatch.db").exists()


def test_a_malformed_origins_variable_is_refused_naming_it(tmp_path: Path):
    result = serve(tmp_path, env={"CIVICMATCH_ALLOWED_ORIGINS": "http://localhost:5173/app"})

    assert result.returncode == 2
    assert result.stderr.startswith(
        "civicmatch: CIVICMATCH_ALLOWED_ORIGINS: 'http://localhost:5173/app' is not an origin"
    )
    assert not (tmp_path / "civicmatch.db").exists()


def announcements(server: Server) -> list[str]:
    log = (server.cwd / "server.log").read_text()
    return [line for line in log.splitlines() if line.startswith("civicmatch: ")]


def test_serve_says_where_graphiql_and_the_live_pages_are(demo_server: Server):
    assert announcements(demo_server) == [
        "civicmatch: 数据库 sqlite:///civicmatch.db",
        "civicmatch: 新数据库，已载入演示数据",
        f"civicmatch: GraphiQL 地址 {demo_server.url}/graphql",
        f"civicmatch: 直播页面 {demo_server.url}/live/ID（ID 为 liveStreams 中直播的 id）",
    ]


def test_several_workers_share_the_port_and_it_is_announced_once(tmp_path: Path):
    database = f"sqlite:///{tmp_path / 'civicmatch.db'}"
    english = {"CIVICMATCH_LANGUAGE": "en"}
    with running_server(tmp_path, database, "--workers", "2", "--no-demo", env=english) as server:
        said = announcements(server)
        answered = server.data("{ __typename }")

    assert answered == {"__typename": "Query"}
    assert [line for line in said if "GraphiQL" in line] == [said[-2]]
    assert said == [
        "civicmatch: database sqlite:///civicmatch.db",
        "civicmatch: several workers without --redis: a live broadcast's viewers see only "
        "the events of their own worker",
        f"civicmatch: GraphiQL at {server.url}/graphql",
        f"civicmatch: a broadcast's live page at {server.url}/live/ID (ID: its id in liveStreams)",
    ]
