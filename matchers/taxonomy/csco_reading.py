"""Job titles read as occupations of the national classification, with a confidence.

Three kinds of evidence are added up for every occupation, each in [0, 1]:
- likeness: the character n-gram TF-IDF cosine of the cleaned title to the occupation's
  names and aliases (and the short forms people write: 设备工程师 for 设备工程技术人员);
- examples: a vote of the ten labelled real titles most like this one (`csco_titles.tsv`),
  each voting for its occupation with its cosine, as a share of all ten votes;
- head: a name or alias that ends the title (Chinese titles put the head noun last), by how
  much of the title it covers, weighted HEAD_WEIGHT.
The best occupation's total over the most it could be is the confidence. The constants were
chosen by five-fold cross-validation over contiguous blocks of the labelled titles (titles
held out by their first characters), not by a single split: see `benchmarks/real_titles.py`.
NGRAMS was then checked on all three kinds of data: characters and pairs of them read real
titles better than up to triples in every one of the five folds (MRR@10 0.578 against 0.570),
and took lookalike trades out of the second generator's top-5 slots (7.5% → 6.5%).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from matchers.taxonomy.csco import Classification, csco, csco_by_code, csco_index

if TYPE_CHECKING:
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfVectorizer

__all__ = [
    "LEAST_CONFIDENCE",
    "BadExample",
    "clean_title",
    "read_titles",
    "use_title_examples",
]

EXAMPLES = Path(__file__).with_name("csco_titles.tsv")
NEIGHBOURS = 10
HEAD_WEIGHT = 0.2
NGRAMS = (1, 2)  # character n-grams of titles, names and aliases
# A reading below this is a guess nobody should act on: the title stays unclassified.
LEAST_CONFIDENCE = 0.2
CHUNK = 512  # titles scored together: bounds the dense (titles × occupations) block

_BRACKETED = re.compile(r"[(\[【〔〈《「][^)\]】〕〉》」]*(?:[)\]】〕〉》」]|$)")
# Words of a posting that are not the occupation: pay, perks, hours, hurry, how many.
_NOISE = re.compile(
    r"\d+(?:\.\d+)?[kw千万]?(?:[-~到至]\d+(?:\.\d+)?[kw千万]?)?(?:元|块)?(?:/?(?:月|天|小时|日))?"
    r"|[一二两三四五六七八九十]+[千万](?:[-~到至][一二两三四五六七八九十]+[千万])?"
    r"|急招|急聘|直招|诚聘|高薪诚聘|高薪|招聘|聘请|招募|诚招|长期招|热招|名额有限"
    r"|包吃住|包吃|包住|管吃住|吃住|五险一金|五险|六险一金|社保|双休|单休|大小周|长白班|两班倒|倒班"
    r"|月薪|底薪|提成|年薪|薪资|工资|待遇|面议|过万|上万|以上|起"
    r"|可实习|兼职|全职|暑假工|寒假工|小时工|临时工|日结|周结|无经验|可培训"
    r"|若干|数名|\d+名|[一二两三四五六七八九十]名|不限"
)
_PUNCTUATION = re.compile(r"[^\w]+")
# Heads that say "a person who works at ..." without saying at what: never a reading alone.
GENERIC_HEADS = frozenset(
    {
        *("工程技术人员", "助理工程师", "工作人员", "技术人员", "工程师", "技术员", "专员"),
        *("助理", "人员", "主管", "经理", "总监", "组长", "班长", "领班", "主任", "师傅"),
        *("代表", "顾问", "学徒", "实习生", "储备干部", "管培生"),
    }
)
_LONGEST = 20

_examples_path: Path = EXAMPLES


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def clean_title(title: str) -> str:
    """The title without brackets, pay, perks and recruiting words; '' if nothing is left."""
    folded = fold(title)
    return _PUNCTUATION.sub(" ", _NOISE.sub(" ", _BRACKETED.sub(" ", folded))).strip()


def _short_forms(name: str) -> set[str]:
    """Shorter forms people write for an official name: 设备工程师 for 设备工程技术人员,
    机械设备修理 for 机械设备修理人员."""
    forms = {name}
    for suffix, replacement in (("工程技术人员", "工程师"), ("技术人员", "技术员"), ("人员", "")):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            forms.add(name[: -len(suffix)] + replacement)
    return forms


@cache
def _surfaces() -> dict[str, str]:
    """Surface form → code. An official name or alias wins over a short form, and a finer
    level over a heading, when two claim one surface."""
    table: dict[str, tuple[tuple[int, int], str]] = {}
    for occupation in csco():
        for name in (occupation.name, *occupation.aliases):
            for form in _short_forms(name):
                surface = fold(form)
                priority = (0 if form == name else 1, -occupation.level)
                if (
                    len(surface) >= 2
                    and surface not in GENERIC_HEADS
                    and (surface not in table or priority < table[surface][0])
                ):
                    table[surface] = (priority, occupation.code)
    return {surface: code for surface, (_, code) in table.items()}


@cache
def _official() -> dict[str, str]:
    """Official name or alias (folded) → code; a finer level wins a shared name."""
    table: dict[str, str] = {}
    for occupation in sorted(csco(), key=lambda o: o.level):
        for name in (occupation.name, *occupation.aliases):
            table[fold(name)] = occupation.code
    return table


def named_exactly(title: str) -> str | None:
    """The code whose official name or alias the whole title is, if any."""
    return _official().get(fold(title).replace(" ", ""))


def _head(title: str) -> tuple[str, float] | None:
    """The longest name or alias ending the title (or a part of it), and how much it covers."""
    surfaces = _surfaces()
    best: tuple[str, float] | None = None
    for part in title.split():
        for start in range(max(0, len(part) - _LONGEST), len(part) - 1):
            code = surfaces.get(part[start:])
            if code is not None:
                covered = (len(part) - start) / len(part)
                if best is None or covered > best[1]:
                    best = (code, covered)
                break
    return best


def _vectorizer() -> TfidfVectorizer:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, sublinear_tf=True)


@cache
def _names_index() -> tuple[TfidfVectorizer, csr_matrix]:
    documents = [
        " ".join(fold(form) for name in (o.name, *o.aliases) for form in sorted(_short_forms(name)))
        for o in csco()
    ]
    vectorizer = _vectorizer()
    return vectorizer, vectorizer.fit_transform(documents)


class BadExample(ValueError):
    """A line of a labelled-titles file without a title or a known code."""

    def __init__(self, line: int, field: str, value: str):
        super().__init__(f"line {line}: {field}: {value!r}")
        self.line = line
        self.field = field
        self.value = value


def read_examples(path: Path) -> list[tuple[str, str]]:
    """(title, code) rows of a labelled-titles file: title TAB code per line, '#' starts a
    comment. BadExample for the first line without a title or a known code."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        title, _, code = (part.strip() for part in line.rpartition("\t"))
        if not title:
            raise BadExample(number, "title", line[:40])
        try:
            csco_by_code(code)
        except KeyError:
            raise BadExample(number, "code", code[:40]) from None
        rows.append((title, code))
    return rows


