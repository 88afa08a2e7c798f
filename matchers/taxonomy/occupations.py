"""Occupations as the matchers see them: codes of the national classification (CSCO-2022),
found in titles and free text, and how related two of them are.

A title that is an official name or alias of the classification is that occupation. Any
other title is read two ways: by the classification's names, aliases and labelled real titles
(`csco_reading.py`), and by the job-fair vocabulary (`fair_occupations.py`, the words of the
broadcasts: 普工, 挖机, 拉长 …, placed in the classification by `fair_csco.py`). The fair
reading is taken unless the classification's is sure (sure_reading): the fair vocabulary keeps
a job and the people who want it on one code and one fair group, which ranks job-fair data
better, and the classification reads the titles the fair words do not know. A person's desired
title also stands for the classification's likely readings of it (`aims_of_titles`), which
is what finds the right occupation for a real posting title when the first reading is wrong.

The constants (`settings.py`: when a reading is sure, how strong the other readings are, how
related two occupations are) are cross-validated with occupations held out together, over the
dev sets and the second generator's sets, by `benchmarks/evaluate_matcher.py`; the README
gives the figures, and those of the labelled real titles (`benchmarks/real_titles.py`).

Two occupations are related (the larger of):
- the same code: 1.0;
- career-path neighbours (`adjacency_data.py`) or the same small group: 0.6;
- the same group of the fair vocabulary (`occupation_data.py` GROUPS): 0.5;
- the same middle group of the classification: 0.3.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

from matchers.taxonomy import fair_occupations as fair
from matchers.taxonomy.adjacency_data import ADJACENT as _ADJACENT_PAIRS
from matchers.taxonomy.csco import (
    SAME,
    SAME_MIDDLE_GROUP,
    SAME_SMALL_GROUP,
    Classification,
    CscoOccupation,
    csco,
    csco_by_code,
    csco_index,
    csco_relatedness,
    middle_group,
    small_group,
)
from matchers.taxonomy.csco_reading import named_exactly, on_new_examples, read_titles
from matchers.taxonomy.fair_csco import CSCO_OF
from matchers.taxonomy.settings import TAXONOMY, on_new_taxonomy, taxonomy

__all__ = [
    "ADJACENT",
    "FAIR_GROUP",
    "OCCUPATIONS",
    "OCCUPATION_INDEX",
    "SAME",
    "SAME_MIDDLE_GROUP",
    "SAME_SMALL_GROUP",
    "aims_of_titles",
    "group_name",
    "occupation_of_title",
    "occupations_in_text",
    "occupations_wanted",
    "prefetch_titles",
    "reach",
    "reading_of_title",
    "readings_of_titles",
    "related_codes",
    "relatedness",
]

# The shipped values of the constants (`settings.py` says what each means); the ones in use
# are read with `taxonomy(name)`, which the benchmarks may switch to cross-validate them.
ADJACENT = TAXONOMY["adjacent"]
FAIR_GROUP = TAXONOMY["fair_group"]
FAIR_READING = TAXONOMY["fair_reading"]
SURE_READING = TAXONOMY["sure_reading"]

OCCUPATIONS: tuple[CscoOccupation, ...] = csco()
OCCUPATION_INDEX: dict[str, int] = csco_index()


def _placed(occupation: fair.Occupation) -> CscoOccupation:
    return csco_by_code(CSCO_OF[occupation.code])


# A desired title stands also for the classification's likeliest readings of it (at most
# 1 + ALTERNATIVES, each at least alternative_share as likely as the best), each as strong as
# its likelihood is near the best one's: from alternative_floor (a small-group neighbour's
# relatedness) up to floor + alternative_range, always short of a stated aim.
ALTERNATIVES = 9

_READINGS: dict[str, tuple[Classification, ...]] = {}
_READINGS_KEPT = 65536


def _read(titles: Sequence[str]) -> dict[str, tuple[Classification, ...]]:
    """The classification's likeliest readings of each title; titles are read together."""
    found = {title: _READINGS[title] for title in titles if title in _READINGS}
    unread = [title for title in dict.fromkeys(titles) if title not in found]
    if unread:
        for title, readings in zip(unread, read_titles(unread, top=1 + ALTERNATIVES), strict=True):
            found[title] = tuple(readings)
        if len(_READINGS) + len(unread) > _READINGS_KEPT:
            _READINGS.clear()
        _READINGS.update((title, found[title]) for title in unread)
    return found


on_new_examples(_READINGS.clear)


def readings_of_titles(titles: Sequence[str]) -> list[Classification | None]:
    """`reading_of_title` of each title; titles not read before are read together."""
    found = _read(titles)
    return [_combined(title, found[title]) for title in titles]


def reading_of_title(title: str) -> Classification | None:
    """The occupation a title names and how sure the reading is; None when unsure."""
    return readings_of_titles([title])[0]


def _combined(title: str, readings: Sequence[Classification]) -> Classification | None:
    if (code := named_exactly(title)) is not None:
        return Classification(csco_by_code(code), 1.0)
    by_fair = fair.occupation_of_title(title)
    if by_fair is not None and (not readings or readings[0].confidence < taxonomy("sure_reading")):
        return Classification(_placed(by_fair), taxonomy("fair_reading"))
    return readings[0] if readings else None


def occupation_of_title(title: str) -> CscoOccupation | None:
    reading = reading_of_title(title)
    return None if reading is None else reading.occupation


def occupations_in_text(text: str) -> tuple[CscoOccupation, ...]:
    """Every occupation the fair vocabulary finds in a free text, longest word first."""
    return tuple(dict.fromkeys(_placed(o) for o in fair.occupations_in_text(text)))


