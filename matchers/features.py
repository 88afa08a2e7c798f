"""Jobs and candidates as column arrays, so that a whole side is scored at once.

A `Vocabulary` is learned from the side a matcher is fitted on (words, titles, skills, majors,
places); both sides are then encoded with it, so their columns line up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from matchers.majors import major_group, occupations_for_major
from matchers.occupations import (
    OCCUPATIONS,
    occupation_of_title,
    occupations_wanted,
    relatedness_matrix,
)
from matchers.places import CITY, district_of, districts_in
from matchers.records import Candidate, Job
from matchers.synonyms import canonical_skill
from matchers.text import Analyzer, ChineseTfidf, normalise
from matchers.vocabulary import Accommodation

OCCUPATION_INDEX = {occupation.code: index for index, occupation in enumerate(OCCUPATIONS)}
ACCOMMODATION_BIT = {accommodation: 1 << bit for bit, accommodation in enumerate(Accommodation)}

# How strongly a person is taken to aim at an occupation, by where we learned it: what they
# say they want counts most; their major speaks for them when they name no title, and only
# a little when they do.
FROM_DESIRED_TITLE = 1.0
FROM_MAJOR_ALONE = 0.8
FROM_MAJOR_BESIDE_TITLES = 0.5

UNKNOWN_EDUCATION = 100
_BRACKETS = re.compile(r"[（(【\[].*?[）)】\]]")
_MAJOR_SUFFIX = re.compile(r"(专业|方向)$")


def job_text(job: Job) -> str:
    return " ".join([job.title, job.title, *job.skills, job.description, *job.majors])


def candidate_text(candidate: Candidate) -> str:
    return " ".join(
        [*candidate.desired_titles, *candidate.skills, candidate.summary, candidate.major]
    )


def major_key(name: str) -> str:
    return _MAJOR_SUFFIX.sub("", _BRACKETS.sub("", normalise(name)).strip())


def accommodation_mask(values: Iterable[Accommodation]) -> int:
    mask = 0
    for value in values:
        mask |= ACCOMMODATION_BIT[value]
    return mask


@dataclass
class Vocabulary:
    text: ChineseTfidf
    titles: TfidfVectorizer
    skills: dict[str, int]
    majors: dict[str, int]
    major_groups: dict[str, int]
    districts: dict[str, int]

    @classmethod
    def fit(
        cls,
        *,
        texts: Sequence[str],
        titles: Sequence[str],
        skills: Iterable[Iterable[str]],
        majors: Iterable[Iterable[str]],
        places: Iterable[str],
        analyzer: Analyzer,
    ) -> tuple[Vocabulary, csr_matrix]:
        """The vocabulary, and the TF-IDF matrix of `texts` (computed once while fitting)."""
        title_vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(1, 2), dtype=np.float32, sublinear_tf=True
        )
        title_vectorizer.fit([_title(title) for title in titles] or [""])
        major_names = {major_key(name) for names in majors for name in names}
        groups = {group.code for name in major_names if (group := major_group(name)) is not None}
        found_places = {district for place in places for district in districts_in(place)}
        text = ChineseTfidf(analyzer=analyzer)
        matrix = text.fit_transform(texts)
        vocabulary = cls(
            text=text,
            titles=title_vectorizer,
            skills=_index(canonical_skill(skill) for names in skills for skill in names),
            majors=_index(major_names),
            major_groups=_index(groups),
            districts=_index(found_places),
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
        names = [[self.majors.get(major_key(name)) for name in majors] for majors in major_lists]
        groups = [
            [
                self.major_groups.get(group.code)
                for name in majors
                if (group := major_group(name)) is not None
            ]
            for majors in major_lists
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
    district: np.ndarray
    in_city: np.ndarray
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
        occupations = [occupation_of_title(job.title) for job in jobs]
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
            district=np.array(
                [vocabulary.districts.get(district_of(job.location) or "", -1) for job in jobs],
                dtype=np.int16,
            ),
            in_city=np.array(
                [CITY in job.location or district_of(job.location) is not None for job in jobs],
                dtype=bool,
            ),
            occupation=np.array(
                [-1 if o is None else OCCUPATION_INDEX[o.code] for o in occupations],
                dtype=np.int16,
            ),
            has_majors=np.array([bool(job.majors) for job in jobs], dtype=bool),
            has_skills=np.array([bool(job.skills) for job in jobs], dtype=bool),
            skill_counts=np.asarray(skills.sum(axis=1), dtype=np.float32).ravel(),
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
    districts: np.ndarray
    anywhere: np.ndarray
    aims: np.ndarray
    occupation_reach: np.ndarray
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
        places = np.zeros((len(candidates), max(len(vocabulary.districts), 1)), dtype=bool)
        for row, candidate in enumerate(candidates):
            for place in candidate.locations:
                for district in districts_in(place):
                    if district in vocabulary.districts:
                        places[row, vocabulary.districts[district]] = True
        aims = np.array([_aims(candidate) for candidate in candidates], dtype=np.float32)
        aims = aims.reshape(len(candidates), len(OCCUPATIONS))
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
            districts=places,
            anywhere=np.array([not c.locations for c in candidates], dtype=bool),
            aims=aims.any(axis=1),
            occupation_reach=occupation_reach(aims),
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


def aimed_occupations(candidate: Candidate) -> dict[str, float]:
    """Occupation code → how strongly the person aims at it (desired titles, then major)."""
    aims = {
        occupation.code: FROM_DESIRED_TITLE
        for title in candidate.desired_titles
        for occupation in occupations_wanted(title)
    }
    if candidate.major:
        strength = FROM_MAJOR_BESIDE_TITLES if aims else FROM_MAJOR_ALONE
        for code in occupations_for_major(candidate.major):
            aims.setdefault(code, strength)
    return aims


def occupation_reach(aims: np.ndarray) -> np.ndarray:
    """(people × occupations): how well each occupation serves what each person aims at.

    A stated aim (strength 1) reaches related occupations too: the best of strength ×
    relatedness (the same occupation, an adjacent one, one in the same group). An aim inferred
    from the major alone is already a guess, so beside stated aims it reaches only itself.
    """
    related = relatedness_matrix()
    reach = np.zeros_like(aims)
    for person, strengths in enumerate(aims):
        stated = np.flatnonzero(strengths >= FROM_DESIRED_TITLE)
        extended = stated if stated.size else np.flatnonzero(strengths)
        if extended.size:
            reach[person] = (strengths[extended, None] * related[extended]).max(axis=0)
        np.maximum(reach[person], strengths, out=reach[person])
    return reach


def _aims(candidate: Candidate) -> list[float]:
    row = [0.0] * len(OCCUPATIONS)
    for code, strength in aimed_occupations(candidate).items():
        if code in OCCUPATION_INDEX:
            row[OCCUPATION_INDEX[code]] = strength
    return row


def _title(title: str) -> str:
    return _BRACKETS.sub("", normalise(title))


def _money(values: Sequence[int | None]) -> np.ndarray:
    return np.array([np.nan if value is None else value for value in values], dtype=np.float32)


def _index(values: Iterable[str]) -> dict[str, int]:
    return {value: index for index, value in enumerate(sorted({v for v in values if v}))}
