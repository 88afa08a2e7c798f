"""A second synthetic job fair, in Chengdu, with its own graded pairs: data the matcher's
constants were never chosen on.

    python -m seeds.synthetic_elsewhere --out DIR --seed N [--size K] [--year YYYY]

writes DIR/dev (shaped like the Liaocheng dev set: formal desired titles, 40 jobs, 15
people) and DIR/dev-hard (80 jobs, 25 people who name what they want in a word or two,
and distractors), each with jobs.jsonl, candidates.jsonl and pair_grades.jsonl; --size
multiplies the counts.

Grades come from the generator's own truth, never from a matcher: the same trade is 3,
a trade the person would gladly take (`near`) 2, another of the same family 1, one less
for any soft miss (too little experience, pay below the person's floor, a district the
person did not name); pairs that break a hard rule of FORMATS.md are never graded.
Distractors are jobs of a lookalike trade (汽车销售顾问 for someone who wants 汽修).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matchers.records import Candidate, Job
from matchers.vocabulary import EducationLevel
from seeds.synthetic_elsewhere_truth import looks_alike, misses, passes, relation, tier
from seeds.synthetic_elsewhere_vocabulary import (
    ACCESS,
    BRANDS,
    BY_CODE,
    CITY,
    DISTRICTS,
    EMPLOYERS,
    GIVEN_NAMES,
    PERKS,
    QUALIFIERS,
    SCHOOLS,
    STREETS,
    SURNAMES,
    TRADES,
    Trade,
    split,
)

REFERENCE_YEAR = 2026
ATTEMPTS = 20
LEVELS = tuple(level.value for level in EducationLevel)
STUDIED = {"secondary_vocational", "associate", "bachelor", "master", "doctorate"}
FINISH_AGE = {"none": 16, "junior_high": 16, "high_school": 19, "secondary_vocational": 19}
FINISH_AGE |= {"associate": 22, "bachelor": 23, "master": 26, "doctorate": 29}
SELLING = {"sales", "retail"}


@dataclass(frozen=True)
class Shape:
    jobs: int
    people: int
    aims: int  # trades the people aim at
    jobs_per_aim: tuple[int, int]
    colloquial: bool  # people name what they want in a word or two
    distractors: bool


SHAPES: dict[str, Shape] = {
    "dev": Shape(40, 15, 15, (1, 3), colloquial=False, distractors=False),
    "dev-hard": Shape(80, 25, 12, (2, 3), colloquial=True, distractors=True),
}


@dataclass
class Generated:
    """One set's rows, and the truth they were written from (trade code by id)."""

    jobs: list[dict[str, Any]] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)
    grades: list[dict[str, Any]] = field(default_factory=list)
    distractors: list[dict[str, Any]] = field(default_factory=list)
    trade_of: dict[str, str] = field(default_factory=dict)


def generate(name: str, *, seed: int, size: int = 1, year: int = REFERENCE_YEAR) -> Generated:
    shape = SHAPES[name]
    rng = random.Random(f"elsewhere:{name}:{seed}")
    prefix = "e" if name == "dev" else "h"
    # A hard set is about telling lookalikes apart, so its people aim at trades that have some.
    pool = [t for t in TRADES if t.lookalikes] if shape.distractors else list(TRADES)
    aims = rng.sample(pool, min(len(pool), shape.aims * size))
    out = Generated()
    trades = _job_trades(rng, shape, aims, shape.jobs * size)
    for index, trade in enumerate(trades):
        job = _job(rng, trade, f"{prefix}j{index + 1:03d}", shape)
        out.jobs.append(job)
        out.trade_of[job["id"]] = trade.code
    for index in range(shape.people * size):
        trade = aims[index % len(aims)]
        # A person with nothing at all to find is drawn again, a few times at most.
        for _ in range(ATTEMPTS):
            person = _person(rng, trade, f"{prefix}c{index + 1:03d}", shape, year)
            grades, distractors = _judge(out, person, trade, shape, year)
            if grades:
                break
        out.candidates.append(person)
        out.trade_of[person["id"]] = trade.code
        out.grades += grades
        out.distractors += distractors
    _validate(out)
    return out


