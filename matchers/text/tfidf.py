"""TF-IDF over Chinese job language: rjieba words, character n-grams, or both.

Recruitment boilerplate (及以上, 五险一金, 急招 ...) is dropped before counting, so it neither
scores nor densifies the matrices; words are mapped to a canonical synonym; English technical
words (CAD, PLC, Python) survive as words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Literal

import numpy as np
import rjieba
from scipy.sparse import csr_matrix
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2
from sklearn.utils.validation import check_is_fitted

from matchers.text.synonyms import BOILERPLATE, canonical_term

Analyzer = Literal["words", "chars", "both"]

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9+#.]*[a-z0-9+#]|[a-z]", re.IGNORECASE)
_NUMBER = re.compile(r"^[\d.%\-—~～]+$")


def normalise(text: str) -> str:
    """Full-width to half-width, lower-case ASCII."""
    return unicodedata.normalize("NFKC", text).lower()


def words(text: str) -> list[str]:
    """Canonical rjieba words of `text`, without punctuation, numbers and boilerplate."""
    return _words(normalise(text))


def _words(normalised: str) -> list[str]:
    # Boilerplate phrases go before cutting: rjieba splits 及以上 into 及 + 以上.
    tokens = (_word(raw) for raw in rjieba.cut(_without_boilerplate(normalised)))
    return [token for token in tokens if token]


@lru_cache(maxsize=200_000)
def _word(raw: str) -> str | None:
    """The canonical form of one raw token, or None for punctuation, numbers and boilerplate."""
    token = raw.strip()
    if not token or _NUMBER.match(token) or not any(ch.isalnum() for ch in token):
        return None
    token = canonical_term(token)
    return token if token and token not in BOILERPLATE else None


def char_ngrams(text: str, sizes: tuple[int, int] = (2, 3)) -> list[str]:
    """Character n-grams of the Chinese runs (boilerplate words removed) and the Latin words."""
    return _char_ngrams(normalise(text), sizes)


def _char_ngrams(lowered: str, sizes: tuple[int, int]) -> list[str]:
    grams: list[str] = []
    for run in _CJK_RUN.findall(_without_boilerplate(lowered)):
        if len(run) == 1:
            grams.append(run)
            continue
        for size in range(sizes[0], sizes[1] + 1):
            grams.extend([run[start : start + size] for start in range(len(run) - size + 1)])
    grams.extend(canonical_term(word) for word in _LATIN_WORD.findall(lowered))
    return grams


class ChineseTfidf(BaseEstimator):
    """A TfidfVectorizer whose tokens are chosen by `analyzer`; fit on one side, transform both."""

    def __init__(
        self,
        *,
        analyzer: Analyzer = "both",
        char_sizes: tuple[int, int] = (2, 3),
        max_df: float = 0.5,
        sublinear_tf: bool = True,
    ):
        self.analyzer = analyzer
        self.char_sizes = char_sizes
        self.max_df = max_df
        self.sublinear_tf = sublinear_tf

    def fit(self, texts: Sequence[str]) -> ChineseTfidf:
        self.fit_transform(texts)
        return self

    def transform(self, texts: Iterable[str]) -> csr_matrix:
        check_is_fitted(self, "vectorizer_")
        return self.vectorizer_.transform(texts)

    def fit_transform(self, texts: Sequence[str]) -> csr_matrix:
        """Fits and returns the fitted texts' matrix, tokenizing each text once."""
        self.vectorizer_ = EmptySafeTfidf(
            analyzer=self._tokens,
            max_df=self.max_df if len(texts) >= 20 else 1.0,
            sublinear_tf=self.sublinear_tf,
            dtype=np.float32,
        )
        return self.vectorizer_.fit_transform(texts)

    def _tokens(self, text: str) -> list[str]:
        normalised = normalise(text)
        if self.analyzer == "words":
            return _words(normalised)
        if self.analyzer == "chars":
            return _char_ngrams(normalised, self.char_sizes)
        return _words(normalised) + _char_ngrams(normalised, self.char_sizes)


class EmptySafeTfidf(TfidfVectorizer):
    """A TfidfVectorizer that, given texts with nothing to learn (no titles, only
    boilerplate), learns an empty vocabulary and maps every text to a zero vector."""

    def fit_transform(self, raw_documents: Iterable[str], y: object = None) -> csr_matrix:
        documents = list(raw_documents)
        self.empty_ = False
        try:
            return super().fit_transform(documents, y)
        except ValueError:
            if not any(self.build_analyzer()(document) for document in documents):
                self.empty_ = True
                return csr_matrix((len(documents), 1), dtype=np.float32)
            if self.max_df == 1.0:
                raise
        # Every term is in too many texts (the same task posted every week): keep them all.
        self.set_params(max_df=1.0)
        return super().fit_transform(documents, y)

    def fit(self, raw_documents: Iterable[str], y: object = None) -> EmptySafeTfidf:
        self.fit_transform(raw_documents, y)
        return self

    def transform(self, raw_documents: Iterable[str]) -> csr_matrix:
        """As TfidfVectorizer.transform, to the bit, without its checks of the input: a
        request encodes one text, and the checks cost more than the counting."""
        documents = list(raw_documents)
        if getattr(self, "empty_", False):
            return csr_matrix((len(documents), 1), dtype=np.float32)
        check_is_fitted(self, "vocabulary_")
        matrix = self._counts(documents)
        if self.sublinear_tf:
            np.log(matrix.data, matrix.data)
            matrix.data += 1.0
        if self.use_idf:
            matrix.data *= self.idf_[matrix.indices]
        if self.norm == "l2":
            inplace_csr_row_normalize_l2(matrix)
        elif self.norm is not None:
            raise ValueError(f"norm: only l2 is supported, not {self.norm!r}")
        return matrix

    def _counts(self, documents: list[str]) -> csr_matrix:
        """CountVectorizer's counts of the fitted vocabulary's terms, in its dtype."""
        vocabulary, analyze = self.vocabulary_, self.build_analyzer()
        indices: list[int] = []
        counts: list[int] = []
        indptr = [0]
        for document in documents:
            counter: dict[int, int] = {}
            for term in analyze(document):
                index = vocabulary.get(term)
                if index is not None:
                    counter[index] = counter.get(index, 0) + 1
            indices.extend(counter)
            counts.extend(counter.values())
            indptr.append(len(indices))
        matrix = csr_matrix(
            (
                np.asarray(counts, dtype=self.dtype),
                np.asarray(indices, dtype=np.int32),
                np.asarray(indptr, dtype=np.int32),
            ),
            shape=(len(documents), len(vocabulary)),
        )
        matrix.sort_indices()
        return matrix


def _without_boilerplate(text: str) -> str:
    return _BOILERPLATE_PATTERN.sub(" ", text)


_BOILERPLATE_PATTERN = re.compile(
    "|".join(re.escape(word) for word in sorted(BOILERPLATE, key=len, reverse=True))
)
