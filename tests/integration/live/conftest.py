"""Broadcasts, jobs and seekers built through the engine's services, and a Redis to share."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import redis
from sqlalchemy.orm import Session, sessionmaker

from engine.accounts.actor import OPERATOR, Actor
from engine.accounts.tokens import authenticate
from engine.db import transaction
from engine.jobs import livestreams as live_service
from engine.jobs import questions as question_service
from engine.jobs import service as job_service
from engine.live.figures import BroadcastFigures, broadcast_figures
from engine.seekers import service as seeker_service
from tests.integration.jobs.factories import engine_job

REDIS_ENV = "CIVICMATCH_TEST_REDIS_URL"
FAIR_START = datetime(2023, 3, 1, 6, 30, tzinfo=UTC)


class Fair:
    """A job fair run through the services as the operator; every call is one transaction."""

    def __init__(self, sessions: sessionmaker[Session], make_token: Any):
        self.sessions = sessions
        self._make_token = make_token

    def broadcast(
        self, title: str = "聊城市春风行动直播带岗", *, campaign: str | None = None
    ) -> int:
        """A scheduled broadcast of the city's, which may present any employer's jobs."""
        with transaction(self.sessions) as session:
            data = {"title": title, "scheduled_start": FAIR_START, "campaign": campaign}
            return live_service.create_live_stream(session=session, actor=OPERATOR, data=data).id

    def job(self, title: str, *, employer: str, **data: Any) -> int:
        return engine_job(self.sessions, title, employer=employer, **data)

    def present(self, stream_id: int, *job_ids: int) -> None:
        for job_id in job_ids:
            with transaction(self.sessions) as session:
                live_service.present_job(
                    session=session, actor=OPERATOR, stream_id=stream_id, job_id=job_id
                )

    def update(
        self,
        stream_id: int,
        action: live_service.StreamAction | None = None,
        **changes: Any,
    ) -> None:
        with transaction(self.sessions) as session:
            live_service.update_live_stream(
                session=session, actor=OPERATOR, stream_id=stream_id, changes=changes, action=action
            )

    def close(self, job_id: int) -> None:
        with transaction(self.sessions) as session:
            job_service.close_job(session=session, actor=OPERATOR, job_id=job_id)

    def seeker(self, name: str) -> Actor:
        """A seeker with a profile, ready to apply."""
        token = self._make_token("seeker", name=name)
        with transaction(self.sessions) as session:
            actor = authenticate(session=session, token=token)
            seeker_service.upsert_candidate_profile(
                session=session, actor=actor, data={"name": name}
            )
        return actor

    def apply(self, seeker: Actor, job_id: int, stream_id: int | None = None) -> None:
        with transaction(self.sessions) as session:
            seeker_service.apply_to_job(
                session=session, actor=seeker, job_id=job_id, live_stream_id=stream_id
            )

    def ask(
        self, job_id: int, question: str, stream_id: int | None = None
    ) -> question_service.Answer:
        with transaction(self.sessions) as session:
            return question_service.ask_about_job(
                session=session, job_id=job_id, question=question, live_stream_id=stream_id
            )

    def figures(self, stream_id: int) -> BroadcastFigures:
        with self.sessions() as session:
            return broadcast_figures(session=session, ids=[stream_id])[stream_id]


@pytest.fixture
def fair(sessions: sessionmaker[Session], make_token: Any) -> Fair:
    return Fair(sessions, make_token)


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The Redis of CIVICMATCH_TEST_REDIS_URL (default: the local one); skips without it,
    unless CIVICMATCH_REQUIRE_REDIS is set (as in CI)."""
    url = os.environ.get(REDIS_ENV, "redis://127.0.0.1:6379/0")
    client = redis.Redis.from_url(url)
    try:
        client.ping()
    except redis.ConnectionError:
        if os.environ.get("CIVICMATCH_REQUIRE_REDIS"):
            pytest.fail(f"no Redis at {url}, and CIVICMATCH_REQUIRE_REDIS is set")
        pytest.skip(f"no Redis at {url} (set {REDIS_ENV})")
    finally:
        client.close()
    return url


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    """A key prefix of the test's own; its keys are deleted afterwards."""
    prefix = f"civicmatch-test-{uuid.uuid4().hex}"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    try:
        keys = list(client.scan_iter(f"{prefix}*"))
        if keys:
            client.delete(*keys)
    finally:
        client.close()
