"""node(id): job posts, employers and broadcasts by global id, and who may see closed jobs."""

from __future__ import annotations

import pytest

from tests.integration.jobs.factories import close_job, create_live_stream, global_id, post_job

HENGGU = "聊城市恒固新型建材有限公司"

NODE = """
query ($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on JobPost { title jobStatus: status employer { name } }
    ... on Employer { name }
    ... on LiveStream { title streamStatus: status }
  }
}
"""


def node(api, id, token=None):
    return api.data(NODE, {"id": id}, token)["node"]


@pytest.fixture
def recruiter(make_token):
    return make_token("recruiter", employer=HENGGU)


def test_node_returns_a_job_post_by_its_global_id(api, recruiter):
    job = post_job(api, recruiter, "搅拌站操作员")

    assert node(api, job["id"]) == {
        "__typename": "JobPost",
        "id": job["id"],
        "title": "搅拌站操作员",
        "jobStatus": "OPEN",
        "employer": {"name": HENGGU},
    }


def test_node_returns_an_employer_by_its_global_id(api, recruiter):
    employer_id = post_job(api, recruiter, "搅拌站操作员")["employer"]["id"]

    assert node(api, employer_id) == {"__typename": "Employer", "id": employer_id, "name": HENGGU}


def test_node_returns_a_live_stream_by_its_global_id(api, recruiter):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")

    assert node(api, stream["id"]) == {
        "__typename": "LiveStream",
        "id": stream["id"],
        "title": "恒固建材招聘直播",
        "streamStatus": "SCHEDULED",
    }


def test_ids_of_different_types_with_the_same_key_are_different_nodes(api, recruiter):
    job = post_job(api, recruiter, "搅拌站操作员")
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")

    assert job["id"] == global_id("JobPost", 1)
    assert stream["id"] == global_id("LiveStream", 1)
    assert node(api, job["id"])["__typename"] == "JobPost"
    assert node(api, stream["id"])["__typename"] == "LiveStream"


@pytest.mark.parametrize(
    "raw_id",
    [
        "garbage",
        "",
        global_id("JobPost", 404),
        global_id("Employer", 404),
        global_id("LiveStream", 404),
        global_id("Nothing", 1),
        global_id("JobPost", "one"),
        global_id("JobPost", 2**63),
    ],
    ids=["garbage", "empty", "job", "employer", "stream", "type", "key", "beyond 64 bits"],
)
def test_node_of_an_unknown_id_is_null(api, recruiter, raw_id):
    post_job(api, recruiter, "搅拌站操作员")

    assert node(api, raw_id) is None


def test_a_closed_job_is_null_for_anonymous_visitors(api, recruiter):
    job = post_job(api, recruiter, "搅拌站操作员")
    close_job(api, recruiter, job["id"])

    assert node(api, job["id"]) is None


def test_a_closed_job_is_null_for_seekers_and_other_employers(api, recruiter, make_token):
    job = post_job(api, recruiter, "搅拌站操作员")
    close_job(api, recruiter, job["id"])

    assert node(api, job["id"], make_token("seeker")) is None
    assert node(api, job["id"], make_token("recruiter", employer="别家公司")) is None


def test_a_closed_job_stays_visible_to_its_employers_recruiters_and_admins(
    api, recruiter, make_token
):
    job = post_job(api, recruiter, "搅拌站操作员")
    close_job(api, recruiter, job["id"])
    colleague = make_token("recruiter", employer=HENGGU)

    assert node(api, job["id"], recruiter)["jobStatus"] == "CLOSED"
    assert node(api, job["id"], colleague)["jobStatus"] == "CLOSED"
    assert node(api, job["id"], make_token("admin"))["jobStatus"] == "CLOSED"
