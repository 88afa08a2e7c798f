"""Campaigns and broadcast figures through the GraphQL API, and campaign in livestreams.jsonl."""

from __future__ import annotations

import json
from typing import Any

import pytest

from engine.cli import main
from tests.integration.jobs.factories import (
    create_live_stream,
    global_id,
    post_job,
    present_job,
    update_live_stream,
)
from tests.integration.jobs.test_questions import ask
from tests.integration.seekers.factories import apply, error_codes, seeker

HENGGU = "聊城市恒固新型建材有限公司"
PET_FOOD = "聊城乖宝宠物食品有限公司"
SPRING = "2023年春风行动"
AID_MONTH = "2026年就业援助月"

FIGURES = """
viewersNow viewerVisits peakViewers reportedViewers questionsAsked
jobsPresented companiesPresented openings applications
"""

BROADCAST = f"""
query ($id: ID!) {{
  node(id: $id) {{ ... on LiveStream {{ title campaign figures {{ {FIGURES} }} }} }}
}}
"""

CAMPAIGN_FIELDS = """
campaign broadcasts viewerVisits peakViewers reportedViewers questionsAsked
jobsPresented companiesPresented openings applications
"""

CAMPAIGNS = f"{{ campaigns {{ {CAMPAIGN_FIELDS} }} }}"

CAMPAIGN_FIGURES = f"""
query ($campaign: String!) {{ campaignFigures(campaign: $campaign) {{ {CAMPAIGN_FIELDS} }} }}
"""

JOBS_FOR_TEXT = """
query ($text: String!, $liveStreamId: ID) {
  jobsForText(text: $text, liveStreamId: $liveStreamId) { matches { job { title } } }
}
"""

TEXT = "26岁，中专毕业，想找个包住的工作，有岗位吗？"


def broadcast(api: Any, stream_id: str) -> dict[str, Any]:
    return api.data(BROADCAST, {"id": stream_id})["node"]


def figures(api: Any, stream_id: str) -> dict[str, Any]:
    return broadcast(api, stream_id)["figures"]


def presented(api: Any, token: str, stream_id: str, *job_ids: str) -> None:
    for job_id in job_ids:
        assert present_job(api, token, stream_id, job_id)["userErrors"] == []


def records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def admin(make_token) -> str:  # type: ignore[no-untyped-def]
    return make_token("admin")


@pytest.fixture
def recruiter(make_token) -> str:  # type: ignore[no-untyped-def]
    return make_token("recruiter", employer=HENGGU)


def test_a_broadcast_names_its_campaign_and_can_move_to_another(api, admin):
    stream = create_live_stream(api, admin, "第三场", campaign=SPRING)
    loose = create_live_stream(api, admin, "恒固专场")

    moved = update_live_stream(api, admin, stream["id"], campaign=AID_MONTH)
    blank = update_live_stream(api, admin, loose["id"], campaign="  ")

    assert moved["userErrors"] == []
    assert broadcast(api, stream["id"])["campaign"] == AID_MONTH
    assert [(error["field"], error["code"]) for error in blank["userErrors"]] == [
        (["input", "campaign"], "REQUIRED")
    ]
    assert broadcast(api, loose["id"])["campaign"] is None
    assert update_live_stream(api, admin, stream["id"], campaign=None)["userErrors"] == []
    assert broadcast(api, stream["id"])["campaign"] is None


def test_a_broadcasts_figures_count_what_it_drew(api, admin, recruiter, make_token):
    stream = create_live_stream(api, admin, "第三场", campaign=SPRING)
    other = create_live_stream(api, admin, "第四场")
    mixer = post_job(api, recruiter, "搅拌站操作员", headcount=3, salaryMin=4500, salaryMax=6000)
    driver = post_job(api, recruiter, "罐车司机", headcount=2)
    packer = post_job(api, make_token("recruiter", employer=PET_FOOD), "包装工", headcount=4)
    presented(api, admin, stream["id"], mixer["id"], driver["id"], packer["id"])
    presented(api, admin, other["id"], driver["id"])
    ask(api, mixer["id"], "工资多少？", liveStreamId=stream["id"])
    ask(api, driver["id"], "周末双休吗？", liveStreamId=stream["id"])
    ask(api, driver["id"], "周末双休吗？")
    wang, _ = seeker(api, make_token, "王晓梅")
    li, _ = seeker(api, make_token, "李强")
    assert apply(api, wang, mixer["id"], liveStreamId=stream["id"])["userErrors"] == []
    assert apply(api, li, mixer["id"])["userErrors"] == []
    assert apply(api, li, driver["id"], liveStreamId=other["id"])["userErrors"] == []
    update_live_stream(api, admin, stream["id"], viewerCount=36418)

    assert figures(api, stream["id"]) == {
        "viewersNow": 0,
        "viewerVisits": 0,
        "peakViewers": 0,
        "reportedViewers": 36418,
        "questionsAsked": 2,
        "jobsPresented": 3,
        "companiesPresented": 2,
        "openings": 9,
        "applications": 1,
    }
    assert figures(api, other["id"])["applications"] == 1


