"""Bearer tokens: refused with HTTP 401 when unknown or malformed; stored only as a digest."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select, text, update

from engine.accounts.models import ApiToken
from engine.db import transaction
from engine.models import Base

VIEWER = "{ viewer { role employer { name } } }"


def raw_post(api, headers):
    return api.http.post("/graphql", json={"query": "{ jobs { totalCount } }"}, headers=headers)


def assert_refused_with_401(response):
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["errors"]
    assert len(body["errors"]) == 1
    assert isinstance(body["errors"][0]["message"], str) and body["errors"][0]["message"]


def test_a_valid_token_identifies_its_account(api, make_token):
    token = make_token("recruiter", employer="恒固建材")

    viewer = api.data(VIEWER, token=token)["viewer"]

    assert viewer == {"role": "RECRUITER", "employer": {"name": "恒固建材"}}


def test_the_bearer_scheme_is_case_insensitive(api, make_token):
    token = make_token("admin")

    response = api.http.post(
        "/graphql", json={"query": VIEWER}, headers={"Authorization": f"bearer {token}"}
    )

    assert response.status_code == 200
    assert response.json()["data"]["viewer"]["role"] == "ADMIN"


def test_an_unknown_token_gets_401_even_for_public_data(api, make_token):
    make_token("admin")

    response = api.post("{ jobs { totalCount } }", token="cm_not-a-real-token")

    assert_refused_with_401(response)


@pytest.mark.parametrize(
    "header",
    ["Token abc", "Bearer", "Bearer    ", "Basic dXNlcjpwYXNz", "abc", "Bearer\tabc def"],
)
def test_a_malformed_authorization_header_gets_401(api, make_token, header):
    make_token("admin")

    response = raw_post(api, {"Authorization": header})

    assert_refused_with_401(response)


def test_a_revoked_token_gets_401(api, make_token, sessions):
    token = make_token("admin")
    with transaction(sessions) as session:
        session.execute(update(ApiToken).values(revoked_at=text("CURRENT_TIMESTAMP")))

    response = api.post(VIEWER, token=token)

    assert_refused_with_401(response)


def test_tokens_are_stored_only_as_their_sha256_digest(make_token, sessions):
    tokens = [make_token("admin"), make_token("recruiter", employer="恒固建材")]

    with sessions() as session:
        digests = set(session.scalars(select(ApiToken.digest)))
        everything = [
            repr(tuple(row))
            for table in Base.metadata.sorted_tables
            for row in session.execute(select(table))
        ]

    assert digests == {hashlib.sha256(token.encode()).hexdigest() for token in tokens}
    assert tokens[0] != tokens[1]
    for token in tokens:
        secret = token.removeprefix("cm_")
        assert len(secret) >= 32
        assert not any(secret in row for row in everything)
