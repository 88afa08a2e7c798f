"""API tokens: random, shown once, stored only as a SHA-256 digest."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Account, ApiToken, Role
from engine.errors import AuthenticationRequired, InvalidValue, NotFound
from engine.fields import MAX_ITEM_LENGTH, checked_name
from engine.jobs.employers import get_or_create_employer
from engine.seekers.models import Candidate
from engine.volunteering.models import Volunteer

TOKEN_PREFIX = "cm_"


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(
    *,
    session: Session,
    role: Role,
    name: str = "",
    employer: str | None = None,
    community: str | None = None,
    candidate_external_id: str | None = None,
    volunteer_external_id: str | None = None,
) -> tuple[str, Account]:
    """A new account with one token; returns the token, which is not kept anywhere."""
    if role is Role.RECRUITER and not (employer and employer.strip()):
        raise InvalidValue("token.employer_required", field="employer")
    if role is Role.COORDINATOR and not (community and community.strip()):
        raise InvalidValue("token.community_required", field="community")
    if len(name) > MAX_ITEM_LENGTH:
        raise InvalidValue(
            "field.too_long", field="name", code="TOO_LONG", length=len(name), limit=MAX_ITEM_LENGTH
        )
    account = Account(
        role=role,
        name=name.strip(),
        community=checked_name(community, field="community") if community else None,
    )
    if employer and employer.strip():
        account.employer = get_or_create_employer(session=session, name=employer)
    session.add(account)
    session.flush()
    if candidate_external_id is not None:
        if role is not Role.SEEKER:
            raise InvalidValue("token.candidate_for_seekers", field="candidate")
        _bind(session, Candidate, candidate_external_id, account.id, "candidate")
    if volunteer_external_id is not None:
        if role is not Role.VOLUNTEER:
            raise InvalidValue("token.volunteer_for_volunteers", field="volunteer")
        _bind(session, Volunteer, volunteer_external_id, account.id, "volunteer")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(account_id=account.id, digest=digest(token)))
    session.flush()
    return token, account


UNKNOWN_PROFILE = {"candidate": "token.unknown_candidate", "volunteer": "token.unknown_volunteer"}
TAKEN_PROFILE = {"candidate": "token.candidate_taken", "volunteer": "token.volunteer_taken"}


def _bind(session: Session, model: Any, external_id: str, account_id: int, kind: str) -> None:
    """Gives the account the profile with this external id (a candidate or a volunteer)."""
    profile = session.scalar(select(model).where(model.external_id == external_id))
    if profile is None:
        raise NotFound(UNKNOWN_PROFILE[kind], field=kind, id=external_id)
    if profile.account_id is not None:
        raise InvalidValue(TAKEN_PROFILE[kind], field=kind, id=external_id)
    profile.account_id = account_id


def authenticate(*, session: Session, token: str) -> Actor:
    row = session.execute(
        select(Account)
        .join(ApiToken, ApiToken.account_id == Account.id)
        .where(ApiToken.digest == digest(token), ApiToken.revoked_at.is_(None))
    ).scalar_one_or_none()
    if row is None:
        raise AuthenticationRequired("access.token_unknown")
    return Actor(
        account_id=row.id,
        role=row.role,
        name=row.name,
        employer_id=row.employer_id,
        community=row.community,
    )


def accounts_by_ids(*, session: Session, ids: Sequence[int]) -> dict[int, Account]:
    rows = session.scalars(select(Account).where(Account.id.in_(set(ids))))
    return {account.id: account for account in rows}
