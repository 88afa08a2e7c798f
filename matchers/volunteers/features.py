"""Tasks and volunteers as column arrays, the availability rule over them, and soft components.

Each component is a (tasks × volunteers) array in [0, 1]; the score is their weighted sum.
Where a side says nothing (a task lists no skills, names no team or community) the
component takes the neutral value for every pair alike. A volunteer's name is never read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import time
from types import MappingProxyType

import numpy as np
from scipy.sparse import csr_matrix

from matchers.ranking import dense
from matchers.text.synonyms import canonical_skill
from matchers.text.tfidf import Analyzer, ChineseTfidf
from matchers.vocabulary import VolunteerTeam
from matchers.volunteers.records import Task, Volunteer, clock_microseconds, local_span

NEUTRAL = 0.5
NO_TEAM = -1

WEIGHTS: Mapping[str, float] = MappingProxyType(
    {
        "skills": 0.35,
        "text": 0.20,
        "team": 0.20,
        "community": 0.15,
        "availability": 0.10,
    }
)
TEAM_BIT = {team: 1 << bit for bit, team in enumerate(VolunteerTeam)}


def task_text(task: Task) -> str:
    return " ".join([task.title, task.title, *task.skills, task.description])


def volunteer_text(volunteer: Volunteer) -> str:
    return " ".join([*volunteer.skills, volunteer.bio])


@dataclass
class Vocabulary:
    """What a matcher learns from the side it is fitted on: text weights and skill columns."""

    text: ChineseTfidf
    skills: dict[str, int]

    @classmethod
    def fit(
        cls, *, texts: Sequence[str], skills: Iterable[Iterable[str]], analyzer: Analyzer
    ) -> tuple[Vocabulary, csr_matrix]:
        """The vocabulary, and the TF-IDF matrix of `texts` (computed once while fitting)."""
        text = ChineseTfidf(analyzer=analyzer)
        matrix = text.fit_transform(texts)
        names = sorted({canonical_skill(skill) for row in skills for skill in row} - {""})
        return cls(text=text, skills={name: index for index, name in enumerate(names)}), matrix

    def skill_matrix(self, skill_lists: Sequence[Sequence[str]]) -> csr_matrix:
        indptr = [0]
        indices: list[int] = []
        for skills in skill_lists:
            known = (self.skills.get(canonical_skill(skill)) for skill in skills)
            indices.extend(sorted({column for column in known if column is not None}))
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=np.float32)
        width = max(len(self.skills), 1)
        return csr_matrix((data, indices, indptr), shape=(len(skill_lists), width))


@dataclass
class TaskSide:
    ids: np.ndarray
    weekday: np.ndarray  # local weekday 1..7; 0 for a task not within one local day
    start: np.ndarray  # local clock, microseconds since midnight
    end: np.ndarray
    team: np.ndarray  # the owning team's bit, NO_TEAM when none
    community: np.ndarray
    has_skills: np.ndarray
    skill_counts: np.ndarray
    skills: csr_matrix
    text: csr_matrix

    @classmethod
    def build(
        cls, tasks: Sequence[Task], vocabulary: Vocabulary, *, text: csr_matrix | None = None
    ) -> TaskSide:
        """`text` is the tasks' TF-IDF matrix when the vocabulary was fitted on these tasks."""
        spans = [local_span(task) for task in tasks]
        return cls(
            ids=np.array([task.id for task in tasks], dtype=object),
            weekday=np.array([0 if s is None else s.weekday for s in spans], dtype=np.int8),
            start=_clocks([None if s is None else s.start for s in spans]),
            end=_clocks([None if s is None else s.end for s in spans]),
            team=np.array(
                [NO_TEAM if t.team is None else TEAM_BIT[t.team] for t in tasks], dtype=np.int64
            ),
            community=_communities(task.community for task in tasks),
            has_skills=np.array([bool(task.skills) for task in tasks], dtype=bool),
            skill_counts=np.array(
                [len({canonical_skill(skill) for skill in task.skills}) for task in tasks],
                dtype=np.float32,
            ),
            skills=vocabulary.skill_matrix([task.skills for task in tasks]),
            text=vocabulary.text.transform([task_text(task) for task in tasks])
            if text is None
            else text,
        )


