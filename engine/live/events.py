"""Broadcast events: services announce them in their transaction, and they go out on commit."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

_PENDING = "civicmatch.live_events"


class LiveEventKind(StrEnum):
    # What a viewer gets first on joining; never announced.
    SNAPSHOT = "snapshot"
    STARTED = "started"
    ENDED = "ended"
    JOB_PRESENTED = "job_presented"
    # Some figure of the broadcast changed: viewers, questions, applications.
    FIGURES = "figures"


@dataclass(frozen=True, slots=True)
class LiveEvent:
    stream_id: int
    kind: LiveEventKind
    job_id: int | None = None

    def encode(self) -> str:
        return json.dumps({"stream": self.stream_id, "kind": self.kind.value, "job": self.job_id})

    @classmethod
    def decode(cls, data: str | bytes) -> LiveEvent:
        fields = json.loads(data)
        return cls(
            stream_id=int(fields["stream"]),
            kind=LiveEventKind(fields["kind"]),
            job_id=None if fields.get("job") is None else int(fields["job"]),
        )


def announce(session: Session, event: LiveEvent) -> None:
    """Queues the event on the session; it is published only if the transaction commits."""
    session.info.setdefault(_PENDING, []).append(event)


def take_announced(session: Session) -> list[LiveEvent]:
    events: list[LiveEvent] = session.info.pop(_PENDING, [])
    return events
