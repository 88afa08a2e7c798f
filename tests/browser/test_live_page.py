"""The live companion page (/live/{streamId}) in a real headless Chromium against a real server.

A broadcast is created and started over the API, the page is opened on it, and then the host's
actions (presenting jobs) go through the API while the test watches the page follow them.
"""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from playwright.sync_api import Page, WebSocketRoute, expect

from tests.e2e.conftest import Server

QUESTION_ABOUT_HOUSING = "公司能解决住宿吗？"
JOB_SEARCH = "26岁，环境设计专业，有工作经验，有岗位吗？"

CREATE_LIVE_STREAM = """
mutation ($input: CreateLiveStreamInput!) {
  createLiveStream(input: $input) { liveStream { id } userErrors { field code message } }
}
"""
UPDATE_LIVE_STREAM = """
mutation ($input: UpdateLiveStreamInput!) {
  updateLiveStream(input: $input) { liveStream { id status } userErrors { field code message } }
}
"""
PRESENT_JOB = """
mutation ($input: PresentJobInput!) {
  presentJob(input: $input) { presentedJob { position } userErrors { field code message } }
}
"""
POST_JOB = """
mutation ($input: PostJobInput!) {
  postJob(input: $input) { job { id } userErrors { field code message } }
}
"""
DEMO_JOBS = """
{ jobs(first: 200) { edges { node { id externalId title housing employer { name } } } } }
"""
APPLICATIONS = """
query ($jobId: ID!) {
  applications(jobId: $jobId) {
    edges { node { status candidate { externalId } liveStream { id } } }
  }
}
"""


def mutate(server: Server, mutation: str, token: str, **input: Any) -> dict[str, Any]:
    (payload,) = server.data(mutation, {"input": input}, token).values()
    assert payload["userErrors"] == [], payload["userErrors"]
    return payload


@pytest.fixture(scope="module")
def admin(live_server: Server) -> str:
    return live_server.token("admin")


@pytest.fixture(scope="module")
def demo_jobs(live_server: Server) -> dict[str, dict[str, Any]]:
    """The demo jobs by their jobs.jsonl id (lc-j001 …)."""
    edges = live_server.data(DEMO_JOBS)["jobs"]["edges"]
    return {edge["node"]["externalId"]: edge["node"] for edge in edges}


def schedule_stream(server: Server, admin: str) -> str:
    stream = mutate(
        server,
        CREATE_LIVE_STREAM,
        admin,
        title="春风行动·聊城直播带岗专场",
        scheduledStart="2026-03-01T14:30:00+08:00",
        host="王晓琳",
    )["liveStream"]
    return stream["id"]


@pytest.fixture
def stream_id(live_server: Server, admin: str) -> str:
    """A broadcast of its own for each test, already live."""
    stream_id = schedule_stream(live_server, admin)
    mutate(live_server, UPDATE_LIVE_STREAM, admin, id=stream_id, action="START")
    return stream_id


def present(server: Server, admin: str, stream_id: str, job_id: str) -> None:
    mutate(server, PRESENT_JOB, admin, liveStreamId=stream_id, jobId=job_id)


def open_live_page(page: Page, server: Server, stream_id: str) -> None:
    """Opens the page and waits until the subscription's first event has been shown."""
    page.goto(f"{server.url}/live/{stream_id}")
    expect(page.locator("#connection")).to_have_attribute("data-state", "live")
    expect(page.locator("#stream-title")).to_have_text("春风行动·聊城直播带岗专场")


def pass_sockets_through(page: Page) -> list[WebSocketRoute]:
    """The page's websockets, in the order opened, each connected to the server as usual."""
    sockets: list[WebSocketRoute] = []

    def pass_through(socket: WebSocketRoute) -> None:
        socket.connect_to_server()
        sockets.append(socket)

    page.route_web_socket(re.compile(r"/graphql$"), pass_through)
    return sockets


def ask(page: Page, text: str) -> None:
    page.locator("#ask-text").fill(text)
    page.locator("#ask-button").click()


