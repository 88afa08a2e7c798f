"""A page on a second local origin uses the API from Chromium: a query over fetch (CORS) and
a subscription over a websocket, allowed with `serve --allow-origin`; a page on a third origin,
not allowed, gets neither.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_live_page import (
    DEMO_JOBS,
    UPDATE_LIVE_STREAM,
    mutate,
    present,
    schedule_stream,
)
from tests.e2e.conftest import Server, running_server

PAGE = (Path(__file__).parent / "cross_origin_page.html").read_bytes()


class _ThePage(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def page_origins() -> Iterator[tuple[str, str]]:
    """Two local origins serving the page: the first is allowed, the second is not."""
    servers = [ThreadingHTTPServer(("127.0.0.1", 0), _ThePage) for _ in range(2)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        allowed, other = (f"http://127.0.0.1:{server.server_address[1]}" for server in servers)
        yield allowed, other
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


@pytest.fixture(scope="module")
def api(
    browser: Browser, page_origins: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    cwd = tmp_path_factory.mktemp("cross-origin")
    allowed, _ = page_origins
    database = f"sqlite:///{cwd / 'civicmatch.db'}"
    with running_server(cwd, database, "--allow-origin", allowed) as server:
        yield server


@pytest.fixture(scope="module")
def admin(api: Server) -> str:
    return api.token("admin")


@pytest.fixture
def live_stream(api: Server, admin: str) -> str:
    stream_id = schedule_stream(api, admin)
    mutate(api, UPDATE_LIVE_STREAM, admin, id=stream_id, action="START")
    return stream_id


def open_page(page: Page, origin: str, api: Server, stream_id: str) -> None:
    page.goto(f"{origin}/?{urlencode({'api': api.url, 'stream': stream_id})}")


def test_a_page_on_an_allowed_origin_queries_and_follows_a_broadcast(
    page: Page,
    console_errors: list[str],
    api: Server,
    admin: str,
    live_stream: str,
    page_origins: tuple[str, str],
):
    allowed, _ = page_origins
    job = api.data(DEMO_JOBS)["jobs"]["edges"][0]["node"]

    open_page(page, allowed, api, live_stream)
    expect(page.locator("#query")).to_have_text("春风行动·聊城直播带岗专场")
    # The count of viewers (FIGURES) follows this viewer's arrival at its own pace.
    expect(page.locator("#events")).to_have_text(re.compile(r"^SNAPSHOT( FIGURES)*$"))
    present(api, admin, live_stream, job["id"])

    expect(page.locator("#events")).to_have_text(
        re.compile(r"^SNAPSHOT( FIGURES)* JOB_PRESENTED( FIGURES)*$")
    )
    expect(page.locator("#presented")).to_have_text(job["title"])
    expect(page.locator("#socket")).to_have_text("acknowledged")
    assert console_errors == []


def test_a_page_on_another_origin_gets_no_answer_and_no_websocket(
    page: Page, api: Server, live_stream: str, page_origins: tuple[str, str]
):
    _, other = page_origins

    open_page(page, other, api, live_stream)

    expect(page.locator("#query")).to_have_text("failed: TypeError")
    expect(page.locator("#socket")).to_have_text("refused")
    expect(page.locator("#events")).to_have_text("")
