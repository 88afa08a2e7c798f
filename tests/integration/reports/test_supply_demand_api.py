"""`supplyDemand` over GraphQL: the same figures as the command, for admins only, and the
runs it refuses, naming runId."""

from __future__ import annotations

from typing import Any

import pytest

from engine.db import transaction
from engine.runs.models import MatchRun, RunKind, RunStatus
from schema.relay import to_global_id
from tests.integration.reports.city import BY_DISTRICT, BY_OCCUPATION, EMPLOYER, TOTAL, build

PEOPLE = "seeking matched withoutMatch"
ROW = f"""
key name jobs openings jobsUnmatched jobsWithoutQualifiedPeople
people {{ {PEOPLE} }} recentGraduates {{ {PEOPLE} }} withNeeds {{ {PEOPLE} }}
"""
SUPPLY_DEMAND = f"""
query ($runId: ID) {{
  supplyDemand(runId: $runId) {{
    run {{ number kind status finishedAt }}
    currentYear minimumCell
    total {{ {ROW} }}
    byOccupation {{ {ROW} }}
    byDistrict {{ {ROW} }}
  }}
}}
"""


def as_served(row: dict[str, Any]) -> dict[str, Any]:
    """A row of the command's JSON as GraphQL spells it."""

    def people(counts: dict[str, Any]) -> dict[str, Any]:
        return {
            "seeking": counts["seeking"],
            "matched": counts["matched"],
            "withoutMatch": counts["without_match"],
        }

    return {
        "key": row["key"],
        "name": row["name"],
        "jobs": row["jobs"],
        "openings": row["openings"],
        "jobsUnmatched": row["jobs_unmatched"],
        "jobsWithoutQualifiedPeople": row["jobs_without_qualified_people"],
        "people": people(row["people"]),
        "recentGraduates": people(row["recent_graduates"]),
        "withNeeds": people(row["with_needs"]),
    }


def test_an_admin_reads_the_figures_worked_out_by_hand(cli, sessions, api, make_token):
    # given
    build(sessions)
    assert cli("match-run", "--for", "both").code == 0
    admin = make_token("admin")

    # when
    newest = api.data(SUPPLY_DEMAND, {}, admin)["supplyDemand"]
    named = api.data(SUPPLY_DEMAND, {"runId": to_global_id("MatchRun", 1)}, admin)

    # then
    assert newest == named["supplyDemand"]
    assert newest["run"]["number"] == 1
    assert (newest["run"]["kind"], newest["run"]["status"]) == ("both", "published")
    assert newest["run"]["finishedAt"]
    assert newest["minimumCell"] == 3
    assert newest["total"] == as_served(TOTAL)
    assert newest["byOccupation"] == [as_served(row) for row in BY_OCCUPATION]
    assert newest["byDistrict"] == [as_served(row) for row in BY_DISTRICT]


@pytest.mark.parametrize(
    ("role", "code"),
    [(None, "UNAUTHENTICATED"), ("recruiter", "FORBIDDEN"), ("seeker", "FORBIDDEN")],
)
def test_only_admins_may_read_it(cli, sessions, api, make_token, role, code):
    build(sessions)
    assert cli("match-run", "--for", "both").code == 0
    options = {"employer": EMPLOYER} if role == "recruiter" else {}
    token = None if role is None else make_token(role, **options)

    body = api.execute(SUPPLY_DEMAND, {}, token)

    assert body["data"] is None
    assert [error["extensions"]["code"] for error in body["errors"]] == [code]


def test_without_a_published_run_it_is_an_error(api, make_token):
    body = api.execute(SUPPLY_DEMAND, {}, make_token("admin"))

    assert body["data"] is None
    assert [error["extensions"]["code"] for error in body["errors"]] == ["NO_PUBLISHED_RUN"]


@pytest.mark.parametrize(
    ("run_id", "code"),
    [
        (to_global_id("MatchRun", 9), "NOT_FOUND"),
        (to_global_id("JobPost", 1), "NOT_FOUND"),
        ("not an id", "NOT_FOUND"),
        (to_global_id("MatchRun", 2), "CONFLICT"),  # running
    ],
)
def test_a_run_that_cannot_be_reported_on_is_refused_naming_run_id(
    cli, sessions, api, make_token, run_id, code
):
    # given: a published run and a running one
    build(sessions)
    assert cli("match-run", "--for", "both").code == 0
    with transaction(sessions) as session:
        session.add(
            MatchRun(
                kind=RunKind.BOTH,
                top=10,
                parameters={"current_year": 2026},
                matcher_version="test",
                status=RunStatus.RUNNING,
                counts={},
                host="elsewhere",
            )
        )

    # when
    body = api.execute(SUPPLY_DEMAND, {"runId": run_id}, make_token("admin"))

    # then
    assert body["data"] is None
    [error] = body["errors"]
    assert error["extensions"]["code"] == code
    assert error["message"].startswith("runId: ")
