"""Read a viewer's chat message ("26岁，环境设计专业，有工作经验") into a job-seeker profile."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from matchers.records import Candidate
from matchers.taxonomy import places
from matchers.text import lexicon as lex
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel


@dataclass(frozen=True, slots=True)
class TextProfile:
    """The profile read from a text, and the candidate fields the text actually states."""

    candidate: Candidate
    stated: frozenset[str]


class EmptyQuery(ValueError):
    def __init__(self) -> None:
        super().__init__(
            "the text query is empty: say who you are or what work you want "
            "(查询内容为空：请写下您的情况或想找的工作)"
        )


@dataclass(frozen=True, slots=True)
class Clause:
    """One stretch of a message between punctuation; `start` is its offset in the message."""

    text: str
    start: int
    question: bool
    about_job: bool


def read_profile(text: str, *, current_year: int) -> TextProfile:
    """The candidate a chat message describes; fields it does not state keep their defaults,
    which restrict nothing (education unknown, any travel, no housing or other needs)."""
    if not text or not text.strip():
        raise EmptyQuery
    message = unicodedata.normalize("NFKC", text).strip()
    clauses = split_clauses(message)
    titles, title_spans = _desired_titles(clauses)
    major, major_span = _major(clauses)
    masked = _mask(message, [*title_spans, *([major_span] if major_span else [])])
    masked_clauses = split_clauses(masked)

    fields: dict[str, Any] = {}
    fields["age"] = _age(clauses)
    fields["education"] = _education(masked_clauses)
    fields["major"] = major
    graduation_year, graduating = _graduation(clauses, current_year)
    fields["graduation_year"] = graduation_year
    experience = _experience(clauses)
    fields["experience_years"] = 0 if experience is None and graduating else experience
    fields["skills"] = _skills(masked) or None
    fields["desired_titles"] = titles or None
    fields["salary_expectation"] = _salary(clauses)
    fields["locations"] = _locations(clauses) or None
    fields["needs_housing"] = _housing(masked_clauses)
    fields["travel"] = _travel(clauses)
    fields["needs"] = frozenset(_needs(masked)) or None
    stated = {name: value for name, value in fields.items() if value is not None}
    # Hard rules apply only to what the text states: an unstated education restricts nothing.
    unknown = {"education": None} if "education" not in stated else {}
    return TextProfile(Candidate(id="query", **stated, **unknown), frozenset(stated))


def split_clauses(message: str) -> list[Clause]:
    clauses, start = [], 0
    for cut in [*lex.BREAK.finditer(message), None]:
        end = cut.start() if cut else len(message)
        piece = message[start:end].strip()
        if piece:
            offset = message.index(piece, start)
            question = lex.QUESTION.search(piece) is not None or bool(cut and "?" in cut.group())
            about_job = lex.THE_JOB.search(piece) is not None or (
                question and lex.ASKS_REQUIREMENT.search(piece) is not None
            )
            clauses.append(Clause(piece, offset, question, about_job))
        start = cut.end() if cut else end
    return clauses


def _mask(message: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(message)
    for start, end in spans:
        chars[start:end] = "□" * (end - start)
    return "".join(chars)


def _person(clauses: Iterable[Clause]) -> Iterator[Clause]:
    """Clauses about the viewer, not questions about a job's requirements."""
    return (clause for clause in clauses if not clause.about_job)


# --- age, education, major -------------------------------------------------------------------


def _age(clauses: list[Clause]) -> int | None:
    for clause in clauses:
        if lex.RELATIVE.search(clause.text):
            continue
        for match in lex.AGE.finditer(clause.text):
            age = lex.chinese_number(match.group(1) or match.group(2))
            if age is not None and 15 <= age <= 80:
                return age
    return None


def _education(clauses: list[Clause]) -> EducationLevel | None:
    best: EducationLevel | None = None
    for clause in _person(clauses):
        if lex.RELATIVE.search(clause.text):
            continue
        for level, pattern in lex.EDUCATION_WORDS:
            for match in re.finditer(pattern, clause.text):
                held = level
                if re.match(rf"(?:学历)?(?:{lex.UNFINISHED})", clause.text[match.end() :]):
                    held = lex.ATTAINED_BEFORE[level]
                if best is None or held.tier > best.tier:
                    best = held
    return best


