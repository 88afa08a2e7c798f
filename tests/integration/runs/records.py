"""A small city's jobs and people, as jobs.jsonl and candidates.jsonl records, loaded through
the importers `civicmatch import` uses.

Every person passes the hard rules of at least one job (the community job asks nothing and
offers every accommodation), and every job has at least one person who passes its rules (the
doctor travels anywhere and needs nothing), so a run stores a ranking for each of them.
"""

from __future__ import annotations

import io
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from engine.db import transaction
from engine.io.candidates_file import import_candidates
from engine.io.jobs_file import import_jobs
from engine.jobs.models import JobPost
from engine.seekers.models import Candidate
from matchers.vocabulary import Accommodation
from schema.jobs.types import JOB_POST
from schema.relay import to_global_id
from schema.seekers.types import CANDIDATE

HIRING = "聊城市顺达物流有限公司"
OTHER = "聊城某制药有限公司"
EVERY_ACCOMMODATION = [accommodation.value for accommodation in Accommodation]

KINDS_OF_JOB: list[dict[str, Any]] = [
    {
        "title": "仓库管理员",
        "description": "负责仓库收发货、盘点和出入库台账，熟练使用WMS系统。",
        "skills": ["仓库管理", "盘点", "WMS"],
        "education": "high_school",
        "housing": True,
        "travel": "none",
    },
    {
        "title": "叉车司机",
        "description": "持证驾驶叉车装卸货物。",
        "skills": ["叉车"],
        "education": "junior_high",
        "housing": True,
    },
    {
        "title": "电商客服",
        "description": "在线回复买家咨询，处理售后问题。",
        "skills": ["客服", "打字"],
        "education": "high_school",
    },
    {
        "title": "电焊工",
        "description": "车间钢结构焊接。",
        "skills": ["电焊", "气保焊"],
        "education": "secondary_vocational",
        "experience_years": 2,
        "salary_min": 6000,
        "salary_max": 8000,
    },
    {
        "title": "会计",
        "description": "负责记账、报税和月度报表。",
        "skills": ["财务", "Excel"],
        "education": "bachelor",
        "majors": ["会计学"],
        "graduates_welcome": True,
    },
    {
        "title": "医药代表",
        "description": "拜访医院和药店，推广公司药品。",
        "skills": ["销售", "客户管理"],
        "education": "associate",
        "travel": "frequent",
        "salary_min": 6000,
        "salary_max": 9000,
    },
    {
        "title": "普工",
        "description": "流水线装配，包吃住。",
        "skills": ["装配"],
        "housing": True,
    },
    {
        "title": "软件测试工程师",
        "description": "编写测试用例，执行功能测试和接口测试。",
        "skills": ["软件测试", "Python"],
        "education": "bachelor",
        "majors": ["软件工程"],
        "graduates_welcome": True,
    },
]
PLACES = ["聊城市东昌府区", "聊城经济技术开发区", "聊城市茌平区"]

KINDS_OF_PERSON: list[dict[str, Any]] = [
    {
        "skills": ["仓库管理", "盘点"],
        "desired_titles": ["仓库管理员"],
        "summary": "在物流公司做过仓库管理员，熟悉出入库和盘点。",
        "education": "high_school",
        "experience_years": 2,
        "travel": "none",
    },
    {
        "skills": ["叉车"],
        "desired_titles": ["叉车司机"],
        "education": "junior_high",
        "needs_housing": True,
        "experience_years": 6,
    },
    {
        "skills": ["打字", "客服"],
        "desired_titles": ["电商客服"],
        "education": "high_school",
        "travel": "occasional",
    },
    {
        "skills": ["电焊"],
        "desired_titles": ["电焊工"],
        "education": "secondary_vocational",
        "experience_years": 5,
        "salary_expectation": 7000,
    },
    {
        "skills": ["Excel", "财务"],
        "desired_titles": ["会计"],
        "education": "bachelor",
        "major": "会计学",
        "graduation_year": 2025,
    },
    {
        "skills": ["Python", "软件测试"],
        "desired_titles": ["软件测试工程师"],
        "education": "master",
        "major": "软件工程",
        "graduation_year": 2024,
    },
]
NAMES = "李强 赵敏 孙丽 周杰 王芳 刘洋 陈静 杨帆 黄磊 吴昊 徐萍 马超 朱琳 胡军 郭敏 何丹 高峰 林涛"
NEEDS = [[], ["wheelchair_access"], [], ["screen_reader", "seated_work"]]


def jobs(count: int = 16) -> list[dict[str, Any]]:
    """`count` open jobs of both employers with varied accommodations, the community job,
    and one closed job."""
    made = []
    for n in range(count):
        made.append(
            {
                **KINDS_OF_JOB[n % len(KINDS_OF_JOB)],
                "id": f"j{n}",
                "employer": HIRING if n < count // 2 else OTHER,
                "location": PLACES[n % len(PLACES)],
                "accommodations": EVERY_ACCOMMODATION[: (n * 3) % 8],
            }
        )
    made.append(
        {
            "id": "j-community",
            "title": "社区服务员",
            "employer": HIRING,
            "description": "社区便民服务站接待居民。",
            "housing": True,
            "travel": "none",
            "accommodations": EVERY_ACCOMMODATION,
        }
    )
    made.append({**KINDS_OF_JOB[0], "id": "j-closed", "employer": HIRING, "status": "closed"})
    return made


def people(count: int = 18) -> list[dict[str, Any]]:
    """`count` people, a quarter of them stating needs (one in eight sharing them), two in
    three visible to employers; and the doctor."""
    names = NAMES.split()
    made = []
    for n in range(count):
        made.append(
            {
                **KINDS_OF_PERSON[n % len(KINDS_OF_PERSON)],
                "id": f"c{n}",
                "name": names[n % len(names)],
                "locations": [PLACES[n % len(PLACES)]],
                "needs": NEEDS[n % len(NEEDS)],
                "share_needs_with_employers": n % 8 == 3,
                "visible_to_employers": n % 3 != 0,
            }
        )
    made.append(
        {
            "id": "c-doctor",
            "name": "宋博",
            "education": "doctorate",
            "skills": ["管理"],
            "travel": "frequent",
            "visible_to_employers": True,
        }
    )
    return made


def jsonl(records: list[dict[str, Any]]) -> io.BytesIO:
    text = "\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    return io.BytesIO(text.encode())


def load(
    sessions: sessionmaker[Session],
    job_records: list[dict[str, Any]] | None = None,
    person_records: list[dict[str, Any]] | None = None,
) -> None:
    """Imports the records (None: `jobs()` and `people()`); a record whose id is already
    stored updates it."""
    job_records = jobs() if job_records is None else job_records
    person_records = people() if person_records is None else person_records
    with transaction(sessions) as session:
        if job_records:
            import_jobs(session=session, stream=jsonl(job_records), source="jobs.jsonl")
        if person_records:
            import_candidates(
                session=session, stream=jsonl(person_records), source="candidates.jsonl"
            )


def pk(sessions: sessionmaker[Session], model: type[JobPost | Candidate], external_id: str) -> int:
    with sessions() as session:
        found = session.scalar(select(model.id).where(model.external_id == external_id))
    assert found is not None, external_id
    return found


def person_id(sessions: sessionmaker[Session], external_id: str) -> str:
    """The global id of an imported person."""
    return to_global_id(CANDIDATE, pk(sessions, Candidate, external_id))


def job_id(sessions: sessionmaker[Session], external_id: str) -> str:
    return to_global_id(JOB_POST, pk(sessions, JobPost, external_id))
