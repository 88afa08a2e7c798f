"""A job's occupation in the national classification (CSCO-2022), read from its title."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matchers.taxonomy.occupations import readings_of_titles


@dataclass(frozen=True, slots=True)
class JobOccupation:
    code: str
    name: str


def occupations_of_titles(titles: Sequence[str]) -> list[JobOccupation | None]:
    """The occupation of each title, None where it cannot be read; titles are read together."""
    return [
        None if reading is None else JobOccupation(reading.occupation.code, reading.occupation.name)
        for reading in readings_of_titles(titles)
    ]


def occupation_of_title(title: str) -> JobOccupation | None:
    return occupations_of_titles([title])[0]