def test_the_page_shows_the_broadcast_and_its_live_connection(
    page: Page, console_errors: list[str], live_server: Server, stream_id: str
):
    open_live_page(page, live_server, stream_id)

    expect(page.locator("#stream-status")).to_have_text("直播中")
    expect(page.locator("#stream-meta")).to_contain_text("王晓琳")
    expect(page.locator("#connection")).to_have_text("实时连接中")
    expect(page.locator("#job-empty")).to_be_visible()
    expect(page.locator("#job-card")).to_be_hidden()
    expect(page.locator("[data-figure=viewersNow]")).to_have_text("1")
    expect(page).to_have_title("春风行动·聊城直播带岗专场 · 直播带岗")
    assert console_errors == []


def test_a_scheduled_broadcast_goes_live_on_the_page_when_the_host_starts_it(
    page: Page, console_errors: list[str], live_server: Server, admin: str
):
    stream_id = schedule_stream(live_server, admin)
    open_live_page(page, live_server, stream_id)
    expect(page.locator("#stream-status")).to_have_text("即将开播")

    mutate(live_server, UPDATE_LIVE_STREAM, admin, id=stream_id, action="START")

    expect(page.locator("#stream-status")).to_have_text("直播中", timeout=2000)
    assert console_errors == []


def test_the_page_is_served_with_a_strict_content_security_policy(
    live_server: Server, stream_id: str
):
    page = live_server.http.get(f"/live/{stream_id}")
    script = live_server.http.get("/assets/live.js")
    style = live_server.http.get("/assets/live.css")

    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self';" in policy
    host = live_server.url.removeprefix("http://")
    assert f"connect-src 'self' ws://{host} wss://{host}" in policy
    assert "unsafe-inline" not in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    assert (script.status_code, script.headers["content-type"]) == (
        200,
        "text/javascript; charset=utf-8",
    )
    assert (style.status_code, style.headers["content-type"]) == (200, "text/css; charset=utf-8")
    assert script.headers["x-content-type-options"] == "nosniff"
    odd_host = live_server.http.get(f"/live/{stream_id}", headers={"Host": "x; script-src *"})
    assert "connect-src 'self' ws: wss:;" in odd_host.headers["content-security-policy"]
    assert "script-src *" not in odd_host.headers["content-security-policy"]


def test_a_job_presented_through_the_api_appears_within_two_seconds(
    page: Page,
    console_errors: list[str],
    live_server: Server,
    admin: str,
    stream_id: str,
    demo_jobs: dict[str, dict[str, Any]],
):
    first, second = demo_jobs["lc-j001"], demo_jobs["lc-j002"]
    open_live_page(page, live_server, stream_id)

    present(live_server, admin, stream_id, first["id"])
    presented_at = time.monotonic()
    expect(page.locator("#job-title")).to_have_text(first["title"], timeout=2000)
    first_delay = time.monotonic() - presented_at

    expect(page.locator("#job-employer")).to_have_text(first["employer"]["name"])
    expect(page.locator("#job-salary")).to_have_text("4500–6000元/月")
    expect(page.locator("#job-facts")).to_contain_text("中专/技校及以上")
    expect(page.locator("#job-position")).to_contain_text("第 1 个岗位")

    present(live_server, admin, stream_id, second["id"])
    presented_at = time.monotonic()
    expect(page.locator("#job-title")).to_have_text(second["title"], timeout=2000)
    second_delay = time.monotonic() - presented_at

    expect(page.locator("#job-position")).to_contain_text("第 2 个岗位")
    expect(page.locator("[data-figure=jobsPresented]")).to_have_text("2")
    assert first_delay < 2.0
    assert second_delay < 2.0
    assert console_errors == []


