"""candidateMatches over more visible people than one SQL statement may carry parameters
(PostgreSQL allows 65,535): no statement's parameters grow with the number of people."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, event, insert

from engine.db import make_engine, make_sessionmaker
from engine.matching.index import CHUNK
from engine.seekers.models import Candidate
from matchers.vocabulary import EducationLevel
from tests.api import graphql_client
from tests.integration.matching.factories import CANDIDATE_MATCHES, warehouse_job

PEOPLE = 66_000
TRADES = ["普工", "保洁员", "厨师", "电工", "司机", "收银员", "焊工", "保安"]
WAREHOUSE = {
    "education": EducationLevel.HIGH_SCHOOL,
    "experience_years": 3,
    "skills": ["仓库管理", "盘点", "WMS"],
    "summary": "做过三年仓库管理员，熟悉出入库、盘点和WMS系统。",
    "desired_titles": ["仓库管理员"],
    "locations": ["聊城市东昌府区"],
}


def crowd() -> Iterator[dict[str, Any]]:
    """Many visible people of other trades, two warehouse keepers, one of them hidden."""
    for number in range(PEOPLE):
        trade = TRADES[number % len(TRADES)]
        yield {
            "name": f"求职者{number}",
            "education": EducationLevel.HIGH_SCHOOL,
            "summary": f"做过{number % 9 + 1}年{trade}",
            "desired_titles": [trade],
            "visible_to_employers": True,
        }
    yield {"name": "仓库老手", "visible_to_employers": True, **WAREHOUSE}
    yield {"name": "隐身的仓库老手", "visible_to_employers": False, **WAREHOUSE}


@pytest.fixture
def crowded(database_url: str) -> str:
    engine = make_engine(database_url)
    with make_sessionmaker(engine).begin() as session:
        people = list(crowd())
        for start in range(0, len(people), 5000):
            session.execute(insert(Candidate), people[start : start + 5000])
    engine.dispose()
    return database_url


def test_candidate_matches_over_more_people_than_a_statement_may_carry(crowded, make_token):
    widest: list[int] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        rows = parameters if executemany else [parameters]
        widest.append(max((len(row or ()) for row in rows), default=0))

    event.listen(Engine, "before_cursor_execute", count)
    try:
        with graphql_client(crowded) as api:
            recruiter = make_token("recruiter", employer="聊城市顺达物流有限公司")
            job = warehouse_job(api, recruiter, accommodations=[])
            body = api.data(CANDIDATE_MATCHES, {"jobId": job, "first": 5}, recruiter)
    finally:
        event.remove(Engine, "before_cursor_execute", count)

    names = [match["candidate"]["name"] for match in body["candidateMatches"]]
    assert len(names) == 5
    assert names[0] == "仓库老手"
    assert "隐身的仓库老手" not in names
    # The index read everyone in chunks at start-up; nothing sent a parameter per person.
    assert widest and max(widest) <= CHUNK + 10
