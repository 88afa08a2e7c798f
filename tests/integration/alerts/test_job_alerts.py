"""Job alerts: a seeker who opted in gets their new top matches from each published run that
ranks jobs for people, lists them (jobAlerts), and marks them seen (markJobAlertsSeen)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from engine.cli import main
from engine.runs.models import JobAlert
from schema.relay import parse_global_id, to_global_id
from tests.integration.matching.factories import WAREHOUSE, WAREHOUSE_SEEKER
from tests.integration.seekers.factories import applied, close_job, error_codes, post_job

LOGISTICS = "聊城市顺达物流有限公司"

PROFILE = """
mutation ($input: UpsertCandidateProfileInput!) {
  upsertCandidateProfile(input: $input) {
    candidate { id alertsEnabled needs }
    userErrors { field code }
  }
}
"""
ALERTS = """
query ($first: Int, $after: String, $unseenOnly: Boolean! = false) {
  jobAlerts(first: $first, after: $after, unseenOnly: $unseenOnly) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id score seen createdAt job { id title } } }
  }
}
"""
MARK = """
mutation ($input: MarkJobAlertsSeenInput!) {
  markJobAlertsSeen(input: $input) { marked userErrors { field code message } }
}
"""
RECOMMENDED_JOBS = """
query ($id: ID!) { recommendedJobs(candidateId: $id, first: 100) { job { id } score } }
"""
PROFILE_NODE = """
query ($id: ID!) { node(id: $id) { ... on CandidateProfile { id name alertsEnabled } } }
"""
VIEWER = "{ viewer { candidate { id alertsEnabled } } }"

# Jobs a warehouse keeper passes every hard rule of, some fitting better than others; only
# the first offers the wheelchair access one of the seekers needs.
OTHER_JOBS: dict[str, dict[str, Any]] = {
    "sorter": {"title": "电商仓储分拣员", "skills": ["分拣", "仓库管理"], "accommodations": []},
    "forklift": {"title": "叉车司机", "skills": ["叉车"], "accommodations": []},
    "service": {"title": "电商客服", "skills": ["客服", "打字"], "accommodations": []},
    "line": {"title": "普工", "skills": ["装配"], "accommodations": []},
    "cashier": {"title": "超市收银员", "skills": ["收银"], "accommodations": []},
}


@pytest.fixture
def match_run(database_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """match_run("--for", "candidates", ...): `civicmatch --database URL match-run ...`,
    in-process; it must publish."""

    def call(*argv: str) -> None:
        capsys.readouterr()
        code = main(["--database", database_url, "match-run", *argv])
        assert code == 0, capsys.readouterr().err

    return call


def profile(api, token: str, **fields: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    payload = api.data(PROFILE, {"input": fields}, token)["upsertCandidateProfile"]
    assert payload["userErrors"] == []
    return payload["candidate"]


def new_seeker(api, make_token, name: str, **fields: Any) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(token, candidate id) of a warehouse keeper with a saved profile."""
    token = make_token("seeker", name=name)
    return token, profile(api, token, name=name, **{**WAREHOUSE_SEEKER, **fields})["id"]


@pytest.fixture
def world(api, make_token) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Six jobs; Li Qiang and Sun Li (who needs wheelchair access) opted in to alerts, Wang
    Fang did not."""
    recruiter = make_token("recruiter", employer=LOGISTICS)
    jobs = {"store": post_job(api, recruiter, "仓库管理员", **WAREHOUSE)}
    for name, changes in OTHER_JOBS.items():
        jobs[name] = post_job(api, recruiter, **{**WAREHOUSE, **changes})
    li, li_id = new_seeker(api, make_token, "李强", alertsEnabled=True)
    wang, wang_id = new_seeker(api, make_token, "王芳")
    sun, sun_id = new_seeker(
        api, make_token, "孙丽", alertsEnabled=True, needs=["WHEELCHAIR_ACCESS"]
    )
    return {
        "recruiter": recruiter,
        "jobs": jobs,
        "li": (li, li_id),
        "wang": (wang, wang_id),
        "sun": (sun, sun_id),
    }


def alerts(api, token: str | None, **variables: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The jobAlerts connection, which must come without errors."""
    return api.data(ALERTS, variables, token)["jobAlerts"]


