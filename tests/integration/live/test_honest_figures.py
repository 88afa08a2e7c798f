"""Published figures count people, not requests: one request (an HTTP POST, or one websocket
operation) counts at most one question per broadcast, however many aliases it holds, and a
broadcast that has ended takes no more questions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from starlette.testclient import TestClient

from engine.config import Limits, Settings
from schema.app import create_app
from tests.api import GraphQLClient
from tests.integration.jobs.factories import create_live_stream, post_job, update_live_stream
from tests.integration.jobs.test_questions import OPEN_QUESTIONS
from tests.integration.seekers.factories import seeker

TEXT = "26岁，中专毕业，想找个包住的工作，有岗位吗？"
QUESTION = "公司能解决住宿吗？"

FIGURES = """
query ($id: ID!) {
  node(id: $id) { ... on LiveStream { figures { questionsAsked applications viewerVisits } } }
}
"""

SEARCH = "jobsForText(text: $text, liveStreamId: $stream) { matches { job { title } } }"
ASK = "askAboutJob(jobId: $job, question: $question, liveStreamId: $stream) { answer answered }"


def aliased(field: str, count: int, *, prefix: str = "q") -> str:
    return "\n".join(f"{prefix}{n}: {field}" for n in range(count))


def searches(count: int) -> str:
    return f"query ($text: String!, $stream: ID) {{ {aliased(SEARCH, count)} }}"


def asks(count: int) -> str:
    return f"query ($job: ID!, $question: String!, $stream: ID) {{ {aliased(ASK, count)} }}"


def figures(api: Any, stream_id: str) -> dict[str, int]:
    return api.data(FIGURES, {"id": stream_id})["node"]["figures"]


def questions_asked(api: Any, stream_id: str) -> int:
    return figures(api, stream_id)["questionsAsked"]


@pytest.fixture
def roomy_api(database_url: str) -> Iterator[GraphQLClient]:
    """The API with room for 500 aliases in one request: what is under test is what such a
    request counts, not the operation limits that refuse it with the default settings."""
    limits = replace(
        Limits(),
        max_aliases=1_000,
        max_fields=100_000,
        max_cost=100_000_000,
        max_tokens=1_000_000,
        request_seconds=300.0,
    )
    app = create_app(Settings(database_url=database_url, limits=limits))
    with TestClient(app) as client:
        yield GraphQLClient(client)


@pytest.fixture
def admin(make_token) -> str:  # type: ignore[no-untyped-def]
    return make_token("admin")


@pytest.fixture
def recruiter(make_token) -> str:  # type: ignore[no-untyped-def]
    return make_token("recruiter", employer="聊城市恒固新型建材有限公司")


@pytest.fixture
def job(roomy_api, recruiter) -> str:  # type: ignore[no-untyped-def]
    return post_job(roomy_api, recruiter, "普工", housing=True)["id"]


@pytest.fixture
def live(roomy_api, admin, job) -> str:  # type: ignore[no-untyped-def]
    """A broadcast on air, one question already asked."""
    stream = create_live_stream(roomy_api, admin, "聊城市春风行动直播带岗")["id"]
    assert update_live_stream(roomy_api, admin, stream, action="START")["userErrors"] == []
    roomy_api.data(searches(1), {"text": TEXT, "stream": stream})
    assert questions_asked(roomy_api, stream) == 1
    return stream


def end(api: Any, token: str, stream_id: str) -> None:
    assert update_live_stream(api, token, stream_id, action="END")["userErrors"] == []


def test_500_aliases_of_jobs_for_text_in_one_request_count_one_question(roomy_api, live):
    body = roomy_api.data(searches(500), {"text": TEXT, "stream": live})

    assert len(body) == 500
    assert all(answer["matches"][0]["job"]["title"] == "普工" for answer in body.values())
    assert questions_asked(roomy_api, live) == 2


def test_two_requests_count_two_questions(roomy_api, live):
    roomy_api.data(searches(3), {"text": TEXT, "stream": live})
    roomy_api.data(searches(3), {"text": TEXT, "stream": live})

    assert questions_asked(roomy_api, live) == 3


def test_a_question_before_the_broadcast_starts_counts(roomy_api, admin, job):
    # Viewers gather on the broadcast's page before the host goes live, and hosts answer
    # what was asked in the warm-up; a broadcast nobody pressed START for still counts.
    stream = create_live_stream(roomy_api, admin, "聊城市春风行动直播带岗")["id"]

    roomy_api.data(searches(2), {"text": TEXT, "stream": stream})

    assert questions_asked(roomy_api, stream) == 1


def test_an_ended_broadcast_counts_no_more_questions_but_the_search_still_answers(
    roomy_api, admin, live
):
    end(roomy_api, admin, live)

    body = roomy_api.data(searches(500), {"text": TEXT, "stream": live})

    assert [answer["job"]["title"] for answer in body["q0"]["matches"]] == ["普工"]
    assert len(body) == 500
    assert questions_asked(roomy_api, live) == 1


def test_ask_about_job_aliases_in_one_request_count_one_question(roomy_api, live, job):
    body = roomy_api.data(asks(50), {"job": job, "question": QUESTION, "stream": live})

    assert {answer["answered"] for answer in body.values()} == {True}
    assert questions_asked(roomy_api, live) == 2


def test_searches_and_questions_mixed_in_one_request_count_one_question(roomy_api, live, job):
    query = f"""
    query ($text: String!, $job: ID!, $question: String!, $stream: ID) {{
      {aliased(SEARCH, 20, prefix="s")}
      {aliased(ASK, 20, prefix="a")}
    }}
    """

    body = roomy_api.data(query, {"text": TEXT, "job": job, "question": QUESTION, "stream": live})

    assert len(body) == 40
    assert questions_asked(roomy_api, live) == 2


def test_a_question_to_an_ended_broadcast_is_answered_neither_counted_nor_credited(
    roomy_api, admin, recruiter, live, job
):
    end(roomy_api, admin, live)

    late = roomy_api.data(asks(3), {"job": job, "question": "周末双休吗？", "stream": live})

    # A viewer arriving late (a replay, a shared link) still wants the answer; the recruiter
    # still gets the question, but not as one asked in the broadcast.
    assert late["q0"] == {"answer": "这个问题已转给招聘方，回答后会显示在这里。", "answered": False}
    assert questions_asked(roomy_api, live) == 1
    waiting = roomy_api.data(OPEN_QUESTIONS, {"liveStreamId": None}, recruiter)["openQuestions"]
    in_broadcast = roomy_api.data(OPEN_QUESTIONS, {"liveStreamId": live}, recruiter)
    assert [edge["node"]["question"] for edge in waiting["edges"]] == ["周末双休吗？"]
    assert in_broadcast["openQuestions"]["totalCount"] == 0


def test_each_websocket_operation_counts_one_question(roomy_api, live):
    subscribe = {"type": "subscribe", "payload": {"query": searches(5)}}
    variables = {"text": TEXT, "stream": live}
    ws = roomy_api.http.websocket_connect("/graphql", subprotocols=["graphql-transport-ws"])
    with ws as connection:
        connection.send_json({"type": "connection_init", "payload": {}})
        assert connection.receive_json()["type"] == "connection_ack"
        # Both at once: operations on one connection share its context, but not their counts.
        for operation in ("1", "2"):
            payload = {**subscribe["payload"], "variables": variables}
            connection.send_json({**subscribe, "id": operation, "payload": payload})
        kinds = sorted(
            (message["id"], message["type"])
            for message in (connection.receive_json() for _ in range(4))
        )

    assert kinds == [("1", "complete"), ("1", "next"), ("2", "complete"), ("2", "next")]
    assert questions_asked(roomy_api, live) == 3


def test_a_subscription_watches_one_broadcast_so_one_operation_is_one_visit(roomy_api, live):
    twice = f"""
    subscription {{
      a: liveStreamEvents(streamId: "{live}") {{ kind }}
      b: liveStreamEvents(streamId: "{live}") {{ kind }}
    }}
    """
    ws = roomy_api.http.websocket_connect("/graphql", subprotocols=["graphql-transport-ws"])
    with ws as connection:
        connection.send_json({"type": "connection_init", "payload": {}})
        assert connection.receive_json()["type"] == "connection_ack"
        connection.send_json({"type": "subscribe", "id": "1", "payload": {"query": twice}})
        refused = connection.receive_json()

    assert refused["type"] == "error"
    assert "only one top level field" in refused["payload"][0]["message"]
    assert figures(roomy_api, live)["viewerVisits"] == 0


def test_one_request_applies_once_to_a_job_so_one_application_is_credited(
    roomy_api, make_token, live, job
):
    token, _ = seeker(roomy_api, make_token, "王晓梅")
    apply = "applyToJob(input: {jobId: $job, liveStreamId: $stream}) { userErrors { code } }"
    query = f"mutation ($job: ID!, $stream: ID) {{ {aliased(apply, 5)} }}"

    body = roomy_api.data(query, {"job": job, "stream": live}, token)

    codes = [[error["code"] for error in answer["userErrors"]] for answer in body.values()]
    assert codes == [[]] + [["ALREADY_APPLIED"]] * 4
    assert figures(roomy_api, live)["applications"] == 1
