"""Route an anonymous resident request (红便签) to a volunteer team and a task category.

    router = RequestRouter().fit(texts, teams, categories)
    router.predict("隔壁独居的奶奶好几天没出门了")
    # Route(team=VolunteerTeam.ELDER_CHILD_CARE, category=TaskCategory.CARE_VULNERABLE, ...)

A note is first put in standard Chinese (spelling.standard: dialect, same-sound typos).
Two heads, one for the team (with a "no team" class) and one for the category, each average
three logistic regressions: one over the note's Chinese TF-IDF, one over the same plus, per
entry of the need and team lexicons (needs.py), how many of its words the note uses, and one
over its runs of one and two characters. The examples teach how far to trust an entry, and
an entry's words the examples never used still count; the wording-only view keeps the
examples' evidence for notes that use none; the character runs catch pieces of words that the
word view cuts otherwise (献血车, 彩礼钱).
The pair returned is the likeliest coherent one (no team goes with category `other`); a
head whose choice is less likely than `min_confidence` abstains: no team, category `other`.

The confidence is the probability that the route is right. The heads' own (the product of
their probabilities of what they return) is not, so it is calibrated: a logistic curve from
it to "team and category both right", fitted on routes of held-out examples (5-fold
cross-validation over the examples, at fit time). A note that uses no word of the lexicons
keeps the route its wording gives, with confidence 0 (see names_a_need). Below
COORDINATOR_BELOW (0.5: a route more likely wrong than right) `needs_coordinator` is true.
Needs asked for besides the main one come as `other_needs`, and the words that point to the
route as `reasons`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.base import BaseEstimator, clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.utils.validation import check_is_fitted

from matchers.text.tfidf import Analyzer, ChineseTfidf
from matchers.vocabulary import TaskCategory, VolunteerTeam
from matchers.volunteers.needs import CATEGORY_WORDS, TEAM_WORDS, needs_in
from matchers.volunteers.spelling import standard

NO_TEAM = "none"  # the team head's class for requests no volunteer team handles
# A route less likely right than wrong goes to a coordinator: the threshold is this policy,
# not a number tuned on any notes; what is fitted (by cross-validation) is the confidence.
COORDINATOR_BELOW = 0.5
# The third view: character runs of the note as written (TfidfVectorizer char_wb), and its
# regressions' C. Chosen by 5-fold cross-validation over the examples (two shuffles): routes
# with the team right 0.946 → 0.958, the category 0.931 → 0.932, both 0.889 → 0.899. Runs
# of up to three characters did no better, with 2.5 times the columns.
SPELLING_GRAMS = (1, 2)
SPELLING_C = 10.0
CALIBRATION_FOLDS = 5
CALIBRATE_FROM = 50  # examples; below this the folds are too small to calibrate on
OTHER = TaskCategory.OTHER.value
LEXICONS = (CATEGORY_WORDS, TEAM_WORDS)
# The labelled notes the router learns from (seeds/data): notes written for it, then a
# second set phrased unlike them (dialect, typos, several needs in one note, no clear need),
# and a third and a fourth, each written by another hand.
EXAMPLES = (
    "routing_examples.jsonl",
    "request_notes_2.jsonl",
    "request_notes_3.jsonl",
    "request_notes_4.jsonl",
    "request_notes_8.jsonl",
)
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]|另外|还有|顺便|顺带|此外|同时")


@dataclass(frozen=True)
class Route:
    team: VolunteerTeam | None
    category: TaskCategory
    confidence: float
    # Further needs the note asks for besides the main one, in the note's order.
    other_needs: tuple[TaskCategory, ...] = field(default=(), compare=False)
    # The note's words that point to the team and to the category.
    reasons: tuple[str, ...] = field(default=(), compare=False)

    @property
    def needs_coordinator(self) -> bool:
        """The route is less likely right than wrong: a coordinator should decide."""
        return self.confidence < COORDINATOR_BELOW

    def as_json(self) -> dict[str, object]:
        """The route-requests output line of FORMATS.md."""
        return {
            "team": None if self.team is None else self.team.value,
            "category": self.category.value,
            "confidence": self.confidence,
        }


class RequestRouter(BaseEstimator):
    """Fitted on labelled requests; predicts a Route for new ones."""

    # min_confidence and regularization: chosen by 5-fold cross-validation over the examples
    # (three shuffles, benchmarks/evaluate_volunteers.py --cross-validate): from 0.4 and 100,
    # team 0.921 -> 0.930 and category 0.897 -> 0.915 on the 902 notes with two views (means
    # over the shuffles; 0.2 does as well).
    def __init__(
        self,
        *,
        min_confidence: float = 0.3,
        analyzer: Analyzer = "both",
        char_sizes: tuple[int, int] = (1, 2),
        regularization: float = 1000.0,
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
        notes = [standard(_checked(text)) for text in texts]
        self.vectorizer_ = ChineseTfidf(analyzer=self.analyzer, char_sizes=self.char_sizes)
        wording = self.vectorizer_.fit_transform(notes)
        self.spelling_ = TfidfVectorizer(analyzer="char_wb", ngram_range=SPELLING_GRAMS).fit(notes)
        self._fit_heads(wording, notes, team_labels, category_labels)
        self.calibration_ = self._calibration(wording, notes, team_labels, category_labels)
        return self

    def predict(self, text: str) -> Route:
        return self.predict_many([text])[0]

    def predict_many(self, texts: Iterable[str]) -> list[Route]:
        check_is_fitted(self, "calibration_")
        notes = [standard(_checked(text)) for text in texts]
        if not notes:
            return []
        team_proba, category_proba = self._proba(self.vectorizer_.transform(notes), notes)
        routes = [
            self._route(note, team_row, category_row)
            for note, team_row, category_row in zip(notes, team_proba, category_proba, strict=True)
        ]
        confidences = [route.confidence for route in routes]
        if self.calibration_ is not None:
            confidences = list(_calibrated(self.calibration_, confidences))
        return [
            replace(route, confidence=round(float(p), 4) if names_a_need(note) else 0.0)
            for note, route, p in zip(notes, routes, confidences, strict=True)
        ]

    def _fit_heads(
        self, wording: csr_matrix, notes: list[str], teams: list[str], categories: list[str]
    ) -> None:
        lexical = _with_needs(wording, notes)
        spelling = self.spelling_.transform(notes)
        self.team_model_ = self._classifier().fit(lexical, teams)
        self.category_model_ = self._classifier().fit(lexical, categories)
        self.team_wording_model_ = self._classifier().fit(wording, teams)
        self.category_wording_model_ = self._classifier().fit(wording, categories)
        self.team_spelling_model_ = _spelling_classifier().fit(spelling, teams)
        self.category_spelling_model_ = _spelling_classifier().fit(spelling, categories)

    def _proba(self, wording: csr_matrix, notes: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each head's probabilities, the mean of three views: the note's wording with the
        lexicons' counts; its wording alone, which keeps the examples' evidence where the note
        uses no word of the lexicons (which the first reads as `other`); and its runs of one
        and two characters, which catch pieces of words the word view cuts otherwise."""
        lexical = _with_needs(wording, notes)
        spelling = self.spelling_.transform(notes)
        team = (
            self.team_model_.predict_proba(lexical)
            + self.team_wording_model_.predict_proba(wording)
            + self.team_spelling_model_.predict_proba(spelling)
        ) / 3
        category = (
            self.category_model_.predict_proba(lexical)
            + self.category_wording_model_.predict_proba(wording)
            + self.category_spelling_model_.predict_proba(spelling)
        ) / 3
        return team, category

    def _pair(self, team_proba: np.ndarray, category_proba: np.ndarray) -> tuple[str, str, float]:
        """The team and category to route to, and the heads' probability of that pair."""
        teams, categories = self.team_model_.classes_, self.category_model_.classes_
        best_team, best_category = coherent_pair(teams, team_proba, categories, category_proba)
        team, team_p = _kept(teams, team_proba, best_team, NO_TEAM, self.min_confidence)
        category, category_p = _kept(
            categories, category_proba, best_category, OTHER, self.min_confidence
        )
        if team == NO_TEAM and category != OTHER:
            # No team was sure enough: what no team takes on is no team's task either.
            other = np.flatnonzero(categories == OTHER)
            category, category_p = OTHER, float(category_proba[other[0]]) if other.size else 0.0
        return team, category, round(team_p * category_p, 4)

    def _route(self, note: str, team_proba: np.ndarray, category_proba: np.ndarray) -> Route:
        """The route with the heads' own, uncalibrated, confidence."""
        team, category, confidence = self._pair(team_proba, category_proba)
        needs = needs_in(note, CATEGORY_WORDS)
        reasons = (*needs_in(note, TEAM_WORDS).get(team, ()), *needs.get(category, ()))
        return Route(
            team=None if team == NO_TEAM else VolunteerTeam(team),
            category=TaskCategory(category),
            confidence=confidence,
            other_needs=self._other_needs(note, category),
            reasons=tuple(dict.fromkeys(reasons)),
        )

    def _other_needs(self, note: str, main: str) -> tuple[TaskCategory, ...]:
        """Needs asked for in a clause of their own: the clause's most likely category, when
        it is more likely than not and the clause uses a word of that need."""
        clauses = [clause for clause in _CLAUSE_BREAK.split(note) if names_a_need(clause)]
        if not clauses:
            return ()
        _, proba = self._proba(self.vectorizer_.transform(clauses), clauses)
        found: list[TaskCategory] = []
        for clause, row in zip(clauses, proba, strict=True):
            best = int(np.argmax(row))
            code = str(self.category_model_.classes_[best])
            if (
                row[best] >= COORDINATOR_BELOW
                and code not in (main, OTHER)
                and code in needs_in(clause, CATEGORY_WORDS)
            ):
                found.append(TaskCategory(code))
        return tuple(dict.fromkeys(found))

    def _calibration(
        self, wording: csr_matrix, notes: list[str], teams: list[str], categories: list[str]
    ) -> LogisticRegression | None:
        """P(route right | the heads' confidence), learned from routes of examples the heads
        were not fitted on (k-fold; the folds share the vocabulary and IDF of all examples,
        not their labels); None when there are too few examples to hold any out."""
        if len(notes) < CALIBRATE_FROM:
            return None
        confidences: list[float] = []
        right: list[bool] = []
        folds = KFold(n_splits=CALIBRATION_FOLDS, shuffle=True, random_state=0)
        for train, held_out in folds.split(notes):
            heads = clone(self)
            heads.spelling_ = self.spelling_
            heads._fit_heads(
                wording[train],
                [notes[i] for i in train],
                [teams[i] for i in train],
                [categories[i] for i in train],
            )
            team_proba, category_proba = heads._proba(
                wording[held_out], [notes[i] for i in held_out]
            )
            for i, team_row, category_row in zip(held_out, team_proba, category_proba, strict=True):
                if not names_a_need(notes[i]):
                    continue  # its confidence is 0 whatever the heads say
                team, category, confidence = heads._pair(team_row, category_row)
                confidences.append(confidence)
                right.append((team, category) == (teams[i], categories[i]))
        if len(set(right)) < 2:
            return None
        return LogisticRegression().fit(_log_odds(confidences), right)

    def _classifier(self) -> LogisticRegression:
        # Newton-CG: the same optimum as lbfgs, several times sooner on these few thousand
        # columns.
        return LogisticRegression(C=self.regularization, solver="newton-cg", max_iter=2000)


