from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import HTTPConnection
from strawberry.types import Info as StrawberryInfo

from engine.accounts.actor import Actor
from engine.matching.index import OpenJobsIndex
from schema.database import RequestDatabase
from schema.loaders import Loaders


@dataclass
class Context:
    request: HTTPConnection
    db: RequestDatabase
    actor: Actor
    loaders: Loaders
    jobs_index: OpenJobsIndex


Info = StrawberryInfo[Context, None]