def test_campaigns_add_up_their_broadcasts_in_order_of_the_first(api, admin, recruiter):
    aid = create_live_stream(api, admin, "援助月第一场", campaign=AID_MONTH)
    first = create_live_stream(api, admin, "第三场", campaign=SPRING)
    second = create_live_stream(api, admin, "第五场", campaign=SPRING)
    create_live_stream(api, admin, "恒固专场")
    mixer = post_job(api, recruiter, "搅拌站操作员", headcount=3)
    driver = post_job(api, recruiter, "罐车司机", headcount=2)
    presented(api, admin, first["id"], mixer["id"])
    presented(api, admin, second["id"], mixer["id"], driver["id"])
    presented(api, admin, aid["id"], driver["id"])
    update_live_stream(api, admin, first["id"], viewerCount=100)
    update_live_stream(api, admin, second["id"], viewerCount=50)
    ask(api, mixer["id"], "包住吗？", liveStreamId=second["id"])

    campaigns = api.data(CAMPAIGNS)["campaigns"]

    assert [campaign["campaign"] for campaign in campaigns] == [AID_MONTH, SPRING]
    spring = {
        "campaign": SPRING,
        "broadcasts": 2,
        "viewerVisits": 0,
        "peakViewers": 0,
        "reportedViewers": 150,
        "questionsAsked": 1,
        "jobsPresented": 2,
        "companiesPresented": 1,
        "openings": 5,
        "applications": 0,
    }
    assert campaigns[1] == spring
    assert api.data(CAMPAIGN_FIGURES, {"campaign": SPRING})["campaignFigures"] == spring


def test_an_unknown_campaign_is_an_error_naming_the_campaign(api, admin):
    create_live_stream(api, admin, "第三场", campaign=SPRING)

    body = api.execute(CAMPAIGN_FIGURES, {"campaign": "nope"})

    assert body["data"] is None
    assert error_codes(body) == ["NOT_FOUND"]
    assert body["errors"][0]["message"] == "campaign: 活动“nope”下没有直播"


def test_a_chat_message_read_during_a_broadcast_counts_among_its_questions(api, admin, recruiter):
    stream = create_live_stream(api, admin, "第三场")
    post_job(api, recruiter, "普工", housing=True)

    during = api.data(JOBS_FOR_TEXT, {"text": TEXT, "liveStreamId": stream["id"]})
    api.data(JOBS_FOR_TEXT, {"text": TEXT})
    unknown = api.execute(
        JOBS_FOR_TEXT, {"text": TEXT, "liveStreamId": global_id("LiveStream", 987_654)}
    )
    not_a_broadcast = api.execute(
        JOBS_FOR_TEXT, {"text": TEXT, "liveStreamId": global_id("JobPost", 1)}
    )

    assert [match["job"]["title"] for match in during["jobsForText"]["matches"]] == ["普工"]
    assert (error_codes(unknown), error_codes(not_a_broadcast)) == (["NOT_FOUND"], ["NOT_FOUND"])
    assert figures(api, stream["id"])["questionsAsked"] == 1


def test_campaigns_survive_the_livestreams_file_round_trip(api, admin, database_url, tmp_path):
    create_live_stream(api, admin, "第三场", campaign=SPRING)
    create_live_stream(api, admin, "恒固专场")
    exported, again = tmp_path / "livestreams.jsonl", tmp_path / "again.jsonl"
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"

    assert main(["export", "livestreams", "--out", str(exported), "--database", database_url]) == 0
    assert main(["import", "livestreams", str(exported), "--create", "--database", fresh]) == 0
    assert main(["export", "livestreams", "--out", str(again), "--database", fresh]) == 0

    given = records(exported.read_text(encoding="utf-8"))
    assert [(line["title"], line["campaign"]) for line in given] == [
        ("第三场", SPRING),
        ("恒固专场", None),
    ]
    assert again.read_bytes() == exported.read_bytes()

    changed = tmp_path / "changed.jsonl"
    lines = [given[0] | {"campaign": AID_MONTH}, given[1] | {"campaign": SPRING}]
    changed.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert main(["import", "livestreams", str(changed), "--database", database_url]) == 0
    assert [c["campaign"] for c in api.data(CAMPAIGNS)["campaigns"]] == [AID_MONTH, SPRING]
