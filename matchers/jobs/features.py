"""Jobs and candidates as column arrays, so that a whole side is scored at once.

A `Vocabulary` is learned from the side a matcher is fitted on (words, titles, skills,
majors); both sides are then encoded with it, so their columns line up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix

from matchers.records import Candidate, Job
from matchers.taxonomy.aims import occupation_reach
from matchers.taxonomy.majors import canonical_major, groups_of_major, major_parts
from matchers.taxonomy.occupations import OCCUPATION_INDEX, readings_of_titles
from matchers.text.synonyms import canonical_skill
from matchers.text.tfidf import Analyzer, ChineseTfidf, EmptySafeTfidf, normalise
from matchers.vocabulary import Accommodation

ACCOMMODATION_BIT = {accommodation: 1 << bit for bit, accommodation in enumerate(Accommodation)}

UNKNOWN_EDUCATION = 100
_BRACKETS = re.compile(r"[（(【\[].*?[）)】\]]")


def job_text(job: Job) -> str:
    return " ".join([job.title, job.title, *job.skills, job.description, *job.majors])


def candidate_text(candidate: Candidate) -> str:
    return " ".join(
        [*candidate.desired_titles, *candidate.skills, candidate.summary, candidate.major]
    )


def accommodation_mask(values: Iterable[Accommodation]) -> int:
    mask = 0
    for value in values:
        mask |= ACCOMMODATION_BIT[value]
    return mask


@dataclass
class Vocabulary:
    text: ChineseTfidf
    titles: EmptySafeTfidf
    skills: dict[str, int]
    majors: dict[str, int]
    major_groups: dict[str, int]

    @classmethod
    def fit(
        cls,
        *,
        texts: Sequence[str],
        titles: Sequence[str],
        skills: Iterable[Iterable[str]],
        majors: Iterable[Iterable[str]],
        analyzer: Analyzer,
    ) -> tuple[Vocabulary, csr_matrix]:
        """The vocabulary, and the TF-IDF matrix of `texts` (computed once while fitting)."""
        title_vectorizer = EmptySafeTfidf(
            analyzer="char_wb", ngram_range=(1, 2), dtype=np.float32, sublinear_tf=True
        )
        title_vectorizer.fit([_title(title) for title in titles])
        parts = [part for names in majors for name in names for part in major_parts(name)]
        major_names = {canonical_major(part) for part in parts}
        groups = {code for part in parts for code in groups_of_major(part)}
        text = ChineseTfidf(analyzer=analyzer)
        matrix = text.fit_transform(texts)
        vocabulary = cls(
            text=text,
            titles=title_vectorizer,
            skills=_index(canonical_skill(skill) for names in skills for skill in names),
            majors=_index(major_names),
            major_groups=_index(groups),
        )
        return vocabulary, matrix

    def skill_matrix(self, skill_lists: Sequence[Sequence[str]]) -> csr_matrix:
        return self._one_hot(
            [
                [self.skills.get(canonical_skill(skill)) for skill in skills]
                for skills in skill_lists
            ],
            len(self.skills),
        )

    def major_matrices(self, major_lists: Sequence[Sequence[str]]) -> tuple[csr_matrix, csr_matrix]:
        parts = [[part for name in majors for part in major_parts(name)] for majors in major_lists]
        names = [[self.majors.get(canonical_major(part)) for part in row] for row in parts]
        groups = [
            [self.major_groups.get(code) for part in row for code in groups_of_major(part)]
            for row in parts
        ]
        return (
            self._one_hot(names, len(self.majors)),
            self._one_hot(groups, len(self.major_groups)),
        )

    def title_matrix(self, titles: Sequence[str]) -> csr_matrix:
        return self.titles.transform([_title(title) for title in titles])

    @staticmethod
    def _one_hot(rows: Sequence[Sequence[int | None]], width: int) -> csr_matrix:
        indptr = [0]
        indices: list[int] = []
        for row in rows:
            columns = sorted({column for column in row if column is not None})
            indices.extend(columns)
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=np.float32)
        return csr_matrix((data, indices, indptr), shape=(len(rows), max(width, 1)))


@dataclass
class JobSide:
    ids: np.ndarray
    education: np.ndarray
    travel: np.ndarray
    housing: np.ndarray
    accommodations: np.ndarray
    experience: np.ndarray
    graduates_welcome: np.ndarray
    salary_min: np.ndarray
    salary_max: np.ndarray
    locations: tuple[str, ...]
    location_index: np.ndarray
    occupation: np.ndarray
    has_majors: np.ndarray
    has_skills: np.ndarray
    skill_counts: np.ndarray
    text: csr_matrix
    title: csr_matrix
    skills: csr_matrix
    majors: csr_matrix
    major_groups: csr_matrix

    @classmethod
    def build(
        cls, jobs: Sequence[Job], vocabulary: Vocabulary, *, text: csr_matrix | None = None
    ) -> JobSide:
        """`text` is the jobs' TF-IDF matrix when the vocabulary was fitted on these jobs."""
        occupations = [
            None if reading is None else reading.occupation
            for reading in readings_of_titles([job.title for job in jobs])
        ]
        places = {
            place: index for index, place in enumerate(dict.fromkeys(j.location for j in jobs))
        }
        skills = vocabulary.skill_matrix([job.skills for job in jobs])
        majors, groups = vocabulary.major_matrices([job.majors for job in jobs])
        return cls(
            ids=np.array([job.id for job in jobs], dtype=object),
            education=np.array([job.education.tier for job in jobs], dtype=np.int8),
            travel=np.array([job.travel.rank for job in jobs], dtype=np.int8),
            housing=np.array([job.housing for job in jobs], dtype=bool),
            accommodations=np.array(
                [accommodation_mask(job.accommodations) for job in jobs], dtype=np.int16
            ),
            experience=np.array([job.experience_years for job in jobs], dtype=np.float32),
            graduates_welcome=np.array([job.graduates_welcome for job in jobs], dtype=bool),
            salary_min=_money([job.salary_min for job in jobs]),
            salary_max=_money([job.salary_max for job in jobs]),
            locations=tuple(places),
            location_index=np.array([places[job.location] for job in jobs], dtype=np.int32),
            occupation=np.array(
                [-1 if o is None else OCCUPATION_INDEX[o.code] for o in occupations],
                dtype=np.int16,
            ),
            has_majors=np.array([bool(job.majors) for job in jobs], dtype=bool),
            has_skills=np.array([bool(job.skills) for job in jobs], dtype=bool),
            skill_counts=np.array(
                [len({canonical_skill(skill) for skill in job.skills}) for job in jobs],
                dtype=np.float32,
            ),
            text=vocabulary.text.transform([job_text(job) for job in jobs])
            if text is None
            else text,
            title=vocabulary.title_matrix([job.title for job in jobs]),
            skills=skills,
            majors=majors,
            major_groups=groups,
        )


