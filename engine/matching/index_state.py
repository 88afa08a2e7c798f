"""What a worker's matching indexes hold now (`matchIndex`, for admins)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from engine.accounts.actor import Actor
from engine.matching.index import LiveIndex


@dataclass(frozen=True, slots=True)
class IndexState:
    items: int
    version: int
    built_at: datetime | None  # None until the index is first built
    updated_at: datetime | None
    changed_since_fit: int
    refitting: bool


@dataclass(frozen=True, slots=True)
class MatchIndexState:
    worker: int  # the process that answered: each worker keeps its own indexes
    jobs: IndexState
    people: IndexState


def match_index_state(
    *, actor: Actor, jobs: LiveIndex[object, object], people: LiveIndex[object, object]
) -> MatchIndexState:
    actor.require()
    return MatchIndexState(worker=os.getpid(), jobs=_state(jobs), people=_state(people))


def _state(index: LiveIndex[object, object]) -> IndexState:
    snapshot = index.snapshot
    if snapshot is None:
        return IndexState(0, 0, None, None, 0, index.refitting)
    return IndexState(
        items=snapshot.items,
        version=snapshot.version,
        built_at=snapshot.built_at,
        updated_at=snapshot.updated_at,
        changed_since_fit=snapshot.changed_since_fit,
        refitting=index.refitting,
    )