@dataclass
class VolunteerSide:
    ids: np.ndarray
    teams: np.ndarray  # bit mask of TEAM_BIT
    community: np.ndarray
    skills: csr_matrix
    text: csr_matrix
    # every availability window, flattened: whose it is, its weekday and clock times
    window_owner: np.ndarray
    window_weekday: np.ndarray
    window_start: np.ndarray
    window_end: np.ndarray

    @classmethod
    def build(
        cls,
        volunteers: Sequence[Volunteer],
        vocabulary: Vocabulary,
        *,
        text: csr_matrix | None = None,
    ) -> VolunteerSide:
        windows = [(owner, w) for owner, v in enumerate(volunteers) for w in v.availability]
        return cls(
            ids=np.array([volunteer.id for volunteer in volunteers], dtype=object),
            teams=np.array(
                [sum(TEAM_BIT[team] for team in v.teams) for v in volunteers], dtype=np.int64
            ),
            community=_communities(volunteer.community for volunteer in volunteers),
            skills=vocabulary.skill_matrix([volunteer.skills for volunteer in volunteers]),
            text=vocabulary.text.transform([volunteer_text(v) for v in volunteers])
            if text is None
            else text,
            window_owner=np.array([owner for owner, _ in windows], dtype=np.int64),
            window_weekday=np.array([w.weekday for _, w in windows], dtype=np.int8),
            window_start=_clocks([w.start for _, w in windows]),
            window_end=_clocks([w.end for _, w in windows]),
        )


def availability_mask(tasks: TaskSide, volunteers: VolunteerSide) -> np.ndarray:
    """True where one of the volunteer's windows covers the task's whole local time."""
    covered = (
        (tasks.weekday[:, None] == volunteers.window_weekday[None, :])
        & (volunteers.window_start[None, :] <= tasks.start[:, None])
        & (tasks.end[:, None] <= volunteers.window_end[None, :])
    )
    windows = len(volunteers.window_owner)
    owners = csr_matrix(
        (np.ones(windows, dtype=np.int32), (np.arange(windows), volunteers.window_owner)),
        shape=(windows, len(volunteers.ids)),
    )
    return dense(csr_matrix(covered, dtype=np.int32) @ owners) > 0


def components(tasks: TaskSide, volunteers: VolunteerSide) -> dict[str, np.ndarray]:
    return {
        "skills": skill_fit(tasks, volunteers),
        "text": dense(tasks.text @ volunteers.text.T).clip(0.0, 1.0),
        "team": team_fit(tasks, volunteers),
        "community": community_fit(tasks, volunteers),
        "availability": np.ones((len(tasks.ids), len(volunteers.ids)), dtype=np.float64),
    }


def skill_fit(tasks: TaskSide, volunteers: VolunteerSide) -> np.ndarray:
    """The share of the task's skills the volunteer has (neutral when the task lists none)."""
    matched = dense(tasks.skills @ volunteers.skills.T)
    covered = matched / np.maximum(tasks.skill_counts, 1.0)[:, None]
    return np.where(tasks.has_skills[:, None], covered, NEUTRAL)


def team_fit(tasks: TaskSide, volunteers: VolunteerSide) -> np.ndarray:
    """1 for a member of the team that owns the task, 0 for others; neutral for no team."""
    member = (np.maximum(tasks.team, 0)[:, None] & volunteers.teams[None, :]) != 0
    return np.where(tasks.team[:, None] == NO_TEAM, NEUTRAL, member.astype(np.float64))


def community_fit(tasks: TaskSide, volunteers: VolunteerSide) -> np.ndarray:
    """1 in the same community, 0 in another; neutral when either does not say."""
    same = tasks.community[:, None] == volunteers.community[None, :]
    known = (tasks.community != "")[:, None] & (volunteers.community != "")[None, :]
    return np.where(known, same.astype(np.float64), NEUTRAL)


def _clocks(values: Sequence[time | None]) -> np.ndarray:
    """Microseconds since midnight; -1 where there is no time (it then covers nothing)."""
    return np.array(
        [-1 if value is None else clock_microseconds(value) for value in values], dtype=np.int64
    )


def _communities(values: Iterable[str]) -> np.ndarray:
    return np.array([value.strip() for value in values], dtype=str)
