"""Sign-ups: slots are never exceeded, also under 50 concurrent sign-ups; a waitlist beyond
them; a cancellation promotes the first in line; no one is in two overlapping tasks."""

from __future__ import annotations

import io
import json
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from engine.accounts.actor import Actor
from engine.accounts.models import Account, Role
from engine.db import transaction
from engine.errors import DomainError, NotFound
from engine.io.volunteering_files import import_tasks, import_volunteers
from engine.volunteering.models import SignUp, SignUpStatus, Task, Volunteer
from engine.volunteering.signups import cancel_sign_up, sign_up

SOON = datetime.now(UTC) + timedelta(days=7)


def task_line(id: str, *, slots: int = 1, start: datetime = SOON, hours: int = 2) -> dict:
    return {
        "id": id,
        "title": f"楼道清理{id}",
        "category": "environment",
        "community": "御苑社区",
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=hours)).isoformat(),
        "slots": slots,
    }


def load(sessions, importer, rows: list[dict]) -> None:
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    with transaction(sessions) as session:
        importer(session=session, stream=io.BytesIO(text.encode()), source="file.jsonl")


def volunteers(sessions, count: int) -> list[Actor]:
    """`count` volunteers, each with an account of their own."""
    load(
        sessions,
        import_volunteers,
        [{"id": f"v{n:02d}", "name": f"志愿者{n}"} for n in range(count)],
    )
    actors = []
    with transaction(sessions) as session:
        for volunteer in session.scalars(select(Volunteer).order_by(Volunteer.external_id)):
            account = Account(role=Role.VOLUNTEER, name=volunteer.name)
            session.add(account)
            session.flush()
            volunteer.account_id = account.id
            actors.append(Actor(account_id=account.id, role=Role.VOLUNTEER))
    return actors


def task_id(sessions, external_id: str) -> int:
    with sessions() as session:
        return session.scalar(select(Task.id).where(Task.external_id == external_id))


def statuses(sessions, task: int) -> list[SignUpStatus]:
    with sessions() as session:
        return list(
            session.scalars(select(SignUp.status).where(SignUp.task_id == task).order_by(SignUp.id))
        )


def join(sessions, actor: Actor, task: int) -> SignUp:
    with transaction(sessions) as session:
        return sign_up(session=session, actor=actor, task_id=task)


def test_fifty_concurrent_sign_ups_for_the_last_slot_confirm_exactly_one(sessions):
    load(sessions, import_tasks, [task_line("t1", slots=1)])
    people = volunteers(sessions, 50)
    task = task_id(sessions, "t1")
    start = threading.Barrier(len(people))
    failures: list[BaseException] = []

    def attempt(actor: Actor) -> None:
        start.wait()
        try:
            join(sessions, actor, task)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=attempt, args=(actor,)) for actor in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert failures == []
    result = statuses(sessions, task)
    assert result.count(SignUpStatus.CONFIRMED) == 1
    assert result.count(SignUpStatus.WAITLISTED) == 49
    with sessions() as session:
        assert session.get(Task, task).confirmed == 1


def test_a_cancellation_promotes_the_first_in_line(sessions):
    load(sessions, import_tasks, [task_line("t1", slots=1)])
    first, second, third = volunteers(sessions, 3)
    task = task_id(sessions, "t1")
    confirmed = join(sessions, first, task)
    join(sessions, second, task)
    join(sessions, third, task)

    with transaction(sessions) as session:
        cancel_sign_up(session=session, actor=first, sign_up_id=confirmed.id)

    assert statuses(sessions, task) == [
        SignUpStatus.CANCELLED,
        SignUpStatus.CONFIRMED,
        SignUpStatus.WAITLISTED,
    ]


def test_no_one_signs_up_for_two_overlapping_tasks(sessions):
    load(
        sessions,
        import_tasks,
        [
            task_line("morning", slots=3),
            task_line("overlapping", slots=3, start=SOON + timedelta(hours=1)),
            task_line("afterwards", slots=3, start=SOON + timedelta(hours=2)),
        ],
    )
    (person,) = volunteers(sessions, 1)
    join(sessions, person, task_id(sessions, "morning"))

    with pytest.raises(DomainError) as refused:
        join(sessions, person, task_id(sessions, "overlapping"))
    join(sessions, person, task_id(sessions, "afterwards"))  # starts as the first one ends

    assert refused.value.code == "OVERLAP"
    assert statuses(sessions, task_id(sessions, "overlapping")) == []


def test_signing_up_twice_is_refused(sessions):
    load(sessions, import_tasks, [task_line("t1", slots=2)])
    (person,) = volunteers(sessions, 1)
    task = task_id(sessions, "t1")
    join(sessions, person, task)

    with pytest.raises(DomainError) as refused:
        join(sessions, person, task)

    assert refused.value.code == "ALREADY_SIGNED_UP"
    assert statuses(sessions, task) == [SignUpStatus.CONFIRMED]


def test_a_task_that_has_started_takes_no_sign_ups(sessions):
    load(sessions, import_tasks, [task_line("past", start=datetime.now(UTC) - timedelta(days=1))])
    (person,) = volunteers(sessions, 1)

    with pytest.raises(DomainError) as refused:
        join(sessions, person, task_id(sessions, "past"))

    assert refused.value.code == "TASK_CLOSED"


def test_a_volunteer_cannot_cancel_someone_elses_place(sessions):
    load(sessions, import_tasks, [task_line("t1", slots=2)])
    owner, other = volunteers(sessions, 2)
    entry = join(sessions, owner, task_id(sessions, "t1"))

    with pytest.raises(NotFound), transaction(sessions) as session:
        cancel_sign_up(session=session, actor=other, sign_up_id=entry.id)

    with sessions() as session:
        assert (
            session.scalar(select(func.count()).where(SignUp.status == SignUpStatus.CONFIRMED)) == 1
        )
