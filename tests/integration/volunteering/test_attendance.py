"""Check-in with the task's code from shortly before the start, check-out with the minutes
served within the task's time, completion awarding points for them once, no-shows, and the
service record (志愿服务记录)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from engine.db import transaction
from engine.errors import DomainError, NotFound, PermissionDenied
from engine.volunteering import attendance
from engine.volunteering.attendance import (
    CODE_ALPHABET,
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
    SOON,
    coordinator,
    join,
    people,
    task,
)

OPENS = 30  # minutes before the start, as the app is configured by default
END = SOON + timedelta(hours=2)  # the end of a task made by `task` at SOON


def check_in(**options) -> SignUp:
    return attendance.check_in(opens_minutes_before=OPENS, **options)


def at(monkeypatch, moment: datetime) -> None:
    """Attendance happens at `moment`."""
    monkeypatch.setattr(attendance, "now", lambda: moment)


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

    with pytest.raises(NotFound):
        code_of(sessions, t, coordinator("别的社区"))
    with pytest.raises(PermissionDenied):
        code_of(sessions, t, volunteer)


def test_check_in_and_out_records_the_minutes_served(sessions, monkeypatch):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    code = code_of(sessions, t)
    at(monkeypatch, SOON)
    started = attend(sessions, check_in, volunteer, t, code.lower()).checked_in_at

    at(monkeypatch, started + timedelta(minutes=95, seconds=20))
    attend(sessions, check_out, volunteer, t, code)

    row = sign_up_row(sessions, entry)
    assert started == SOON
    assert row.minutes_served == 95
    assert row.checked_out_at == started + timedelta(minutes=95, seconds=20)


def test_only_minutes_within_the_tasks_time_are_recorded(sessions, monkeypatch):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    code = code_of(sessions, t)

    at(monkeypatch, SOON - timedelta(minutes=25))
    attend(sessions, check_in, volunteer, t, code)
    at(monkeypatch, END + timedelta(days=3))
    attend(sessions, check_out, volunteer, t, code)

    assert sign_up_row(sessions, entry).minutes_served == 120


def test_check_in_before_the_window_opens_is_refused(sessions, monkeypatch):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    code = code_of(sessions, t)

    at(monkeypatch, SOON - timedelta(days=3))
    days = refused(lambda: attend(sessions, check_in, volunteer, t, code))
    at(monkeypatch, SOON - timedelta(minutes=OPENS, seconds=1))
    second = refused(lambda: attend(sessions, check_in, volunteer, t, code))

    assert (days.code, days.field) == ("CHECK_IN_NOT_OPEN", "task_id")
    assert second.code == "CHECK_IN_NOT_OPEN"
    assert sign_up_row(sessions, entry).checked_in_at is None


def test_check_in_is_accepted_from_the_window_until_the_end(sessions, monkeypatch):
    t = task(sessions, "t1")
    first, second, last = (volunteer for volunteer, _ in people(sessions, 3))
    for volunteer in (first, second, last):
        join(sessions, volunteer, t)
    code = code_of(sessions, t)

    for volunteer, moment in (
        (first, SOON - timedelta(minutes=OPENS)),
        (second, SOON + timedelta(minutes=45)),
        (last, END),
    ):
        at(monkeypatch, moment)
        assert attend(sessions, check_in, volunteer, t, code).checked_in_at == moment


def test_check_in_after_the_task_ended_is_refused(sessions, monkeypatch):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    code = code_of(sessions, t)

    at(monkeypatch, END + timedelta(seconds=1))
    late = refused(lambda: attend(sessions, check_in, volunteer, t, code))

    assert (late.code, late.field) == ("CHECK_IN_CLOSED", "task_id")
    assert sign_up_row(sessions, entry).checked_in_at is None


def test_the_window_is_as_wide_as_configured(sessions, monkeypatch):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)
    join(sessions, volunteer, t)
    code = code_of(sessions, t)
    at(monkeypatch, SOON - timedelta(minutes=90))

    def arrive(minutes: int) -> SignUp:
        with transaction(sessions) as session:
            return attendance.check_in(
                session=session, actor=volunteer, task_id=t, code=code, opens_minutes_before=minutes
            )

    assert refused(lambda: arrive(60)).code == "CHECK_IN_NOT_OPEN"
    assert arrive(120).checked_in_at == SOON - timedelta(minutes=90)


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


def test_checking_in_twice_or_out_before_in_is_refused(sessions, monkeypatch):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    code = code_of(sessions, t)

    at(monkeypatch, SOON)
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


def serve(sessions, monkeypatch, volunteer, t: int, start: datetime, end: datetime) -> None:
    """Checks in at `start` and out at `end`."""
    code = code_of(sessions, t)
    at(monkeypatch, start)
    attend(sessions, check_in, volunteer, t, code)
    at(monkeypatch, end)
    attend(sessions, check_out, volunteer, t, code)


def points_for(sessions, monkeypatch, start: datetime, end: datetime, points: int = 30) -> int:
    """The points completion awards for service from `start` to `end` on a 2-hour task."""
    t = task(sessions, "t1", points=points)
    ((volunteer, volunteer_id),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    serve(sessions, monkeypatch, volunteer, t, start, end)
    decide(sessions, complete, entry)
    with sessions() as session:
        assert unbalanced_transactions(session) == []
        return balance(session=session, volunteer_id=volunteer_id)


def test_checking_out_at_once_earns_no_points(sessions, monkeypatch):
    early = SOON - timedelta(minutes=10)

    assert points_for(sessions, monkeypatch, early, early) == 0
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(LedgerTransaction)) == 0
        assert session.scalar(select(SignUp.status)) is SignUpStatus.COMPLETED


def test_zero_minutes_within_the_tasks_time_earn_no_points(sessions, monkeypatch):
    start = SOON - timedelta(minutes=OPENS)

    assert points_for(sessions, monkeypatch, start, SOON) == 0


def test_half_the_scheduled_time_earns_half_the_points(sessions, monkeypatch):
    start = SOON + timedelta(minutes=30)

    assert points_for(sessions, monkeypatch, start, start + timedelta(minutes=60)) == 15


def test_the_whole_scheduled_time_earns_all_the_points(sessions, monkeypatch):
    start, end = SOON - timedelta(minutes=20), END + timedelta(minutes=40)

    assert points_for(sessions, monkeypatch, start, end) == 30


def test_partial_points_are_rounded_down(sessions, monkeypatch):
    end = END - timedelta(minutes=1)

    assert points_for(sessions, monkeypatch, SOON, end, points=10) == 9


def test_completing_a_volunteer_still_checked_in_checks_them_out_then(sessions, monkeypatch):
    t = task(sessions, "t1", points=30)
    ((volunteer, volunteer_id),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    at(monkeypatch, SOON)
    attend(sessions, check_in, volunteer, t, code_of(sessions, t))

    at(monkeypatch, SOON + timedelta(minutes=90))
    decide(sessions, complete, entry)

    row = sign_up_row(sessions, entry)
    assert (row.checked_out_at, row.minutes_served) == (SOON + timedelta(minutes=90), 90)
    with sessions() as session:
        assert balance(session=session, volunteer_id=volunteer_id) == 22


def test_someone_who_never_checked_in_cannot_be_completed(sessions):
    t = task(sessions, "t1", points=30)
    ((volunteer, volunteer_id),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)

    error = refused(lambda: decide(sessions, complete, entry))

    assert (error.code, error.field) == ("NOT_CHECKED_IN", "sign_up_id")
    assert sign_up_row(sessions, entry).status is SignUpStatus.CONFIRMED
    with sessions() as session:
        assert balance(session=session, volunteer_id=volunteer_id) == 0


def test_completion_awards_the_tasks_points_once(sessions, monkeypatch):
    t = task(sessions, "t1", points=30)
    ((volunteer, volunteer_id),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    serve(sessions, monkeypatch, volunteer, t, SOON, END)

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


def test_someone_who_checked_in_is_no_no_show(sessions, monkeypatch):
    t = task(sessions, "t1")
    ((volunteer, _),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)
    at(monkeypatch, SOON)
    attend(sessions, check_in, volunteer, t, code_of(sessions, t))

    assert refused(lambda: decide(sessions, mark_no_show, entry)).code == "CHECKED_IN"
    assert sign_up_row(sessions, entry).status is SignUpStatus.CONFIRMED


def test_only_coordinators_of_the_community_complete(sessions):
    t = task(sessions, "t1", points=30)
    ((volunteer, volunteer_id),) = people(sessions, 1)
    entry = join(sessions, volunteer, t)

    with pytest.raises(NotFound):
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
    serve(sessions, monkeypatch, volunteer, t1, SOON, SOON + timedelta(minutes=120))
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
        with pytest.raises(NotFound), sessions() as session:
            service_record(session=session, actor=reader, volunteer_id=volunteer_id)
