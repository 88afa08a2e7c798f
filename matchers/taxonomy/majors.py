"""Majors and their disciplines: which 专业类 a major belongs to and how a person's major
relates to the majors a job asks for (the same, a related one of the same 专业类, or none).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from matchers.taxonomy.major_data import BROAD_NAMES, GROUP_ALIASES, MAJOR_GROUP_ROWS, MAJOR_RENAMES

__all__ = [
    "MAJOR_GROUPS",
    "MajorGroup",
    "groups_of_major",
    "major_group",
    "major_relation",
    "normalise_major",
    "occupations_for_major",
]


@dataclass(frozen=True, slots=True)
class MajorGroup:
    code: str
    name: str  # the 专业类, e.g. 设计学类
    majors: tuple[str, ...]  # primary members first, then those also filed elsewhere
    occupations: tuple[str, ...]  # occupation codes that graduates of this group typically do


MAJOR_GROUPS: tuple[MajorGroup, ...] = tuple(
    MajorGroup(
        code=code,
        name=name,
        majors=tuple(major.removeprefix("+") for major in majors.split()),
        occupations=tuple(occupations.split()),
    )
    for code, name, majors, occupations in MAJOR_GROUP_ROWS
)

_BY_CODE: dict[str, MajorGroup] = {group.code: group for group in MAJOR_GROUPS}


def _memberships() -> dict[str, tuple[str, ...]]:
    primary: dict[str, str] = {}
    secondary: dict[str, list[str]] = {}
    for code, _, majors, _ in MAJOR_GROUP_ROWS:
        for major in majors.split():
            if major.startswith("+"):
                secondary.setdefault(major[1:], []).append(code)
            else:
                primary.setdefault(major, code)
    return {
        major: (code, *(other for other in secondary.get(major, ()) if other != code))
        for major, code in primary.items()
    }


_GROUPS_OF_MAJOR: dict[str, tuple[str, ...]] = _memberships()
_GROUP_NAMES: dict[str, str] = {
    **{group.name: group.code for group in MAJOR_GROUPS},
    **GROUP_ALIASES,
}
_LONGEST_MAJOR = max(len(major) for major in _GROUPS_OF_MAJOR)
_LONGEST_BROAD = max(len(name) for name in BROAD_NAMES)

_BRACKETED = re.compile(r"[(\[【〔][^)\]】〕]*(?:[)\]】〕]|$)")
_SEPARATORS = re.compile(r"[、/,，;；|]|或者|或")
_SPACES = re.compile(r"\s+")
_QUALIFIERS = ("专业方向", "方向", "专业", "相关", "等", "以及", "及", "师范")


def normalise_major(name: str) -> str:
    """Full-width folded, spaces and bracketed notes dropped, and trailing 专业/方向/相关/等 cut:
    "英语（师范）" -> "英语", "会计相关专业" -> "会计", "计算机类专业" -> "计算机类"."""
    text = _BRACKETED.sub("", _SPACES.sub("", unicodedata.normalize("NFKC", name).lower()))
    changed = True
    while changed:
        changed = False
        for qualifier in _QUALIFIERS:
            stem = text.removesuffix(qualifier)
            if stem != text and len(stem) >= 2:
                text, changed = stem, True
    return text


@lru_cache(maxsize=16384)
def groups_of_major(name: str) -> tuple[str, ...]:
    """Codes of every group a major (or a 专业类 or broad field name) belongs to, primary first."""
    return _resolve(name)[0]


def major_group(name: str) -> MajorGroup | None:
    """The group of a major: exact name, then normalised, then a 专业类 named directly, then the
    longest known major inside the name. None when unknown or when the name spans groups."""
    codes, broad = _resolve(name)
    if not codes or (broad and len(codes) > 1):
        return None
    return _BY_CODE[codes[0]]


def occupations_for_major(name: str) -> tuple[str, ...]:
    """Occupation codes that graduates of this major's groups typically do, primary group first."""
    found: dict[str, None] = {}
    for code in groups_of_major(name):
        found.update(dict.fromkeys(_BY_CODE[code].occupations))
    return tuple(found)


def major_relation(candidate_major: str, job_majors: Sequence[str]) -> tuple[str, str | None]:
    """("same", job major) when the job lists the person's major, ("related", job major) when a
    listed major or 专业类 shares a group with it, else ("none", None)."""
    parts = major_parts(candidate_major)
    if not parts:
        return ("none", None)
    own = {canonical_major(part) for part in parts}
    for job_major in job_majors:
        if any(canonical_major(part) in own for part in major_parts(job_major)):
            return ("same", job_major)
    own_groups = {code for part in parts for code in groups_of_major(part)}
    for job_major in job_majors:
        if any(own_groups.intersection(groups_of_major(part)) for part in major_parts(job_major)):
            return ("related", job_major)
    return ("none", None)


def major_parts(majors: str) -> list[str]:
    """The majors a field names: "会计/财务管理" is two."""
    return [part for part in _SEPARATORS.split(majors) if normalise_major(part)]


def canonical_major(name: str) -> str:
    """The name to compare majors by: normalised, and a renamed major under its new name."""
    normalised = normalise_major(name)
    return MAJOR_RENAMES.get(normalised, normalised)


def _resolve(name: str) -> tuple[tuple[str, ...], bool]:
    """(group codes, whether they came from a broad name rather than a major or 专业类)."""
    raw = name.strip()
    if raw in _GROUPS_OF_MAJOR:
        return _GROUPS_OF_MAJOR[raw], False
    key = canonical_major(raw)
    if key in _GROUPS_OF_MAJOR:
        return _GROUPS_OF_MAJOR[key], False
    if key in _GROUP_NAMES:
        # A 专业类 named directly; 工商管理类 also covers accounting, filed apart here.
        code = _GROUP_NAMES[key]
        return (code, *(other for other in BROAD_NAMES.get(key, ()) if other != code)), False
    if key in BROAD_NAMES:
        return BROAD_NAMES[key], True
    inside = _longest_inside(key, _GROUPS_OF_MAJOR, _LONGEST_MAJOR)
    if inside is not None:
        return _GROUPS_OF_MAJOR[inside], False
    broad = _longest_inside(key, BROAD_NAMES, _LONGEST_BROAD)
    if broad is not None:
        return BROAD_NAMES[broad], True
    return (), False


def _longest_inside(text: str, known: dict[str, tuple[str, ...]], longest: int) -> str | None:
    best: str | None = None
    for start in range(len(text)):
        for end in range(min(len(text), start + longest), start + 1, -1):
            if text[start:end] in known:
                if best is None or end - start > len(best):
                    best = text[start:end]
                break
    return None if best is None else best
