"""The points ledger: two entries per movement summing to zero, balances derived from
entries, corrections as reversing transactions that leave the original untouched."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from engine.db import transaction
from engine.errors import DomainError, NotFound, PermissionDenied
from engine.volunteering.communities import community_id
from engine.volunteering.ledger import award, balance, correct, unbalanced_transactions
from engine.volunteering.ledger_models import (
    AccountKind,
    LedgerAccount,
    LedgerEntry,
    LedgerTransaction,
)
from tests.integration.volunteering.factories import (
    ADMIN,
    COMMUNITY,
    coordinator,
    people,
)


def points_of(sessions, volunteer_id: int) -> int:
    with sessions() as session:
        return balance(session=session, volunteer_id=volunteer_id)


def award_to(sessions, volunteer_id: int, points: int) -> int:
    with transaction(sessions) as session:
        return award(
            session=session,
            volunteer_id=volunteer_id,
            community_id=community_id(session=session, name=COMMUNITY),
            points=points,
            memo="清扫楼道",
        ).id


def fix(sessions, transaction_id: int, actor=None) -> int:
    with transaction(sessions) as session:
        return correct(
            session=session,
            actor=actor or coordinator(),
            transaction_id=transaction_id,
            memo="录错",
        ).id


def count(sessions, model) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_an_award_is_two_entries_that_sum_to_zero(sessions):
    ((_, volunteer_id),) = people(sessions, 1)

    made = award_to(sessions, volunteer_id, 30)

    with sessions() as session:
        entries = session.execute(
            select(LedgerAccount.kind, LedgerEntry.amount)
            .join(LedgerAccount, LedgerAccount.id == LedgerEntry.account_id)
            .where(LedgerEntry.transaction_id == made)
            .order_by(LedgerEntry.amount)
        ).all()
        assert unbalanced_transactions(session) == []
    assert [(kind, amount) for kind, amount in entries] == [
        (AccountKind.AWARDS, -30),
        (AccountKind.VOLUNTEER, 30),
    ]


def test_the_balance_is_the_sum_of_entries_and_accounts_are_made_once(sessions):
    ((_, volunteer_id),) = people(sessions, 1)

    award_to(sessions, volunteer_id, 30)
    award_to(sessions, volunteer_id, 12)

    assert points_of(sessions, volunteer_id) == 42
    assert count(sessions, LedgerAccount) == 2  # the volunteer's and the community's AWARDS


def test_an_award_of_no_points_is_refused(sessions):
    ((_, volunteer_id),) = people(sessions, 1)

    with pytest.raises(DomainError) as refused:
        award_to(sessions, volunteer_id, 0)

    assert (refused.value.field, refused.value.code) == ("points", "TOO_SMALL")
    assert count(sessions, LedgerTransaction) == 0


def test_a_correction_reverses_without_editing(sessions):
    ((_, volunteer_id),) = people(sessions, 1)
    original = award_to(sessions, volunteer_id, 30)
    award_to(sessions, volunteer_id, 5)

    reversal = fix(sessions, original)

    assert points_of(sessions, volunteer_id) == 5
    with sessions() as session:
        assert session.get(LedgerTransaction, reversal).corrects_id == original
        amounts = sorted(
            session.scalars(
                select(LedgerEntry.amount).where(LedgerEntry.transaction_id == original)
            )
        )
        assert amounts == [-30, 30]
        assert unbalanced_transactions(session) == []


def test_a_transaction_is_corrected_only_once(sessions):
    ((_, volunteer_id),) = people(sessions, 1)
    original = award_to(sessions, volunteer_id, 30)
    fix(sessions, original, ADMIN)

    with pytest.raises(DomainError) as refused:
        fix(sessions, original)

    assert refused.value.code == "ALREADY_CORRECTED"
    assert count(sessions, LedgerTransaction) == 2
    assert points_of(sessions, volunteer_id) == 0


def test_only_admins_and_the_communitys_coordinators_correct(sessions):
    ((volunteer, volunteer_id),) = people(sessions, 1)
    original = award_to(sessions, volunteer_id, 30)

    with pytest.raises(PermissionDenied):
        fix(sessions, original, volunteer)
    with pytest.raises(NotFound):  # another community's transaction is as if missing
        fix(sessions, original, coordinator("别的社区"))

    assert count(sessions, LedgerTransaction) == 1


def test_correcting_an_unknown_transaction_is_refused(sessions):
    with pytest.raises(DomainError) as refused:
        fix(sessions, 999)

    assert (refused.value.field, refused.value.code) == ("transaction_id", "NOT_FOUND")
