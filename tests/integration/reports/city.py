"""A small city whose supply and demand can be worked out by hand.

Five open jobs (and a closed one) in two districts and nowhere in particular, and ten people.
Each person's ranking of jobs is every job whose hard rules they pass (fewer jobs than a
run keeps per person), so who is matched to what follows from education, housing and needs:

    job  title (occupation)              district   openings  education  housing  offers
    J1   仓库管理员 (4-02-06-01 仓储管理员)  东昌府区    5         high school       wheelchair
    J2   仓库管理员                       临清市      2         high school  yes
    J3   软件测试工程师 (4-04-05-02)       东昌府区    3         bachelor
    J4   收银员 (4-01-02-04)              临清市      1         doctorate
    J5   综合岗位 (unknown)               聊城市      4         none              wheelchair,
                                          (unknown)                               seated work

    person  graduate  education    housing  needs          wants            where     ranked
    P1      yes       bachelor                             软件测试工程师     东昌府区   J1 J2 J3 J5
    P2      yes       bachelor                             软件测试工程师     东昌府区   J1 J2 J3 J5
    P3      yes       bachelor                             软件测试工程师     临清       J1 J2 J3 J5
    P4      yes       junior high  yes                     仓库管理员        东昌府区   -
    P5                high school                          仓库管理员        临清       J1 J2 J5
    P6                junior high  yes                     收银员            临清市     -
    P7                high school           wheelchair     仓库管理员        东昌府区   J1 J5
    P8                high school           sign language  仓库管理员        东昌府区   - (J1 J2 J5
                                                                                     without needs)
    P9                junior high           wheelchair     (nothing)        (nothing)  J5
    P10     yes       bachelor              wheelchair     软件测试工程师     东昌府区   J1 J5

No one meets J4's education: it is in no ranking, and its own ranking of people is empty.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from engine.db import transaction
from engine.jobs.models import Employer, JobPost, JobStatus
from engine.seekers.models import Candidate
from engine.time import this_year
from matchers.vocabulary import Accommodation, EducationLevel

EMPLOYER = "聊城市顺达物流有限公司"
WAREHOUSE = ("4-02-06-01", "仓储管理员")
TESTING = ("4-04-05-02", "计算机软件测试员")
CASHIER = ("4-01-02-04", "收银员")
DONGCHANGFU = "聊城市东昌府区"
LINQING = "聊城市临清市"

JOBS: dict[str, dict[str, Any]] = {
    "J1": {
        "title": "仓库管理员",
        "location": "聊城市东昌府区",
        "headcount": 5,
        "education": EducationLevel.HIGH_SCHOOL,
        "accommodations": [Accommodation.WHEELCHAIR_ACCESS],
    },
    "J2": {
        "title": "仓库管理员",
        "location": "临清市",
        "headcount": 2,
        "education": EducationLevel.HIGH_SCHOOL,
        "housing": True,
    },
    "J3": {
        "title": "软件测试工程师",
        "location": "聊城市东昌府区古楼街道",
        "headcount": 3,
        "education": EducationLevel.BACHELOR,
    },
    "J4": {
        "title": "收银员",
        "location": "聊城市临清市",
        "headcount": 1,
        "education": EducationLevel.DOCTORATE,
    },
    "J5": {
        "title": "综合岗位",
        "location": "聊城市",
        "headcount": 4,
        "accommodations": [Accommodation.WHEELCHAIR_ACCESS, Accommodation.SEATED_WORK],
    },
    # Closed before the run: in no figure.
    "J0": {"title": "仓库管理员", "location": "聊城市东昌府区", "status": JobStatus.CLOSED},
}


def people() -> dict[str, dict[str, Any]]:
    # Graduating next year is recent whatever the year the run counts from.
    graduate, long_ago = this_year() + 1, this_year() - 10
    bachelor, high_school = EducationLevel.BACHELOR, EducationLevel.HIGH_SCHOOL
    junior_high = EducationLevel.JUNIOR_HIGH
    tester = {"education": bachelor, "desired_titles": ["软件测试工程师"]}
    keeper = {"education": high_school, "desired_titles": ["仓库管理员"]}
    return {
        "P1": {**tester, "graduation_year": graduate, "locations": ["东昌府区"]},
        "P2": {**tester, "graduation_year": graduate, "locations": ["聊城市东昌府区"]},
        "P3": {**tester, "graduation_year": graduate, "locations": ["聊城市", "临清"]},
        "P4": {
            **keeper,
            "education": junior_high,
            "graduation_year": graduate,
            "needs_housing": True,
            "locations": ["东昌府区"],
        },
        "P5": {**keeper, "graduation_year": long_ago, "locations": ["临清"]},
        "P6": {
            "education": junior_high,
            "needs_housing": True,
            # A title that reads as no occupation comes first; the next one counts.
            "desired_titles": ["随便什么都行", "收银员"],
            "locations": ["聊城市临清市"],
        },
        "P7": {**keeper, "needs": ["wheelchair_access"], "locations": ["东昌府区"]},
        "P8": {**keeper, "needs": ["sign_language"], "locations": ["东昌府区"]},
        "P9": {"education": junior_high, "needs": ["wheelchair_access"]},
        "P10": {
            **tester,
            "graduation_year": graduate,
            "needs": ["wheelchair_access"],
            "locations": ["东昌府区"],
        },
    }


def build(sessions: sessionmaker[Session]) -> dict[str, int]:
    """The city's jobs and people; their ids by name."""
    ids: dict[str, int] = {}
    with transaction(sessions) as session:
        employer = Employer(name=EMPLOYER)
        session.add(employer)
        session.flush()
        for name, fields in JOBS.items():
            ids[name] = add_job(session, employer.id, **fields)
        for name, fields in people().items():
            ids[name] = add_person(session, name, **fields)
    return ids