def _job_trades(rng: random.Random, shape: Shape, aims: Sequence[Trade], n: int) -> list[Trade]:
    """Jobs of the trades aimed at first, then lookalikes (where distractors are wanted),
    near trades and fillers mostly of the same families; shuffled, so that an id says
    nothing about the truth."""
    core = [trade for trade in aims for _ in range(rng.randint(*shape.jobs_per_aim))]
    near = [BY_CODE[code] for trade in aims for code in split(trade.near)[:2]]
    alike = [BY_CODE[code] for trade in aims for code in split(trade.lookalikes)]
    families = {trade.family for trade in aims}
    kin = [trade for trade in TRADES if trade.family in families]
    picked = core + (alike if shape.distractors else []) + near
    while len(picked) < n:
        picked.append(rng.choice(kin if rng.random() < 0.6 else TRADES))
    picked = picked[:n]
    rng.shuffle(picked)
    return picked


def _job(rng: random.Random, trade: Trade, job_id: str, shape: Shape) -> dict[str, Any]:
    education = rng.choice(split(trade.schooling))
    experience = rng.choice((0, 0, 0, 1, 1, 2, 3, 5))
    low, high = _pay(rng, trade)
    district = rng.choice(DISTRICTS)
    title = rng.choice(split(trade.titles))
    if shape.colloquial and "（" not in title and rng.random() < 0.35:
        title += f"（{rng.choice((*QUALIFIERS, district.removesuffix('区')))}）"
    majors = split(trade.majors)
    job = {
        "id": job_id,
        "title": title,
        "employer": _employer(rng, trade, district),
        "description": "",
        "skills": rng.sample(split(trade.skills), rng.randint(2, 4)),
        "education": education,
        "majors": rng.sample(majors, rng.randint(1, min(2, len(majors))))
        if majors and tier(education) >= 3 and rng.random() < 0.6
        else [],
        "experience_years": experience,
        "salary_min": None if rng.random() < 0.1 else low,
        "salary_max": None if rng.random() < 0.1 else high,
        "location": CITY + district + (rng.choice(STREETS) if rng.random() < 0.15 else ""),
        "housing": rng.random() < trade.housing,
        "travel": rng.choice(split(trade.travel)),
        "accommodations": _some(rng, split(trade.offers), 0.6),
        "graduates_welcome": experience == 0 and rng.random() < 0.5,
        "headcount": rng.choice((1, 1, 2, 3, 4, 6, 8, 15)),
        "livestream": rng.choice((None, None, None, "cdzb-20260412", "cdzb-20260920")),
    }
    job["description"] = _description(rng, trade, job)
    return job


def _description(rng: random.Random, trade: Trade, job: dict[str, Any]) -> str:
    first, second = split(trade.duties, ";")
    edu = "学历不作要求" if job["education"] == "none" else f"{_label(job['education'])}以上"
    years = job["experience_years"]
    experience = f"需{years}年以上同岗位经验" if years else "零经验可学"
    pay = _pay_phrase(job["salary_min"], job["salary_max"])
    perks = "、".join(rng.sample(PERKS, 2)) + ("、提供员工宿舍" if job["housing"] else "")
    extras = [ACCESS[code][0] for code in job["accommodations"]]
    extras += ["接受应届毕业生"] if job["graduates_welcome"] else []
    extras += {"occasional": ["偶尔外出办事"], "frequent": ["需要经常外出"]}.get(job["travel"], [])
    # Sellers like a background in what they sell, which brings the lookalike's words in.
    if trade.family in SELLING and trade.lookalikes and rng.random() < 0.5:
        background = BY_CODE[split(trade.lookalikes)[0]]
        extras.append(f"有{rng.choice(_plain_titles(background))}经验者优先")
    tail = "".join(f"{extra}。" for extra in extras)
    skills = job["skills"]
    template = rng.randrange(3)
    if template == 0:
        return (
            f"【岗位职责】1.{first}；2.{second}。【任职要求】{edu}，{experience}，"
            f"熟悉{skills[0]}和{skills[1]}。【薪资福利】{pay}，{perks}。{tail}"
        )
    if template == 1:
        return (
            f"{job['employer']}招{job['title']}{job['headcount']}名。工作内容：{first}，{second}。"
            f"{edu}，{experience}。{pay}，{perks}。{tail}"
        )
    return (
        f"工作地点：{job['location']}。日常工作：{first}。要求会{'、'.join(skills)}，"
        f"{experience}。待遇：{pay}，{perks}。{tail}"
    )