@cache
def _examples_index() -> tuple[TfidfVectorizer, csr_matrix, np.ndarray] | None:
    import numpy as np

    rows = read_examples(_examples_path) if _examples_path.exists() else []
    if not rows:
        return None
    index = csco_index()
    vectorizer = _vectorizer()
    matrix = vectorizer.fit_transform([clean_title(title) for title, _ in rows])
    codes = np.array([index[code] for _, code in rows], dtype=np.int32)
    return vectorizer, matrix, codes


def use_title_examples(path: Path) -> None:
    """Read titles with these labelled examples instead of the shipped ones."""
    global _examples_path
    read_examples(path)  # refuse a bad file before anything changes
    _examples_path = path
    _examples_index.cache_clear()
    for forget in _forgetters:
        forget()


_forgetters: list[Callable[[], None]] = []


def on_new_examples(forget: Callable[[], None]) -> None:
    """Call `forget` when the labelled examples change (to drop readings remembered)."""
    _forgetters.append(forget)


def read_titles(titles: Sequence[str], *, top: int = 1) -> list[list[Classification]]:
    """The `top` likeliest occupations of each title, best first, with confidences; none
    for a title whose likeliest reading is below LEAST_CONFIDENCE."""
    import numpy as np

    occupations = csco()
    index = csco_index()
    names_vectorizer, names = _names_index()
    examples = _examples_index()
    most = 1.0 + (1.0 if examples is not None else 0.0) + HEAD_WEIGHT
    readings: list[list[Classification]] = []
    for start in range(0, len(titles), CHUNK):
        cleaned = [clean_title(title) for title in titles[start : start + CHUNK]]
        scores = (names_vectorizer.transform(cleaned) @ names.T).toarray()
        if examples is not None:
            vectorizer, matrix, codes = examples
            likeness = (vectorizer.transform(cleaned) @ matrix.T).toarray()
            nearest = np.argsort(-likeness, axis=1)[:, :NEIGHBOURS]
            votes = np.take_along_axis(likeness, nearest, axis=1)
            totals = votes.sum(axis=1, keepdims=True)
            shares = np.divide(votes, totals, out=np.zeros_like(votes), where=totals > 0)
            rows = np.repeat(np.arange(len(cleaned)), nearest.shape[1])
            np.add.at(scores, (rows, codes[nearest].ravel()), shares.ravel())
        for row, title in enumerate(cleaned):
            head = _head(title)
            if head is not None:
                scores[row, index[head[0]]] += HEAD_WEIGHT * head[1]
        best = np.argsort(-scores, axis=1, kind="stable")[:, :top]
        for row in range(len(cleaned)):
            sure = scores[row, best[row, 0]] / most >= LEAST_CONFIDENCE
            readings.append(
                [
                    Classification(occupations[column], round(float(scores[row, column]) / most, 4))
                    for column in best[row]
                    if scores[row, column] > 0
                ]
                if sure
                else []
            )
    return readings
