"""Viewers' questions about a job ("公司能解决住宿吗？") answered from the job's own fields.

`topic_of` names what a question is about, `answer` says what the job's fields state about it
(None when they state nothing), and `question_key` makes near-identical questions equal so a
recruiter's answer can be given again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from matchers.records import Job
from matchers.taxonomy.majors import major_relation
from matchers.text.profile import read_profile
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel

__all__ = [
    "TOPICS",
    "MajorFit",
    "answer",
    "is_job_search",
    "major_answer",
    "major_fits",
    "question_key",
    "topic_of",
]

KEY_LENGTH = 200

# Checked in this order: the first topic whose pattern matches wins.
_TOPIC_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "major",
        re.compile(
            r"专业(?:不?对口|不符|不一样|不同|不相关|不对|没关系)|不是(?:这个|相关|对口)的?专业"
            r"|我是[\u4e00-\u9fffA-Za-z]{2,14}?专业|学[的是]{0,2}[\u4e00-\u9fffA-Za-z]{2,12}?专业的"
        ),
    ),
    (
        "accessibility",
        re.compile(
            r"轮椅|残疾|残障|残疾人|听障|视障|聋|盲人|无障碍|坐着|手语|读屏|腿脚|行动不便|拄拐"
        ),
    ),
    ("graduates", re.compile(r"应届|毕业生|刚毕业|没毕业")),
    ("housing", re.compile(r"住宿|包住|宿舍|管住|吃住|食宿|住的地方|住处")),
    ("travel", re.compile(r"出差|跑外地")),
    ("education", re.compile(r"学历|文凭|毕业证")),
    ("pay", re.compile(r"工资|薪资|薪水|薪酬|待遇|多少钱|月薪|底薪|收入|挣多少|赚多少")),
    ("experience", re.compile(r"经验|干过|做过|新手|没接触过")),
)

TOPICS: tuple[str, ...] = tuple(topic for topic, _ in _TOPIC_PATTERNS)

_TRAVEL_ANSWERS = {
    TravelLevel.NONE: "这个岗位无需出差。",
    TravelLevel.OCCASIONAL: "偶尔需要出差。",
    TravelLevel.FREQUENT: "需要经常出差。",
}

# "有适合我的岗位吗", "还有别的工作吗", "想找个工作": a search for jobs, not a question about
# this one.
_JOB_SEARCH = re.compile(
    r"(?:有没有|还有|有)[^，,。？?！!]{0,8}(?:岗位|工作|职位|活)|找[^，,。？?！!]{0,3}工作|适合我"
)

_LEADING_FILLER = re.compile(r"^(?:请问一下|请问|问一下|问下|主播|老师|你好|您好)+")
_TRAILING_PARTICLES = re.compile(r"(?:吗|呢|啊|呀|吧|哈|嘛|么)+$")


def topic_of(question: str) -> str | None:
    """housing, travel, education, pay, experience, graduates, accessibility or major."""
    text = unicodedata.normalize("NFKC", question)
    for topic, pattern in _TOPIC_PATTERNS:
        if pattern.search(text):
            return topic
    return None


def is_job_search(question: str) -> bool:
    """True for a viewer looking for work in general rather than asking about the job."""
    return _JOB_SEARCH.search(unicodedata.normalize("NFKC", question)) is not None


def answer(job: Job, topic: str | None, question: str) -> str | None:
    """What the job's fields say about `topic`, in Chinese; None when they do not say.

    For "major" the question must name the viewer's major (see `major_answer` for the
    employer-wide answer); `question` is read only for that.
    """
    if topic == "housing":
        return "这个岗位提供住宿。" if job.housing else "这个岗位不提供住宿。"
    if topic == "travel":
        return _TRAVEL_ANSWERS[job.travel]
    if topic == "education":
        return _education(job.education)
    if topic == "pay":
        return _pay(job.salary_min, job.salary_max)
    if topic == "experience":
        if job.experience_years <= 0:
            return "不要求工作经验。"
        return f"要求{job.experience_years}年以上工作经验。"
    if topic == "graduates":
        return "欢迎应届生投递。" if job.graduates_welcome else "这个岗位未注明招收应届生。"
    if topic == "accessibility":
        return _accessibility(job.accommodations)
    if topic == "major":
        return _one_job_major(job, viewer_major(question))
    return None


def question_key(text: str) -> str:
    """Full width folded, lower case, punctuation, symbols, spaces, greetings and final
    particles dropped: "请问，公司能解决住宿吗？" and "公司能解决住宿" share a key."""
    folded = unicodedata.normalize("NFKC", text).lower()
    kept = "".join(
        char for char in folded if not unicodedata.category(char).startswith(("P", "S", "Z", "C"))
    )
    kept = _TRAILING_PARTICLES.sub("", _LEADING_FILLER.sub("", kept))
    return kept[:KEY_LENGTH]


def viewer_major(question: str) -> str | None:
    """The major the viewer says they studied ("我是环境设计专业" -> "环境设计")."""
    if not question.strip():
        return None
    # The year only matters for graduation, which is not read here.
    return read_profile(question, current_year=2000).candidate.major or None


@dataclass(frozen=True, slots=True)
class MajorFit:
    """A job that fits the viewer's major: "same" or "related", and the job's major that fits."""

    job: Job
    relation: str
    job_major: str


def major_fits(major: str, jobs: Iterable[Job]) -> list[MajorFit]:
    """The jobs listing the viewer's major or a related one; the same major first."""
    fits = []
    for job in jobs:
        relation, job_major = major_relation(major, job.majors)
        if job_major is not None:
            fits.append(MajorFit(job=job, relation=relation, job_major=job_major))
    return sorted(fits, key=lambda fit: fit.relation != "same")


