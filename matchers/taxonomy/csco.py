"""The national occupation classification (CSCO-2022, 中华人民共和国职业分类大典): its codes,
names and aliases, and how related two codes are by where they sit in it.

Codes read major-middle-small-detailed: 6-31-01-03 is detailed occupation 03 of small group
6-31-01 of middle group 6-31 of major group 6; a code ending in zeros is a heading (6-31-01-00
is the small group itself). The rows live in `csco22.tsv`, built by `build_csco.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from matchers.taxonomy.settings import TAXONOMY, taxonomy

__all__ = [
    "Classification",
    "CscoOccupation",
    "csco",
    "csco_by_code",
    "csco_index",
    "csco_relatedness",
    "middle_group",
    "small_group",
]

DATA = Path(__file__).with_name("csco22.tsv")

SAME = 1.0
# The shipped values; the ones in use are `taxonomy("same_small_group")` and so on.
SAME_SMALL_GROUP = TAXONOMY["same_small_group"]
SAME_MIDDLE_GROUP = TAXONOMY["same_middle_group"]


@dataclass(frozen=True, slots=True)
class CscoOccupation:
    code: str
    level: int
    name: str
    aliases: tuple[str, ...]
    definition: str

    @property
    def small_group(self) -> str | None:
        return small_group(self.code)

    @property
    def middle_group(self) -> str | None:
        return middle_group(self.code)


@dataclass(frozen=True, slots=True)
class Classification:
    occupation: CscoOccupation
    confidence: float


def small_group(code: str) -> str | None:
    """'6-31-01' for 6-31-01-03 and for the heading 6-31-01-00; None above that level."""
    return None if code[5:7] == "00" else code[:7]


def middle_group(code: str) -> str | None:
    return None if code[2:4] == "00" else code[:4]


def _read(path: Path) -> tuple[CscoOccupation, ...]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, level, name, aliases, definition = line.split("\t")
        rows.append(
            CscoOccupation(
                code=code,
                level=int(level),
                name=name,
                aliases=tuple(alias for alias in aliases.split("|") if alias),
                definition=definition,
            )
        )
    return tuple(rows)


@cache
def csco() -> tuple[CscoOccupation, ...]:
    """Every occupation and heading, in code order."""
    return _read(DATA)


@cache
def words_of_work() -> frozenset[str]:
    """The words (rjieba, two characters or more) of every occupation's name, aliases and
    definition: the language of trades and products (光伏, 组件, 纺织), which brands and
    people's names (华宇, 胖哥) rarely share."""
    import rjieba

    return frozenset(
        word
        for row in csco()
        for word in rjieba.cut(" ".join((row.name, *row.aliases, row.definition)))
        if len(word) >= 2
    )


@cache
def _by_code() -> dict[str, CscoOccupation]:
    return {occupation.code: occupation for occupation in csco()}


@cache
def csco_index() -> dict[str, int]:
    """Code → its position in `csco()`."""
    return {occupation.code: index for index, occupation in enumerate(csco())}


def csco_by_code(code: str) -> CscoOccupation:
    """KeyError for a code the classification does not have."""
    return _by_code()[code]


def csco_relatedness(a: str, b: str) -> float:
    """1 for the same code, less for the same small group, less again for the same middle
    group (a heading counts as within its own group), 0 otherwise."""
    if a == b:
        return SAME
    small = small_group(a)
    if small is not None and small == small_group(b):
        return taxonomy("same_small_group")
    middle = middle_group(a)
    if middle is not None and middle == middle_group(b):
        return taxonomy("same_middle_group")
    return 0.0