@dataclass
class CandidateSide:
    ids: np.ndarray
    education: np.ndarray
    travel: np.ndarray
    needs_housing: np.ndarray
    needs: np.ndarray
    experience: np.ndarray
    recent_graduate: np.ndarray
    expectation: np.ndarray
    places: tuple[tuple[str, ...], ...]
    # The distinct lists of places, and each person's among them (as a job side's locations).
    place_sets: tuple[tuple[str, ...], ...]
    place_index: np.ndarray
    anywhere: np.ndarray
    aims: np.ndarray
    occupation_reach: csr_matrix
    has_major: np.ndarray
    text: csr_matrix
    title: csr_matrix
    skills: csr_matrix
    majors: csr_matrix
    major_groups: csr_matrix

    @classmethod
    def build(
        cls,
        candidates: Sequence[Candidate],
        vocabulary: Vocabulary,
        *,
        current_year: int,
        text: csr_matrix | None = None,
    ) -> CandidateSide:
        aims, reach = occupation_reach(candidates)
        sets = {
            places: index
            for index, places in enumerate(dict.fromkeys(c.locations for c in candidates))
        }
        majors, groups = vocabulary.major_matrices(
            [[candidate.major] if candidate.major else [] for candidate in candidates]
        )
        return cls(
            ids=np.array([candidate.id for candidate in candidates], dtype=object),
            education=np.array([education_tier(c) for c in candidates], dtype=np.int8),
            travel=np.array([c.travel.rank for c in candidates], dtype=np.int8),
            needs_housing=np.array([c.needs_housing for c in candidates], dtype=bool),
            needs=np.array([accommodation_mask(c.needs) for c in candidates], dtype=np.int16),
            experience=np.array([c.experience_years for c in candidates], dtype=np.float32),
            recent_graduate=np.array(
                [is_recent_graduate(c, current_year) for c in candidates], dtype=bool
            ),
            expectation=_money([c.salary_expectation for c in candidates]),
            places=tuple(candidate.locations for candidate in candidates),
            place_sets=tuple(sets),
            place_index=np.array([sets[c.locations] for c in candidates], dtype=np.int32),
            anywhere=np.array([not c.locations for c in candidates], dtype=bool),
            aims=aims,
            occupation_reach=reach,
            has_major=np.array([bool(c.major) for c in candidates], dtype=bool),
            text=vocabulary.text.transform([candidate_text(c) for c in candidates])
            if text is None
            else text,
            title=vocabulary.title_matrix([" ".join(c.desired_titles) for c in candidates]),
            skills=vocabulary.skill_matrix([c.skills for c in candidates]),
            majors=majors,
            major_groups=groups,
        )


def education_tier(candidate: Candidate) -> int:
    """The tier for hard rule 1; an unknown education meets every requirement."""
    return UNKNOWN_EDUCATION if candidate.education is None else candidate.education.tier


def is_recent_graduate(candidate: Candidate, current_year: int) -> bool:
    """FORMATS.md: graduated within 2 years of now, or graduating in the future."""
    return candidate.graduation_year is not None and candidate.graduation_year >= current_year - 2


def _title(title: str) -> str:
    return _BRACKETS.sub("", normalise(title))


def _money(values: Sequence[int | None]) -> np.ndarray:
    return np.array([np.nan if value is None else value for value in values], dtype=np.float32)


def _index(values: Iterable[str]) -> dict[str, int]:
    return {value: index for index, value in enumerate(sorted({v for v in values if v}))}
