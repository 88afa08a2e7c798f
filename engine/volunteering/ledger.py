"""Points as an append-only double-entry ledger.

Every movement is one `LedgerTransaction` whose entries sum to zero; a balance is the sum
of an account's entries and is never stored; a correction is a reversing transaction that
points at the one it corrects. Accounts are created on first use, with the owning row
locked so that two first uses at once make one account.
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import Conflict, InvalidValue, NotFound
from engine.messages import Ref
from engine.volunteering.ledger_models import (
    AccountKind,
    LedgerAccount,
    LedgerEntry,
    LedgerTransaction,
)
from engine.volunteering.models import Community, Volunteer
from engine.volunteering.permissions import is_coordinator_of


def award(
    *,
    session: Session,
    volunteer_id: int,
    community_id: int | None,
    points: int,
    sign_up_id: int | None = None,
    memo: str = "",
) -> LedgerTransaction:
    """`points` from the community's AWARDS account to the volunteer's account."""
    if points < 1:
        raise InvalidValue(
            "field.too_small", field="points", code="TOO_SMALL", value=points, limit=1
        )
    return post(
        session=session,
        memo=memo,
        sign_up_id=sign_up_id,
        moves=[
            (volunteer_account(session=session, volunteer_id=volunteer_id), points),
            (
                community_account(
                    session=session, kind=AccountKind.AWARDS, community_id=community_id
                ),
                -points,
            ),
        ],
    )


def post(
    *,
    session: Session,
    moves: list[tuple[LedgerAccount, int]],
    memo: str = "",
    sign_up_id: int | None = None,
    redemption_id: int | None = None,
    corrects_id: int | None = None,
) -> LedgerTransaction:
    """One transaction of `(account, amount)` moves, which must sum to zero."""
    if sum(amount for _, amount in moves) != 0 or any(amount == 0 for _, amount in moves):
        raise ValueError("a ledger transaction's non-zero amounts must sum to zero")
    entry = LedgerTransaction(
        memo=memo[:500], sign_up_id=sign_up_id, redemption_id=redemption_id, corrects_id=corrects_id
    )
    session.add(entry)
    session.flush()
    session.add_all(
        LedgerEntry(transaction_id=entry.id, account_id=account.id, amount=amount)
        for account, amount in moves
    )
    session.flush()
    return entry


def balance(*, session: Session, volunteer_id: int) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.amount), 0))
        .join(LedgerAccount, LedgerAccount.id == LedgerEntry.account_id)
        .where(
            LedgerAccount.kind == AccountKind.VOLUNTEER,
            LedgerAccount.volunteer_id == volunteer_id,
        )
    )
    return int(total or 0)


def take_turn(*, session: Session, volunteer_id: int) -> bool:
    """Bumps the volunteer's account, so their spends wait for each other; False if they
    have no account yet (and so no points)."""
    bumped = session.execute(
        update(LedgerAccount)
        .where(
            LedgerAccount.kind == AccountKind.VOLUNTEER,
            LedgerAccount.volunteer_id == volunteer_id,
        )
        .values(turn=LedgerAccount.turn + 1)
        .execution_options(synchronize_session=False)
    )
    return bumped.rowcount > 0


def correct(
    *, session: Session, actor: Actor, transaction_id: int, memo: str = ""
) -> LedgerTransaction:
    """A new transaction reversing `transaction_id`; the original stays as it was. Another
    community's transaction answers as a missing one does."""
    actor.require(Role.COORDINATOR)
    original = session.get(LedgerTransaction, transaction_id)
    if original is None:
        raise NotFound(
            "ledger.transaction_not_found", field="transaction_id", transaction=transaction_id
        )
    entries = list(
        session.scalars(
            select(LedgerEntry)
            .where(LedgerEntry.transaction_id == original.id)
            .order_by(LedgerEntry.account_id)
        )
    )
    accounts = {entry.account_id: session.get(LedgerAccount, entry.account_id) for entry in entries}
    if not is_coordinator_of(session, actor, _community_of(session, list(accounts.values()))):
        raise NotFound(
            "ledger.transaction_not_found", field="transaction_id", transaction=transaction_id
        )
    for account_id in sorted(accounts):  # one order everywhere, so no deadlocks
        session.execute(
            update(LedgerAccount)
            .where(LedgerAccount.id == account_id)
            .values(turn=LedgerAccount.turn + 1)
            .execution_options(synchronize_session=False)
        )
    already = session.scalar(
        select(LedgerTransaction.id).where(LedgerTransaction.corrects_id == original.id).limit(1)
    )
    if already is not None:
        raise Conflict(
            "ledger.already_corrected",
            field="transaction_id",
            code="ALREADY_CORRECTED",
            transaction=already,
        )
    for entry in entries:
        account = accounts[entry.account_id]
        if account is not None and account.kind is AccountKind.VOLUNTEER and entry.amount > 0:
            left = balance(session=session, volunteer_id=account.volunteer_id or 0)
            if left < entry.amount:
                raise InvalidValue(
                    "points.insufficient",
                    field="transaction_id",
                    code="INSUFFICIENT_POINTS",
                    needed=entry.amount,
                    balance=left,
                )
    return post(
        session=session,
        memo=memo or f"correction of transaction {original.id}",
        corrects_id=original.id,
        moves=[(accounts[entry.account_id], -entry.amount) for entry in entries],  # type: ignore[misc]
    )


