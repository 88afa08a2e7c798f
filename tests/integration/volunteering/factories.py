"""Builders shared by the attendance, ledger and rewards tests."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from engine.accounts.actor import Actor
from engine.accounts.models import Account, Role
from engine.db import transaction
from engine.io.volunteering_files import import_tasks, import_volunteers
from engine.volunteering.communities import community_id
from engine.volunteering.ledger import award
from engine.volunteering.models import Task, Volunteer
from engine.volunteering.rewards import import_rewards
from engine.volunteering.signups import sign_up

COMMUNITY = "御苑社区"
SOON = datetime.now(UTC) + timedelta(days=7)
LATER = SOON + timedelta(days=1)
ADMIN = Actor(role=Role.ADMIN, name="admin")


def coordinator(community: str = COMMUNITY) -> Actor:
    return Actor(role=Role.COORDINATOR, name="协调员", community=community)


def lines(rows: list[dict]) -> io.BytesIO:
    return io.BytesIO("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode())


def people(
    sessions: sessionmaker[Session], count: int, *, community: str = COMMUNITY, prefix: str = "v"
) -> list[tuple[Actor, int]]:
    """`count` volunteers with accounts of their own: (actor, volunteer id) each."""
    rows = [
        {"id": f"{prefix}{n:02d}", "name": f"志愿者{n}", "community": community}
        for n in range(count)
    ]
    with transaction(sessions) as session:
        import_volunteers(session=session, stream=lines(rows), source="volunteers.jsonl")
    made = []
    with transaction(sessions) as session:
        for volunteer in session.scalars(
            select(Volunteer)
            .where(Volunteer.external_id.in_([row["id"] for row in rows]))
            .order_by(Volunteer.external_id)
        ):
            account = Account(role=Role.VOLUNTEER, name=volunteer.name)
            session.add(account)
            session.flush()
            volunteer.account_id = account.id
            made.append((Actor(account_id=account.id, role=Role.VOLUNTEER), volunteer.id))
    return made


def task(
    sessions: sessionmaker[Session],
    external_id: str,
    *,
    points: int = 10,
    slots: int = 5,
    community: str = COMMUNITY,
    start: datetime = SOON,
) -> int:
    row = {
        "id": external_id,
        "title": f"关爱老人{external_id}",
        "category": "care_vulnerable",
        "community": community,
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=2)).isoformat(),
        "slots": slots,
        "points": points,
    }
    with transaction(sessions) as session:
        import_tasks(session=session, stream=lines([row]), source="tasks.jsonl")
    with sessions() as session:
        return session.scalar(select(Task.id).where(Task.external_id == external_id))


def join(sessions: sessionmaker[Session], actor: Actor, task_id: int) -> int:
    with transaction(sessions) as session:
        return sign_up(session=session, actor=actor, task_id=task_id).id


def give_points(
    sessions: sessionmaker[Session], volunteer_id: int, points: int, community: str = COMMUNITY
) -> None:
    with transaction(sessions) as session:
        award(
            session=session,
            volunteer_id=volunteer_id,
            community_id=community_id(session=session, name=community),
            points=points,
            memo="测试积分",
        )


def rewards(sessions: sessionmaker[Session], rows: list[dict]) -> None:
    with transaction(sessions) as session:
        import_rewards(session=session, stream=lines(rows), source="rewards.jsonl")
