"""Check-in with the task's code, check-out with hours, completion awarding points once,
no-shows, and the service record (志愿服务记录)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from engine.db import transaction
from engine.errors import DomainError, PermissionDenied
from engine.volunteering import attendance
from engine.volunteering.attendance import (
    CODE_ALPHABET,
    check_in,
    check_in_code,
    check_out,
    complete,
    mark_no_show,
    service_record,
)
from engine.volunteering.ledger import balance, unbalanced_transactions
from engine.volunteering.ledger_models import LedgerTransaction
from engine.volunteering.models import SignUp, SignUpStatus
from tests.integration.volunteering.factories import (
    ADMIN,
    LATER,
    coordinator,
    join,
    people,
    task,
)


def code_of(sessions, task_id: int, actor=None) -> str:
    with transaction(sessions) as session:
        return check_in_code(session=session, actor=actor or coordinator(), task_id=task_id)


def attend(sessions, fn, actor, task_id: int, code: str) -> SignUp:
    with transaction(sessions) as session:
        return fn(session=session, actor=actor, task_id=task_id, code=code)


def decide(sessions, fn, sign_up_id: int, actor=None) -> SignUp:
    with transaction(sessions) as session:
        return fn(session=session, actor=actor or coordinator(), sign_up_id=sign_up_id)


def refused(call) -> DomainError:
    with pytest.raises(DomainError) as error:
        call()
    return error.value


def sign_up_row(sessions, sign_up_id: int) -> SignUp:
    with sessions() as session:
        return session.get(SignUp, sign_up_id)


def test_the_code_is_six_unambiguous_characters_and_stays_the_same(sessions):
    t = task(sessions, "t1")

    first = code_of(sessions, t)

    assert len(first) == 6 and set(first) <= set(CODE_ALPHABET)
    assert not set(first) & set("0O1IL")
    assert code_of(sessions, t, ADMIN) == first


def test_only_coordinators_of_the_tasks_community_see_its_code(sessions):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)

    with pytest.raises(PermissionDenied):
        code_of(sessions, t, coordinator("别的社区"))
    with pytest.raises(PermissionDenied):
        code_of(sessions, t, volunteer)


def test_check_in_and_out_records_the_minutes_served(sessions, monkeypatch):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    code = code_of(sessions, t)
    started = attend(sessions, check_in, volunteer, t, code.lower()).checked_in_at

    monkeypatch.setattr(attendance, "now", lambda: started + timedelta(minutes=95, seconds=20))
    attend(sessions, check_out, volunteer, t, code)

    row = sign_up_row(sessions, entry)
    assert row.minutes_served == 95
    assert row.checked_out_at == started + timedelta(minutes=95, seconds=20)


def test_a_wrong_code_or_another_tasks_code_is_refused(sessions):
    t1, t2 = task(sessions, "t1"), task(sessions, "t2", start=LATER)
    ((volunteer, _),) = people(sessions, 1)
    entry = join(sessions, volunteer, t1)
    code_of(sessions, t1)
    other = code_of(sessions, t2)

    wrong = refused(lambda: attend(sessions, check_in, volunteer, t1, "ZZZZZZ"))
    foreign = refused(lambda: attend(sessions, check_in, volunteer, t1, other))

    assert (wrong.code, wrong.field) == ("WRONG_CODE", "code")
    assert foreign.code == "WRONG_CODE"
    assert sign_up_row(sessions, entry).checked_in_at is None


def test_a_task_without_a_code_yet_refuses_every_code(sessions):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)
    join(sessions, volunteer, t)

    assert refused(lambda: attend(sessions, check_in, volunteer, t, "")).code == "WRONG_CODE"


def test_checking_in_twice_or_out_before_in_is_refused(sessions):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    code = code_of(sessions, t)

    early = refused(lambda: attend(sessions, check_out, volunteer, t, code))
    attend(sessions, check_in, volunteer, t, code)
    first_time = sign_up_row(sessions, entry).checked_in_at
    twice = refused(lambda: attend(sessions, check_in, volunteer, t, code))
    attend(sessions, check_out, volunteer, t, code)
    out_twice = refused(lambda: attend(sessions, check_out, volunteer, t, code))

    assert early.code == "NOT_CHECKED_IN"
    assert twice.code == "ALREADY_CHECKED_IN"
    assert out_twice.code == "ALREADY_CHECKED_OUT"
    assert sign_up_row(sessions, entry).checked_in_at == first_time


def test_only_a_confirmed_place_can_check_in(sessions):
    t = task(sessions, "t1", slots=1)
    (first, _), (second, _) = people(sessions, 2)
    join(sessions, first, t)
    join(sessions, second, t)  # waitlisted
    code = code_of(sessions, t)

    assert refused(lambda: attend(sessions, check_in, second, t, code)).code == "NOT_SIGNED_UP"


def test_completion_awards_the_tasks_points_once(sessions):
    t = task(sessions, "t1", points=30)
    ((volunteer, volunteer_id),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)

    decide(sessions, complete, entry)
    again = refused(lambda: decide(sessions, complete, entry))

    assert again.code == "ALREADY_COMPLETED"
    assert sign_up_row(sessions, entry).status is SignUpStatus.COMPLETED
    with sessions() as session:
        assert balance(session=session, volunteer_id=volunteer_id) == 30
        assert session.scalar(select(func.count()).select_from(LedgerTransaction)) == 1
        assert unbalanced_transactions(session) == []


def test_a_no_show_earns_nothing_and_cannot_then_be_completed(sessions):
    t = task(sessions, "t1", points=30)
    ((volunteer, volunteer_id),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)

    decide(sessions, mark_no_show, entry)
    later = refused(lambda: decide(sessions, complete, entry))

    assert later.code == "ALREADY_NO_SHOW"
    assert sign_up_row(sessions, entry).status is SignUpStatus.NO_SHOW
    with sessions() as session:
        assert balance(session=session, volunteer_id=volunteer_id) == 0


def test_someone_who_checked_in_is_no_no_show(sessions):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    attend(sessions, check_in, volunteer, t, code_of(sessions, t))

    assert refused(lambda: decide(sessions, mark_no_show, entry)).code == "CHECKED_IN"
    assert sign_up_row(sessions, entry).status is SignUpStatus.CONFIRMED


def test_only_coordinators_of_the_community_complete(sessions):
    t = task(sessions, "t1", points=30)
    ((volunteer, volunteer_id),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)

    with pytest.raises(PermissionDenied):
        decide(sessions, complete, entry, coordinator("别的社区"))
    with pytest.raises(PermissionDenied):
        decide(sessions, complete, entry, volunteer)

    assert sign_up_row(sessions, entry).status is SignUpStatus.CONFIRMED
    with sessions() as session:
        assert balance(session=session, volunteer_id=volunteer_id) == 0


def test_the_service_record_lists_tasks_minutes_and_points(sessions, monkeypatch):
    t1 = task(sessions, "t1", points=30)
    t2 = task(sessions, "t2", points=20, start=LATER)
    ((volunteer, volunteer_id),) = people(sessions, 1)
    done, missed = join(sessions, volunteer, t1), join(sessions, volunteer, t2)
    code = code_of(sessions, t1)
    started = attend(sessions, check_in, volunteer, t1, code).checked_in_at
    monkeypatch.setattr(attendance, "now", lambda: started + timedelta(minutes=120))
    attend(sessions, check_out, volunteer, t1, code)
    decide(sessions, complete, done)
    decide(sessions, mark_no_show, missed)

    for reader in (volunteer, coordinator(), ADMIN):
        with sessions() as session:
            record = service_record(session=session, actor=reader, volunteer_id=volunteer_id)
        assert [(e.task_id, e.status, e.minutes_served, e.points) for e in record.entries] == [
            (t1, SignUpStatus.COMPLETED, 120, 30),
            (t2, SignUpStatus.NO_SHOW, None, 0),
        ]
        assert (record.total_minutes, record.total_points, record.balance) == (120, 30, 30)


def test_others_cannot_read_a_service_record(sessions):
    ((_, volunteer_id), (stranger, _)) = people(sessions, 2)

    for reader in (stranger, coordinator("别的社区")):
        with pytest.raises(PermissionDenied), sessions() as session:
            service_record(session=session, actor=reader, volunteer_id=volunteer_id)
