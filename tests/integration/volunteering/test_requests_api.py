"""Anonymous requests over GraphQL: no token, no identity kept, limited per client."""

from __future__ import annotations

from sqlalchemy import select

from engine.db import transaction
from engine.volunteering.communities import community_id
from engine.volunteering.request_models import AnonymousRequest

SUBMIT = """
mutation ($input: SubmitRequestInput!) {
  submitRequest(input: $input) { followUpCode request { status } userErrors { field code } }
}
"""
FOLLOW_UP = "query ($code: String!) { followUp(code: $code) { status } }"


def a_community(sessions, name="御苑社区"):
    with transaction(sessions) as session:
        community_id(session=session, name=name)


def test_anyone_submits_without_a_token_and_follows_up_with_the_code(api, sessions):
    a_community(sessions)

    payload = api.data(
        SUBMIT, {"input": {"community": "御苑社区", "text": "楼道灯坏了好几天了，晚上很黑。"}}
    )["submitRequest"]
    status = api.data(FOLLOW_UP, {"code": payload["followUpCode"]})["followUp"]["status"]

    assert payload["userErrors"] == []
    assert payload["followUpCode"].startswith("HB-")
    assert status == "SUBMITTED"
    with sessions() as session:
        stored = session.scalars(select(AnonymousRequest)).one()
    columns = {column.name for column in AnonymousRequest.__table__.columns}
    assert not {"ip", "client", "user_agent", "account_id"} & columns
    assert payload["followUpCode"] not in str(
        {name: getattr(stored, name) for name in columns}
    )  # only a digest of the code is kept


def test_a_flood_from_one_client_is_cut_off_without_writing(api, sessions):
    a_community(sessions)
    text = {"input": {"community": "御苑社区", "text": "请问社区什么时候组织义诊？"}}

    results = [api.data(SUBMIT, text)["submitRequest"] for _ in range(7)]

    refused = [result for result in results if result["userErrors"]]
    assert len(refused) == 2  # the default allows five per window
    assert {error["code"] for result in refused for error in result["userErrors"]} == {
        "RATE_LIMITED"
    }
    with sessions() as session:
        assert len(session.scalars(select(AnonymousRequest)).all()) == 5


def test_a_blank_request_is_a_user_error(api, sessions):
    a_community(sessions)

    payload = api.data(SUBMIT, {"input": {"community": "御苑社区", "text": "  "}})["submitRequest"]

    assert payload["followUpCode"] is None
    assert [error["field"] for error in payload["userErrors"]] == [["input", "text"]]


def test_the_router_is_fitted_before_the_service_answers(database_url, monkeypatch):
    # Fitting it takes seconds: on the first submitted request, it could run past the
    # request time limit.
    from engine.volunteering import router_cache
    from matchers.volunteers import routing
    from tests.api import graphql_client

    fitted = routing.default_router()
    calls: list[str] = []

    def recorded() -> routing.RequestRouter:
        calls.append("fit")
        return fitted

    monkeypatch.setattr(router_cache, "request_router", recorded)
    with graphql_client(database_url) as client:
        assert calls == ["fit"]
        client.data("{ __typename }")
