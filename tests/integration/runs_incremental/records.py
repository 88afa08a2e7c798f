"""A small city's jobs and people as jobs.jsonl and candidates.jsonl records, and loading
them through the importers `civicmatch import` uses."""

from __future__ import annotations

import io
import json
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from engine.db import transaction
from engine.io.candidates_file import import_candidates
from engine.io.jobs_file import import_jobs

LOGISTICS = "聊城市顺达物流有限公司"
FACTORY = "聊城某机械制造有限公司"
EVERY_ACCOMMODATION = [
    "wheelchair_access",
    "seated_work",
    "no_heavy_lifting",
    "flexible_hours",
    "remote_possible",
    "sign_language",
    "screen_reader",
]

JOBS: list[dict[str, Any]] = [
    {
        "id": "j-store",
        "employer": LOGISTICS,
        "title": "仓库管理员",
        "description": "负责仓库收发货、盘点和出入库台账，熟练使用WMS系统。",
        "skills": ["仓库管理", "盘点", "WMS"],
        "education": "high_school",
        "location": "聊城市东昌府区",
        "housing": True,
    },
    {
        "id": "j-fork",
        "employer": LOGISTICS,
        "title": "叉车司机",
        "description": "持证驾驶叉车装卸货物。",
        "skills": ["叉车"],
        "education": "junior_high",
        "location": "聊城经济技术开发区",
        "housing": True,
    },
    {
        "id": "j-service",
        "employer": LOGISTICS,
        "title": "电商客服",
        "description": "在线回复买家咨询，处理售后问题。",
        "skills": ["客服", "打字"],
        "education": "high_school",
        "location": "聊城市东昌府区",
        "accommodations": ["seated_work", "screen_reader", "remote_possible"],
    },
    {
        "id": "j-weld",
        "employer": FACTORY,
        "title": "电焊工",
        "description": "车间钢结构焊接。",
        "skills": ["电焊", "气保焊"],
        "education": "secondary_vocational",
        "experience_years": 2,
        "salary_min": 6000,
        "salary_max": 8000,
        "location": "聊城市茌平区",
    },
    {
        "id": "j-account",
        "employer": FACTORY,
        "title": "会计",
        "description": "负责记账、报税和月度报表。",
        "skills": ["财务", "Excel"],
        "education": "bachelor",
        "majors": ["会计学"],
        "graduates_welcome": True,
        "location": "聊城市东昌府区",
        "accommodations": ["wheelchair_access", "seated_work"],
    },
    {
        "id": "j-line",
        "employer": FACTORY,
        "title": "普工",
        "description": "流水线装配，包吃住。",
        "skills": ["装配"],
        "housing": True,
        "location": "聊城市茌平区",
    },
    {
        "id": "j-test",
        "employer": FACTORY,
        "title": "软件测试工程师",
        "description": "编写测试用例，执行功能测试和接口测试。",
        "skills": ["软件测试", "Python"],
        "education": "bachelor",
        "majors": ["软件工程"],
        "graduates_welcome": True,
        "location": "聊城经济技术开发区",
        "accommodations": ["wheelchair_access", "screen_reader", "remote_possible"],
    },
    {
        "id": "j-community",
        "employer": LOGISTICS,
        "title": "社区服务员",
        "description": "社区便民服务站接待居民。",
        "housing": True,
        "location": "聊城市东昌府区",
        "accommodations": EVERY_ACCOMMODATION,
    },
]

PEOPLE: list[dict[str, Any]] = [
    {
        "id": "c-keeper",
        "name": "李强",
        "skills": ["仓库管理", "盘点"],
        "desired_titles": ["仓库管理员"],
        "summary": "在物流公司做过仓库管理员，熟悉出入库和盘点。",
        "education": "high_school",
        "experience_years": 2,
        "locations": ["聊城市东昌府区"],
        "travel": "none",
    },
    {
        "id": "c-driver",
        "name": "赵敏",
        "skills": ["叉车"],
        "desired_titles": ["叉车司机"],
        "education": "junior_high",
        "needs_housing": True,
        "experience_years": 6,
    },
    {
        "id": "c-typist",
        "name": "孙丽",
        "skills": ["打字", "客服"],
        "desired_titles": ["电商客服"],
        "education": "high_school",
        "needs": ["seated_work"],
        "travel": "occasional",
    },
    {
        "id": "c-welder",
        "name": "周杰",
        "skills": ["电焊"],
        "desired_titles": ["电焊工"],
        "education": "secondary_vocational",
        "experience_years": 5,
        "salary_expectation": 7000,
        "locations": ["聊城市茌平区"],
    },
    {
        "id": "c-clerk",
        "name": "王芳",
        "skills": ["Excel", "财务"],
        "desired_titles": ["会计"],
        "education": "bachelor",
        "major": "会计学",
        "graduation_year": 2025,
    },
    {
        "id": "c-tester",
        "name": "刘洋",
        "skills": ["Python", "软件测试"],
        "desired_titles": ["软件测试工程师"],
        "education": "master",
        "major": "软件工程",
        "graduation_year": 2024,
        "needs": ["wheelchair_access", "screen_reader"],
    },
    {
        "id": "c-worker",
        "name": "陈静",
        "skills": ["装配"],
        "desired_titles": ["普工"],
        "needs_housing": True,
        "locations": ["聊城市茌平区"],
    },
    {
        "id": "c-second-keeper",
        "name": "杨帆",
        "skills": ["仓库管理", "WMS"],
        "desired_titles": ["仓库管理员", "叉车司机"],
        "education": "high_school",
        "experience_years": 1,
        "locations": ["聊城经济技术开发区"],
        "needs": ["no_heavy_lifting"],
    },
    {
        "id": "c-doctor",
        "name": "宋博",
        "education": "doctorate",
        "skills": ["管理"],
        "travel": "frequent",
    },
]


def crowd(count: int) -> list[dict[str, Any]]:
    """`count` people like the ones above, in other places and with other names."""
    places = ["聊城市东昌府区", "聊城经济技术开发区", "聊城市茌平区"]
    return [
        {
            **PEOPLE[n % len(PEOPLE)],
            "id": f"c-crowd-{n}",
            "name": f"求职者{n}",
            "locations": [places[n % len(places)]],
        }
        for n in range(count)
    ]


def jsonl(records: list[dict[str, Any]]) -> io.BytesIO:
    return io.BytesIO("\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode())


def load(
    sessions: sessionmaker[Session],
    jobs: list[dict[str, Any]],
    people: list[dict[str, Any]],
) -> None:
    """Imports the records as `civicmatch import` does."""
    with transaction(sessions) as session:
        if jobs:
            import_jobs(session=session, stream=jsonl(jobs), source="jobs.jsonl")
        if people:
            import_candidates(session=session, stream=jsonl(people), source="candidates.jsonl")
