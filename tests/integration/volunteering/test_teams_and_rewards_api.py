from __future__ import annotations

PROFILE = """
mutation ($input: UpsertVolunteerProfileInput!) {
  upsertVolunteerProfile(input: $input) { volunteer { id } userErrors { field code } }
}
"""
TEAMS = """
query ($community: String!) { teams(community: $community) { code name memberCount } }
"""
MEMBERS = """
query ($community: String!) { teams(community: $community) { code members { name } } }
"""
CREATE_REWARD = """
mutation ($input: CreateRewardInput!) {
  createReward(input: $input) { reward { name points stock } userErrors { field code } }
}
"""


def test_a_community_has_five_teams_and_their_members(api, make_token):
    for name, teams in (("小李", ["PARTY_WARMTH", "ELDER_CHILD_CARE"]), ("小王", ["PARTY_WARMTH"])):
        token = make_token("volunteer", name=name)
        api.data(PROFILE, {"input": {"community": "御苑社区", "teams": teams}}, token)
    coordinator = make_token("coordinator", community="御苑社区")

    teams = api.data(TEAMS, {"community": "御苑社区"})["teams"]
    members = api.data(MEMBERS, {"community": "御苑社区"}, coordinator)["teams"]
    refused = api.execute(MEMBERS, {"community": "御苑社区"})

    assert [team["name"] for team in teams] == [
        "党员暖心",
        "文明婚庆",
        "文明健康",
        "入学升学",
        "助老扶幼",
    ]
    assert {team["code"]: team["memberCount"] for team in teams}["PARTY_WARMTH"] == 2
    by_code = {team["code"]: [m["name"] for m in team["members"]] for team in members}
    assert by_code["ELDER_CHILD_CARE"] == ["小李"]
    assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_a_reward_costing_no_points_is_refused(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区")

    free = api.data(CREATE_REWARD, {"input": {"name": "毛巾", "points": 0}}, coordinator)
    fine = api.data(
        CREATE_REWARD, {"input": {"name": "毛巾", "points": 5, "stock": 3}}, coordinator
    )

    assert free["createReward"]["reward"] is None
    assert [(e["field"], e["code"]) for e in free["createReward"]["userErrors"]] == [
        (["input", "points"], "TOO_SMALL")
    ]
    assert fine["createReward"]["reward"] == {"name": "毛巾", "points": 5, "stock": 3}
    rewards = api.data("{ rewards { totalCount } }")["rewards"]["totalCount"]
    assert rewards == 1
