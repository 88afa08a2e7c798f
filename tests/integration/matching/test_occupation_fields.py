"""The national occupation (CSCO-2022) on jobs and in match reasons, and whether a coordinator
should route a request the router is unsure of, over GraphQL."""

from __future__ import annotations

from tests.integration.matching.factories import warehouse_job, warehouse_seeker

EMPLOYER = "聊城市顺达物流有限公司"
JOB = (
    "query ($id: ID!) { node(id: $id) { ... on JobPost { title occupationCode occupationName } } }"
)
MATCHES = """
query ($candidateId: ID!) {
  jobMatches(candidateId: $candidateId, first: 5) {
    job { id } reasons { code occupationCode occupationName }
  }
}
"""
SUBMIT = """
mutation ($input: SubmitRequestInput!) {
  submitRequest(input: $input) { request { id } userErrors { field code } }
}
"""
CREATE_REWARD = """
mutation ($input: CreateRewardInput!) {
  createReward(input: $input) { reward { id } userErrors { field code } }
}
"""
REQUESTS = """
{ communityRequests { edges { node { text suggestionConfidence suggestionNeedsCoordinator } } } }
"""


def test_a_job_carries_the_occupation_its_title_names(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    named = warehouse_job(api, recruiter, "仓库管理员")
    unnamed = warehouse_job(api, recruiter, "急招", skills=[], description="")

    assert api.data(JOB, {"id": named}, recruiter)["node"] == {
        "title": "仓库管理员",
        "occupationCode": "4-02-06-01",
        "occupationName": "仓储管理员",
    }
    assert api.data(JOB, {"id": unnamed}, recruiter)["node"] == {
        "title": "急招",
        "occupationCode": None,
        "occupationName": None,
    }


def test_the_occupation_reason_names_the_jobs_occupation_and_no_other_reason_does(api, make_token):
    recruiter = make_token("recruiter", employer=EMPLOYER)
    job = warehouse_job(api, recruiter, "仓库管理员")
    token, candidate_id = warehouse_seeker(api, make_token)

    (match,) = api.data(MATCHES, {"candidateId": candidate_id}, token)["jobMatches"]

    assert match["job"]["id"] == job
    by_code = {reason["code"]: reason for reason in match["reasons"]}
    assert by_code["occupation"] == {
        "code": "occupation",
        "occupationCode": "4-02-06-01",
        "occupationName": "仓储管理员",
    }
    others = [r for code, r in by_code.items() if code != "occupation"]
    assert others and all(r["occupationCode"] is None for r in others)


def test_a_request_the_router_cannot_read_is_left_to_a_coordinator(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区")
    api.data(CREATE_REWARD, {"input": {"name": "食用油", "points": 10}}, coordinator)
    for text in ("楼道灯坏了，晚上看不见，麻烦派人修一下", "嗯嗯嗯嗯"):
        made = api.data(SUBMIT, {"input": {"community": "御苑社区", "text": text}})
        assert made["submitRequest"]["userErrors"] == []

    edges = api.data(REQUESTS, token=coordinator)["communityRequests"]["edges"]

    seen = {edge["node"]["text"]: edge["node"] for edge in edges}
    assert seen["嗯嗯嗯嗯"]["suggestionNeedsCoordinator"] is True
    clear = seen["楼道灯坏了，晚上看不见，麻烦派人修一下"]
    assert clear["suggestionNeedsCoordinator"] is (clear["suggestionConfidence"] < 0.5)
    assert clear["suggestionNeedsCoordinator"] is False