def _person(
    rng: random.Random, trade: Trade, person_id: str, shape: Shape, year: int
) -> dict[str, Any]:
    level = LEVELS.index(rng.choice(split(trade.schooling)))
    level += 1 if rng.random() < 0.15 else -1 if rng.random() < 0.1 else 0
    education = LEVELS[min(max(level, 0), len(LEVELS) - 3)]
    recent = education in STUDIED and rng.random() < 0.3
    finish = FINISH_AGE[education]
    age = finish + rng.randint(0, 1) if recent else rng.randint(finish + 1, 52)
    experience = 0 if recent else max(0, min(age - finish - 1, rng.randint(0, 12)))
    majors = split(trade.majors)
    wants = split(trade.asks) if shape.colloquial else _plain_titles(trade)
    needs = _some(rng, split(trade.offers), 0.25, most=2)
    low, high = trade.pay
    person = {
        "id": person_id,
        "name": rng.choice(split(SURNAMES)) + rng.choice(split(GIVEN_NAMES)),
        "age": age,
        "education": education,
        "major": rng.choice(majors) if majors and education in STUDIED else "",
        "graduation_year": year - rng.randint(0, 1) if recent else None,
        "experience_years": experience,
        "skills": rng.sample(split(trade.skills), rng.randint(1, 3) if shape.colloquial else 3),
        "summary": "",
        "desired_titles": rng.sample(wants, rng.randint(1, min(2, len(wants)))),
        "salary_expectation": None if rng.random() < 0.15 else _round(rng.uniform(low, high)),
        "locations": [],
        "needs_housing": rng.random() < 0.2,
        "travel": rng.choice(("none", "none", "occasional", "frequent")),
        "needs": needs,
        "share_needs_with_employers": bool(needs) and rng.random() < 0.5,
    }
    places = rng.sample(DISTRICTS, rng.choice((0, 1, 1, 2)))
    person["locations"] = [
        place if shape.colloquial and rng.random() < 0.3 else CITY + place for place in places
    ]
    person["summary"] = _summary(rng, trade, person, shape)
    return person


def _summary(rng: random.Random, trade: Trade, person: dict[str, Any], shape: Shape) -> str:
    ask = person["desired_titles"][0]
    skills = "、".join(person["skills"])
    places = "、".join(place.removeprefix(CITY) for place in person["locations"]) or "成都都可以"
    # Half the people describe their work in the posts' words, half in their own.
    duty = rng.choice(split(trade.duties, ";"))
    if rng.random() < 0.5:
        duty = f"主要干{rng.choice(_plain_titles(trade))}的活，{person['skills'][0]}比较拿手"
    years = person["experience_years"]
    if person["graduation_year"]:
        school = rng.choice(SCHOOLS) + (person["major"] or "")
        history = f"{person['graduation_year']}届{school}毕业，实习时{duty}"
    elif years:
        history = f"在{_employer(rng, trade, rng.choice(DISTRICTS))}做了{years}年，平时{duty}"
    else:
        history = "之前没做过这一行，肯学肯干"
    wishes = ["最好能包住"] if person["needs_housing"] else []
    wishes += ["不接受出差"] if person["travel"] == "none" else []
    wishes += [ACCESS[code][1] for code in person["needs"] if rng.random() < 0.7]
    wish = "".join(f"{text}。" for text in wishes)
    experience = f"{years}年经验" if years else "无经验"
    template = rng.randrange(3 if shape.colloquial else 2)
    if template == 0:
        return (
            f"求职意向：{ask}｜{experience}｜技能：{skills}｜期望区域：{places}。{history}。{wish}"
        )
    if template == 1:
        return f"我今年{person['age']}岁，{_schooling(person['education'])}。{history}。{wish}"
    return f"{ask}，{experience}，会{skills}。{wish}"


