"""Readable reasons, in Chinese, for one pair's score components."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from matchers.ranking import reasons_from
from matchers.records import Candidate, Job, Reason
from matchers.taxonomy.aims import aimed_occupations
from matchers.taxonomy.csco import CscoOccupation
from matchers.taxonomy.majors import major_group, major_relation
from matchers.taxonomy.occupations import (
    aims_of_titles,
    group_name,
    occupation_of_title,
    related_codes,
)
from matchers.taxonomy.places import place_fits
from matchers.text.synonyms import canonical_skill

MAX_LISTED = 5


def explain(
    job: Job,
    candidate: Candidate,
    parts: Mapping[str, float],
    weights: Mapping[str, float],
    *,
    recent_graduate: bool,
) -> tuple[Reason, ...]:
    """Reasons for the components that added to the score, largest share first, then gaps."""
    occupation = occupation_of_title(job.title)
    messages = {
        "occupation": _occupation(occupation, candidate, parts["occupation"]),
        "text": f"简历与岗位描述的文本相似度 {parts['text']:.0%}",
        "skills": _skills(job, candidate),
        "major": _major(job, candidate, parts["major"]),
        "experience": _experience(job, candidate, recent_graduate),
        "salary": _salary(job, candidate),
        "location": _location(job, candidate),
        "graduates": "应届生可投，欢迎应届毕业生"
        if recent_graduate and job.graduates_welcome
        else None,
    }
    reasons = reasons_from(messages, parts, weights, _missing_skills(job, candidate))
    if occupation is None:
        return reasons
    return tuple(
        replace(reason, occupation_code=occupation.code, occupation_name=occupation.name)
        if reason.code == "occupation"
        else reason
        for reason in reasons
    )


def _occupation(
    occupation: CscoOccupation | None, candidate: Candidate, value: float
) -> str | None:
    aims = aimed_occupations(candidate) if occupation is not None and value > 0 else {}
    if occupation is None or not aims:
        titles = "、".join(candidate.desired_titles)
        return f"岗位名称与期望职位（{titles}）相近" if titles and value > 0 else None
    asked = aims_of_titles(candidate.desired_titles) if candidate.desired_titles else {}
    if asked.get(occupation.code, 0.0) >= 1.0:
        return f"岗位属于期望的职业：{occupation.name}"
    if occupation.code in asked:
        titles = "、".join(candidate.desired_titles)
        return f"期望职位（{titles}）也可能指这一职业：{occupation.name}"
    if occupation.code in aims:
        return f"专业（{candidate.major}）对口的职业：{occupation.name}"
    nearest = max(aims, key=lambda code: (related_codes(code).get(occupation.code, 0.0), code))
    group = group_name(occupation.code, nearest)
    if group is not None:
        return f"与期望职业同属“{group}”类职业：{occupation.name}"
    return f"与期望职业相近：{occupation.name}"


def _skills(job: Job, candidate: Candidate) -> str | None:
    have = {canonical_skill(skill) for skill in candidate.skills}
    matched = [skill for skill in job.skills if canonical_skill(skill) in have]
    return f"技能匹配：{'、'.join(matched[:MAX_LISTED])}" if matched else None


def _missing_skills(job: Job, candidate: Candidate) -> str | None:
    have = {canonical_skill(skill) for skill in candidate.skills}
    missing = [skill for skill in job.skills if canonical_skill(skill) not in have]
    return f"缺少技能：{'、'.join(missing[:MAX_LISTED])}" if missing else None


def _major(job: Job, candidate: Candidate, value: float) -> str | None:
    if not job.majors or not candidate.major or value <= 0:
        return None
    relation, job_major = major_relation(candidate.major, job.majors)
    if relation == "same":
        return f"专业对口：{candidate.major}"
    if relation == "related":
        group = major_group(candidate.major)
        family = f"同属{group.name}" if group is not None else "相关"
        return f"相关专业：{candidate.major}与岗位要求的{job_major}{family}"
    return None


def _experience(job: Job, candidate: Candidate, recent_graduate: bool) -> str:
    if job.experience_years <= candidate.experience_years:
        if job.experience_years == 0:
            return "岗位不要求工作经验"
        return f"经验满足要求：要求{job.experience_years}年，已有{candidate.experience_years}年"
    if recent_graduate and job.graduates_welcome:
        return f"应届生可投，{job.experience_years}年经验要求放宽"
    return f"经验不足：要求{job.experience_years}年，已有{candidate.experience_years}年"


def _salary(job: Job, candidate: Candidate) -> str | None:
    pay = _pay(job)
    expected = candidate.salary_expectation
    if pay is None or expected is None:
        return None
    ceiling = job.salary_max if job.salary_max is not None else job.salary_min
    if job.salary_min is not None and job.salary_min >= expected:
        return f"薪资{pay}，不低于期望的{expected}元"
    if ceiling is not None and ceiling >= expected:
        return f"薪资{pay}，上限达到期望的{expected}元"
    return f"薪资{pay}，低于期望的{expected}元"


def _location(job: Job, candidate: Candidate) -> str | None:
    if not candidate.locations:
        return f"工作地点：{job.location}（不限地区）" if job.location else None
    wanted = [place for place in candidate.locations if place_fits(place, job.location)]
    if wanted:
        return f"工作地点在期望区域：{job.location}（期望：{'、'.join(wanted)}）"
    return f"工作地点在{job.location}，不在期望区域" if job.location else None


def _pay(job: Job) -> str | None:
    if job.salary_min is not None and job.salary_max is not None:
        return f"{job.salary_min}–{job.salary_max}元"
    if job.salary_min is not None:
        return f"{job.salary_min}元起"
    if job.salary_max is not None:
        return f"最高{job.salary_max}元"
    return None
