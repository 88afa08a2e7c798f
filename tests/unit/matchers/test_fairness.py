"""FORMATS.md: name, age and `needs` change nothing in a score beyond hard rule 2."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib.resources import files

from hypothesis import given, settings
from hypothesis import strategies as st

from matchers.jobs.matcher import CandidateMatcher, JobMatcher
from matchers.jobs.rules import passes_hard_rules
from matchers.records import Candidate, Job, Match
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel

YEAR = 2025
EVERY_ACCOMMODATION = frozenset(Accommodation)


def seed(name: str, factory):
    text = (files("seeds") / "data" / name).read_text(encoding="utf-8")
    return [factory(json.loads(line)) for line in text.splitlines() if line.strip()]


SEED_JOBS = seed("jobs.jsonl", Job.from_mapping)
SEED_PEOPLE = seed("candidates.jsonl", Candidate.from_mapping)
OPEN_JOBS = [
    Job(
        id="open-data-entry",
        title="数据录入员",
        employer="聊城市残联就业服务中心",
        description="居家录入社区台账，读屏软件可用，弹性工作时间。",
        skills=("打字", "Excel", "电脑操作"),
        education=EducationLevel.JUNIOR_HIGH,
        salary_min=3000,
        salary_max=4000,
        location="聊城市高新区",
        accommodations=EVERY_ACCOMMODATION,
        graduates_welcome=True,
    ),
    Job(
        id="open-designer",
        title="室内设计师",
        employer="聊城某装饰公司",
        description="负责住宅与展厅的方案设计和施工图绘制，熟练使用CAD、SketchUp。",
        skills=("CAD", "SketchUp", "Photoshop"),
        education=EducationLevel.ASSOCIATE,
        majors=("室内设计", "视觉传达设计"),
        experience_years=2,
        salary_min=5000,
        salary_max=8000,
        location="聊城市东昌府区",
        travel=TravelLevel.OCCASIONAL,
        accommodations=EVERY_ACCOMMODATION,
        graduates_welcome=True,
    ),
    Job(
        id="open-operator",
        title="包装操作工",
        employer="冠县某食品公司",
        description="坐姿包装流水线作业，包吃住，无需经验。",
        skills=("包装", "设备操作"),
        salary_min=4000,
        location="冠县",
        housing=True,
        accommodations=EVERY_ACCOMMODATION,
    ),
]
JOBS = SEED_JOBS + OPEN_JOBS
JOB_MATCHER = JobMatcher(current_year=YEAR).fit(JOBS)
ALL = len(JOBS)

SKILLS = [*sorted({skill for job in JOBS for skill in job.skills}), "ＣＡＤ", "表格", "焊接"]
MAJORS = ["", "环境设计", "会计学", "药学", "软件工程", "动物医学", "汉语言文学", "机电一体化"]
TITLES = [*sorted({job.title for job in JOBS}), "操作工", "普工", "文员", "设计师"]
SUMMARIES = [
    "",
    "在工厂做过三年操作工，能适应倒班",
    "我坐轮椅，会用电脑打字",
    "环境设计专业应届毕业生，会CAD和SketchUp",
    "五险一金 急招 及以上",
    "熟悉PLC编程和电气维修",
]
PLACES = ["聊城市东昌府区", "茌平区", "临清市", "高新区", "东阿县", "冠县", "济南市"]

names = st.text(alphabet="王李张刘陈杨赵黄周吴梓涵佳怡浩然设计操作会电焊 Ann", max_size=6)
ages = st.none() | st.integers(min_value=16, max_value=70)
needs = st.frozensets(st.sampled_from(list(Accommodation)), min_size=1, max_size=3)


def small_tuples(values: list[str], size: int) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(st.sampled_from(values), max_size=size, unique=True).map(tuple)


profiles = st.builds(
    Candidate,
    id=st.just("seeker"),
    name=names,
    age=ages,
    education=st.none() | st.sampled_from(list(EducationLevel)),
    major=st.sampled_from(MAJORS),
    graduation_year=st.none() | st.integers(min_value=YEAR - 8, max_value=YEAR + 2),
    experience_years=st.integers(min_value=0, max_value=15),
    skills=small_tuples(SKILLS, 5),
    summary=st.sampled_from(SUMMARIES),
    desired_titles=small_tuples(TITLES, 2),
    salary_expectation=st.none() | st.integers(min_value=2000, max_value=15000),
    locations=small_tuples(PLACES, 2),
    needs_housing=st.booleans(),
    travel=st.sampled_from(list(TravelLevel)),
    needs=st.just(frozenset()),
)

modest = settings(max_examples=50, deadline=None)


def scores(matches: list[Match]) -> dict[str, float]:
    return {match.id: match.score for match in matches}


@modest
@given(profile=profiles, name=names, age=ages)
def test_name_and_age_change_no_score_and_no_order(profile, name, age):
    # given the same profile under another name and age
    renamed = replace(profile, name=name, age=age)
    # when all jobs are ranked for both
    # then the rankings, scores and reasons are identical
    assert JOB_MATCHER.rank(renamed, top=ALL) == JOB_MATCHER.rank(profile, top=ALL)


@modest
@given(profile=profiles, wanted=needs)
def test_needs_a_job_meets_change_nothing_for_that_job(profile, wanted):
    # given the same profile without and with needs
    with_needs = replace(profile, needs=wanted)
    # when all jobs are ranked for both
    without = JOB_MATCHER.rank(profile, top=ALL)
    with_ = JOB_MATCHER.rank(with_needs, top=ALL)
    # then, among the jobs that meet the needs, scores, reasons and order are the same
    meeting = {job.id for job in JOBS if wanted <= job.accommodations}
    assert with_ == [match for match in without if match.id in meeting]


@modest
@given(profile=profiles, wanted=needs)
def test_person_with_needs_is_matched_only_to_jobs_meeting_every_one(profile, wanted):
    # given a person with needs
    seeker = replace(profile, needs=wanted)
    # when all jobs are ranked
    ranked = JOB_MATCHER.rank(seeker, top=ALL)
    # then every job returned meets every need, and every acceptable job is returned
    by_id = {job.id: job for job in JOBS}
    assert all(wanted <= by_id[match.id].accommodations for match in ranked)
    assert set(scores(ranked)) == {job.id for job in JOBS if passes_hard_rules(job, seeker)}


@modest
@given(profile=profiles, wanted=needs)
def test_jobs_offering_every_accommodation_keep_people_with_needs(profile, wanted):
    # given a person whose other hard rules the open jobs meet
    seeker = replace(profile, needs=wanted)
    open_to_them = {job.id for job in OPEN_JOBS if passes_hard_rules(job, profile)}
    # then having needs loses none of those jobs
    assert open_to_them <= set(scores(JOB_MATCHER.rank(seeker, top=ALL)))


@modest
@given(profile=profiles, name=names, age=ages, wanted=needs)
def test_people_differing_only_in_name_age_and_met_needs_score_alike(profile, name, age, wanted):
    # given two people alike but for name, age and needs, among the seed people
    twin = replace(profile, id="twin", name=name, age=age, needs=wanted)
    matcher = CandidateMatcher(current_year=YEAR).fit([*SEED_PEOPLE, profile, twin])
    # when people are ranked for every job
    rankings = matcher.rank_many(JOBS, top=len(SEED_PEOPLE) + 2)
    for job, ranking in zip(JOBS, rankings, strict=True):
        ranked = scores(ranking)
        # then a job meeting the twin's needs scores both alike
        if wanted <= job.accommodations:
            assert ranked.get("twin") == ranked.get("seeker"), job.id
        else:
            assert "twin" not in ranked, job.id
