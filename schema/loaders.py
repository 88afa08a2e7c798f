"""Per-request DataLoaders: each batches one kind of look-up into one query."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from strawberry.dataloader import DataLoader

from engine.accounts.actor import Actor
from engine.accounts.tokens import accounts_by_ids
from engine.jobs.employers import employers_by_ids
from engine.jobs.livestreams import live_streams_by_ids, presentations_by_stream_ids
from engine.jobs.service import jobs_by_ids
from engine.live.figures import broadcast_figures
from engine.live.hub import LiveHub
from engine.seekers.service import events_by_application_ids
from engine.seekers.visibility import candidate_views
from engine.volunteering.communities import communities_by_ids
from engine.volunteering.rewards import rewards_by_ids
from engine.volunteering.signups import sign_ups_by_ids
from engine.volunteering.tasks import tasks_by_ids
from engine.volunteering.volunteers import visible_volunteers
from schema.database import RequestDatabase


def _loader(
    db: RequestDatabase, fetch: Callable[..., Mapping[int, Any]], cache: bool, **kwargs: Any
) -> DataLoader[int, Any]:
    async def load(keys: list[int]) -> list[Any]:
        found = await db.read(fetch, ids=list(keys), **kwargs)
        return [found.get(key) for key in keys]

    return DataLoader(load_fn=load, cache=cache)


def _viewers_loader(live: LiveHub, cache: bool) -> DataLoader[int, int]:
    async def load(keys: list[int]) -> list[int]:
        watching = await live.viewers_now(keys)
        return [watching[key] for key in keys]

    return DataLoader(load_fn=load, cache=cache)


class Loaders:
    """Named `<entity>_by_<key>`; results come back in key order, None where nothing is found.

    Without `cache` (a websocket connection's loaders), each event loads afresh.
    """

    def __init__(self, db: RequestDatabase, actor: Actor, live: LiveHub, *, cache: bool = True):
        self.employer_by_id = _loader(db, employers_by_ids, cache)
        self.job_by_id = _loader(db, jobs_by_ids, cache)
        self.live_stream_by_id = _loader(db, live_streams_by_ids, cache)
        self.figures_by_live_stream_id = _loader(db, broadcast_figures, cache)
        self.viewers_now_by_live_stream_id = _viewers_loader(live, cache)
        self.presentations_by_live_stream_id = _loader(db, presentations_by_stream_ids, cache)
        self.candidate_view_by_id = _loader(db, candidate_views, cache, actor=actor)
        self.events_by_application_id = _loader(db, events_by_application_ids, cache)
        self.community_by_id = _loader(db, communities_by_ids, cache)
        self.account_by_id = _loader(db, accounts_by_ids, cache)
        self.task_by_id = _loader(db, tasks_by_ids, cache)
        self.reward_by_id = _loader(db, rewards_by_ids, cache)
        # Unchecked: for fields of an object whose reader may see its sign-ups.
        self.sign_up_by_id = _loader(db, sign_ups_by_ids, cache)
        # None for a volunteer the actor may not see.
        self.visible_volunteer_by_id = _loader(db, visible_volunteers, cache, actor=actor)
