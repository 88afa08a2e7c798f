"""Errors a client can use: in the deployment's language (Chinese unless CIVICMATCH_LANGUAGE
says en), naming the field as the client spelt it and the object by the global id it sent,
never by a database number; `code` stays the stable key."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from engine.config import Settings
from engine.volunteering.models import Volunteer
from schema.app import create_app
from tests.api import GraphQLClient
from tests.integration.jobs.factories import global_id
from tests.integration.volunteering.factories import give_points, lines, rewards

# No candidate has it; the number must not reach the client, the global id must.
MISSING = 4242
MISSING_ID = global_id("CandidateProfile", MISSING)

MATCHES = "query ($id: ID!) { jobMatches(candidateId: $id) { score } }"
UPSERT = """
mutation ($input: UpsertCandidateProfileInput!) {
  upsertCandidateProfile(input: $input) { candidate { id } userErrors { field message code } }
}
"""
REWARDS = "{ rewards { edges { node { id name } } } }"
REDEEM = """
mutation ($id: ID!) {
  redeemReward(input: {rewardId: $id}) { redemption { points } userErrors { field message code } }
}
"""


@pytest.fixture
def english(database_url: str) -> Iterator[GraphQLClient]:
    """The API of a deployment configured, as operators do, with CIVICMATCH_LANGUAGE=en."""
    env = {"CIVICMATCH_DATABASE_URL": database_url, "CIVICMATCH_LANGUAGE": "en"}
    with TestClient(create_app(Settings.from_env(env))) as http:
        yield GraphQLClient(http)


def test_the_language_is_chinese_unless_configured():
    assert Settings.from_env({}).language == "zh"
    assert Settings.from_env({"CIVICMATCH_LANGUAGE": "en"}).language == "en"


def test_an_unknown_language_is_refused_at_start_up_naming_the_setting():
    with pytest.raises(ValueError, match="CIVICMATCH_LANGUAGE: expected zh or en, not 'fr'"):
        Settings.from_env({"CIVICMATCH_LANGUAGE": "fr"})
    with pytest.raises(ValueError, match="language"):
        Settings(language="fr")


@pytest.mark.parametrize(
    ("client", "expected"),
    [
        ("api", f"candidateId: 找不到求职者 {MISSING_ID}"),
        ("english", f"candidateId: no candidate with id {MISSING_ID}"),
    ],
)
def test_a_missing_object_in_a_query_is_named_by_the_global_id_sent(
    request, make_token, client, expected
):
    api = request.getfixturevalue(client)

    body = api.execute(MATCHES, {"id": MISSING_ID}, make_token("admin"))

    (error,) = body["errors"]
    assert error["extensions"] == {"code": "NOT_FOUND"}
    assert error["message"] == expected
    assert str(MISSING) not in error["message"]


@pytest.mark.parametrize(
    ("client", "expected"),
    [("api", f"找不到求职者 {MISSING_ID}"), ("english", f"no candidate with id {MISSING_ID}")],
)
def test_a_missing_object_in_a_mutation_is_a_user_error_on_the_clients_field(
    request, make_token, client, expected
):
    api = request.getfixturevalue(client)

    payload = api.data(
        UPSERT, {"input": {"candidateId": MISSING_ID, "name": "小王"}}, make_token("admin")
    )["upsertCandidateProfile"]

    assert payload["candidate"] is None
    assert payload["userErrors"] == [
        {"field": ["input", "candidateId"], "message": expected, "code": "NOT_FOUND"}
    ]
    assert str(MISSING) not in payload["userErrors"][0]["message"]


@pytest.fixture
def volunteer_with_ten_points(sessions, make_token) -> str:
    """A volunteer's token; the volunteer has 10 points; the catalogue has a 环保袋 for 5
    points that is gone and a 保温杯 for 80."""
    from engine.db import transaction
    from engine.io.volunteering_files import import_volunteers

    row = {"id": "v1", "name": "小李", "community": "御苑社区"}
    with transaction(sessions) as session:
        import_volunteers(session=session, stream=lines([row]), source="volunteers.jsonl")
    token = make_token("volunteer", volunteer_external_id="v1")
    with sessions() as session:
        volunteer_id = session.scalar(select(Volunteer.id).where(Volunteer.external_id == "v1"))
    give_points(sessions, volunteer_id, 10)
    rewards(
        sessions,
        [
            {"id": "bag", "name": "环保袋", "points": 5, "stock": 0, "community": "御苑社区"},
            {"id": "cup", "name": "保温杯", "points": 80, "stock": 3, "community": "御苑社区"},
        ],
    )
    return token


def redeem(api: GraphQLClient, token: str, name: str) -> list[dict[str, object]]:
    edges = api.data(REWARDS)["rewards"]["edges"]
    (reward,) = [edge["node"]["id"] for edge in edges if edge["node"]["name"] == name]
    return api.data(REDEEM, {"id": reward}, token)["redeemReward"]["userErrors"]


@pytest.mark.parametrize(
    ("client", "gone", "short"),
    [
        ("api", "环保袋已兑完", "需要 80 积分，当前余额 10"),
        ("english", "环保袋 is out of stock", "needs 80 points; the balance is 10"),
    ],
)
def test_reward_refusals_speak_the_deployments_language(
    request, volunteer_with_ten_points, client, gone, short
):
    api = request.getfixturevalue(client)

    assert redeem(api, volunteer_with_ten_points, "环保袋") == [
        {"field": ["input", "rewardId"], "message": gone, "code": "OUT_OF_STOCK"}
    ]
    assert redeem(api, volunteer_with_ten_points, "保温杯") == [
        {"field": ["input", "rewardId"], "message": short, "code": "INSUFFICIENT_POINTS"}
    ]


def test_access_errors_and_the_limits_speak_it_too(api, english):
    query = "{ openQuestions { totalCount } }"

    assert api.execute(query)["errors"][0]["message"] == (
        "此操作需要 API 令牌（Authorization: Bearer TOKEN）"
    )
    assert english.execute(query)["errors"][0]["message"] == (
        "this needs an API token (Authorization: Bearer TOKEN)"
    )
    assert api.post("{ jobs { totalCount } }", token="not-a-token").json() == {
        "errors": [{"message": "API 令牌无效或已被吊销"}]
    }
