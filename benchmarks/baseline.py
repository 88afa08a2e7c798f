"""The plain baseline of issue 3: character n-gram TF-IDF cosine, filtered by the hard rules.

It knows no synonyms, no related majors and no soft factors: a person's whole text is compared
with a job's whole text, and only pairs that pass the hard rules are returned, best first,
ties broken by id.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import Generic, TypeVar

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from matchers.jobs.rules import passes_hard_rules
from matchers.records import Candidate, Job, Match, Reason

Fitted = TypeVar("Fitted", Job, Candidate)
Query = TypeVar("Query", Job, Candidate)


def job_text(job: Job) -> str:
    return " ".join([job.title, job.description, *job.skills, *job.majors, job.location])


def candidate_text(candidate: Candidate) -> str:
    return " ".join(
        [
            candidate.summary,
            *candidate.skills,
            *candidate.desired_titles,
            candidate.major,
            *candidate.locations,
        ]
    )


class _BaselineRanker(BaseEstimator, Generic[Fitted, Query]):
    """Fits a vectorizer on one side's texts; ranks that side for an item of the other."""

    def __init__(
        self,
        *,
        analyzer: str = "char_wb",
        ngram_range: tuple[int, int] = (1, 2),
        sublinear_tf: bool = False,
    ) -> None:
        self.analyzer = analyzer
        self.ngram_range = ngram_range
        self.sublinear_tf = sublinear_tf

    def fit(self, items: Sequence[Fitted]) -> _BaselineRanker[Fitted, Query]:
        self.vectorizer_ = TfidfVectorizer(
            analyzer=self.analyzer, ngram_range=self.ngram_range, sublinear_tf=self.sublinear_tf
        )
        # Items sorted by id, so that a stable sort by score breaks ties by id.
        self.items_: list[Fitted] = sorted(items, key=lambda item: item.id)
        texts = [self._fitted_text(item) for item in self.items_]
        # Terms × items: one row of a person's text times this is every item's cosine.
        self.matrix_: csr_matrix = self.vectorizer_.fit_transform(texts).T.tocsr()
        return self

    def rank(self, query: Query, *, top: int = 10) -> list[Match]:
        check_is_fitted(self, "matrix_")
        vector = self.vectorizer_.transform([self._query_text(query)])
        scores = np.clip((vector @ self.matrix_).toarray().ravel(), 0.0, 1.0).round(6)
        order = np.argsort(-scores, kind="stable")
        passing = (index for index in order if self._passes(self.items_[index], query))
        return [self._match(index, float(scores[index])) for index in islice(passing, top)]

    def _match(self, index: int, score: float) -> Match:
        reason = Reason("text", f"文本相似度 {score:.2f}", 1.0)
        return Match(id=self.items_[index].id, score=score, reasons=(reason,))

    def _fitted_text(self, item: Fitted) -> str:
        raise NotImplementedError

    def _query_text(self, query: Query) -> str:
        raise NotImplementedError

    def _passes(self, item: Fitted, query: Query) -> bool:
        raise NotImplementedError


class BaselineJobMatcher(_BaselineRanker[Job, Candidate]):
    """Jobs for a person."""

    def _fitted_text(self, item: Job) -> str:
        return job_text(item)

    def _query_text(self, query: Candidate) -> str:
        return candidate_text(query)

    def _passes(self, item: Job, query: Candidate) -> bool:
        return passes_hard_rules(item, query)


class BaselineCandidateMatcher(_BaselineRanker[Candidate, Job]):
    """People for a job."""

    def _fitted_text(self, item: Candidate) -> str:
        return candidate_text(item)

    def _query_text(self, query: Job) -> str:
        return job_text(query)

    def _passes(self, item: Candidate, query: Job) -> bool:
        return passes_hard_rules(query, item)