def alerted_jobs(api, token: str, **variables: Any) -> list[str]:  # type: ignore[no-untyped-def]
    return [edge["node"]["job"]["id"] for edge in alerts(api, token, **variables)["edges"]]


def alert_ids(api, token: str, **variables: Any) -> list[str]:  # type: ignore[no-untyped-def]
    return [edge["node"]["id"] for edge in alerts(api, token, **variables)["edges"]]


def mark(api, token: str | None, ids: list[str] | None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return api.data(MARK, {"input": {"ids": ids}}, token)["markJobAlertsSeen"]


def recommended(api, token: str, candidate_id: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    matches = api.data(RECOMMENDED_JOBS, {"id": candidate_id}, token)["recommendedJobs"]
    return {match["job"]["id"]: match["score"] for match in matches}


def stored_alerts(sessions: sessionmaker[Session], candidate_id: str) -> int:
    parsed = parse_global_id(candidate_id)
    assert parsed is not None
    with sessions() as session:
        return (
            session.scalar(
                select(func.count()).select_from(JobAlert).where(JobAlert.candidate_id == parsed[1])
            )
            or 0
        )


def test_opting_in_is_saved_and_shown_to_the_seeker(api, make_token):
    token = make_token("seeker", name="李强")

    created = profile(api, token, name="李强", alertsEnabled=True)
    turned_off = profile(api, token, alertsEnabled=False)
    turned_on = profile(api, token, alertsEnabled=True)

    assert (created["alertsEnabled"], turned_off["alertsEnabled"]) == (True, False)
    assert turned_on["alertsEnabled"] is True
    assert api.data(VIEWER, token=token)["viewer"]["candidate"]["alertsEnabled"] is True


def test_after_a_run_each_seeker_who_opted_in_is_alerted_to_their_top_matches(
    api, world, match_run, sessions
):
    # when
    match_run("--for", "candidates", "--top", "3")

    # then: Li Qiang's alerts are the jobs of his ranking, with their scores, all unseen
    li, li_id = world["li"]
    listed = alerts(api, li)
    ranking = recommended(api, li, li_id)
    assert len(ranking) == 3
    assert {e["node"]["job"]["id"]: e["node"]["score"] for e in listed["edges"]} == ranking
    assert listed["totalCount"] == 3
    assert {edge["node"]["seen"] for edge in listed["edges"]} == {False}
    # and: newest first
    ids = [parse_global_id(edge["node"]["id"]) for edge in listed["edges"]]
    assert ids == sorted(ids, reverse=True)
    # and: Sun Li's are her ranking as she sees it, with her needs: the one job that offers
    # wheelchair access
    sun, sun_id = world["sun"]
    assert alerted_jobs(api, sun) == list(recommended(api, sun, sun_id)) == [world["jobs"]["store"]]
    # and: Wang Fang, who did not opt in, has none, though she was ranked
    wang, wang_id = world["wang"]
    assert len(recommended(api, wang, wang_id)) == 3
    assert alerts(api, wang)["totalCount"] == 0
    assert stored_alerts(sessions, wang_id) == 0


def test_a_run_that_ranks_only_people_for_jobs_alerts_no_one(api, world, match_run, sessions):
    match_run("--for", "jobs", "--top", "3")

    li, li_id = world["li"]
    assert alerts(api, li)["totalCount"] == 0
    assert stored_alerts(sessions, li_id) == 0


def test_after_an_incremental_run_exactly_the_new_job_that_fits_is_a_new_alert(
    api, world, match_run, sessions
):
    # given: the alerts of a first run, all seen; then a second store opens
    match_run("--for", "candidates", "--top", "3")
    li, li_id = world["li"]
    first = alerted_jobs(api, li)
    assert mark(api, li, None) == {"marked": 3, "userErrors": []}
    new_store = post_job(api, world["recruiter"], "仓库管理员（新库）", **WAREHOUSE)

    # when
    match_run("--for", "candidates", "--top", "3", "--incremental")

    # then: one new, unseen alert, for the new store, listed first
    assert alerted_jobs(api, li, unseenOnly=True) == [new_store]
    assert alerted_jobs(api, li) == [new_store, *first]
    assert new_store in recommended(api, li, li_id)
    assert stored_alerts(sessions, li_id) == 4
    # and: still none for whoever did not opt in
    assert stored_alerts(sessions, world["wang"][1]) == 0


def test_a_job_already_alerted_is_not_alerted_again(api, world, match_run, sessions):
    # given
    match_run("--for", "candidates", "--top", "3")
    li, li_id = world["li"]
    before = alerts(api, li)

    # when: a full run finds the same top matches again
    match_run("--for", "candidates", "--top", "3")

    # then
    assert alerts(api, li) == before
    assert stored_alerts(sessions, li_id) == 3


def test_marking_by_ids_all_and_unseen_only(api, world, match_run):
    # given: three unseen alerts
    match_run("--for", "candidates", "--top", "3")
    li, _ = world["li"]
    newest, *older = alert_ids(api, li)

    # when: one is marked seen
    marked = mark(api, li, [newest])

    # then
    assert marked == {"marked": 1, "userErrors": []}
    assert alert_ids(api, li, unseenOnly=True) == older
    assert [edge["node"]["seen"] for edge in alerts(api, li)["edges"]] == [True, False, False]
    assert alerts(api, li, unseenOnly=True)["totalCount"] == 2
    # and: marking it again changes nothing
    assert mark(api, li, [newest]) == {"marked": 0, "userErrors": []}
    # and: with no ids, every other one is marked
    assert mark(api, li, None) == {"marked": 2, "userErrors": []}
    assert alerts(api, li, unseenOnly=True)["totalCount"] == 0
    assert alerts(api, li)["totalCount"] == 3
    assert mark(api, li, []) == {"marked": 0, "userErrors": []}


def test_someone_elses_alert_ids_change_nothing(api, world, match_run):
    # given: alerts of Li Qiang and of Sun Li
    match_run("--for", "candidates", "--top", "3")
    (li, _), (sun, _) = world["li"], world["sun"]
    his = alert_ids(api, li)

    # when: Sun Li marks his alerts, then all of hers
    by_ids = mark(api, sun, his)
    all_of_hers = mark(api, sun, None)

    # then: his are untouched, hers are seen
    assert by_ids == {"marked": 0, "userErrors": []}
    assert all_of_hers == {"marked": 1, "userErrors": []}
    assert alert_ids(api, li, unseenOnly=True) == his


def test_more_than_200_ids_are_refused_naming_ids_and_nothing_is_marked(api, world, match_run):
    # given
    match_run("--for", "candidates", "--top", "3")
    li, _ = world["li"]
    own = alert_ids(api, li)
    padding = [to_global_id("JobAlert", 10_000 + n) for n in range(201 - len(own))]

    # when
    refused = mark(api, li, own + padding)

    # then
    assert refused["marked"] is None
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [
        (["input", "ids"], "INVALID")
    ]
    assert "201" in refused["userErrors"][0]["message"]
    assert alert_ids(api, li, unseenOnly=True) == own
    # and: 200 are accepted
    assert mark(api, li, own + padding[:-1]) == {"marked": 3, "userErrors": []}


MALFORMED_IDS = {
    "garbage": "not-an-id",
    "empty": "",
    "another type": to_global_id("JobPost", 1),
    "non-numeric": "Sm9iQWxlcnQ6YWJj",  # JobAlert:abc
}


@pytest.mark.parametrize("raw", MALFORMED_IDS.values(), ids=MALFORMED_IDS.keys())
def test_malformed_ids_are_a_user_error_on_ids_and_nothing_is_marked(api, world, match_run, raw):
    # given
    match_run("--for", "candidates", "--top", "3")
    li, _ = world["li"]
    own = alert_ids(api, li)

    # when: one good id and one that is not an alert's
    body = api.execute(MARK, {"input": {"ids": [own[0], raw]}}, li)

    # then: a user error on ids, as every mutation reports an id it cannot read
    assert "errors" not in body, body["errors"]
    payload = body["data"]["markJobAlertsSeen"]
    assert payload["marked"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [
        (["input", "ids"], "NOT_FOUND")
    ]
    assert alert_ids(api, li, unseenOnly=True) == own


def test_an_alert_on_a_job_closed_since_is_no_longer_listed(api, world, match_run):
    # given
    match_run("--for", "candidates", "--top", "3")
    li, _ = world["li"]
    newest, *older = alerts(api, li)["edges"]

    # when
    close_job(api, world["recruiter"], newest["node"]["job"]["id"])

    # then
    listed = alerts(api, li)
    assert listed["edges"] == older
    assert listed["totalCount"] == 2
    assert alerts(api, li, unseenOnly=True)["totalCount"] == 2


def test_alerts_are_for_signed_in_seekers_only(api, world, match_run, make_token):
    # given
    match_run("--for", "candidates", "--top", "3")
    li, _ = world["li"]
    recruiter, admin = world["recruiter"], make_token("admin")

    # when / then: no token, or a recruiter's: refused at the top level
    for token, code in ((None, "UNAUTHENTICATED"), (recruiter, "FORBIDDEN")):
        listed = api.execute(ALERTS, {}, token)
        marked = api.execute(MARK, {"input": {"ids": None}}, token)
        assert listed["data"] is None
        assert error_codes(listed) == [code]
        assert marked["data"] is None
        assert error_codes(marked) == [code]
    # and: an admin, who has no profile of their own, has no alerts and marks none
    assert alerts(api, admin) == {
        "totalCount": 0,
        "pageInfo": {
            "hasNextPage": False,
            "hasPreviousPage": False,
            "startCursor": None,
            "endCursor": None,
        },
        "edges": [],
    }
    assert mark(api, admin, None) == {"marked": 0, "userErrors": []}
    # and: nor does a seeker without a profile
    assert alerts(api, make_token("seeker", name="新用户"))["totalCount"] == 0
    # and: Li Qiang's are still unseen
    assert alerts(api, li, unseenOnly=True)["totalCount"] == 3


def test_alerts_enabled_is_shown_to_the_seeker_and_admins_only(api, world, make_token):
    # given: Li Qiang lets employers find his profile and see his needs, and applies to a job
    li, li_id = world["li"]
    profile(api, li, visibleToEmployers=True, shareNeedsWithEmployers=True)
    applied(api, li, world["jobs"]["store"])
    other_recruiter = make_token("recruiter", employer="聊城某制药有限公司")

    # when
    def seen_by(token: str) -> dict[str, Any]:
        return api.data(PROFILE_NODE, {"id": li_id}, token)["node"]

    # then
    assert seen_by(li)["alertsEnabled"] is True
    assert seen_by(make_token("admin"))["alertsEnabled"] is True
    assert seen_by(other_recruiter) == {"id": li_id, "name": "李强", "alertsEnabled": None}
    assert seen_by(world["recruiter"]) == {"id": li_id, "name": "李强", "alertsEnabled": None}


def test_pages_of_alerts_follow_on_from_their_cursors(api, world, match_run):
    # given
    match_run("--for", "candidates", "--top", "3")
    li, _ = world["li"]
    every = alert_ids(api, li)

    # when
    first = alerts(api, li, first=2)
    rest = alerts(api, li, first=2, after=first["pageInfo"]["endCursor"])
    none = alerts(api, li, first=0)

    # then
    assert [edge["node"]["id"] for edge in first["edges"] + rest["edges"]] == every
    assert (first["pageInfo"]["hasNextPage"], rest["pageInfo"]["hasNextPage"]) == (True, False)
    assert rest["pageInfo"]["hasPreviousPage"] is True
    assert (none["edges"], none["totalCount"]) == ([], 3)


@pytest.mark.parametrize("first", [-1, 201])
def test_first_outside_0_to_200_is_refused(api, world, first):
    body = api.execute(ALERTS, {"first": first}, world["li"][0])

    assert body["data"] is None
    assert error_codes(body) == ["INVALID"]
    assert body["errors"][0]["message"] == "first: 应在 0 到 200 之间"


@pytest.mark.parametrize(
    "after",
    ["garbage", "", to_global_id("JobAlert", 1), "Y3Vyc29yOng="],  # the last: cursor:x
    ids=["garbage", "empty", "node id", "non-numeric"],
)
def test_a_cursor_not_given_by_job_alerts_is_refused(api, world, after):
    body = api.execute(ALERTS, {"first": 5, "after": after}, world["li"][0])

    assert body["data"] is None
    assert error_codes(body) == ["INVALID"]
    assert body["errors"][0]["message"].startswith("after: ")
