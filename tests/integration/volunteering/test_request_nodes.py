"""A resident's request has two views, each a Node with an id of its own: the board's
(BoardRequest, no identity, public once taken up) and the coordinators' (CommunityRequest)."""

from __future__ import annotations

SUBMIT = """
mutation ($input: SubmitRequestInput!) {
  submitRequest(input: $input) { followUpCode request { id } userErrors { field code } }
}
"""
CREATE_REWARD = """
mutation ($input: CreateRewardInput!) {
  createReward(input: $input) { reward { id } userErrors { field code } }
}
"""
REQUESTS = "{ communityRequests { edges { node { id } } } }"
ROUTE = """
mutation ($id: ID!) {
  routeRequest(input: {id: $id, team: PARTY_WARMTH}) {
    request { id status } userErrors { field code }
  }
}
"""
NODE = """
query ($id: ID!) {
  node(id: $id) {
    __typename id
    ... on BoardRequest { text status }
    ... on CommunityRequest { text status suggestedTeam }
  }
}
"""
FOLLOW_UP = "query ($code: String!) { followUp(code: $code) { id text status } }"


def submitted(api, make_token):  # type: ignore[no-untyped-def]
    """A request to 御苑社区: its follow-up code, its two ids and a coordinator's token."""
    coordinator = make_token("coordinator", community="御苑社区")
    api.data(CREATE_REWARD, {"input": {"name": "食用油", "points": 10}}, coordinator)
    made = api.data(SUBMIT, {"input": {"community": "御苑社区", "text": "楼道灯坏了"}})
    (edge,) = api.data(REQUESTS, token=coordinator)["communityRequests"]["edges"]
    submission = made["submitRequest"]
    return submission["followUpCode"], submission["request"]["id"], edge["node"]["id"], coordinator


def test_a_request_not_yet_taken_up_is_null_by_id_but_to_its_coordinators(api, make_token):
    code, board_id, community_id, coordinator = submitted(api, make_token)
    strangers = [
        None,
        make_token("volunteer"),
        make_token("seeker"),
        make_token("coordinator", community="东关社区"),
    ]

    by_strangers = [
        api.data(NODE, {"id": id}, token)["node"]
        for id in (board_id, community_id)
        for token in strangers
    ]
    by_coordinator = api.data(NODE, {"id": board_id}, coordinator)["node"]
    followed = api.data(FOLLOW_UP, {"code": code})["followUp"]

    assert by_strangers == [None] * 8
    assert by_coordinator == {
        "__typename": "BoardRequest",
        "id": board_id,
        "text": "楼道灯坏了",
        "status": "SUBMITTED",
    }
    assert followed == {"id": board_id, "text": "楼道灯坏了", "status": "SUBMITTED"}


def test_a_request_taken_up_is_public_by_its_board_id_only(api, make_token):
    _, board_id, community_id, coordinator = submitted(api, make_token)

    routed = api.data(ROUTE, {"id": community_id}, coordinator)["routeRequest"]
    board = api.data(NODE, {"id": board_id})["node"]
    coordinators_view = api.data(NODE, {"id": community_id})["node"]

    assert routed["userErrors"] == []
    assert board == {
        "__typename": "BoardRequest",
        "id": board_id,
        "text": "楼道灯坏了",
        "status": "ROUTED",
    }
    assert coordinators_view is None


def test_the_two_views_have_different_ids_and_coordinators_act_on_the_community_one(
    api, make_token
):
    _, board_id, community_id, coordinator = submitted(api, make_token)

    with_board_id = api.data(ROUTE, {"id": board_id}, coordinator)["routeRequest"]
    with_community_id = api.data(ROUTE, {"id": community_id}, coordinator)["routeRequest"]

    assert board_id != community_id
    assert with_board_id == {
        "request": None,
        "userErrors": [{"field": ["input", "id"], "code": "NOT_FOUND"}],
    }
    assert with_community_id == {
        "request": {"id": community_id, "status": "ROUTED"},
        "userErrors": [],
    }
