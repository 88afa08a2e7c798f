"""The rewards catalogue and redemptions: never a balance or a stock below zero, also under
50 concurrent redemptions."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from engine.db import transaction
from engine.errors import DomainError
from engine.io.jsonl import FileRejected
from engine.paging import count_rows
from engine.volunteering.ledger import balance, correct, unbalanced_transactions
from engine.volunteering.ledger_models import (
    AccountKind,
    LedgerAccount,
    LedgerEntry,
    LedgerTransaction,
    Redemption,
    Reward,
)
from engine.volunteering.rewards import import_rewards, list_rewards, redeem_reward
from tests.integration.volunteering.factories import (
    COMMUNITY,
    coordinator,
    give_points,
    lines,
    people,
    rewards,
)

TOWEL = {"id": "r1", "name": "纯棉毛巾", "points": 30, "stock": 5, "community": COMMUNITY}


def reward_id(sessions, external_id: str = "r1") -> int:
    with sessions() as session:
        return session.scalar(select(Reward.id).where(Reward.external_id == external_id))


def stock(sessions, external_id: str = "r1") -> int:
    with sessions() as session:
        return session.scalar(select(Reward.stock).where(Reward.external_id == external_id))


def redeem(sessions, actor, reward: int) -> Redemption:
    with transaction(sessions) as session:
        return redeem_reward(session=session, actor=actor, reward_id=reward)


def points_of(sessions, volunteer_id: int) -> int:
    with sessions() as session:
        return balance(session=session, volunteer_id=volunteer_id)


def count(sessions, model) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_import_creates_and_updates_rewards(sessions):
    rewards(sessions, [TOWEL])

    with transaction(sessions) as session:
        summary = import_rewards(
            session=session,
            stream=lines([{**TOWEL, "stock": 9}, {"id": "r2", "name": "洗衣液", "points": 25}]),
            source="rewards.jsonl",
        )

    assert (summary.created, summary.updated) == (1, 1)
    assert stock(sessions) == 9
    assert stock(sessions, "r2") == 0


def test_a_file_with_a_free_reward_changes_nothing(sessions):
    bad = lines([TOWEL, {"id": "r2", "name": "免费", "points": 0}, {"id": "r3", "points": 5}])

    with pytest.raises(FileRejected) as refused, transaction(sessions) as session:
        import_rewards(session=session, stream=bad, source="rewards.jsonl")

    assert [error.render("zh") for error in refused.value.errors] == [
        "rewards.jsonl:2: points: 0 小于最小值 1",
        "rewards.jsonl:3: name: 此项必须填写",
    ]
    assert count(sessions, Reward) == 0


def test_a_negative_stock_is_refused(sessions):
    with pytest.raises(FileRejected) as refused, transaction(sessions) as session:
        import_rewards(
            session=session, stream=lines([{**TOWEL, "stock": -1}]), source="rewards.jsonl"
        )

    assert refused.value.errors[0].field == "stock"


def test_the_catalogue_pages_in_order(sessions):
    rewards(sessions, [{**TOWEL, "id": f"r{n}"} for n in range(1, 4)])

    with sessions() as session:
        first = list_rewards(session=session, first=2, after=None)
        rest = list_rewards(session=session, first=2, after=first.items[-1].id)
        total = count_rows(session=session, statement=first.whole)

    assert [r.external_id for r in first.items] == ["r1", "r2"]
    assert [r.external_id for r in rest.items] == ["r3"]
    assert (total, first.has_next, rest.has_next) == (3, True, False)


def test_a_redemption_moves_points_to_the_redemptions_account(sessions):
    rewards(sessions, [TOWEL])
    ((volunteer, volunteer_id),) = people(sessions, 1)
    give_points(sessions, volunteer_id, 42)

    made = redeem(sessions, volunteer, reward_id(sessions))

    assert made.points == 30
    assert points_of(sessions, volunteer_id) == 12
    assert stock(sessions) == 4
    with sessions() as session:
        moved = session.execute(
            select(LedgerAccount.kind, LedgerEntry.amount)
            .join(LedgerEntry, LedgerEntry.account_id == LedgerAccount.id)
            .join(LedgerTransaction, LedgerTransaction.id == LedgerEntry.transaction_id)
            .where(LedgerTransaction.redemption_id == made.id)
            .order_by(LedgerEntry.amount)
        ).all()
        assert unbalanced_transactions(session) == []
    assert [tuple(row) for row in moved] == [
        (AccountKind.VOLUNTEER, -30),
        (AccountKind.REDEMPTIONS, 30),
    ]


def test_redeeming_more_than_one_has_is_refused_with_the_numbers(sessions):
    rewards(sessions, [TOWEL])
    ((volunteer, volunteer_id),) = people(sessions, 1)
    give_points(sessions, volunteer_id, 12)

    with pytest.raises(DomainError) as refused:
        redeem(sessions, volunteer, reward_id(sessions))

    assert (refused.value.code, refused.value.field) == ("INSUFFICIENT_POINTS", "reward_id")
    assert refused.value.message.render(language="zh") == "需要 30 积分，当前余额 12"
    assert (points_of(sessions, volunteer_id), stock(sessions)) == (12, 5)
    assert count(sessions, Redemption) == 0


def test_a_volunteer_without_any_points_is_refused(sessions):
    rewards(sessions, [TOWEL])
    ((volunteer, _),) = people(sessions, 1)

    with pytest.raises(DomainError) as refused:
        redeem(sessions, volunteer, reward_id(sessions))

    assert refused.value.message.render(language="zh") == "需要 30 积分，当前余额 0"


def test_an_empty_stock_is_refused_and_nothing_is_spent(sessions):
    rewards(sessions, [{**TOWEL, "stock": 0}])
    ((volunteer, volunteer_id),) = people(sessions, 1)
    give_points(sessions, volunteer_id, 100)

    with pytest.raises(DomainError) as refused:
        redeem(sessions, volunteer, reward_id(sessions))

    assert refused.value.code == "OUT_OF_STOCK"
    assert (points_of(sessions, volunteer_id), stock(sessions)) == (100, 0)
    assert count(sessions, Redemption) == 0


def test_an_unknown_reward_is_refused(sessions):
    ((volunteer, _),) = people(sessions, 1)

    with pytest.raises(DomainError) as refused:
        redeem(sessions, volunteer, 999)

    assert (refused.value.code, refused.value.field) == ("NOT_FOUND", "reward_id")


def test_correcting_an_award_already_spent_is_refused(sessions):
    rewards(sessions, [{**TOWEL, "points": 25}])
    ((volunteer, volunteer_id),) = people(sessions, 1)
    give_points(sessions, volunteer_id, 30)
    redeem(sessions, volunteer, reward_id(sessions))
    with sessions() as session:
        award_id = session.scalar(
            select(LedgerTransaction.id).where(LedgerTransaction.redemption_id.is_(None))
        )

    with pytest.raises(DomainError) as refused, transaction(sessions) as session:
        correct(session=session, actor=coordinator(), transaction_id=award_id, memo="录错")

    assert refused.value.code == "INSUFFICIENT_POINTS"
    assert points_of(sessions, volunteer_id) == 5


def run_at_once(attempts) -> tuple[int, list[BaseException]]:
    """Runs the callables in threads released together; (successes, failures)."""
    start = threading.Barrier(len(attempts))
    done: list[object] = []
    failures: list[BaseException] = []

    def run(attempt) -> None:
        start.wait()
        try:
            done.append(attempt())
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=run, args=(attempt,)) for attempt in attempts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return len(done), failures


def test_fifty_concurrent_redemptions_never_oversell_the_stock(sessions):
    rewards(sessions, [{**TOWEL, "stock": 10}])
    crowd = people(sessions, 50)
    for _, volunteer_id in crowd:
        give_points(sessions, volunteer_id, 30)
    reward = reward_id(sessions)

    succeeded, failures = run_at_once(
        [lambda actor=actor: redeem(sessions, actor, reward) for actor, _ in crowd]
    )

    assert succeeded == 10
    assert {getattr(error, "code", repr(error)) for error in failures} == {"OUT_OF_STOCK"}
    assert stock(sessions) == 0
    assert count(sessions, Redemption) == 10
    assert (
        sorted(points_of(sessions, volunteer_id) for _, volunteer_id in crowd)
        == [0] * 10 + [30] * 40
    )
    with sessions() as session:
        assert unbalanced_transactions(session) == []


def test_fifty_concurrent_redemptions_by_one_volunteer_never_overspend(sessions):
    rewards(sessions, [{**TOWEL, "stock": 100}])
    ((volunteer, volunteer_id),) = people(sessions, 1)
    give_points(sessions, volunteer_id, 100)  # enough for 3 towels
    reward = reward_id(sessions)

    succeeded, failures = run_at_once(
        [lambda: redeem(sessions, volunteer, reward) for _ in range(50)]
    )

    assert succeeded == 3
    assert {getattr(error, "code", repr(error)) for error in failures} == {"INSUFFICIENT_POINTS"}
    assert points_of(sessions, volunteer_id) == 10
    assert stock(sessions) == 97
    with sessions() as session:
        assert unbalanced_transactions(session) == []
