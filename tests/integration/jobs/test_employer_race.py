"""Twenty first job posts for the same new employer at once: one employer, twenty jobs."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from engine.accounts.actor import OPERATOR
from engine.accounts.models import Account, Role
from engine.accounts.tokens import create_token
from engine.db import transaction
from engine.jobs.models import Employer, JobPost
from engine.jobs.service import post_job
from engine.volunteering.communities import community_id
from engine.volunteering.models import Community


def run_at_once(count: int, work) -> list[BaseException]:  # type: ignore[no-untyped-def]
    start = threading.Barrier(count)
    failures: list[BaseException] = []

    def attempt(index: int) -> None:
        start.wait()
        try:
            work(index)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=attempt, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return failures


def test_twenty_concurrent_first_posts_for_a_new_employer_all_succeed(sessions):
    def post(index: int) -> None:
        with transaction(sessions) as session:
            post_job(
                session=session,
                actor=OPERATOR,
                data={"title": f"岗位 {index}"},
                employer_name="新开业的东昌府食品厂",
            )

    failures = run_at_once(20, post)

    assert failures == []
    with sessions() as session:
        assert session.scalars(select(Employer.name)).all() == ["新开业的东昌府食品厂"]
        assert session.scalar(select(func.count()).select_from(JobPost)) == 20


def test_twenty_concurrent_recruiter_tokens_for_a_new_employer_share_it(sessions):
    def create(index: int) -> None:
        with transaction(sessions) as session:
            create_token(
                session=session, role=Role.RECRUITER, name=f"招聘 {index}", employer="新厂"
            )

    failures = run_at_once(20, create)

    assert failures == []
    with sessions() as session:
        employers = session.scalars(select(Employer.id)).all()
        assert len(employers) == 1
        assert set(session.scalars(select(Account.employer_id))) == set(employers)


def test_an_existing_employer_is_found_not_duplicated(sessions):
    with transaction(sessions) as session:
        first = post_job(
            session=session, actor=OPERATOR, data={"title": "一"}, employer_name="东昌府食品厂"
        )
    with transaction(sessions) as session:
        second = post_job(
            session=session, actor=OPERATOR, data={"title": "二"}, employer_name=" 东昌府食品厂 "
        )

    assert second.employer_id == first.employer_id


def test_twenty_concurrent_first_uses_of_a_new_community_share_it(sessions):
    # Communities are named rows too: a coordinator's first task and a resident's first
    # request may name a new one at the same moment.
    ids: list[int | None] = []

    def use(index: int) -> None:
        with transaction(sessions) as session:
            ids.append(community_id(session=session, name="新建的湖西社区"))

    failures = run_at_once(20, use)

    assert failures == []
    assert len(ids) == 20
    assert len(set(ids)) == 1
    with sessions() as session:
        assert session.scalars(select(Community.name)).all() == ["新建的湖西社区"]