def test_server_text_is_shown_as_text_never_as_markup(
    page: Page, console_errors: list[str], live_server: Server, admin: str, stream_id: str
):
    title = '展厅讲解员<img src=x onerror="window.injected=1">'
    job = mutate(
        live_server,
        POST_JOB,
        admin,
        title=title,
        employerName="聊城<b>筑境</b>展陈设计有限公司",
        skills=["<script>window.injected=2</script>"],
    )["job"]
    open_live_page(page, live_server, stream_id)

    present(live_server, admin, stream_id, job["id"])

    expect(page.locator("#job-title")).to_have_text(title)
    expect(page.locator("#job-employer")).to_have_text("聊城<b>筑境</b>展陈设计有限公司")
    expect(page.locator("#job-skills")).to_have_text("<script>window.injected=2</script>")
    assert page.locator("#job-card img, #job-card b, #job-card script").count() == 0
    assert page.evaluate("window.injected") is None
    assert console_errors == []


def test_a_question_about_the_job_gets_its_answer_and_a_job_search_gets_matches(
    page: Page,
    console_errors: list[str],
    live_server: Server,
    admin: str,
    stream_id: str,
    demo_jobs: dict[str, dict[str, Any]],
):
    housing_job = demo_jobs["lc-j001"]  # 搅拌站操作员: 公司提供宿舍
    assert housing_job["housing"] is True
    open_live_page(page, live_server, stream_id)
    present(live_server, admin, stream_id, housing_job["id"])
    expect(page.locator("#job-title")).to_have_text(housing_job["title"])

    ask(page, QUESTION_ABOUT_HOUSING)

    expect(page.locator("#answer-text")).to_contain_text("提供住宿")
    expect(page.locator("#answer-heading")).to_have_text(f"关于「{housing_job['title']}」")
    expect(page.locator("#matches")).to_be_hidden()
    # One typed question is one question of the broadcast, though it asks two things.
    expect(page.locator("[data-figure=questionsAsked]")).to_have_text("1")

    ask(page, JOB_SEARCH)

    matches = page.locator("#match-list > li")
    expect(matches.first).to_be_visible()
    expect(page.locator("#match-list")).to_contain_text("展厅空间设计师")
    expect(matches.first).to_contain_text(re.compile(r"匹配度 \d+%"))
    expect(matches.first).to_contain_text("专业")
    expect(page.locator("#ask-error")).to_be_hidden()
    expect(page.locator("[data-figure=questionsAsked]")).to_have_text("2")
    assert console_errors == []


def test_with_no_job_on_screen_a_question_is_a_job_search(
    page: Page, console_errors: list[str], live_server: Server, stream_id: str
):
    open_live_page(page, live_server, stream_id)

    page.locator("#ask-text").fill("我是学会计的，有适合我的岗位吗")
    page.locator("#ask-text").press("Enter")

    expect(page.locator("#match-list")).to_contain_text("审计助理")
    expect(page.locator("#answer")).to_be_hidden()
    assert console_errors == []


def test_an_empty_question_is_refused_without_asking(
    page: Page, console_errors: list[str], live_server: Server, stream_id: str
):
    open_live_page(page, live_server, stream_id)

    ask(page, "   ")

    expect(page.locator("#ask-error")).to_have_text("请先输入你的问题。")
    expect(page.locator("#matches")).to_be_hidden()
    assert console_errors == []


def test_a_signed_in_seeker_applies_to_the_job_on_screen(
    page: Page,
    console_errors: list[str],
    live_server: Server,
    admin: str,
    stream_id: str,
    demo_jobs: dict[str, dict[str, Any]],
):
    job = demo_jobs["lc-j003"]
    seeker = live_server.token("seeker", "--candidate", "lc-c001")
    open_live_page(page, live_server, stream_id)
    present(live_server, admin, stream_id, job["id"])
    expect(page.locator("#job-title")).to_have_text(job["title"])
    expect(page.locator("#apply-button")).to_be_hidden()

    page.locator("#token-input").fill(seeker)
    page.locator("#signin-button").click()
    expect(page.locator("#signed-in-name")).to_have_text("王梓涵")
    assert page.evaluate("localStorage.getItem('civicmatch.token')") == seeker
    page.locator("#apply-button").click()

    expect(page.locator("#apply-result")).to_contain_text("投递成功")
    expect(page.locator("#apply-button")).to_have_text("已投递")
    expect(page.locator("#apply-button")).to_be_disabled()
    expect(page.locator("[data-figure=applications]")).to_have_text("1")
    applications = live_server.data(APPLICATIONS, {"jobId": job["id"]}, admin)["applications"]
    (application,) = [edge["node"] for edge in applications["edges"]]
    assert application == {
        "status": "SUBMITTED",
        "candidate": {"externalId": "lc-c001"},
        "liveStream": {"id": stream_id},
    }

    page.reload()
    expect(page.locator("#signed-in-name")).to_have_text("王梓涵")
    expect(page.locator("#apply-button")).to_be_visible()
    page.locator("#apply-button").click()
    expect(page.locator("#apply-result")).to_have_text("你已经投递过这个岗位了。")

    page.locator("#signout").click()
    expect(page.locator("#apply-button")).to_be_hidden()
    expect(page.locator("#token-input")).to_be_visible()
    assert page.evaluate("localStorage.getItem('civicmatch.token')") is None
    assert console_errors == []


