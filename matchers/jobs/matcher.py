"""Rank jobs for people and people for jobs, with reasons (the scikit-learn estimator style).

    JobMatcher().fit(jobs).rank(candidate, top=10)          # jobs for a person
    CandidateMatcher().fit(candidates).rank(job, top=10)    # people for a job

Only pairs that pass the hard rules are returned. Scores are in [0, 1], rounded to four
places, high to low, ties broken by id. With `shortlist` set, each person (or job) is scored
only against the items a sparse product lists for them (matchers/jobs/shortlist.py), with the
same results.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Self

import numpy as np
from sklearn.base import BaseEstimator, clone
from sklearn.utils.validation import check_is_fitted

from matchers.jobs.features import CandidateSide, JobSide, Vocabulary, candidate_text, job_text
from matchers.jobs.reasons import explain
from matchers.jobs.scoring import FACTORS, WEIGHTS, components, hard_rule_mask
from matchers.jobs.shortlist import Ranker, Scored, Shortlists, list_length
from matchers.jobs.side_rows import rows_of_list, stack, take
from matchers.ranking import best_indices, id_order, scored_match, weighted_total
from matchers.records import Candidate, Job, Match, Reason
from matchers.text.tfidf import Analyzer

BLOCK = 256  # people (or jobs) scored together in a batch; bounds memory at scale
# Items that stage 1 lists per person (or job), at least twice `top`; None scores every item.
# Stage 1 reproduces the score, so a list needs room only for the top places and the ties
# around the last of them; a person whose list could hide a better item is scored against
# every item. Measured with benchmarks/two_stage.py (20,000 synthetic jobs × 20,000 people):
# lists of 20, 30, 100 and 300 all gave every exhaustive top 10; stage 2 grows with the list
# (ranking took 1.3× less CPU than exhaustive at 100 and 1.7× less at 30 for jobs for people,
# 3.6× and 4.2× less for people for jobs), and at 20 ties overflowed 0.22% of lists (0.08% at
# 30), so 30.
SHORTLIST = 30


class _Matcher(BaseEstimator):
    def __init__(
        self,
        *,
        analyzer: Analyzer = "both",
        current_year: int | None = None,
        weights: Mapping[str, float] | None = None,
        factors: Mapping[str, float] | None = None,
        shortlist: int | None = SHORTLIST,
    ):
        self.analyzer = analyzer
        self.current_year = current_year
        self.weights = weights
        self.factors = factors
        self.shortlist = shortlist

    def __getstate__(self) -> dict[str, object]:
        state = dict(super().__getstate__())
        state.pop("_rankers", None)  # remembered values, not part of the fit
        return state

    def _year(self) -> int:
        return self.current_year if self.current_year is not None else date.today().year

    def _weights(self) -> Mapping[str, float]:
        return WEIGHTS if self.weights is None else self.weights

    def _factors(self) -> Mapping[str, float]:
        return FACTORS if self.factors is None else self.factors

    def _index(self, side: JobSide | CandidateSide) -> None:
        """Stage 1's index, when a list would leave some items out."""
        if self.shortlist is not None and self.shortlist < 1:
            raise ValueError(f"shortlist must be at least 1 or None, not {self.shortlist}")
        self.shortlists_ = Shortlists(side) if self._listing(side) else None

    def _listing(self, side: JobSide | CandidateSide) -> bool:
        """Whether a list would leave some items out."""
        return self.shortlist is not None and self.shortlist < len(side.ids)

    def _updated(
        self,
        items: list[Job] | list[Candidate],
        changed: Sequence[Job] | Sequence[Candidate],
        removed: Collection[str],
    ) -> Self:
        check_is_fitted(self, "side_")
        gone = set(removed) | {item.id for item in changed}
        ids = self.side_.ids  # the items' ids, in the items' order
        if gone:
            kept = np.flatnonzero(~np.isin(ids, np.array(sorted(gone), dtype=object)))
        else:
            kept = np.arange(len(ids))
        new = clone(self)
        new.vocabulary_ = self.vocabulary_
        encoded = self._encode(changed) if changed else take(self.side_, kept[:0])
        side = stack(take(self.side_, kept), encoded)
        new.side_ = side
        new.id_order_ = id_order(side.ids)
        if self.shortlists_ is not None and new._listing(side):
            new.shortlists_ = self.shortlists_.updated(kept, encoded, side)
        else:
            new._index(side)
        new._keep(rows_of_list(items, kept) + list(changed))
        return new

    def _encode(self, items: Sequence[Job] | Sequence[Candidate]) -> JobSide | CandidateSide:
        raise NotImplementedError

    def _keep(self, items: list[Job] | list[Candidate]) -> None:
        raise NotImplementedError

    def _ranker(self, top: int) -> Ranker | None:
        """Two-stage ranking, unless every item would be listed anyway."""
        if self.shortlist is None or list_length(self.shortlist, top) >= len(self.side_.ids):
            return None
        shortlists = self.shortlists_
        if shortlists is None:  # the shortlist was set after fitting
            shortlists = Shortlists(self.side_)
        # Kept per `top` while the fit lasts, so that what a ranker remembers of one
        # request's people serves the next ones (a fitted matcher ranks for many requests).
        rankers = self.__dict__.setdefault("_rankers", {})
        weights, factors = self._weights(), self._factors()
        key = (top, self.shortlist, id(shortlists), id(weights), id(factors))
        ranker = rankers.get(key)
        if ranker is None:
            ranker = shortlists.ranker(
                self.id_order_,
                size=self.shortlist,
                top=top,
                weights=weights,
                factors=factors,
            )
            rankers[key] = ranker
        return ranker


