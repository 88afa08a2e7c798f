"""Rank volunteer tasks for people and people for tasks, with reasons (scikit-learn style).

    TaskMatcher().fit(tasks).rank(volunteer, top=10)          # tasks for a volunteer
    VolunteerMatcher().fit(volunteers).rank(task, top=10)     # volunteers for a task

Only pairs that pass the availability rule are returned. Scores are in [0, 1], rounded to
four places, high to low, ties broken by id.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from matchers.ranking import best_indices, id_order, reasons_from, scored_match, weighted_total
from matchers.records import Match, Reason
from matchers.text.synonyms import canonical_skill
from matchers.text.tfidf import Analyzer
from matchers.volunteers.features import (
    WEIGHTS,
    TaskSide,
    Vocabulary,
    VolunteerSide,
    availability_mask,
    components,
    task_text,
    volunteer_text,
)
from matchers.volunteers.records import Task, Volunteer, local_span

BLOCK = 256  # volunteers (or tasks) scored together in a batch; bounds memory at scale
MAX_LISTED = 5


class _Matcher(BaseEstimator):
    def __init__(self, *, analyzer: Analyzer = "both", weights: Mapping[str, float] | None = None):
        self.analyzer = analyzer
        self.weights = weights

    def _weights(self) -> Mapping[str, float]:
        return WEIGHTS if self.weights is None else self.weights


class TaskMatcher(_Matcher):
    """Fitted on tasks; ranks them for one volunteer or many."""

    def fit(self, tasks: Sequence[Task]) -> TaskMatcher:
        self.tasks_ = list(tasks)
        self.vocabulary_, text = Vocabulary.fit(
            texts=[task_text(task) for task in self.tasks_],
            skills=[task.skills for task in self.tasks_],
            analyzer=self.analyzer,
        )
        self.side_ = TaskSide.build(self.tasks_, self.vocabulary_, text=text)
        self.id_order_ = id_order(self.side_.ids)
        return self

    def rank(self, volunteer: Volunteer, *, top: int = 10) -> list[Match]:
        return next(iter(self.rank_many([volunteer], top=top)))

    def rank_many(self, volunteers: Sequence[Volunteer], *, top: int = 10) -> Iterator[list[Match]]:
        """Rankings for each volunteer, in order; volunteers are scored in blocks."""
        check_is_fitted(self, "side_")
        weights = self._weights()
        for start in range(0, len(volunteers), BLOCK):
            block = volunteers[start : start + BLOCK]
            people = VolunteerSide.build(block, self.vocabulary_)
            parts = components(self.side_, people)
            scores = weighted_total(parts, weights)
            allowed = availability_mask(self.side_, people)
            for column, volunteer in enumerate(block):
                best = best_indices(scores[:, column], allowed[:, column], self.id_order_, top)
                yield [
                    scored_match(
                        self.tasks_[row].id,
                        scores[row, column],
                        explain(self.tasks_[row], volunteer, figures, weights),
                        figures,
                    )
                    for row in best
                    for figures in [_at(parts, row, column)]
                ]

    def pair_scores(self, volunteers: Sequence[Volunteer]) -> dict[tuple[str, str], float]:
        """{(task id, volunteer id): score} for every available pair, without reasons."""
        check_is_fitted(self, "side_")
        scores: dict[tuple[str, str], float] = {}
        for start in range(0, len(volunteers), BLOCK):
            people = VolunteerSide.build(volunteers[start : start + BLOCK], self.vocabulary_)
            scores.update(_available_scores(self.side_, people, self._weights()))
        return scores


class VolunteerMatcher(_Matcher):
    """Fitted on volunteers; ranks them for one task or many."""

    def fit(self, volunteers: Sequence[Volunteer]) -> VolunteerMatcher:
        self.volunteers_ = list(volunteers)
        self.vocabulary_, text = Vocabulary.fit(
            texts=[volunteer_text(volunteer) for volunteer in self.volunteers_],
            skills=[volunteer.skills for volunteer in self.volunteers_],
            analyzer=self.analyzer,
        )
        self.side_ = VolunteerSide.build(self.volunteers_, self.vocabulary_, text=text)
        self.id_order_ = id_order(self.side_.ids)
        return self

    def rank(self, task: Task, *, top: int = 10) -> list[Match]:
        return next(iter(self.rank_many([task], top=top)))

    def rank_many(self, tasks: Sequence[Task], *, top: int = 10) -> Iterator[list[Match]]:
        check_is_fitted(self, "side_")
        weights = self._weights()
        for start in range(0, len(tasks), BLOCK):
            block = tasks[start : start + BLOCK]
            task_side = TaskSide.build(block, self.vocabulary_)
            parts = components(task_side, self.side_)
            scores = weighted_total(parts, weights)
            allowed = availability_mask(task_side, self.side_)
            for row, task in enumerate(block):
                best = best_indices(scores[row, :], allowed[row, :], self.id_order_, top)
                yield [
                    scored_match(
                        self.volunteers_[column].id,
                        scores[row, column],
                        explain(task, self.volunteers_[column], figures, weights),
                        figures,
                    )
                    for column in best
                    for figures in [_at(parts, row, column)]
                ]

    def pair_scores(self, tasks: Sequence[Task]) -> dict[tuple[str, str], float]:
        """{(task id, volunteer id): score} for every available pair, without reasons."""
        check_is_fitted(self, "side_")
        scores: dict[tuple[str, str], float] = {}
        for start in range(0, len(tasks), BLOCK):
            task_side = TaskSide.build(tasks[start : start + BLOCK], self.vocabulary_)
            scores.update(_available_scores(task_side, self.side_, self._weights()))
        return scores


def explain(
    task: Task, volunteer: Volunteer, parts: Mapping[str, float], weights: Mapping[str, float]
) -> tuple[Reason, ...]:
    """Reasons for the components that added to the score, largest share first, then gaps."""
    span = local_span(task)
    community = task.community.strip()
    messages = {
        "skills": _skills(task, volunteer),
        "text": f"任务描述与志愿者介绍的文本相似度 {parts['text']:.0%}",
        "team": f"所属队伍：{task.team.label}" if task.team in volunteer.teams else None,
        "community": f"同一社区：{community}"
        if community and community == volunteer.community.strip()
        else None,
        "availability": f"时间合适：{span.describe()}" if span is not None else None,
    }
    return reasons_from(messages, parts, weights, _missing_skills(task, volunteer))


def _skills(task: Task, volunteer: Volunteer) -> str | None:
    have = {canonical_skill(skill) for skill in volunteer.skills}
    matched = [skill for skill in task.skills if canonical_skill(skill) in have]
    return f"技能匹配：{'、'.join(matched[:MAX_LISTED])}" if matched else None


def _missing_skills(task: Task, volunteer: Volunteer) -> str | None:
    have = {canonical_skill(skill) for skill in volunteer.skills}
    missing = [skill for skill in task.skills if canonical_skill(skill) not in have]
    return f"缺少技能：{'、'.join(missing[:MAX_LISTED])}" if missing else None


def _at(parts: Mapping[str, np.ndarray], row: int, column: int) -> dict[str, float]:
    return {name: float(part[row, column]) for name, part in parts.items()}


def _available_scores(
    tasks: TaskSide, volunteers: VolunteerSide, weights: Mapping[str, float]
) -> dict[tuple[str, str], float]:
    scores = weighted_total(components(tasks, volunteers), weights)
    rows, columns = np.nonzero(availability_mask(tasks, volunteers))
    return {
        (str(tasks.ids[row]), str(volunteers.ids[column])): round(float(scores[row, column]), 4)
        for row, column in zip(rows, columns, strict=True)
    }
