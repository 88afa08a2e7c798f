"""Deterministic synthetic job posts and job seekers of Liaocheng, in the jobs.jsonl and
candidates.jsonl formats of FORMATS.md, for load tests and benchmarks.

    python -m seeds.synthetic jobs|candidates N --out FILE [--seed S]

Record i depends only on (seed, i), so the first n of a larger run are the run of n.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from typing import Any

from matchers.vocabulary import EducationLevel
from seeds.synthetic_templates import ACCESS_PHRASES, DISTRICTS, OCCUPATIONS, Occupation, items

REFERENCE_YEAR = 2026
DESCRIPTION_LENGTH = (60, 200)

BRANDS = items(
    "鑫诚、鲁通、金泰、恒达、瑞丰、宏图、泰和、佳和、运河、水城、东岳、华宇、润泽、明德、广源、"
    "正阳、嘉禾、永盛、博远、凤城、光岳、昌润、信达、聚源、隆兴、和顺、天元、中润、福瑞、安和"
)
PREFIXES = ("聊城市", "聊城", "山东", "临清市", "阳谷县", "莘县", "东阿县", "冠县", "高唐县")
SURNAMES = items(
    "王、李、张、刘、陈、杨、赵、黄、周、吴、徐、孙、马、朱、胡、郭、何、高、林、罗、郑、梁、宋、谢"
)
GIVEN_NAMES = items(
    "伟、芳、娜、敏、静、丽、强、磊、军、洋、勇、艳、杰、娟、涛、明、超、秀英、建国、文静、"
    "欣然、志强、海燕、振华、丽娜、晓东、春梅、国庆、玉兰、子涵、浩然、雨桐、佳怡、宇轩"
)
SCHOOLS = ("聊城大学", "聊城职业技术学院", "聊城大学东昌学院", "山东农业大学", "聊城市技师学院")
BENEFITS = ("缴纳五险一金", "节假日福利", "有年终奖", "每月休息四天", "双休", "有师傅带", "满勤奖")
# The age at which people of each tier finish school.
GRADUATION_AGE = {"none": 15, "junior_high": 15, "high_school": 18, "secondary_vocational": 18}
GRADUATION_AGE |= {"associate": 21, "bachelor": 22, "master": 25, "doctorate": 28}
LEVELS = tuple(level.value for level in EducationLevel)
STUDIED = {"secondary_vocational", "associate", "bachelor", "master", "doctorate"}


PER_BROADCAST = 200  # engine.jobs.livestreams.MAX_PRESENTATIONS


def generate_jobs(n: int, seed: int = 0) -> list[dict[str, Any]]:
    return [_job(random.Random(f"job:{seed}:{index}"), index) for index in range(n)]


def generate_candidates(n: int, seed: int = 0) -> list[dict[str, Any]]:
    return [_candidate(random.Random(f"candidate:{seed}:{index}"), index) for index in range(n)]


def _job(rng: random.Random, index: int) -> dict[str, Any]:
    occupation = rng.choice(OCCUPATIONS)
    education = rng.choice(items(occupation.education))
    experience = rng.choice((0, 0, 0, 1, 1, 2, 3, 5))
    low, high = _pay(rng, occupation)
    housing = rng.random() < occupation.housing
    offers = _some(rng, items(occupation.offers), 0.5)
    graduates = experience == 0 and rng.random() < 0.6
    majors = _some(rng, items(occupation.majors), 0.6) if _tier(education) >= 3 else []
    job = {
        "id": f"sj{index + 1:06d}",
        "title": rng.choice(items(occupation.titles)),
        "employer": _employer(rng, occupation),
        "description": "",
        "skills": rng.sample(items(occupation.skills), rng.randint(2, 4)),
        "education": education,
        "majors": majors,
        "experience_years": experience,
        "salary_min": None if rng.random() < 0.08 else low,
        "salary_max": None if rng.random() < 0.08 else high,
        "location": _place(rng),
        "housing": housing,
        "travel": rng.choice(items(occupation.travel)),
        "accommodations": offers,
        "graduates_welcome": graduates,
        "headcount": rng.choice((1, 1, 2, 3, 5, 10, 20)),
        "livestream": _broadcast(rng, index),
    }
    job["description"] = _description(rng, occupation, job)
    return job


def _broadcast(rng: random.Random, index: int) -> str | None:
    """Three jobs in five were presented in a broadcast; a broadcast presents at most
    PER_BROADCAST jobs, so each block of that many jobs has broadcasts of its own."""
    day = rng.choice((None, None, "20230310", "20230615", "20230825"))
    return None if day is None else f"zbdg-{day}-{index // PER_BROADCAST + 1:03d}"


def _description(rng: random.Random, occupation: Occupation, job: dict[str, Any]) -> str:
    duties = items(occupation.duties, "|")
    required = "学历不限" if job["education"] == "none" else f"{_label(job['education'])}及以上学历"
    if job["experience_years"]:
        required += f"，{job['experience_years']}年以上相关经验"
    if job["graduates_welcome"]:
        required += "，欢迎应届毕业生"
    pay = _pay_phrase(job["salary_min"], job["salary_max"])
    perks = rng.sample(BENEFITS, 2) + (["提供宿舍"] if job["housing"] else [])
    access = [ACCESS_PHRASES[code][0] for code in job["accommodations"]]
    optional = [f"{pay}，{'，'.join(perks)}。", *(f"{phrase}。" for phrase in access)]
    text = f"负责{duties[0]}，{duties[1]}。{required}。"
    low, high = DESCRIPTION_LENGTH
    for part in optional:
        if len(text) + len(part) <= high:
            text += part
    fillers = ("公司发展稳定，晋升空间大。", "欢迎有意向的朋友报名。", "可先到岗试工。")
    for filler in fillers:
        if len(text) < low:
            text += filler
    return text[:high]


def _candidate(rng: random.Random, index: int) -> dict[str, Any]:
    occupation = rng.choice(OCCUPATIONS)
    education = _education(rng, occupation)
    recent = education in STUDIED and rng.random() < 0.3
    finish_age = GRADUATION_AGE[education]
    age = finish_age + rng.randint(0, 1) if recent else rng.randint(finish_age + 1, 55)
    graduation_year = _graduation_year(rng, education, age, finish_age, recent)
    experience = 0 if recent else max(0, min(age - finish_age - 1, rng.randint(0, 15)))
    majors = items(occupation.majors)
    major = rng.choice(majors) if majors and education in STUDIED else ""
    needs = _some(rng, tuple(ACCESS_PHRASES), 0.08, most=2)
    low, high = occupation.pay
    person = {
        "id": f"sc{index + 1:06d}",
        "name": rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES),
        "age": age,
        "education": education,
        "major": major,
        "graduation_year": graduation_year,
        "experience_years": experience,
        "skills": rng.sample(items(occupation.skills), rng.randint(1, 4)),
        "summary": "",
        "desired_titles": rng.sample(items(occupation.titles), rng.randint(1, 2)),
        "salary_expectation": None if rng.random() < 0.15 else _round(rng.uniform(low, high)),
        "locations": [_place(rng, town=0.0) for _ in range(rng.choice((0, 1, 1, 2)))],
        "needs_housing": rng.random() < 0.2,
        "travel": rng.choice(("none", "none", "occasional", "frequent")),
        "needs": needs,
        "share_needs_with_employers": bool(needs) and rng.random() < 0.6,
    }
    person["locations"] = list(dict.fromkeys(person["locations"]))
    person["summary"] = _summary(rng, occupation, person)
    return person


def _summary(rng: random.Random, occupation: Occupation, person: dict[str, Any]) -> str:
    title = person["desired_titles"][0]
    skills = "、".join(person["skills"][:2])
    if person["graduation_year"] and person["graduation_year"] >= REFERENCE_YEAR - 1:
        start = f"{rng.choice(SCHOOLS)}{person['major'] or '相关'}专业{person['graduation_year']}届"
        start += f"毕业生，在校学过{skills}"
        if rng.random() < 0.5:
            start += f"，实习过{rng.randint(2, 6)}个月"
    elif person["experience_years"]:
        duty = rng.choice(items(occupation.duties, "|"))
        place = rng.choice(DISTRICTS)[0]
        start = f"{_schooling(person['education'])}，在{place}干过{person['experience_years']}年"
        start += f"{title}，负责{duty}，会{skills}"
    else:
        start = f"{_schooling(person['education'])}，没有相关经验，会{skills}，愿意学"
    wishes = [f"想找{title}的工作"]
    if person["locations"]:
        wishes.append(f"最好在{person['locations'][0].removeprefix('聊城市')}")
    if person["needs_housing"]:
        wishes.append("需要提供住宿")
    if person["travel"] == "none":
        wishes.append("不想出差")
    wishes += [ACCESS_PHRASES[code][1] for code in person["needs"] if rng.random() < 0.7]
    return f"{start}。{'，'.join(wishes)}。"


def _education(rng: random.Random, occupation: Occupation) -> str:
    """One of the levels the occupation asks for, sometimes the next one up."""
    level = LEVELS.index(rng.choice(items(occupation.education)))
    if rng.random() < 0.2:
        level = min(level + 1, len(LEVELS) - 1)
    return LEVELS[level]


def _graduation_year(
    rng: random.Random, education: str, age: int, finish_age: int, recent: bool
) -> int | None:
    if education == "none" or (not recent and rng.random() < 0.4):
        return None
    return REFERENCE_YEAR + rng.randint(-1, 0) if recent else REFERENCE_YEAR - (age - finish_age)


def _employer(rng: random.Random, occupation: Occupation) -> str:
    return f"{rng.choice(PREFIXES)}{rng.choice(BRANDS)}{occupation.trade}"


def _place(rng: random.Random, town: float = 0.1) -> str:
    name, _, towns = DISTRICTS[_weighted_index(rng, [weight for _, weight, _ in DISTRICTS])]
    return f"聊城市{name}{rng.choice(towns) if rng.random() < town else ''}"


def _pay(rng: random.Random, occupation: Occupation) -> tuple[int, int]:
    low, high = occupation.pay
    start = _round(rng.uniform(low, (low + high) / 2))
    return start, max(start + 500, _round(rng.uniform((low + high) / 2, high)))


def _pay_phrase(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"月薪{low}-{high}元"
    if low is not None:
        return f"月薪{low}元起"
    return "薪资面议" if high is None else f"月薪最高{high}元"


def _some(rng: random.Random, pool: Sequence[str], chance: float, most: int = 3) -> list[str]:
    if not pool or rng.random() >= chance:
        return []
    return rng.sample(list(pool), rng.randint(1, min(most, len(pool))))


def _weighted_index(rng: random.Random, weights: Sequence[int]) -> int:
    return rng.choices(range(len(weights)), weights=weights)[0]


def _round(value: float) -> int:
    return int(round(value / 500) * 500)


def _tier(code: str) -> int:
    return EducationLevel.parse(code).tier


def _label(code: str) -> str:
    return EducationLevel.parse(code).label


def _schooling(code: str) -> str:
    return "没上过什么学" if code == "none" else f"{_label(code)}学历"


GENERATORS: dict[str, Callable[[int, int], list[dict[str, Any]]]] = {
    "jobs": generate_jobs,
    "candidates": generate_candidates,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Writes synthetic jobs or candidates.")
    parser.add_argument("kind", choices=sorted(GENERATORS))
    parser.add_argument("n", type=int)
    parser.add_argument("--out", required=True, help="a file, or - for standard output")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must be at least 0")
    records = GENERATORS[args.kind](args.n, args.seed)
    lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    if args.out == "-":
        sys.stdout.write(lines)
    else:
        with open(args.out, "w", encoding="utf-8") as stream:
            stream.write(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
