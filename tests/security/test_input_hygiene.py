"""Attack 3: text that is not bounded or cleaned everywhere.

Defends the one check of every string a client sends (control characters, length) and the
request body limit: a NUL character was an "Internal server error." on PostgreSQL while
SQLite stored it, 3.4 M characters of speech blocked the event loop for 8.9 s, and request
bodies had no size limit.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.security.conftest import Fair, Server

NUL = "焊工\x00"

# Each query argument that takes text, with a NUL inside it.
QUERIES = {
    "jobs.filter.search": (
        "query ($v: String!) { jobs(filter: {search: $v}) { totalCount } }",
        ["filter", "search"],
    ),
    "tasks.community": (
        "query ($v: String!) { tasks(community: $v) { totalCount } }",
        ["community"],
    ),
    "jobsForText.text": (
        "query ($v: String!) { jobsForText(text: $v) { matches { score } } }",
        ["text"],
    ),
    "draftJobFromSpeech.text": (
        "query ($v: String!) { draftJobFromSpeech(text: $v) { title } }",
        ["text"],
    ),
}

# Each mutation input field that takes text: the NUL comes back as a user error.
MUTATIONS = {
    "postJob.title": (
        'mutation ($v: String!) { postJob(input: {title: $v, employerName: "恒固建材"}) '
        "{ job { id } userErrors { field message code } } }",
        ["input", "title"],
    ),
    "postJob.skills": (
        'mutation ($v: String!) { postJob(input: {title: "焊工", employerName: "恒固建材", '
        'skills: ["电焊", $v]}) { job { id } userErrors { field message code } } }',
        ["input", "skills"],
    ),
    "submitRequest.text": (
        'mutation ($v: String!) { submitRequest(input: {community: "御苑社区", text: $v}) '
        "{ followUpCode userErrors { field message code } } }",
        ["input", "text"],
    ),
    "upsertCandidateProfile.summary": (
        'mutation ($v: String!) { upsertCandidateProfile(input: {name: "李明", summary: $v}) '
        "{ candidate { id } userErrors { field message code } } }",
        ["input", "summary"],
    ),
}


def _body(server: Server, query: str, value: Any, token: str | None = None) -> dict[str, Any]:
    # Escaped JSON, as a browser sends it: a lone surrogate travels as \\ud800.
    response = server.http.post(
        "/graphql",
        content=json.dumps({"query": query, "variables": {"v": value}}),
        headers={"content-type": "application/json"}
        | ({"authorization": f"Bearer {token}"} if token else {}),
    )
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_a_nul_in_a_query_argument_is_refused_naming_the_argument(server: Server, name: str):
    query, path = QUERIES[name]

    body = _body(server, query, NUL)

    (error,) = body["errors"]
    assert error["extensions"] == {"code": "INVALID_CHARACTERS", "field": path}
    assert error["message"].startswith(".".join(path))


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_nul_in_a_mutation_input_is_a_user_error_and_nothing_is_written(
    server: Server, fair: Fair, name: str
):
    query, path = MUTATIONS[name]
    jobs_before = server.data("{ jobs { totalCount } }", token=fair.admin)["jobs"]["totalCount"]

    body = _body(server, query, NUL, fair.admin)

    assert "errors" not in body, body
    (result,) = body["data"].values()
    assert result["userErrors"] == [
        {
            "field": path,
            "message": "不能包含控制字符",
            "code": "INVALID_CHARACTERS",
        }
    ]
    assert all(value is None for key, value in result.items() if key != "userErrors")
    assert server.data("{ jobs { totalCount } }", token=fair.admin)["jobs"]["totalCount"] == (
        jobs_before
    )


@pytest.mark.parametrize("character", ["\x00", "\x1b", "\x7f", "\x85", "\ud800"])
def test_every_control_character_is_refused_but_line_breaks_and_tabs_are_text(
    server: Server, character: str
):
    query, _ = QUERIES["jobs.filter.search"]

    refused = _body(server, query, f"焊{character}工")
    accepted = _body(server, query, "焊工\n\t电焊\r\n")

    assert refused["errors"][0]["extensions"]["code"] == "INVALID_CHARACTERS"
    assert "errors" not in accepted


def test_a_nul_in_a_question_about_a_job_is_refused(server: Server, fair: Fair):
    body = server.post(
        "query ($v: String!, $job: ID!) { askAboutJob(jobId: $job, question: $v) { answer } }",
        {"v": NUL, "job": fair.jobs[0]},
    ).json()

    assert body["errors"][0]["extensions"] == {"code": "INVALID_CHARACTERS", "field": ["question"]}


def test_speech_over_two_thousand_characters_is_too_long(server: Server):
    body = _body(server, QUERIES["draftJobFromSpeech.text"][0], "招焊工" * 1_000)

    (error,) = body["errors"]
    assert error["extensions"]["code"] == "TOO_LONG"
    assert error["message"].startswith("text:")


def test_any_string_over_the_deployment_limit_is_refused_before_its_resolver(server: Server):
    body = _body(server, QUERIES["tasks.community"][0], "御" * 20_001)

    (error,) = body["errors"]
    assert error["extensions"] == {"code": "TOO_LONG", "field": ["community"]}


def test_a_body_over_the_limit_gets_413_by_its_length(server: Server):
    # The 3.4 M characters of speech that held the event loop for 8.9 s.
    response = server.post(
        QUERIES["draftJobFromSpeech.text"][0].replace("$v", '"x"'), {"padding": "讲" * 3_400_000}
    )

    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "BODY_TOO_LARGE"
    assert server.data("{ __typename }") == {"__typename": "Query"}


def test_a_chunked_body_over_the_limit_gets_413_as_it_arrives(server: Server):
    def chunks():
        yield b'{"query": "{ __typename }", "variables": {"padding": "'
        for _ in range(2_000):
            yield b"x" * 1_000
        yield b'"}}'

    response = httpx.post(
        f"{server.url}/graphql",
        content=chunks(),
        headers={"content-type": "application/json"},
        timeout=10,
    )

    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "BODY_TOO_LARGE"
