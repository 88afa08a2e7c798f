"""The rewards catalogue (实物兑换) and redeeming points for a reward.

A redemption never takes a balance or a stock below zero, also when many run at once: the
volunteer's ledger account is bumped first, so their spends wait for each other before
the balance is read, and a unit of stock is taken with one conditional UPDATE.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import IO, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import Conflict, InvalidValue, NotFound, PermissionDenied
from engine.fields import Field, validate_record
from engine.ids import new_external_id
from engine.io.batches import by_external_id
from engine.io.jsonl import RecordFile
from engine.io.summary import ImportSummary
from engine.messages import Ref
from engine.paging import Page, paginate
from engine.time import now
from engine.volunteering.communities import community_id
from engine.volunteering.ledger import (
    balance,
    community_account,
    post,
    take_turn,
    volunteer_account,
)
from engine.volunteering.ledger_models import AccountKind, Redemption, Reward
from engine.volunteering.models import Volunteer

POINTS_MAX = 1_000_000
STOCK_MAX = 1_000_000

REWARD_FIELDS: tuple[Field, ...] = (
    Field("id", "str", required=True, non_blank=True, max_length=200),
    Field("name", "str", required=True, non_blank=True, max_length=200),
    Field("points", "int", required=True, minimum=1, maximum=POINTS_MAX),
    Field("stock", "int", default=0, minimum=0, maximum=STOCK_MAX),
    Field("description", "str", default="", max_length=20_000),
    Field("community", "str", default="", max_length=200),
)
CONTENT = ("name", "points", "stock", "description")


def create_reward(*, session: Session, actor: Actor, data: Mapping[str, Any]) -> Reward:
    """A reward in the coordinator's community's catalogue (an admin names the community)."""
    actor.require(Role.COORDINATOR)
    values = validate_record(REWARD_FIELDS[1:], {"community": actor.community or "", **data})
    if not actor.is_admin and values["community"] != (actor.community or ""):
        raise PermissionDenied("access.own_community_rewards_only")
    reward = Reward(
        external_id=new_external_id("reward"),
        community_id=community_id(session=session, name=values["community"]),
        **{name: values[name] for name in CONTENT},
    )
    session.add(reward)
    session.flush()
    return reward


def import_rewards(*, session: Session, stream: IO[bytes], source: str) -> ImportSummary:
    """rewards.jsonl lines, upserted by id; a file with any bad line changes nothing."""
    lines = RecordFile.read(stream, source, REWARD_FIELDS).accepted()
    existing = by_external_id(session, Reward, [line.values["id"] for line in lines])
    created = 0
    for line in lines:
        values = line.values
        reward = existing.get(values["id"])
        if reward is None:
            reward = Reward(external_id=values["id"])
            session.add(reward)
            created += 1
        for name in CONTENT:
            setattr(reward, name, values[name])
        reward.community_id = community_id(session=session, name=values["community"])
        reward.updated_at = now()
    session.flush()
    return ImportSummary(created=created, updated=len(lines) - created)


def list_rewards(*, session: Session, first: int | None, after: int | None) -> Page[Reward]:
    """The public catalogue, oldest first."""
    return paginate(
        session=session,
        statement=select(Reward),
        key=Reward.id,
        first=first,
        after=after,
        descending=False,
    )


def rewards_by_ids(*, session: Session, ids: Sequence[int]) -> dict[int, Reward]:
    """Rewards are public: the catalogue shows every one."""
    rows = session.scalars(select(Reward).where(Reward.id.in_(set(ids))))
    return {reward.id: reward for reward in rows}


def redeem_reward(*, session: Session, actor: Actor, reward_id: int) -> Redemption:
    """One unit of the reward for the volunteer's points."""
    actor.require(Role.VOLUNTEER)
    volunteer = session.scalar(select(Volunteer).where(Volunteer.account_id == actor.account_id))
    if volunteer is None:
        raise NotFound("volunteer.no_profile", code="NO_PROFILE")
    reward = session.get(Reward, reward_id)
    if reward is None:
        raise NotFound("reward.not_found", field="reward_id", reward=Ref("Reward", reward_id))
    points = reward.points
    has_account = take_turn(session=session, volunteer_id=volunteer.id)
    left = balance(session=session, volunteer_id=volunteer.id) if has_account else 0
    if left < points:
        raise InvalidValue(
            "points.insufficient",
            field="reward_id",
            code="INSUFFICIENT_POINTS",
            needed=points,
            balance=left,
        )
    spent_to = community_account(
        session=session,
        kind=AccountKind.REDEMPTIONS,
        community_id=reward.community_id or volunteer.community_id,
    )
    taken = session.execute(
        update(Reward)
        .where(Reward.id == reward.id, Reward.stock > 0)
        .values(stock=Reward.stock - 1)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:
        raise Conflict(
            "reward.out_of_stock", field="reward_id", code="OUT_OF_STOCK", reward=reward.name
        )
    redemption = Redemption(reward_id=reward.id, volunteer_id=volunteer.id, points=points)
    session.add(redemption)
    session.flush()
    post(
        session=session,
        memo=f"兑换：{reward.name}",
        redemption_id=redemption.id,
        moves=[
            (volunteer_account(session=session, volunteer_id=volunteer.id), -points),
            (spent_to, points),
        ],
    )
    session.expire(reward)
    return redemption


def my_balance(*, session: Session, actor: Actor) -> int:
    """The acting volunteer's points."""
    actor.require(Role.VOLUNTEER)
    volunteer = session.scalar(select(Volunteer).where(Volunteer.account_id == actor.account_id))
    if volunteer is None:
        raise NotFound("volunteer.no_profile", code="NO_PROFILE")
    return balance(session=session, volunteer_id=volunteer.id)