class JobMatcher(_Matcher):
    """Fitted on jobs; ranks them for one person or many."""

    def fit(self, jobs: Sequence[Job], *, vocabulary: Vocabulary | None = None) -> JobMatcher:
        """With `vocabulary` (another fit's `vocabulary_`), the jobs are encoded in it instead
        of a new one: every pair then scores exactly as in that fit's terms."""
        self.jobs_ = list(jobs)
        text = None
        if vocabulary is not None:
            self.vocabulary_ = vocabulary
        else:
            self.vocabulary_, text = Vocabulary.fit(
                texts=[job_text(job) for job in self.jobs_],
                titles=[job.title for job in self.jobs_],
                skills=[job.skills for job in self.jobs_],
                majors=[job.majors for job in self.jobs_],
                analyzer=self.analyzer,
            )
        self.side_ = JobSide.build(self.jobs_, self.vocabulary_, text=text)
        self.id_order_ = id_order(self.side_.ids)
        self._index(self.side_)
        return self

    def updated(self, changed: Sequence[Job], removed: Collection[str] = ()) -> JobMatcher:
        """A new matcher without the jobs whose ids are in `removed` or `changed`, and with
        `changed` added, encoded in this fit's vocabulary: it ranks exactly as
        `fit(jobs, vocabulary=self.vocabulary_)` over the same jobs would. This one stays as
        it is, for whoever is still ranking with it."""
        return self._updated(self.jobs_, changed, removed)

    def _encode(self, items: Sequence[Job]) -> JobSide:  # type: ignore[override]
        return JobSide.build(items, self.vocabulary_)

    def _keep(self, items: list[Job]) -> None:  # type: ignore[override]
        self.jobs_ = items

    def rank(self, candidate: Candidate, *, top: int = 10, reasons: bool = True) -> list[Match]:
        return next(iter(self.rank_many([candidate], top=top, reasons=reasons)))

    def rank_many(
        self, candidates: Sequence[Candidate], *, top: int = 10, reasons: bool = True
    ) -> Iterator[list[Match]]:
        """Rankings for each person, in order; people are scored in blocks. Without `reasons`
        the matches have none: the same scores and order, without the cost of wording them."""
        check_is_fitted(self, "side_")
        year = self._year()
        weights, factors = self._weights(), self._factors()
        ranker = self._ranker(top)
        for start in range(0, len(candidates), BLOCK):
            block = candidates[start : start + BLOCK]
            people = CandidateSide.build(block, self.vocabulary_, current_year=year)
            if ranker is not None:
                for column, scored in enumerate(ranker.rank(people)):
                    recent = bool(people.recent_graduate[column])
                    ranking = []
                    for row, score, figures in _best(scored):
                        job = self.jobs_[row]
                        why = _explain(
                            job, block[column], figures, weights, recent=recent, wanted=reasons
                        )
                        ranking.append(scored_match(job.id, score, why, figures))
                    yield ranking
                continue
            parts = components(self.side_, people, factors)
            scores = weighted_total(parts, weights)
            allowed = hard_rule_mask(self.side_, people)
            for column, candidate in enumerate(block):
                best = best_indices(scores[:, column], allowed[:, column], self.id_order_, top)
                ranking = []
                for row in best:
                    figures = {name: float(part[row, column]) for name, part in parts.items()}
                    why = _explain(
                        self.jobs_[row],
                        candidate,
                        figures,
                        weights,
                        recent=bool(people.recent_graduate[column]),
                        wanted=reasons,
                    )
                    ranking.append(
                        scored_match(self.jobs_[row].id, scores[row, column], why, figures)
                    )
                yield ranking


