"""Loads the demo of 御苑社区's volunteer programme through the normal importers and services:
tasks, volunteers, the rewards catalogue, and anonymous requests at different stages.

Each request carries the router's suggestion in the file, as `submit_request` would have
stored it: routing them here would load scikit-learn, a second of every fresh start-up.
tests/unit/seeds checks that the suggestions are still what the router says.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engine.accounts.actor import OPERATOR
from engine.accounts.tokens import digest
from engine.io.summary import ImportSummary
from engine.io.volunteering_files import import_tasks, import_volunteers
from engine.volunteering.communities import community_id
from engine.volunteering.request_models import AnonymousRequest, RequestStatus
from engine.volunteering.requests import (
    make_task,
    new_follow_up_code,
    post_update,
    route_request,
)
from engine.volunteering.rewards import import_rewards
from matchers.vocabulary import TaskCategory, VolunteerTeam

DATA = Path(__file__).parent / "data"
TAKEN_UP = (RequestStatus.ROUTED, RequestStatus.IN_PROGRESS, RequestStatus.RESOLVED)


def load_volunteer_demo(*, session: Session) -> dict[str, ImportSummary]:
    summaries: dict[str, ImportSummary] = {}
    for name, importer in (
        ("volunteer_tasks.jsonl", import_tasks),
        ("volunteers.jsonl", import_volunteers),
        ("rewards.jsonl", import_rewards),
    ):
        with (DATA / name).open("rb") as stream:
            summaries[name] = importer(session=session, stream=stream, source=name)
    summaries["anonymous_requests.jsonl"] = _requests(session)
    return summaries


def _requests(session: Session) -> ImportSummary:
    """Requests have no external id to upsert by: they are loaded into an empty table only."""
    if session.scalar(select(func.count()).select_from(AnonymousRequest)):
        return ImportSummary(created=0, updated=0)
    lines = (DATA / "anonymous_requests.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    for row in rows:
        request = _submitted(session, row)
        status = RequestStatus(row["status"])
        if status not in TAKEN_UP or row.get("team") is None:
            continue
        route_request(
            session=session,
            actor=OPERATOR,
            request_id=request.id,
            team=row["team"],
            category=row["category"],
        )
        if status is not RequestStatus.ROUTED:
            _task_for(session, request.id, row)
        updates = row.get("updates") or []
        for number, update in enumerate(updates, start=1):
            post_update(
                session=session,
                actor=OPERATOR,
                request_id=request.id,
                message=update["message"],
                resolve=status is RequestStatus.RESOLVED and number == len(updates),
            )
    return ImportSummary(created=len(rows), updated=0)


def _submitted(session: Session, row: dict[str, Any]) -> AnonymousRequest:
    """The request as `submit_request` stores it, with the file's suggestion."""
    suggestion = row["suggestion"]
    request = AnonymousRequest(
        community_id=community_id(session=session, name=row["community"]),
        text=row["text"].strip(),
        follow_up_digest=digest(new_follow_up_code()),
        status=RequestStatus.SUBMITTED,
        suggested_team=None if suggestion["team"] is None else VolunteerTeam(suggestion["team"]),
        suggested_category=TaskCategory(suggestion["category"]),
        suggestion_confidence=suggestion["confidence"],
    )
    session.add(request)
    session.flush()
    return request


def _task_for(session: Session, request_id: int, row: dict[str, object]) -> None:
    """The task a coordinator made of the request: two hours, three days after it came in."""
    submitted = datetime.fromisoformat(str(row["submitted_at"]))
    starts = (submitted + timedelta(days=3)).replace(hour=9, minute=0, second=0)
    make_task(
        session=session,
        actor=OPERATOR,
        request_id=request_id,
        data={
            "title": f"红便签：{str(row['text'])[:24]}",
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=2),
            "slots": 2,
        },
    )
