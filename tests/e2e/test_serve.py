from __future__ import annotations

import json
from pathlib import Path

FAIR = "zbdg-20230301"
SEED_LIVESTREAMS = Path(__file__).resolve().parents[2] / "seeds" / "data" / "livestreams.jsonl"

LIVE_STREAMS = """
{
  liveStreams(first: 50) {
    totalCount
    edges { node { externalId title status jobs(first: 50) { position job { externalId title } } } }
  }
}
"""


def seeded_running_order(stream_id: str) -> list[str]:
    for line in SEED_LIVESTREAMS.read_text(encoding="utf-8").splitlines():
        stream = json.loads(line)
        if stream["id"] == stream_id:
            return [item["job"] for item in stream["jobs"]]
    raise AssertionError(f"{stream_id} is not in the seeds")


def test_serve_without_database_creates_civicmatch_db_in_the_working_directory(demo_server):
    assert (demo_server.cwd / "civicmatch.db").is_file()
    assert "新数据库，已载入演示数据" in (demo_server.cwd / "server.log").read_text()


def test_a_fresh_server_is_filled_with_the_demo_jobs(demo_server):
    data = demo_server.data(
        '{ jobs(first: 100, filter: { search: "搅拌站操作员" }) '
        "{ totalCount edges { node { title education salaryMin salaryMax } } } "
        "all: jobs { totalCount } }"
    )

    assert data["all"]["totalCount"] >= 20
    assert {
        "title": "搅拌站操作员",
        "education": "SECONDARY_VOCATIONAL",
        "salaryMin": 4500,
        "salaryMax": 6000,
    } in [edge["node"] for edge in data["jobs"]["edges"]]


def test_the_2023_03_01_fair_lists_its_jobs_in_presentation_order(demo_server):
    streams = demo_server.data(LIVE_STREAMS)["liveStreams"]

    fair = next(edge["node"] for edge in streams["edges"] if edge["node"]["externalId"] == FAIR)
    assert streams["totalCount"] >= 2
    assert fair["status"] == "ENDED"
    assert [item["job"]["externalId"] for item in fair["jobs"]] == seeded_running_order(FAIR)
    assert [item["position"] for item in fair["jobs"]] == list(range(1, len(fair["jobs"]) + 1))
    assert len(fair["jobs"]) >= 20


def test_graphiql_is_served_to_browsers(demo_server):
    response = demo_server.http.get("/graphql", headers={"Accept": "text/html"})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "graphiql" in response.text.lower()


def test_the_root_redirects_to_graphql(demo_server):
    response = demo_server.http.get("/", follow_redirects=False)

    assert response.status_code in (302, 307)
    assert response.headers["location"].endswith("/graphql")


JOBS_FOR_TEXT = """
query ($text: String!) {
  jobsForText(text: $text, first: 5) {
    profile { needs skills stated }
    matches { score job { title accommodations } reasons { code message } }
  }
}
"""


def test_a_viewer_in_a_wheelchair_is_answered_with_accessible_jobs_over_http(demo_server):
    result = demo_server.data(
        JOBS_FOR_TEXT, {"text": "我坐轮椅，会用电脑打字，有适合我的工作吗？"}
    )["jobsForText"]

    assert result["profile"]["needs"] == ["WHEELCHAIR_ACCESS"]
    assert "needs" in result["profile"]["stated"]
    assert result["matches"], "the demo data has accessible jobs"
    for match in result["matches"]:
        assert "WHEELCHAIR_ACCESS" in match["job"]["accommodations"]
        assert 0.0 <= match["score"] <= 1.0
    scores = [match["score"] for match in result["matches"]]
    assert scores == sorted(scores, reverse=True)