def add_job(session: Session, employer_id: int, **fields: Any) -> int:
    job = JobPost(employer_id=employer_id, **fields)
    session.add(job)
    session.flush()
    return job.id


def add_person(session: Session, name: str, **fields: Any) -> int:
    person = Candidate(name=name, **fields)
    session.add(person)
    session.flush()
    return person.id


def people_counts(seeking: int | None, matched: int | None, without: int | None) -> dict:
    return {"seeking": seeking, "matched": matched, "without_match": without}


def row(
    key: str,
    name: str | None,
    jobs: tuple[int, int, int, int | None],
    everyone: tuple[int, int, int],
    graduates: tuple[int | None, int | None, int | None],
    needs: tuple[int | None, int | None, int | None],
) -> dict[str, Any]:
    """A report row: (jobs, openings, jobs unmatched, jobs without qualified people), then
    (seeking, matched, without a match) for everyone, recent graduates and people with
    needs."""
    count, openings, unmatched, without_qualified = jobs
    return {
        "key": key,
        "name": name,
        "jobs": count,
        "openings": openings,
        "jobs_unmatched": unmatched,
        "jobs_without_qualified_people": without_qualified,
        "people": people_counts(*everyone),
        "recent_graduates": people_counts(*graduates),
        "with_needs": people_counts(*needs),
    }


# Worked out from the tables above. Graduates: P1 P2 P3 P4 P10; with needs: P7 P8 P9 P10.
# Split counts under 3 are None; a column hiding one cell hides its smallest other one too.
TOTAL = row("total", None, (5, 15, 1, 1), (10, 7, 3), (5, 4, None), (4, 3, None))
BY_OCCUPATION = [
    # J1 J2: matched P1 P2 P3 P5 P7 P10; seeking P4 P5 P7 P8; without P4 P8.
    # Graduates matched 4, 3, 0, 4: the 0 alone is under 3, so the 3 is hidden too.
    row(*WAREHOUSE, (2, 7, 0, 0), (4, 6, 2), (None, 4, None), (None, None, None)),
    # J3: matched P1 P2 P3; seeking P1 P2 P3 P10.
    row(*TESTING, (1, 3, 0, 0), (4, 3, 0), (4, None, None), (None, None, None)),
    # J4: no one; P6 seeks it and has no match.
    row(*CASHIER, (1, 1, 1, 1), (1, 0, 1), (None, None, None), (None, None, None)),
    # J5: matched P1 P2 P3 P5 P7 P9 P10; P9 reads as no occupation.
    row("unknown", None, (1, 4, 0, 0), (1, 7, 0), (None, 4, None), (None, 3, None)),
]
BY_DISTRICT = [
    # J1 J3: matched P1 P2 P3 P5 P7 P10; seeking P1 P2 P4 P7 P8 P10; without P4 P8.
    row(DONGCHANGFU, DONGCHANGFU, (2, 8, 0, 0), (6, 6, 2), (4, 4, None), (3, None, None)),
    # J2 J4: matched P1 P2 P3 P5; seeking P3 P5 P6; without P6.
    row(LINQING, LINQING, (2, 3, 1, 1), (3, 4, 1), (None, 3, None), (None, None, None)),
    row("unknown", None, (1, 4, 0, 0), (1, 7, 0), (None, 4, None), (None, 3, None)),
]