def major_answer(major: str | None, fits: Sequence[MajorFit], any_major: Sequence[Job]) -> str:
    """The answer to "my major does not match" over one employer's open jobs: the jobs that fit
    `major`, else that none lists a related major, and the jobs open to any major."""
    if major is None:
        text = "请告诉我们您学的专业（例如“我是环境设计专业”），我们帮您看看哪些岗位对口。"
    elif fits:
        listed = "、".join(f"{fit.job.title}（{_relation_note(fit)}）" for fit in fits)
        text = f"和您的{major}专业对口或相近的岗位：{listed}。"
    else:
        text = f"这家单位的在招岗位都没有列出和{major}相关的专业。"
    if any_major:
        text += f"不限专业的岗位：{'、'.join(job.title for job in any_major)}。"
    return text


def _relation_note(fit: MajorFit) -> str:
    if fit.relation == "same":
        return f"招{fit.job_major}专业"
    return f"招{fit.job_major}等相近专业"


def _one_job_major(job: Job, major: str | None) -> str:
    if not job.majors:
        return "这个岗位不限专业。"
    wanted = "、".join(job.majors)
    if major is None:
        return f"这个岗位要求{wanted}专业。"
    relation, job_major = major_relation(major, job.majors)
    if relation == "same":
        return f"这个岗位招{job_major}专业，和您的专业对口。"
    if relation == "related":
        return f"您的{major}专业和这个岗位要求的{job_major}专业相近，可以投递。"
    return f"这个岗位要求{wanted}专业，和您的{major}专业不对口。"


def _education(level: EducationLevel) -> str:
    if level is EducationLevel.NONE:
        return "学历不限。"
    return f"要求{level.label}及以上学历。"


def _pay(low: int | None, high: int | None) -> str | None:
    if low is not None and high is not None:
        return f"月薪{low}元。" if low == high else f"月薪{low}–{high}元。"
    if low is not None:
        return f"月薪{low}元起。"
    if high is not None:
        return f"月薪最高{high}元。"
    return None


def _accessibility(offered: Iterable[Accommodation]) -> str:
    labels = [item.label for item in Accommodation if item in set(offered)]
    if not labels:
        return "该岗位暂未注明无障碍条件。"
    return f"无障碍：提供{'、'.join(labels)}。"