def occupations_wanted(title: str) -> tuple[CscoOccupation, ...]:
    """What a desired title asks for, surely: an umbrella's family (普工), the occupation it
    names, or those found in it when it is free text."""
    wanted = fair.occupations_wanted(title)
    reading = reading_of_title(title)
    if reading is not None and len(wanted) <= 1:
        return (reading.occupation,)
    return tuple(dict.fromkeys(_placed(o) for o in wanted))


def aims_of_titles(titles: Sequence[str]) -> dict[str, float]:
    """As `_aims_of_titles`, remembered: a person's titles are read for every match of theirs."""
    return dict(_aims_remembered(tuple(titles)))


@lru_cache(maxsize=16384)
def _aims_remembered(titles: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    return tuple(_aims_of_titles(titles).items())


on_new_taxonomy(_aims_remembered.cache_clear)
on_new_examples(_aims_remembered.cache_clear)


def _aims_of_titles(titles: Sequence[str]) -> dict[str, float]:
    """Occupation code → strength for desired titles: 1 for what each surely asks for, less
    for the classification's likely readings of it, by how near each is to the likeliest.

    The other readings stand in for not knowing what a lone title means. When the person's
    other titles surely ask for something, they say what was meant: a reading is then kept
    only if it is related to what one of them asks for (洗车 beside 汽车美容 rules out 美容师,
    which 汽车美容 alone might mean)."""
    found = _read(titles)
    wanted = {title: occupations_wanted(title) for title in dict.fromkeys(titles)}
    least = taxonomy("alternative_share")
    floor, span = taxonomy("alternative_floor"), taxonomy("alternative_range")
    aims: dict[str, float] = {}
    for title, sure in wanted.items():
        aims.update((occupation.code, 1.0) for occupation in sure)
        readings = found[title]
        if len(sure) != 1 or not readings:
            continue
        elsewhere = [o.code for other, said in wanted.items() if other != title for o in said]
        best = readings[0].confidence
        for reading in readings:
            code = reading.occupation.code
            share = reading.confidence / best
            strength = round(floor + span * share, 4)
            corroborated = (
                not elsewhere
                or code == sure[0].code
                or any(code in related_codes(other) for other in elsewhere)
            )
            if share >= least and strength > aims.get(code, 0.0) and corroborated:
                aims[code] = strength
    return aims


def prefetch_titles(titles: Sequence[str]) -> None:
    """Read many titles together before they are asked for one by one."""
    _read(titles)


@cache
def _adjacent() -> dict[str, frozenset[str]]:
    neighbours: dict[str, set[str]] = {}
    for a, b in _ADJACENT_PAIRS:
        code_a, code_b = CSCO_OF[a], CSCO_OF[b]
        if code_a != code_b:
            neighbours.setdefault(code_a, set()).add(code_b)
            neighbours.setdefault(code_b, set()).add(code_a)
    return {code: frozenset(found) for code, found in neighbours.items()}


@cache
def _fair_groups() -> dict[str, frozenset[str]]:
    """Code → the fair groups of the fair occupations placed at it."""
    groups: dict[str, set[str]] = {}
    for occupation in fair.OCCUPATIONS:
        groups.setdefault(CSCO_OF[occupation.code], set()).add(occupation.group)
    return {code: frozenset(found) for code, found in groups.items()}


def relatedness(a: CscoOccupation | None, b: CscoOccupation | None) -> float:
    """How related two occupations are (see the module docstring); 0 when either is unknown."""
    if a is None or b is None:
        return 0.0
    return related_codes(a.code).get(b.code, 0.0)


@cache
def _middle_groups() -> dict[str, tuple[str, ...]]:
    """Middle group → its codes (a small group always lies within a middle group)."""
    members: dict[str, list[str]] = {}
    for occupation in OCCUPATIONS:
        if (group := middle_group(occupation.code)) is not None:
            members.setdefault(group, []).append(occupation.code)
    return {group: tuple(codes) for group, codes in members.items()}


@lru_cache(maxsize=4096)
def related_codes(code: str) -> dict[str, float]:
    """Every occupation related to this one, with its relatedness (itself included)."""
    related: dict[str, float] = {}

    def offer(other: str, value: float) -> None:
        if value > related.get(other, 0.0):
            related[other] = value

    for other in _middle_groups().get(middle_group(code) or "", ()):
        offer(other, csco_relatedness(code, other))
    groups = _fair_groups().get(code, frozenset())
    for other, other_groups in _fair_groups().items():
        if groups & other_groups:
            offer(other, taxonomy("fair_group"))
    for other in _adjacent().get(code, ()):
        offer(other, taxonomy("adjacent"))
    related[code] = SAME
    return related


on_new_taxonomy(related_codes.cache_clear)


def group_name(code: str, other: str) -> str | None:
    """The name of the smallest classification group two codes share, if any."""
    for group in (small_group(code), middle_group(code)):
        if group is not None and other.startswith(group):
            heading = group + "-00" * ((11 - len(group)) // 3)
            return csco_by_code(heading).name if heading in OCCUPATION_INDEX else None
    return None


def reach(aims: Mapping[str, float]) -> dict[str, float]:
    """For aims (code → strength), every occupation they reach: the best of strength ×
    relatedness over the aims."""
    reached: dict[str, float] = {}
    for code, strength in aims.items():
        for other, value in related_codes(code).items():
            if strength * value > reached.get(other, 0.0):
                reached[other] = strength * value
    return reached
