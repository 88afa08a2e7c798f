"""Malformed requests get a 4xx with a GraphQL-shaped JSON body over real HTTP, never a 500."""

from __future__ import annotations

import httpx
import pytest

JSON = {"Content-Type": "application/json"}
VIEWER = {"query": "{ viewer { role } }"}


def assert_refused(response, status: int) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"errors"}
    assert len(body["errors"]) == 1
    return body["errors"][0]["message"]


def test_a_malformed_json_body_is_a_400_with_errors(demo_server):
    response = demo_server.http.post("/graphql", content=b'{"query": "{ jobs ', headers=JSON)

    assert assert_refused(response, 400) == "Unable to parse request body as JSON"


@pytest.mark.parametrize("body", [b"null", b'"{ jobs { totalCount } }"', b"42", b"true"])
def test_a_json_body_that_is_not_an_object_is_a_400_with_errors(demo_server, body):
    # A client of its own, so a connection the server drops cannot affect other tests.
    with httpx.Client(base_url=demo_server.url, timeout=10) as client:
        response = client.post("/graphql", content=body, headers=JSON)
        assert assert_refused(response, 400)

        follow_up = client.post("/graphql", json={"query": "{ __typename }"})

    assert follow_up.json()["data"] == {"__typename": "Query"}


def test_a_body_without_a_query_is_a_400_with_errors(demo_server):
    response = demo_server.http.post("/graphql", json={"variables": {}})

    assert assert_refused(response, 400) == "No GraphQL query found in the request"


def test_a_body_that_is_not_json_is_refused_with_errors(demo_server):
    response = demo_server.http.post(
        "/graphql", content=b"{ jobs { totalCount } }", headers={"Content-Type": "text/plain"}
    )

    assert response.status_code in (400, 415)
    assert response.json()["errors"]


def test_a_syntax_error_is_a_graphql_error_response(demo_server):
    response = demo_server.http.post("/graphql", json={"query": "{ jobs { totalCount "})

    assert response.status_code in (200, 400)
    body = response.json()
    assert body.get("data") is None
    assert body["errors"][0]["message"].startswith("Syntax Error")
    assert body["errors"][0]["locations"] == [{"line": 1, "column": 21}]


def test_a_mutation_over_get_is_refused(demo_server):
    response = demo_server.http.get(
        "/graphql",
        params={"query": 'mutation { closeJob(input: {id: "x"}) { userErrors { code } } }'},
    )

    assert assert_refused(response, 400) == "mutations are not allowed when using GET"


def test_an_unknown_token_is_a_401_with_errors(demo_server):
    response = demo_server.http.post(
        "/graphql", json=VIEWER, headers={"Authorization": "Bearer cm_not-a-real-token"}
    )

    assert assert_refused(response, 401) == "API 令牌无效或已被吊销"


@pytest.mark.parametrize("header", ["Basic dXNlcjpwYXNz", "Bearer", "cm_token-without-scheme"])
def test_an_authorization_header_that_is_not_bearer_is_a_401_with_errors(demo_server, header):
    response = demo_server.http.post("/graphql", json=VIEWER, headers={"Authorization": header})

    assert assert_refused(response, 401) == "Authorization 请求头的格式应为“Bearer TOKEN”"


def test_without_a_token_the_viewer_is_anonymous(demo_server):
    assert demo_server.data(VIEWER["query"]) == {"viewer": {"role": None}}


def test_the_server_keeps_serving_after_bad_requests(demo_server):
    for body in (b"null", b"{", b"[]"):
        httpx.post(f"{demo_server.url}/graphql", content=body, headers=JSON, timeout=10)

    assert demo_server.data("{ jobs { totalCount } }")["jobs"]["totalCount"] >= 20
