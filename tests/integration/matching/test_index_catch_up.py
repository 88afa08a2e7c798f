"""An index kept fresh without messages: what a commit names, and what the version check
finds of changes made beside the service (a script, an import, a bulk statement)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, update

from engine.db import transaction
from engine.jobs.models import Employer, JobPost, JobStatus
from engine.matching.changes import watch
from engine.matching.index import OpenJobsIndex
from engine.time import now


def add_jobs(sessions, *titles: str) -> list[int]:  # type: ignore[no-untyped-def]
    with transaction(sessions) as session:
        employer = Employer(name=f"聊城市顺达物流有限公司{len(titles)}{titles[0]}")
        jobs = [JobPost(employer=employer, title=title, description=title) for title in titles]
        session.add_all(jobs)
        session.flush()
        return [job.id for job in jobs]


def held(index: OpenJobsIndex) -> set[int]:
    snapshot = index.snapshot
    assert snapshot is not None
    return set(snapshot.stamps)


def test_the_version_check_finds_jobs_added_edited_closed_and_deleted_beside_it(sessions):
    first = add_jobs(sessions, "仓库管理员", "叉车司机", "分拣员")
    index = OpenJobsIndex()
    with sessions() as session:
        index.build(session)
        assert index.catch_up(session) == 0  # nothing changed since the build

    added = add_jobs(sessions, "电工", "焊工")
    with transaction(sessions) as session:
        session.execute(
            update(JobPost)
            .where(JobPost.id == first[0])
            .values(title="冷库保管员", updated_at=now())
        )
        session.execute(
            update(JobPost)
            .where(JobPost.id == first[1])
            .values(status=JobStatus.CLOSED, updated_at=now())
        )
    with sessions() as session:
        assert index.catch_up(session) == 4  # two added, one edited, one closed
    assert held(index) == {first[0], first[2], *added}
    assert index.snapshot is not None and index.snapshot.matcher is not None
    assert {job.title for job in index.snapshot.matcher.jobs_} >= {"冷库保管员", "电工"}

    # A deleted row leaves no newer stamp behind: the count tells, and everything is compared.
    with transaction(sessions) as session:
        session.execute(delete(JobPost).where(JobPost.id == added[0]))
    with sessions() as session:
        index.catch_up(session)
    assert held(index) == {first[0], first[2], added[1]}


def test_a_commit_names_the_jobs_it_changed_and_a_bulk_statement_says_it_cannot(sessions):
    seen: list[dict[str, Any]] = []
    watch(sessions, seen.append)

    ids = add_jobs(sessions, "仓库管理员", "叉车司机")
    with transaction(sessions) as session:
        session.get(JobPost, ids[0]).title = "仓库主管"  # type: ignore[union-attr]
    with transaction(sessions) as session:
        session.execute(update(JobPost).values(headcount=2))
    with transaction(sessions) as session:
        session.get(JobPost, ids[1])  # read only: nothing to tell

    assert seen == [
        {"open_jobs": frozenset(ids)},
        {"open_jobs": frozenset({ids[0]})},
        {"open_jobs": None},
    ]


def test_given_ids_only_those_are_taken_in(sessions):
    first = add_jobs(sessions, "仓库管理员", "叉车司机")
    index = OpenJobsIndex(refit_share=1000.0)  # no full fit, which would read every job
    with sessions() as session:
        index.build(session)
    later = add_jobs(sessions, "电工", "焊工")

    with sessions() as session:
        assert index.refresh(session, ids=[later[0], 999_999]) == 1

    assert held(index) == {*first, later[0]}


def test_a_small_index_is_fitted_again_at_once_when_a_tenth_has_changed(sessions):
    add_jobs(sessions, "仓库管理员", "叉车司机", "分拣员")
    index = OpenJobsIndex()
    with sessions() as session:
        built = index.build(session)
    later = add_jobs(sessions, "电工")

    with sessions() as session:
        index.refresh(session, ids=later)

    snapshot = index.snapshot
    assert snapshot is not None and not index.refitting
    assert snapshot.built_at > built.built_at
    assert (snapshot.fitted_on, snapshot.changed_since_fit) == (4, 0)