def _judge(
    out: Generated, person: dict[str, Any], aim: Trade, shape: Shape, year: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A person's grades and distractors from the truth; a pair that breaks a hard rule
    gets neither."""
    grades, distractors = [], []
    for job in out.jobs:
        if not passes(job, person):
            continue
        trade = BY_CODE[out.trade_of[job["id"]]]
        base = relation(aim, trade)
        grade = base - min(1, misses(job, person, year))
        pair = {"candidate": person["id"], "job": job["id"]}
        if base and grade >= 1:
            grades.append(pair | {"grade": grade})
        elif not base and shape.distractors and looks_alike(aim, trade):
            distractors.append(pair)
    return grades, distractors


def _validate(out: Generated) -> None:
    """Every row reads as the repository's records; ids are unique; ranges are ordered."""
    for rows, record in ((out.jobs, Job), (out.candidates, Candidate)):
        ids = [row["id"] for row in rows]
        if len(set(ids)) != len(ids):
            raise ValueError(f"duplicate {record.__name__} ids")
        for row in rows:
            record.from_mapping(row)
    for job in out.jobs:
        low, high = job["salary_min"], job["salary_max"]
        if low is not None and high is not None and low > high:
            raise ValueError(f"{job['id']}: salary_min {low} is above salary_max {high}")


def write(folder: Path, generated: Generated) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "jobs.jsonl": generated.jobs,
        "candidates.jsonl": generated.candidates,
        "pair_grades.jsonl": generated.grades,
    }
    if generated.distractors:
        files["distractors.jsonl"] = generated.distractors
    for name, rows in files.items():
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        (folder / name).write_text(text, encoding="utf-8")


def write_sets(out: Path, *, seed: int, size: int = 1, year: int = REFERENCE_YEAR) -> list[Path]:
    """Writes out/dev and out/dev-hard; returns the two folders."""
    folders = []
    for name in SHAPES:
        write(out / name, generate(name, seed=seed, size=size, year=year))
        folders.append(out / name)
    return folders


def _plain_titles(trade: Trade) -> tuple[str, ...]:
    return tuple(title.split("（")[0] for title in split(trade.titles))


def _employer(rng: random.Random, trade: Trade, district: str) -> str:
    template = rng.choice(EMPLOYERS[trade.family])
    return template.format(brand=rng.choice(BRANDS), district=district)


def _pay(rng: random.Random, trade: Trade) -> tuple[int, int]:
    low, high = trade.pay
    start = _round(rng.uniform(low, (low + high) / 2))
    return start, max(start + 500, _round(rng.uniform((low + high) / 2, high)))


def _pay_phrase(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"{low}～{high}元/月"
    if low is not None:
        return f"保底{low}元"
    return "工资面谈" if high is None else f"最高可拿{high}元"


def _some(rng: random.Random, pool: Sequence[str], chance: float, most: int = 3) -> list[str]:
    if not pool or rng.random() >= chance:
        return []
    return rng.sample(list(pool), rng.randint(1, min(most, len(pool))))


def _round(value: float) -> int:
    return int(round(value / 500) * 500)


def _label(code: str) -> str:
    return EducationLevel.parse(code).label


def _schooling(code: str) -> str:
    return {"none": "没读什么书", "junior_high": "初中毕业", "high_school": "高中毕业"}.get(
        code, f"{_label(code)}学历"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for dev/ and dev-hard/")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--size", type=int, default=1, help="multiplies jobs and people")
    parser.add_argument("--year", type=int, default=REFERENCE_YEAR, help="the current year")
    args = parser.parse_args(argv)
    if args.size < 1:
        parser.error("--size must be at least 1")
    for folder in write_sets(args.out, seed=args.seed, size=args.size, year=args.year):
        print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
