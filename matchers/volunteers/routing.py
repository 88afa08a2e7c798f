"""Route an anonymous resident request (红便签) to a volunteer team and a task category.

    router = RequestRouter().fit(texts, teams, categories)
    router.predict("隔壁独居的奶奶好几天没出门了")
    # Route(team=VolunteerTeam.ELDER_CHILD_CARE, category=TaskCategory.CARE_VULNERABLE, ...)

Two linear classifiers over one Chinese TF-IDF: one for the team (with a "no team" class),
one for the category. A head whose best class is less likely than `min_confidence` abstains:
no team, category `other`. The confidence is the probability of the returned pair (the
product of the two heads' probabilities of what they return), so an abstention is a low
number rather than a confident guess.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from matchers.text.tfidf import Analyzer, ChineseTfidf
from matchers.vocabulary import TaskCategory, VolunteerTeam

NO_TEAM = "none"  # the team head's class for requests no volunteer team handles


@dataclass(frozen=True)
class Route:
    team: VolunteerTeam | None
    category: TaskCategory
    confidence: float

    def as_json(self) -> dict[str, object]:
        """The route-requests output line of FORMATS.md."""
        return {
            "team": None if self.team is None else self.team.value,
            "category": self.category.value,
            "confidence": self.confidence,
        }


class RequestRouter(BaseEstimator):
    """Fitted on labelled requests; predicts a Route for new ones."""

    def __init__(
        self,
        *,
        min_confidence: float = 0.4,
        analyzer: Analyzer = "both",
        char_sizes: tuple[int, int] = (1, 2),
        regularization: float = 100.0,
    ):
        self.min_confidence = min_confidence
        self.analyzer = analyzer
        self.char_sizes = char_sizes
        self.regularization = regularization

    def fit(
        self,
        texts: Sequence[str],
        teams: Sequence[VolunteerTeam | str | None],
        categories: Sequence[TaskCategory | str],
    ) -> RequestRouter:
        if not len(texts) == len(teams) == len(categories):
            raise ValueError(
                f"texts, teams and categories differ in length "
                f"({len(texts)}, {len(teams)}, {len(categories)})"
            )
        team_labels = [_team_label(team) for team in teams]
        category_labels = [TaskCategory.parse(category).value for category in categories]
        for labels, head in ((team_labels, "team"), (category_labels, "category")):
            if len(set(labels)) < 2:
                raise ValueError(f"the examples need at least two {head} labels to learn from")
        self.vectorizer_ = ChineseTfidf(analyzer=self.analyzer, char_sizes=self.char_sizes)
        matrix = self.vectorizer_.fit_transform([_checked(text) for text in texts])
        self.team_model_ = self._classifier().fit(matrix, team_labels)
        self.category_model_ = self._classifier().fit(matrix, category_labels)
        return self

    def predict(self, text: str) -> Route:
        return self.predict_many([text])[0]

    def predict_many(self, texts: Iterable[str]) -> list[Route]:
        check_is_fitted(self, "category_model_")
        checked = [_checked(text) for text in texts]
        if not checked:
            return []
        matrix = self.vectorizer_.transform(checked)
        team_proba = self.team_model_.predict_proba(matrix)
        category_proba = self.category_model_.predict_proba(matrix)
        return [
            self._route(team_row, category_row)
            for team_row, category_row in zip(team_proba, category_proba, strict=True)
        ]

    def _route(self, team_proba: np.ndarray, category_proba: np.ndarray) -> Route:
        team, team_p = _best(self.team_model_.classes_, team_proba, NO_TEAM, self.min_confidence)
        category, category_p = _best(
            self.category_model_.classes_,
            category_proba,
            TaskCategory.OTHER.value,
            self.min_confidence,
        )
        return Route(
            team=None if team == NO_TEAM else VolunteerTeam(team),
            category=TaskCategory(category),
            confidence=round(team_p * category_p, 4),
        )

    def _classifier(self) -> LogisticRegression:
        return LogisticRegression(C=self.regularization, max_iter=2000)


def _best(
    classes: np.ndarray, proba: np.ndarray, fallback: str, min_confidence: float
) -> tuple[str, float]:
    """The most probable class, or `fallback` when that is below `min_confidence`; with the
    probability of the class returned (0 for a fallback the examples never used)."""
    best = int(np.argmax(proba))
    if proba[best] >= min_confidence:
        return str(classes[best]), float(proba[best])
    known = np.flatnonzero(classes == fallback)
    return fallback, float(proba[known[0]]) if known.size else 0.0


def _team_label(team: VolunteerTeam | str | None) -> str:
    if team is None or team == NO_TEAM:
        return NO_TEAM
    return VolunteerTeam.parse(team).value


def _checked(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"a request needs some text to route, got {text!r}")
    return text


def read_examples(
    path: Path | str | None = None,
) -> tuple[list[str], list[str | None], list[str]]:
    """Texts, teams and categories of a labelled JSON Lines file (default: the seeds')."""
    source = files("seeds") / "data" / "routing_examples.jsonl" if path is None else Path(path)
    rows: list[Mapping[str, object]] = [
        json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    texts = [str(row["text"]) for row in rows]
    teams = [None if row.get("team") is None else str(row["team"]) for row in rows]
    categories = [str(row["category"]) for row in rows]
    return texts, teams, categories


@cache
def default_router() -> RequestRouter:
    """A router fitted on the labelled examples in seeds/data/routing_examples.jsonl."""
    return RequestRouter().fit(*read_examples())