def _major(clauses: list[Clause]) -> tuple[str | None, tuple[int, int] | None]:
    for clause in _person(clauses):
        for match in re.finditer(r"专业(?!不?对口|不限|要求)", clause.text):
            found = _major_before(clause, match.start())
            if found[0]:
                return found
    for clause in _person(clauses):
        for match in lex.MAJOR_AFTER_STUDY.finditer(clause.text):
            name = match.group(1)
            if _valid_major(name):
                start = clause.start + match.start(1)
                return name, (start, start + len(name))
    for clause in _person(clauses):
        for match in lex.MAJOR_BEFORE_DEGREE.finditer(clause.text):
            found = _major_before(clause, match.start())
            if found[0]:
                return found
    return None, None


def _major_before(clause: Clause, end: int) -> tuple[str | None, tuple[int, int] | None]:
    run = re.search(r"[\u4e00-\u9fffA-Za-z0-9]+$", clause.text[:end])
    if not run:
        return None, None
    name = re.split(r"大学|学院|学校", run.group())[-1]
    name = lex.MAJOR_LEAD.sub("", name)
    if not _valid_major(name):
        return None, None
    start = clause.start + end - len(name)
    return name, (start, start + len(name))


def _valid_major(name: str) -> bool:
    return (
        2 <= len(name) <= 14
        and lex.NOT_A_MAJOR.search(name) is None
        and re.fullmatch(lex.DEGREE, name) is None
    )


# --- graduation and experience -----------------------------------------------------------------


def _graduation(clauses: list[Clause], current_year: int) -> tuple[int | None, bool]:
    """The graduation year, and whether the person graduates this year or later."""
    for clause in _person(clauses):
        text = clause.text
        if lex.GRADUATING_NOW.search(text):
            return current_year, True
        for word, shift in lex.GRADUATED_RELATIVE.items():
            if re.search(rf"{word}[\u4e00-\u9fff]{{0,4}}?毕业", text):
                return current_year + shift, shift >= 0
        if match := lex.GRADUATED_IN.search(text):
            year = int(match.group(1))
            year += 2000 if year < 100 else 0
            if 1960 <= year <= current_year + 6:
                return year, year >= current_year
        if (match := lex.GRADUATED_AGO.search(text)) and (
            years := lex.chinese_number(match.group(1))
        ):
            return current_year - years, False
    return None, False


def _experience(clauses: list[Clause]) -> int | None:
    years: list[int] = []
    none = some = False
    for clause in clauses:
        text = clause.text
        none = none or lex.NO_EXPERIENCE.search(text) is not None
        if clause.about_job:
            continue
        for pattern in lex.YEARS_OF_WORK:
            for match in pattern.finditer(text):
                value = lex.chinese_number(next(group for group in match.groups() if group))
                if value is not None and value <= 50:
                    years.append(value)
        some = some or lex.SOME_EXPERIENCE.search(text) is not None
    if years:
        return max(years)
    if none:
        return 0
    return 1 if some else None


# --- skills, money, places ---------------------------------------------------------------------


def _skills(message: str) -> tuple[str, ...]:
    found: list[tuple[int, str]] = []
    for match in lex.DRIVING_LICENCE.finditer(message):
        codes = re.findall(r"[A-Ca-c][1-6]", match.group(1))
        found.extend((match.start(), f"{code.upper()}驾照") for code in codes)
    if not found:
        found.extend((match.start(), "驾照") for match in lex.ANY_LICENCE.finditer(message))
    for name, pattern in lex.SKILL_PATTERNS:
        found.extend((match.start(), name) for match in pattern.finditer(message))
    found = [(at, name) for at, name in found if not lex.LACKING.search(message, 0, at)]
    return tuple(dict.fromkeys(name for _, name in sorted(found)))


def _salary(clauses: list[Clause]) -> int | None:
    for clause in clauses:
        if lex.THE_JOB.search(clause.text):
            continue
        for pattern in lex.SALARY:
            for match in pattern.finditer(clause.text):
                value = lex.chinese_number(match.group(1).replace(" ", ""))
                if value is not None and 1000 <= value <= 100000:
                    return value
    return None