def _spelling_classifier() -> LogisticRegression:
    return LogisticRegression(C=SPELLING_C, solver="newton-cg", max_iter=2000)


def _with_needs(wording: csr_matrix, notes: list[str]) -> csr_matrix:
    """The TF-IDF matrix with one column per lexicon entry: how many of its words the note
    uses. Words the examples never used still count, through the column of their entry."""
    counts = np.array([_need_counts(note) for note in notes], dtype=np.float32)
    return hstack([wording, csr_matrix(counts)], format="csr")


@lru_cache(maxsize=4096)
def _need_counts(note: str) -> tuple[int, ...]:
    found = {**needs_in(note, CATEGORY_WORDS), **needs_in(note, TEAM_WORDS)}
    return tuple(len(found.get(entry, ())) for lexicon in LEXICONS for entry in lexicon)


def coherent_pair(
    teams: np.ndarray, team_proba: np.ndarray, categories: np.ndarray, category_proba: np.ndarray
) -> tuple[int, int]:
    """The most probable (team, category) pair, the heads taken as independent, among the
    coherent ones: a request no team handles is no team's task, so its category is `other`."""
    scores = np.outer(team_proba, category_proba)
    none, other = np.flatnonzero(teams == NO_TEAM), np.flatnonzero(categories == OTHER)
    if none.size and other.size:
        scores[none[0], np.arange(categories.size) != other[0]] = -1.0
    team, category = np.unravel_index(int(np.argmax(scores)), scores.shape)
    return int(team), int(category)


