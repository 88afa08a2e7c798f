"""Occupations of the job-fair vocabulary named by job titles and free text, and how related
two of them are. `occupations.py` places them in the national classification.

Chinese job titles put the head noun last (会计考证课程顾问 is a consultant who sells
accounting courses), so a title is read from its end: bracketed qualifiers go, then the
longest keyword that ends the title wins; a generic head (专员, 助理, 技术员 …) is stripped to
reach the word before it; only when nothing ends the title does the longest keyword inside
it count.

Two occupations are related when they are the same (1.0), career-path neighbours across
groups (`ADJACENT`, 0.6, from `data_adjacency.py`), or of the same group (`SAME_GROUP`, 0.5).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from matchers.taxonomy.adjacency_data import ADJACENT as _ADJACENT_PAIRS
from matchers.taxonomy.occupation_data import GENERIC_OCCUPATIONS, GROUPS, OCCUPATION_ROWS

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "ADJACENT",
    "ADJACENT_TO",
    "GROUPS",
    "OCCUPATIONS",
    "SAME_GROUP",
    "Occupation",
    "occupation_by_code",
    "occupation_of_title",
    "occupations_in_text",
    "relatedness",
    "relatedness_matrix",
]

SAME = 1.0
ADJACENT = 0.6
SAME_GROUP = 0.5


@dataclass(frozen=True, slots=True)
class Occupation:
    code: str
    name: str
    group: str
    keywords: tuple[str, ...]


OCCUPATIONS: tuple[Occupation, ...] = tuple(
    Occupation(code=code, name=name, group=group, keywords=tuple(keywords.lower().split()))
    for code, name, group, keywords in OCCUPATION_ROWS
)

_BY_CODE: dict[str, Occupation] = {occupation.code: occupation for occupation in OCCUPATIONS}
_BY_KEYWORD: dict[str, Occupation] = {
    keyword: occupation for occupation in OCCUPATIONS for keyword in occupation.keywords
}
_LONGEST_KEYWORD = max(len(keyword) for keyword in _BY_KEYWORD)


def _adjacency(pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """Each occupation's neighbours, made symmetric; ValueError for a pair that is not a
    pair of known occupations of different groups, or that is listed twice."""
    neighbours: dict[str, set[str]] = {code: set() for code in _BY_CODE}
    for a, b in pairs:
        unknown = [code for code in (a, b) if code not in _BY_CODE]
        if unknown:
            raise ValueError(f"adjacent pair ({a}, {b}): unknown occupation {unknown}")
        if _BY_CODE[a].group == _BY_CODE[b].group:
            raise ValueError(f"adjacent pair ({a}, {b}): same occupation or group")
        if b in neighbours[a]:
            raise ValueError(f"adjacent pair ({a}, {b}) is listed twice")
        neighbours[a].add(b)
        neighbours[b].add(a)
    return {code: frozenset(found) for code, found in neighbours.items()}


OCCUPATION_INDEX: dict[str, int] = {
    occupation.code: index for index, occupation in enumerate(OCCUPATIONS)
}

# Career-path neighbours of each occupation code, across groups (empty for none).
ADJACENT_TO: dict[str, frozenset[str]] = _adjacency(_ADJACENT_PAIRS)

# Head nouns that say "a person who works at ..." without saying at what; longest first.
_GENERIC_HEADS = (
    "助理工程师",
    "工作人员",
    "工程师",
    "技术员",
    "实习生",
    "专员",
    "助理",
    "人员",
    "工人",
    "主管",
    "经理",
    "组长",
    "班长",
    "领班",
    "主任",
    "师傅",
    "师",
    "员",
    "工",
)
# Words for an apprentice, stripped before anything else (unlike the generic heads, 学徒工 is
# itself a keyword): 汽修学徒 is learning 汽修, so a trade named before them is the head noun;
# with none (机械厂学徒工, 学徒工 alone) 学徒工 is production work.
_APPRENTICE = ("学徒工", "学徒")
_BRACKETED = re.compile(r"[(\[【〔〈《][^)\]】〕〉》]*(?:[)\]】〕〉》]|$)")
_ALTERNATIVES = re.compile(r"[/|、,，;；]|兼")
_NOISE = re.compile(r"^(?:急招|急聘|诚聘|高薪诚聘|高薪招聘|高薪)|(?:\d+名|若干名?|数名)$")
_SPACES = re.compile(r"\s+")


# Words a job seeker uses for a whole family of jobs rather than for one occupation:
# "普工" is whatever unskilled production-line or warehouse work is going.
UMBRELLA_TITLES: dict[str, tuple[str, ...]] = {
    "普工": ("operator", "assembler", "packer", "sorter", "loader", "food_processor"),
    "普通工人": ("operator", "assembler", "packer", "sorter", "loader", "food_processor"),
    "杂工": ("operator", "packer", "loader", "kitchen_helper", "cleaner"),
    "力工": ("loader", "building_worker", "sorter"),
    "服务员": ("waiter", "room_attendant"),
    "文员": ("clerk", "data_entry_clerk", "administrator"),
    "司机": ("driver", "truck_driver", "bus_driver"),
}


def occupations_wanted(title: str) -> tuple[Occupation, ...]:
    """What a desired title asks for: an umbrella's family, the occupation it names, or those
    found in it when it is free text."""
    folded = _fold(title).strip()
    if folded in UMBRELLA_TITLES:
        return tuple(_BY_CODE[code] for code in UMBRELLA_TITLES[folded])
    found = occupation_of_title(title)
    return (found,) if found is not None else occupations_in_text(title)


def occupation_by_code(code: str) -> Occupation:
    """The occupation with this code; KeyError for an unknown code."""
    return _BY_CODE[code]


@lru_cache(maxsize=65536)
def occupation_of_title(title: str) -> Occupation | None:
    """The occupation a job title names, read from the head noun at its end; None if unknown."""
    folded = _fold(title)
    for part in _ALTERNATIVES.split(_BRACKETED.sub("", folded)):
        found = _classify(_NOISE.sub("", part))
        if found is not None:
            return found
    # Nothing outside the brackets: a qualifier such as （市政道路） may still say it.
    return _longest_inside(_SPACES.sub("", folded))


def occupations_in_text(text: str) -> tuple[Occupation, ...]:
    """Every occupation a free text names, longest keyword first, without duplicates.

    A keyword inside a longer one already found does not count (叉车司机 is not also 司机).
    """
    folded = _fold(text)
    hits = sorted(
        (
            (-(end - start), start, end)
            for start in range(len(folded))
            for end in range(start + 1, min(len(folded), start + _LONGEST_KEYWORD) + 1)
            if folded[start:end] in _BY_KEYWORD
        ),
    )
    covered = [False] * len(folded)
    found: dict[str, Occupation] = {}
    for _, start, end in hits:
        if all(covered[start:end]):
            continue
        covered[start:end] = [True] * (end - start)
        occupation = _BY_KEYWORD[folded[start:end]]
        found.setdefault(occupation.code, occupation)
    return tuple(found.values())


def relatedness(a: Occupation | None, b: Occupation | None) -> float:
    """1.0 for the same occupation, 0.6 for career-path neighbours, 0.5 for the same group,
    0.0 otherwise or when either is unknown."""
    if a is None or b is None:
        return 0.0
    if a.code == b.code:
        return SAME
    if b.code in ADJACENT_TO[a.code]:
        return ADJACENT
    return SAME_GROUP if a.group == b.group else 0.0


@cache
def relatedness_matrix() -> np.ndarray:
    """`relatedness` of every pair of OCCUPATIONS, in that order: a read-only float32 array."""
    import numpy as np  # here: reading titles (drafting a job from speech) needs no numpy

    index = {occupation.code: i for i, occupation in enumerate(OCCUPATIONS)}
    groups = np.array([occupation.group for occupation in OCCUPATIONS])
    matrix = np.where(groups[:, None] == groups[None, :], SAME_GROUP, 0.0).astype(np.float32)
    for code, neighbours in ADJACENT_TO.items():
        for neighbour in neighbours:
            matrix[index[code], index[neighbour]] = ADJACENT
    np.fill_diagonal(matrix, SAME)
    matrix.flags.writeable = False
    return matrix


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def _classify(title: str) -> Occupation | None:
    title = _SPACES.sub("", title)
    if not title:
        return None
    head = _head(title, depth=2)
    if head is None:
        return _longest_inside(title)
    occupation, start = head
    refining_groups = GENERIC_OCCUPATIONS.get(occupation.code)
    if refining_groups:
        return _refined(title[:start], refining_groups) or occupation
    return occupation


def _head(title: str, depth: int) -> tuple[Occupation, int] | None:
    """The longest keyword ending the title (and where it starts), stripping generic heads."""
    for suffix in _APPRENTICE:
        stem = title.removesuffix(suffix)
        if stem != title and len(stem) >= 2 and (trade := _head(stem, depth)) is not None:
            return trade
    for start in range(max(0, len(title) - _LONGEST_KEYWORD), len(title)):
        occupation = _BY_KEYWORD.get(title[start:])
        if occupation is not None:
            return occupation, start
    if depth == 0:
        return None
    for suffix in _GENERIC_HEADS:
        stem = title.removesuffix(suffix)
        if stem != title and len(stem) >= 2:
            found = _head(stem, depth - 1)
            if found is not None:
                return found
    return None


def _longest_inside(text: str) -> Occupation | None:
    best: str | None = None
    for start in range(len(text)):
        for end in range(min(len(text), start + _LONGEST_KEYWORD), start, -1):
            keyword = text[start:end]
            if keyword in _BY_KEYWORD:
                if best is None or len(keyword) > len(best):
                    best = keyword
                break
    return None if best is None else _BY_KEYWORD[best]


def _refined(modifier: str, groups: tuple[str, ...]) -> Occupation | None:
    """The longest specific occupation of these groups the modifier names (药品生产 + 操作工)."""
    best: tuple[int, Occupation] | None = None
    for start in range(len(modifier)):
        for end in range(start + 1, min(len(modifier), start + _LONGEST_KEYWORD) + 1):
            occupation = _BY_KEYWORD.get(modifier[start:end])
            if (
                occupation is not None
                and occupation.group in groups
                and occupation.code not in GENERIC_OCCUPATIONS
                and (best is None or end - start > best[0])
            ):
                best = (end - start, occupation)
    return None if best is None else best[1]
