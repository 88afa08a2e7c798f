"""GraphiQL and the live page with the network cut: nothing but the service itself answers.

Every request the page makes to another host is aborted and recorded; GraphiQL must still
render, run a query and follow a subscription over its websocket.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from playwright.sync_api import Page, Route, expect

from tests.browser.test_live_page import UPDATE_LIVE_STREAM, mutate, schedule_stream
from tests.e2e.conftest import Server


def cut_off_from_the_internet(page: Page, server: Server) -> list[str]:
    """Lets requests reach `server` only; returns the list of the others, which fail."""
    elsewhere: list[str] = []

    def only_the_server(route: Route) -> None:
        url = route.request.url
        if url.startswith((f"{server.url}/", "data:")):
            route.continue_()
        else:
            elsewhere.append(url)
            route.abort("internetdisconnected")

    page.route("**/*", only_the_server)
    return elsewhere


def open_graphiql(page: Page, server: Server, query: str) -> None:
    page.goto(f"{server.url}/graphql?q={quote(query)}")
    expect(page.locator(".graphiql-query-editor .CodeMirror")).to_be_visible()


def test_graphiql_runs_a_query_with_the_network_cut(
    page: Page, console_errors: list[str], live_server: Server
):
    elsewhere = cut_off_from_the_internet(page, live_server)

    open_graphiql(page, live_server, "{ __typename }")
    page.locator(".graphiql-execute-button").click()

    expect(page.locator(".result-window")).to_contain_text('"__typename": "Query"')
    assert elsewhere == []
    assert console_errors == []


def test_graphiql_follows_a_subscription_over_its_websocket(
    page: Page, console_errors: list[str], live_server: Server
):
    admin = live_server.token("admin")
    stream_id = schedule_stream(live_server, admin)
    elsewhere = cut_off_from_the_internet(page, live_server)
    subscription = (
        f'subscription {{ liveStreamEvents(streamId: "{stream_id}") '
        "{ kind liveStream { status } } }"
    )

    open_graphiql(page, live_server, subscription)
    page.locator(".graphiql-execute-button").click()
    # The window shows the latest event only: the snapshot, or the viewer count that follows
    # it as soon as this viewer is counted.
    expect(page.locator(".result-window")).to_contain_text(
        re.compile(r'"kind": "(SNAPSHOT|FIGURES)"')
    )
    mutate(live_server, UPDATE_LIVE_STREAM, admin, id=stream_id, action="START")

    expect(page.locator(".result-window")).to_contain_text('"kind": "STARTED"')
    assert elsewhere == []
    assert console_errors == []


def test_graphiql_has_a_headers_editor_for_a_token(page: Page, live_server: Server):
    cut_off_from_the_internet(page, live_server)

    open_graphiql(page, live_server, "{ viewer { role } }")
    page.get_by_role("button", name="Headers").click()

    expect(page.locator(".graphiql-editor-tool .graphiql-editor").last).to_be_visible()


def test_the_live_page_needs_nothing_from_elsewhere(
    page: Page, console_errors: list[str], live_server: Server
):
    admin = live_server.token("admin")
    stream_id = schedule_stream(live_server, admin)
    elsewhere = cut_off_from_the_internet(page, live_server)

    page.goto(f"{live_server.url}/live/{stream_id}")

    expect(page.locator("#connection")).to_have_attribute("data-state", "live")
    assert elsewhere == []
    assert console_errors == []