def _locations(clauses: list[Clause]) -> tuple[str, ...]:
    found = []
    for clause in _person(clauses):
        for mention in places.mentions(clause.text):
            if not lex.NOT_THERE.search(clause.text[: mention.start]):
                found.append(mention.district)
    return tuple(dict.fromkeys(found))


# --- housing, travel, needs --------------------------------------------------------------------


def _housing(clauses: list[Clause]) -> bool | None:
    if any(re.search(lex.HOUSING_NO, clause.text) for clause in clauses):
        return False
    if any(re.search(lex.HOUSING_YES, clause.text) for clause in clauses):
        return True
    return None


def _travel(clauses: list[Clause]) -> TravelLevel | None:
    levels = []
    for clause in _person(clauses):
        if re.search(lex.TRAVEL_OCCASIONAL, clause.text):
            levels.append(TravelLevel.OCCASIONAL)
        elif re.search(lex.TRAVEL_NONE, clause.text):
            levels.append(TravelLevel.NONE)
        elif not clause.question and re.search(lex.TRAVEL_FREQUENT, clause.text):
            levels.append(TravelLevel.FREQUENT)
    return min(levels, key=lambda level: level.rank) if levels else None


def _needs(message: str) -> list[Accommodation]:
    return [need for need, pattern in lex.NEEDS if re.search(pattern, message)]


# --- desired titles ------------------------------------------------------------------------------


def _desired_titles(clauses: list[Clause]) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    titles: dict[str, tuple[int, int]] = {}
    for clause in _person(clauses):
        text, strict = clause.text, False
        if trigger := lex.TITLE_TRIGGER.search(text):
            start, end = trigger.end(), len(text)
        elif clause.question and (trigger := lex.ASK_FOR.search(text)):
            start, end, strict = trigger.end(), len(text), True
        elif trigger := lex.ANY_WILL_DO.search(text):
            start, end, strict = 0, trigger.start(), True
        else:
            continue
        for title_start, title_end in _title_spans(text, start, end):
            title = text[title_start:title_end]
            if strict and not (lex.JOB_NOUN.search(text, title_end) or _looks_like_work(title)):
                continue
            titles.setdefault(title, (clause.start + title_start, clause.start + title_end))
    return tuple(titles), list(titles.values())


def _title_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end > start and text[end - 1] in "吗呢吧啊呀嘛哦么?":
        end -= 1
    bounds = [start]
    for connector in lex.TITLE_CONNECTORS.finditer(text, start, end):
        bounds.extend(connector.span())
    bounds.append(end)
    for item_start, item_end in zip(bounds[::2], bounds[1::2], strict=True):
        item_end = _strip_suffixes(text, item_start, item_end)
        item_start = max(item_start, text.rfind("的", item_start, item_end) + 1)
        item_start = _strip_prefixes(text, item_start, item_end)
        title = text[item_start:item_end]
        if (
            2 <= len(title) <= 10
            and title not in lex.TITLE_STOPWORDS
            and not lex.NOT_A_TITLE.search(title)
            and not places.is_place(title)
        ):
            yield item_start, item_end


def _strip_suffixes(text: str, start: int, end: int) -> int:
    stripped = True
    while stripped:
        stripped = False
        for suffix in lex.TITLE_SUFFIXES:
            if text.endswith(suffix, start, end) and end - start > len(suffix):
                end, stripped = end - len(suffix), True
                break
    return end


def _strip_prefixes(text: str, start: int, end: int) -> int:
    stripped = True
    while stripped:
        stripped = False
        for prefix in lex.TITLE_PREFIXES:
            if text.startswith(prefix, start, end):
                start, stripped = start + len(prefix), True
                break
        lead = places.mentions(text[start:end])
        if lead and lead[0].start == 0:
            start, stripped = start + lead[0].end, True
    return start


def _looks_like_work(title: str) -> bool:
    return re.search(lex.TITLE_ENDINGS, title) is not None or any(
        word in title for word in lex.INDUSTRIES
    )
