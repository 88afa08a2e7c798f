"""Real headless Chromium (Debian's package, driven by playwright) against a real server.

One browser and one `civicmatch serve` (demo data on SQLite) per module; each test gets a
fresh browser context, so storage and sockets never carry over. Without /usr/bin/chromium the
tests are skipped, unless CIVICMATCH_REQUIRE_BROWSER=1 (as in CI), which makes them fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.e2e.conftest import Server, running_server

CHROMIUM = Path("/usr/bin/chromium")
REQUIRE_BROWSER = "CIVICMATCH_REQUIRE_BROWSER"
# A fresh profile on every launch; the machine may have no internet, so nothing Chromium
# would fetch on its own (updates, sync, QUIC probes) is started.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing (apt-get install chromium)"
        if os.environ.get(REQUIRE_BROWSER) == "1":
            pytest.fail(f"{reason}, and {REQUIRE_BROWSER}=1")
        pytest.skip(reason)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def live_server(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`civicmatch serve` with its demo data; started only when there is a browser to use it."""
    cwd = tmp_path_factory.mktemp("live-page")
    with running_server(cwd, f"sqlite:///{cwd / 'civicmatch.db'}") as server:
        yield server


@pytest.fixture
def console_errors() -> list[str]:
    """What the page reported as errors: console.error lines and uncaught exceptions."""
    return []


@pytest.fixture
def page(browser: Browser, console_errors: list[str]) -> Iterator[Page]:
    """A phone-sized page in a context of its own."""
    context = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.on(
        "console",
        lambda message: (
            console_errors.append(f"console: {message.text}") if message.type == "error" else None
        ),
    )
    tab.on("pageerror", lambda error: console_errors.append(f"pageerror: {error}"))
    try:
        yield tab
    finally:
        context.close()
