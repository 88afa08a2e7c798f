"""Rank jobs for people and people for jobs, with reasons (the scikit-learn estimator style).

    JobMatcher().fit(jobs).rank(candidate, top=10)          # jobs for a person
    CandidateMatcher().fit(candidates).rank(job, top=10)    # people for a job

Only pairs that pass the hard rules are returned. Scores are in [0, 1], rounded to four
places, high to low, ties broken by id.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date

from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from matchers.jobs.features import CandidateSide, JobSide, Vocabulary, candidate_text, job_text
from matchers.jobs.reasons import explain
from matchers.jobs.scoring import FACTORS, WEIGHTS, components, hard_rule_mask
from matchers.ranking import best_indices, id_order, scored_match, weighted_total
from matchers.records import Candidate, Job, Match
from matchers.text.tfidf import Analyzer

BLOCK = 256  # people (or jobs) scored together in a batch; bounds memory at scale


class _Matcher(BaseEstimator):
    def __init__(
        self,
        *,
        analyzer: Analyzer = "both",
        current_year: int | None = None,
        weights: Mapping[str, float] | None = None,
        factors: Mapping[str, float] | None = None,
    ):
        self.analyzer = analyzer
        self.current_year = current_year
        self.weights = weights
        self.factors = factors

    def _year(self) -> int:
        return self.current_year if self.current_year is not None else date.today().year

    def _weights(self) -> Mapping[str, float]:
        return WEIGHTS if self.weights is None else self.weights

    def _factors(self) -> Mapping[str, float]:
        return FACTORS if self.factors is None else self.factors


class JobMatcher(_Matcher):
    """Fitted on jobs; ranks them for one person or many."""

    def fit(self, jobs: Sequence[Job]) -> JobMatcher:
        self.jobs_ = list(jobs)
        self.vocabulary_, text = Vocabulary.fit(
            texts=[job_text(job) for job in self.jobs_],
            titles=[job.title for job in self.jobs_],
            skills=[job.skills for job in self.jobs_],
            majors=[job.majors for job in self.jobs_],
            analyzer=self.analyzer,
        )
        self.side_ = JobSide.build(self.jobs_, self.vocabulary_, text=text)
        self.id_order_ = id_order(self.side_.ids)
        return self

    def rank(self, candidate: Candidate, *, top: int = 10) -> list[Match]:
        return next(iter(self.rank_many([candidate], top=top)))

    def rank_many(self, candidates: Sequence[Candidate], *, top: int = 10) -> Iterator[list[Match]]:
        """Rankings for each person, in order; people are scored in blocks."""
        check_is_fitted(self, "side_")
        year = self._year()
        weights, factors = self._weights(), self._factors()
        for start in range(0, len(candidates), BLOCK):
            block = candidates[start : start + BLOCK]
            people = CandidateSide.build(block, self.vocabulary_, current_year=year)
            parts = components(self.side_, people, factors)
            scores = weighted_total(parts, weights)
            allowed = hard_rule_mask(self.side_, people)
            for column, candidate in enumerate(block):
                best = best_indices(scores[:, column], allowed[:, column], self.id_order_, top)
                ranking = []
                for row in best:
                    figures = {name: float(part[row, column]) for name, part in parts.items()}
                    reasons = explain(
                        self.jobs_[row],
                        candidate,
                        figures,
                        weights,
                        recent_graduate=bool(people.recent_graduate[column]),
                    )
                    ranking.append(
                        scored_match(self.jobs_[row].id, scores[row, column], reasons, figures)
                    )
                yield ranking


class CandidateMatcher(_Matcher):
    """Fitted on people; ranks them for one job or many."""

    def fit(self, candidates: Sequence[Candidate]) -> CandidateMatcher:
        self.candidates_ = list(candidates)
        self.vocabulary_, text = Vocabulary.fit(
            texts=[candidate_text(candidate) for candidate in self.candidates_],
            titles=[" ".join(candidate.desired_titles) for candidate in self.candidates_],
            skills=[candidate.skills for candidate in self.candidates_],
            majors=[[c.major] if c.major else [] for c in self.candidates_],
            analyzer=self.analyzer,
        )
        self.side_ = CandidateSide.build(
            self.candidates_, self.vocabulary_, current_year=self._year(), text=text
        )
        self.id_order_ = id_order(self.side_.ids)
        return self

    def rank(self, job: Job, *, top: int = 10) -> list[Match]:
        return next(iter(self.rank_many([job], top=top)))

    def rank_many(self, jobs: Sequence[Job], *, top: int = 10) -> Iterator[list[Match]]:
        check_is_fitted(self, "side_")
        weights, factors = self._weights(), self._factors()
        for start in range(0, len(jobs), BLOCK):
            block = jobs[start : start + BLOCK]
            job_side = JobSide.build(block, self.vocabulary_)
            parts = components(job_side, self.side_, factors)
            scores = weighted_total(parts, weights)
            allowed = hard_rule_mask(job_side, self.side_)
            for row, job in enumerate(block):
                best = best_indices(scores[row, :], allowed[row, :], self.id_order_, top)
                ranking = []
                for column in best:
                    figures = {name: float(part[row, column]) for name, part in parts.items()}
                    reasons = explain(
                        job,
                        self.candidates_[column],
                        figures,
                        weights,
                        recent_graduate=bool(self.side_.recent_graduate[column]),
                    )
                    ranking.append(
                        scored_match(
                            self.candidates_[column].id, scores[row, column], reasons, figures
                        )
                    )
                yield ranking