def unbalanced_transactions(session: Session) -> list[int]:
    """Ids of transactions whose entries do not sum to zero (or that have no entries)."""
    sums = (
        select(LedgerTransaction.id, func.coalesce(func.sum(LedgerEntry.amount), 0).label("total"))
        .outerjoin(LedgerEntry, LedgerEntry.transaction_id == LedgerTransaction.id)
        .group_by(LedgerTransaction.id)
        .subquery()
    )
    empty = select(LedgerTransaction.id).where(
        ~select(LedgerEntry.id).where(LedgerEntry.transaction_id == LedgerTransaction.id).exists()
    )
    bad = set(session.scalars(select(sums.c.id).where(sums.c.total != 0)))
    bad.update(session.scalars(empty))
    return sorted(bad)


def volunteer_account(*, session: Session, volunteer_id: int) -> LedgerAccount:
    def find() -> LedgerAccount | None:
        return session.scalar(
            select(LedgerAccount)
            .where(
                LedgerAccount.kind == AccountKind.VOLUNTEER,
                LedgerAccount.volunteer_id == volunteer_id,
            )
            .order_by(LedgerAccount.id)
            .limit(1)
        )

    account = find()
    if account is None:
        locked = session.scalar(
            select(Volunteer.id).where(Volunteer.id == volunteer_id).with_for_update()
        )
        if locked is None:
            raise NotFound(
                "volunteer.not_found",
                field="volunteer_id",
                volunteer=Ref("Volunteer", volunteer_id),
            )
        account = find() or _create(session, AccountKind.VOLUNTEER, volunteer_id=volunteer_id)
    return account


def community_account(
    *, session: Session, kind: AccountKind, community_id: int | None
) -> LedgerAccount:
    def find() -> LedgerAccount | None:
        return session.scalar(
            select(LedgerAccount)
            .where(
                LedgerAccount.kind == kind,
                LedgerAccount.volunteer_id.is_(None),
                LedgerAccount.community_id.is_(None)
                if community_id is None
                else LedgerAccount.community_id == community_id,
            )
            .order_by(LedgerAccount.id)
            .limit(1)
        )

    account = find()
    if account is None:
        if community_id is not None:
            session.scalar(
                select(Community.id).where(Community.id == community_id).with_for_update()
            )
        account = find() or _create(session, kind, community_id=community_id)
    return account


def _create(
    session: Session,
    kind: AccountKind,
    *,
    volunteer_id: int | None = None,
    community_id: int | None = None,
) -> LedgerAccount:
    account = LedgerAccount(kind=kind, volunteer_id=volunteer_id, community_id=community_id)
    session.add(account)
    session.flush()
    return account


def _community_of(session: Session, accounts: list[LedgerAccount | None]) -> int | None:
    for account in accounts:
        if account is not None and account.community_id is not None:
            return account.community_id
    for account in accounts:
        if account is not None and account.volunteer_id is not None:
            volunteer = session.get(Volunteer, account.volunteer_id)
            if volunteer is not None:
                return volunteer.community_id
    return None
