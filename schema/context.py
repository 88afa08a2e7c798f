from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import HTTPConnection
from strawberry.types import Info as StrawberryInfo

from engine.accounts.actor import Actor
from engine.config import Settings
from engine.live.hub import LiveHub
from engine.matching.index import OpenJobsIndex, PeopleIndex
from engine.volunteering.rate_limit import SubmissionLimiter
from schema.database import RequestDatabase
from schema.limits.offload import Offload
from schema.loaders import Loaders


@dataclass
class Context:
    request: HTTPConnection
    db: RequestDatabase
    actor: Actor
    loaders: Loaders
    jobs_index: OpenJobsIndex
    people_index: PeopleIndex
    submission_limiter: SubmissionLimiter
    live: LiveHub
    settings: Settings
    offload: Offload
    # The graphql-transport-ws connection_init payload, on websocket connections.
    connection_params: Any = None
    # Why a websocket's Authorization header was refused; the connection is then closed.
    refused: str | None = None
    # Broadcasts this operation has counted a viewer's question for: one operation (of
    # however many aliases) counts one question per broadcast. Each operation has its own
    # (schema.session.CloseSession), also on a websocket, whose context serves many.
    counted_streams: set[int] = field(default_factory=set)


Info = StrawberryInfo[Context, None]
