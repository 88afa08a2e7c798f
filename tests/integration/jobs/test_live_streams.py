"""Broadcasts: scheduling, START and END, and presenting jobs in order."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.integration.jobs.factories import (
    CREATE_LIVE_STREAM,
    close_job,
    create_live_stream,
    global_id,
    post_job,
    present_job,
    update_live_stream,
)

HENGGU = "聊城市恒固新型建材有限公司"
PET_FOOD = "聊城乖宝宠物食品有限公司"

RUNNING_ORDERS = """
{
  liveStreams {
    totalCount
    edges { node { title status jobs { position job { title } } } }
  }
}
"""

STREAM = """
query ($id: ID!) {
  node(id: $id) { ... on LiveStream { title status viewerCount jobs { position job { title } } } }
}
"""


def codes(payload):
    return [(error["field"], error["code"]) for error in payload["userErrors"]]


def running_order(api, stream_id, token=None):
    jobs = api.data(STREAM, {"id": stream_id}, token)["node"]["jobs"]
    return [(item["position"], item["job"]["title"]) for item in jobs]


@pytest.fixture
def recruiter(make_token):
    return make_token("recruiter", employer=HENGGU)


@pytest.fixture
def admin(make_token):
    return make_token("admin")


def test_a_recruiters_broadcast_belongs_to_their_employer(api, recruiter):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播", host="王主播")

    assert stream["employer"] == {"name": HENGGU}
    assert stream["status"] == "SCHEDULED"
    assert stream["host"] == "王主播"


def test_an_admins_broadcast_is_the_citys_unless_an_employer_is_named(api, admin):
    city = create_live_stream(api, admin, "聊城市春风行动直播带岗")
    company = create_live_stream(api, admin, "乖宝专场", employerName=PET_FOOD)

    assert city["employer"] is None
    assert company["employer"] == {"name": PET_FOOD}


@pytest.mark.parametrize(("title", "code"), [("  ", "REQUIRED"), ("直" * 201, "TOO_LONG")])
def test_bad_broadcast_title_is_a_user_error_and_writes_nothing(api, recruiter, title, code):
    payload = api.data(
        CREATE_LIVE_STREAM,
        {"input": {"title": title, "scheduledStart": "2023-03-01T09:00:00+08:00"}},
        recruiter,
    )["createLiveStream"]

    assert payload["liveStream"] is None
    assert codes(payload) == [(["input", "title"], code)]
    assert api.data("{ liveStreams { totalCount } }")["liveStreams"]["totalCount"] == 0


def test_a_start_time_without_offset_is_read_as_shanghai_time(api, recruiter):
    stream = create_live_stream(api, recruiter, "无时区直播", "2023-03-01T09:00:00")

    query = "query ($id: ID!) { node(id: $id) { ... on LiveStream { scheduledStart } } }"
    stored = api.data(query, {"id": stream["id"]})["node"]["scheduledStart"]
    assert datetime.fromisoformat(stored) == datetime(2023, 3, 1, 1, 0, tzinfo=UTC)


def test_a_broadcast_starts_then_ends(api, recruiter):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")

    started = update_live_stream(api, recruiter, stream["id"], action="START")
    ended = update_live_stream(api, recruiter, stream["id"], action="END")

    assert started["userErrors"] == []
    assert started["liveStream"]["status"] == "LIVE"
    assert started["liveStream"]["startedAt"] is not None
    assert started["liveStream"]["endedAt"] is None
    assert ended["userErrors"] == []
    assert ended["liveStream"]["status"] == "ENDED"
    assert ended["liveStream"]["endedAt"] >= ended["liveStream"]["startedAt"]


@pytest.mark.parametrize(
    ("earlier", "action"),
    [([], "END"), (["START"], "START"), (["START", "END"], "START"), (["START", "END"], "END")],
    ids=["end scheduled", "start twice", "restart ended", "end twice"],
)
def test_illegal_transition_is_a_user_error_and_changes_nothing(api, recruiter, earlier, action):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")
    for step in earlier:
        assert update_live_stream(api, recruiter, stream["id"], action=step)["userErrors"] == []
    before = api.data(STREAM, {"id": stream["id"]})["node"]

    payload = update_live_stream(api, recruiter, stream["id"], action=action, title="改名")

    assert payload["liveStream"] is None
    assert codes(payload) == [(["input", "action"], "INVALID_TRANSITION")]
    assert api.data(STREAM, {"id": stream["id"]})["node"] == before


def test_negative_viewer_count_is_too_small(api, recruiter):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")

    payload = update_live_stream(api, recruiter, stream["id"], viewerCount=-1)
    counted = update_live_stream(api, recruiter, stream["id"], viewerCount=1203)

    assert codes(payload) == [(["input", "viewerCount"], "TOO_SMALL")]
    assert counted["userErrors"] == []
    assert api.data(STREAM, {"id": stream["id"]})["node"]["viewerCount"] == 1203


def test_update_of_an_unknown_broadcast_is_not_found(api, recruiter):
    payload = update_live_stream(api, recruiter, global_id("JobPost", 1), action="START")

    assert codes(payload) == [(["input", "id"], "NOT_FOUND")]


def test_presented_jobs_keep_presentation_order(api, recruiter):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")
    jobs = [post_job(api, recruiter, title) for title in ("搅拌站操作员", "试验员", "司机")]
    update_live_stream(api, recruiter, stream["id"], action="START")

    payloads = [
        present_job(api, recruiter, stream["id"], job["id"]) for job in (jobs[1], jobs[0], jobs[2])
    ]

    assert [p["presentedJob"]["position"] for p in payloads] == [1, 2, 3]
    assert all(p["presentedJob"]["job"]["liveStream"]["id"] == stream["id"] for p in payloads)
    edges = api.data(RUNNING_ORDERS)["liveStreams"]["edges"]
    assert [(item["position"], item["job"]["title"]) for item in edges[0]["node"]["jobs"]] == [
        (1, "试验员"),
        (2, "搅拌站操作员"),
        (3, "司机"),
    ]


def test_broadcasts_are_listed_newest_first_each_with_its_own_jobs(api, admin):
    spring = create_live_stream(api, admin, "春季专场")
    autumn = create_live_stream(api, admin, "秋季专场")
    first = post_job(api, admin, "包装工", employerName=PET_FOOD)
    second = post_job(api, admin, "搅拌站操作员", employerName=HENGGU)
    present_job(api, admin, spring["id"], first["id"])
    present_job(api, admin, autumn["id"], second["id"])
    present_job(api, admin, autumn["id"], first["id"])

    listed = api.data(RUNNING_ORDERS)["liveStreams"]

    assert listed["totalCount"] == 2
    assert [
        (edge["node"]["title"], [(j["position"], j["job"]["title"]) for j in edge["node"]["jobs"]])
        for edge in listed["edges"]
    ] == [
        ("秋季专场", [(1, "搅拌站操作员"), (2, "包装工")]),
        ("春季专场", [(1, "包装工")]),
    ]


def test_presenting_the_same_job_twice_is_already_presented(api, recruiter):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")
    job = post_job(api, recruiter, "搅拌站操作员")
    present_job(api, recruiter, stream["id"], job["id"])

    payload = present_job(api, recruiter, stream["id"], job["id"])

    assert payload["presentedJob"] is None
    assert codes(payload) == [(["input", "jobId"], "ALREADY_PRESENTED")]
    assert running_order(api, stream["id"]) == [(1, "搅拌站操作员")]


def test_presenting_into_an_ended_broadcast_is_stream_ended(api, recruiter):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")
    job = post_job(api, recruiter, "搅拌站操作员")
    update_live_stream(api, recruiter, stream["id"], action="START")
    update_live_stream(api, recruiter, stream["id"], action="END")

    payload = present_job(api, recruiter, stream["id"], job["id"])

    assert codes(payload) == [(["input", "liveStreamId"], "STREAM_ENDED")]
    assert running_order(api, stream["id"]) == []


def test_presenting_a_closed_job_is_job_closed(api, recruiter):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")
    job = post_job(api, recruiter, "搅拌站操作员")
    close_job(api, recruiter, job["id"])

    payload = present_job(api, recruiter, stream["id"], job["id"])

    assert codes(payload) == [(["input", "jobId"], "JOB_CLOSED")]
    assert running_order(api, stream["id"], recruiter) == []


def test_a_recruiters_broadcast_cannot_present_another_employers_job(api, recruiter, admin):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")
    foreign = post_job(api, admin, "宠物食品质检员", employerName=PET_FOOD)

    payload = present_job(api, recruiter, stream["id"], foreign["id"])

    assert codes(payload) == [(["input", "jobId"], "NOT_FOUND")]
    assert running_order(api, stream["id"]) == []


def test_the_citys_broadcast_presents_jobs_of_any_employer(api, recruiter, admin):
    stream = create_live_stream(api, admin, "聊城市春风行动直播带岗")
    own = post_job(api, recruiter, "搅拌站操作员")
    foreign = post_job(api, admin, "宠物食品质检员", employerName=PET_FOOD)

    for job in (foreign, own):
        assert present_job(api, admin, stream["id"], job["id"])["userErrors"] == []

    assert running_order(api, stream["id"]) == [(1, "宠物食品质检员"), (2, "搅拌站操作员")]


@pytest.mark.parametrize(
    ("stream_id", "job_id", "field"),
    [
        ("garbage", None, "liveStreamId"),
        (global_id("LiveStream", 999), None, "liveStreamId"),
        (None, "garbage", "jobId"),
        (None, global_id("LiveStream", 1), "jobId"),
        (None, global_id("JobPost", 999), "jobId"),
    ],
    ids=["garbage stream", "missing stream", "garbage job", "stream as job", "missing job"],
)
def test_present_job_with_unknown_ids_is_not_found(api, recruiter, stream_id, job_id, field):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")
    job = post_job(api, recruiter, "搅拌站操作员")

    payload = present_job(api, recruiter, stream_id or stream["id"], job_id or job["id"])

    assert codes(payload) == [(["input", field], "NOT_FOUND")]
    assert running_order(api, stream["id"]) == []


def test_a_broadcast_hides_its_closed_jobs_from_the_public(api, recruiter, admin):
    stream = create_live_stream(api, recruiter, "恒固建材招聘直播")
    jobs = [post_job(api, recruiter, title) for title in ("搅拌站操作员", "试验员", "司机")]
    for job in jobs:
        present_job(api, recruiter, stream["id"], job["id"])

    close_job(api, recruiter, jobs[1]["id"])

    assert running_order(api, stream["id"]) == [(1, "搅拌站操作员"), (3, "司机")]
    assert running_order(api, stream["id"], admin) == [
        (1, "搅拌站操作员"),
        (2, "试验员"),
        (3, "司机"),
    ]