class CandidateMatcher(_Matcher):
    """Fitted on people; ranks them for one job or many."""

    def fit(
        self, candidates: Sequence[Candidate], *, vocabulary: Vocabulary | None = None
    ) -> CandidateMatcher:
        """`vocabulary`: as for JobMatcher.fit."""
        self.candidates_ = list(candidates)
        text = None
        if vocabulary is not None:
            self.vocabulary_ = vocabulary
        else:
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
        self._index(self.side_)
        return self

    def updated(
        self, changed: Sequence[Candidate], removed: Collection[str] = ()
    ) -> CandidateMatcher:
        """As `JobMatcher.updated`, for people."""
        return self._updated(self.candidates_, changed, removed)

    def _encode(self, items: Sequence[Candidate]) -> CandidateSide:  # type: ignore[override]
        return CandidateSide.build(items, self.vocabulary_, current_year=self._year())

    def _keep(self, items: list[Candidate]) -> None:  # type: ignore[override]
        self.candidates_ = items

    def rank(self, job: Job, *, top: int = 10, reasons: bool = True) -> list[Match]:
        return next(iter(self.rank_many([job], top=top, reasons=reasons)))

    def rank_among(
        self,
        job: Job,
        *,
        among: np.ndarray,
        needs: np.ndarray | None = None,
        top: int = 10,
        reasons: bool = True,
    ) -> list[Match]:
        """The job's best people among the fitted ones where `among` is true (one flag per
        fitted person, in the order of `candidates_`). `needs`, when given, stands for the
        people's needs in hard rule 2 (accommodation masks as `side_.needs` holds them): a
        viewer who may not see someone's needs ranks them as if they had stated none.
        Every listed person is scored: a list from stage 1 cannot know who is left out."""
        check_is_fitted(self, "side_")
        people = self.side_ if needs is None else replace(self.side_, needs=needs)
        job_side = JobSide.build([job], self.vocabulary_)
        weights = self._weights()
        parts = components(job_side, people, self._factors())
        scores = weighted_total(parts, weights)[0]
        allowed = hard_rule_mask(job_side, people)[0] & among
        ranking = []
        for column in best_indices(scores, allowed, self.id_order_, top):
            figures = {name: float(part[0, column]) for name, part in parts.items()}
            candidate = self.candidates_[column]
            recent = bool(people.recent_graduate[column])
            why = _explain(job, candidate, figures, weights, recent=recent, wanted=reasons)
            ranking.append(scored_match(candidate.id, scores[column], why, figures))
        return ranking

    def rank_many(
        self, jobs: Sequence[Job], *, top: int = 10, reasons: bool = True
    ) -> Iterator[list[Match]]:
        check_is_fitted(self, "side_")
        weights, factors = self._weights(), self._factors()
        ranker = self._ranker(top)
        for start in range(0, len(jobs), BLOCK):
            block = jobs[start : start + BLOCK]
            job_side = JobSide.build(block, self.vocabulary_)
            if ranker is not None:
                for job, scored in zip(block, ranker.rank(job_side), strict=True):
                    ranking = []
                    for column, score, figures in _best(scored):
                        candidate = self.candidates_[column]
                        recent = bool(self.side_.recent_graduate[column])
                        why = _explain(
                            job, candidate, figures, weights, recent=recent, wanted=reasons
                        )
                        ranking.append(scored_match(candidate.id, score, why, figures))
                    yield ranking
                continue
            parts = components(job_side, self.side_, factors)
            scores = weighted_total(parts, weights)
            allowed = hard_rule_mask(job_side, self.side_)
            for row, job in enumerate(block):
                best = best_indices(scores[row, :], allowed[row, :], self.id_order_, top)
                ranking = []
                for column in best:
                    figures = {name: float(part[row, column]) for name, part in parts.items()}
                    why = _explain(
                        job,
                        self.candidates_[column],
                        figures,
                        weights,
                        recent=bool(self.side_.recent_graduate[column]),
                        wanted=reasons,
                    )
                    ranking.append(
                        scored_match(self.candidates_[column].id, scores[row, column], why, figures)
                    )
                yield ranking


def _explain(
    job: Job,
    candidate: Candidate,
    figures: Mapping[str, float],
    weights: Mapping[str, float],
    *,
    recent: bool,
    wanted: bool,
) -> tuple[Reason, ...]:
    return explain(job, candidate, figures, weights, recent_graduate=recent) if wanted else ()


def _best(scored: Scored) -> Iterator[tuple[int, float, dict[str, float]]]:
    """Each item a two-stage ranking keeps: its index, score and component figures."""
    for place, item in enumerate(scored.items):
        figures = {name: float(part[place]) for name, part in scored.parts.items()}
        yield item, scored.scores[place], figures
