"""Volunteer matches over the database, and a week's optimal assignment proposal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.accounts.models import Role
from engine.errors import InvalidValue
from engine.paging import checked_match_count
from engine.time import LOCAL_ZONE, now
from engine.volunteering.communities import communities_by_ids
from engine.volunteering.models import Community, Task, TaskStatus, Volunteer
from engine.volunteering.tasks import coordinated_task
from engine.volunteering.volunteers import visible_volunteer
from matchers.records import Reason
from matchers.volunteers.records import Task as TaskRecord
from matchers.volunteers.records import Volunteer as VolunteerRecord

# The matchers are imported where they are used: scikit-learn and SciPy take a second to
# load, which the server would otherwise spend at start-up.


@dataclass(frozen=True, slots=True)
class TaskMatch:
    task: Task
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class VolunteerMatch:
    volunteer: Volunteer
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class Proposal:
    task: Task
    volunteers: list[Volunteer]
    unfilled: int


def task_matches(
    *, session: Session, actor: Actor, volunteer_id: int, first: int
) -> list[TaskMatch]:
    """Open, upcoming tasks for a volunteer (themself, their coordinators, admins)."""
    actor.require(Role.VOLUNTEER, Role.COORDINATOR)
    top = checked_match_count(first)
    volunteer = visible_volunteer(session=session, actor=actor, volunteer_id=volunteer_id)
    tasks = list(
        session.scalars(select(Task).where(Task.status == TaskStatus.OPEN, Task.starts_at > now()))
    )
    if not tasks:
        return []
    names = community_names(session, [*tasks, volunteer])
    from matchers.volunteers.matcher import TaskMatcher

    ranking = (
        TaskMatcher()
        .fit([task_record(task, names) for task in tasks])
        .rank(volunteer_record(volunteer, names), top=top)
    )
    by_id = {str(task.id): task for task in tasks}
    return [TaskMatch(by_id[m.id], m.score, m.reasons) for m in ranking]


def volunteer_matches(
    *, session: Session, actor: Actor, task_id: int, first: int
) -> list[VolunteerMatch]:
    """A task's best volunteers among its community's (for its coordinators and admins)."""
    actor.require(Role.COORDINATOR)
    top = checked_match_count(first)
    task = coordinated_task(session=session, actor=actor, task_id=task_id, field="task_id")
    people = _community_volunteers(session, task.community_id)
    if not people:
        return []
    names = community_names(session, [task, *people])
    from matchers.volunteers.matcher import VolunteerMatcher

    ranking = (
        VolunteerMatcher()
        .fit([volunteer_record(v, names) for v in people])
        .rank(task_record(task, names), top=top)
    )
    by_id = {str(person.id): person for person in people}
    return [VolunteerMatch(by_id[m.id], m.score, m.reasons) for m in ranking]


def propose_assignment(*, session: Session, actor: Actor, week_start: date) -> list[Proposal]:
    """The best assignment of the community's volunteers to its open tasks of that week:
    no task over its slots, no one in two overlapping tasks, only available volunteers."""
    actor.require(Role.COORDINATOR)
    if actor.community is None and not actor.is_admin:
        raise InvalidValue("access.coordinator_without_community")
    # The week's bounds in UTC must be times Python can hold: from year 1 to year 9999.
    if not date(1, 1, 2) <= week_start <= date(9999, 12, 24):
        raise InvalidValue(
            "time.out_of_range", field="week_start", code="INVALID_TIME", value=week_start
        )
    start = datetime.combine(week_start, time(0), tzinfo=LOCAL_ZONE)
    community = session.scalar(select(Community).where(Community.name == (actor.community or "")))
    community_id = None if community is None else community.id
    tasks = list(
        session.scalars(
            select(Task)
            .where(
                Task.status == TaskStatus.OPEN,
                Task.starts_at >= start,
                Task.starts_at < start + timedelta(days=7),
                Task.community_id == community_id,
            )
            .order_by(Task.starts_at, Task.id)
        )
    )
    people = _community_volunteers(session, community_id)
    names = community_names(session, [*tasks, *people])
    from matchers.volunteers.assignment import assign_matched

    chosen = assign_matched(
        [task_record(t, names) for t in tasks], [volunteer_record(v, names) for v in people]
    )
    by_id = {str(person.id): person for person in people}
    return [
        Proposal(
            task=task,
            volunteers=[by_id[vid] for vid in chosen[str(task.id)]],
            unfilled=task.slots - len(chosen[str(task.id)]),
        )
        for task in tasks
    ]


def _community_volunteers(session: Session, community_id: int | None) -> list[Volunteer]:
    return list(
        session.scalars(
            select(Volunteer).where(Volunteer.community_id == community_id).order_by(Volunteer.id)
        )
    )


def community_names(session: Session, rows: list[Task | Volunteer]) -> dict[int, str]:
    ids = [row.community_id for row in rows if row.community_id is not None]
    return {
        key: community.name
        for key, community in communities_by_ids(session=session, ids=ids).items()
    }


def task_record(task: Task, names: dict[int, str]) -> TaskRecord:
    return TaskRecord(
        id=str(task.id),
        title=task.title,
        starts_at=task.starts_at,
        ends_at=task.ends_at,
        description=task.description,
        category=task.category,
        team=task.team,
        community=names.get(task.community_id or 0, ""),
        slots=task.slots,
        skills=tuple(task.skills),
        points=task.points,
    )


def volunteer_record(volunteer: Volunteer, names: dict[int, str]) -> VolunteerRecord:
    return VolunteerRecord.from_mapping(
        {
            "id": str(volunteer.id),
            "community": names.get(volunteer.community_id or 0, ""),
            "skills": volunteer.skills,
            "teams": volunteer.teams,
            "availability": volunteer.availability,
            "bio": volunteer.bio,
        }
    )