def _kept(
    classes: np.ndarray, proba: np.ndarray, best: int, fallback: str, min_confidence: float
) -> tuple[str, float]:
    """The class `best`, or `fallback` when it is less probable than `min_confidence`; with
    the probability of the class returned (0 for a fallback the examples never used)."""
    if proba[best] >= min_confidence:
        return str(classes[best]), float(proba[best])
    known = np.flatnonzero(classes == fallback)
    return fallback, float(proba[known[0]]) if known.size else 0.0


def names_a_need(note: str) -> bool:
    """The note uses a word of the lexicons: a need, a team's field, or a matter for someone
    other than the volunteers. A note that uses none is routed by its wording alone, and the
    router does not vouch for that route (confidence 0): a coordinator reads the note."""
    return any(needs_in(note, lexicon) for lexicon in LEXICONS)


def _log_odds(confidences: Sequence[float]) -> np.ndarray:
    p = np.clip(np.asarray(confidences, dtype=float), 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p)).reshape(-1, 1)


def _calibrated(calibration: LogisticRegression, confidences: Sequence[float]) -> np.ndarray:
    right = list(calibration.classes_).index(True)
    return calibration.predict_proba(_log_odds(confidences))[:, right]


def _team_label(team: VolunteerTeam | str | None) -> str:
    if team is None or team == NO_TEAM:
        return NO_TEAM
    return VolunteerTeam.parse(team).value


def _checked(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"a request needs some text to route, got {text!r}")
    return text


def read_examples(
    path: Traversable | str | None = None,
) -> tuple[list[str], list[str | None], list[str]]:
    """Texts, teams and categories of a labelled JSON Lines file; without one, of every
    file of EXAMPLES, in order (the router's own examples)."""
    shipped = files("seeds") / "data"
    sources: list[Traversable] = (
        [shipped / name for name in EXAMPLES]
        if path is None
        else [Path(path) if isinstance(path, str) else path]
    )
    rows: list[Mapping[str, object]] = [
        json.loads(line)
        for source in sources
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts = [str(row["text"]) for row in rows]
    teams = [None if row.get("team") is None else str(row["team"]) for row in rows]
    categories = [str(row["category"]) for row in rows]
    return texts, teams, categories


@cache
def default_router() -> RequestRouter:
    """A router fitted on the labelled examples of EXAMPLES."""
    return RequestRouter().fit(*read_examples())