def test_a_token_that_is_not_a_seekers_is_not_accepted(
    page: Page, console_errors: list[str], live_server: Server, admin: str, stream_id: str
):
    open_live_page(page, live_server, stream_id)

    page.locator("#token-input").fill("not-a-token")
    page.locator("#signin-button").click()
    expect(page.locator("#signin-error")).to_have_text("登录令牌无效或已失效，请重新登录。")
    page.locator("#token-input").fill(admin)
    page.locator("#signin-button").click()

    expect(page.locator("#signin-error")).to_contain_text("不是求职者账号")
    expect(page.locator("#signed-in")).to_be_hidden()
    assert page.evaluate("localStorage.getItem('civicmatch.token')") is None
    # The refused token is answered with HTTP 401, which Chromium logs as a failed resource.
    assert [error for error in console_errors if "401" not in error] == []


def test_after_the_connection_drops_the_page_reconnects_and_catches_up(
    page: Page,
    console_errors: list[str],
    live_server: Server,
    admin: str,
    stream_id: str,
    demo_jobs: dict[str, dict[str, Any]],
):
    job = demo_jobs["lc-j004"]
    sockets = pass_sockets_through(page)
    open_live_page(page, live_server, stream_id)

    sockets[0].close(code=1011, reason="network gone")
    expect(page.locator("#connection")).to_have_attribute("data-state", "reconnecting")
    present(live_server, admin, stream_id, job["id"])

    expect(page.locator("#connection")).to_have_attribute("data-state", "live", timeout=5000)
    expect(page.locator("#job-title")).to_have_text(job["title"])
    assert len(sockets) == 2
    assert console_errors == []


def test_an_unknown_broadcast_shows_the_subscriptions_error(
    page: Page, console_errors: list[str], live_server: Server
):
    sockets = pass_sockets_through(page)

    page.goto(f"{live_server.url}/live/no-such-broadcast")

    expect(page.locator("#stream-error")).to_contain_text("无法收看这场直播")
    expect(page.locator("#stream-error")).to_contain_text("no-such-broadcast")
    expect(page.locator("#connection")).to_have_attribute("data-state", "error")
    page.wait_for_timeout(1500)  # longer than the first reconnect delay
    expect(page.locator("#connection")).to_have_attribute("data-state", "error")
    assert len(sockets) == 1
    assert console_errors == []


def test_the_page_follows_the_broadcast_to_its_end(
    page: Page, console_errors: list[str], live_server: Server, admin: str, stream_id: str
):
    sockets = pass_sockets_through(page)
    open_live_page(page, live_server, stream_id)

    mutate(live_server, UPDATE_LIVE_STREAM, admin, id=stream_id, action="END")

    expect(page.locator("#stream-status")).to_have_text("已结束")
    expect(page.locator("#connection")).to_have_attribute("data-state", "ended")
    expect(page.locator("#connection")).to_have_text("直播已结束")
    page.wait_for_timeout(1500)  # longer than the first reconnect delay
    expect(page.locator("#connection")).to_have_attribute("data-state", "ended")
    assert len(sockets) == 1
    assert console_errors == []
