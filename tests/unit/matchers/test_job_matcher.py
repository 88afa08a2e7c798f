from __future__ import annotations

import json
import re
from dataclasses import replace
from importlib.resources import files

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from matchers.jobs.features import CandidateSide
from matchers.jobs.matcher import BLOCK, SHORTLIST, CandidateMatcher, JobMatcher
from matchers.jobs.rules import passes_hard_rules
from matchers.jobs.scoring import components
from matchers.records import Candidate, Job, Match
from matchers.vocabulary import Accommodation, EducationLevel, TravelLevel

YEAR = 2025
CJK = re.compile(r"[\u4e00-\u9fff]")
ROUNDING = 1e-3  # each reason weight is rounded to four places


def job(id: str = "j1", title: str = "数据录入员", **fields) -> Job:
    return Job(id=id, title=title, employer="聊城某公司", **fields)


def person(id: str = "c1", **fields) -> Candidate:
    return Candidate(id=id, **fields)


def seed(name: str, factory):
    text = (files("seeds") / "data" / name).read_text(encoding="utf-8")
    return [factory(json.loads(line)) for line in text.splitlines() if line.strip()]


SEED_JOBS = seed("jobs.jsonl", Job.from_mapping)
SEED_PEOPLE = seed("candidates.jsonl", Candidate.from_mapping)
JOB_MATCHER = JobMatcher(current_year=YEAR).fit(SEED_JOBS)
CANDIDATE_MATCHER = CandidateMatcher(current_year=YEAR).fit(SEED_PEOPLE)


def ids(matches: list[Match]) -> list[str]:
    return [match.id for match in matches]


def text_similarity(jobs: list[Job], candidate: Candidate) -> list[float]:
    matcher = JobMatcher(current_year=YEAR).fit(jobs)
    people = CandidateSide.build([candidate], matcher.vocabulary_, current_year=YEAR)
    return components(matcher.side_, people)["text"][:, 0].tolist()


def assert_sorted_by_score_then_id(matches: list[Match]) -> None:
    keys = [(-match.score, match.id) for match in matches]
    assert keys == sorted(keys)


# the estimator contract


@pytest.mark.parametrize("matcher_class", [JobMatcher, CandidateMatcher])
def test_init_only_stores_its_parameters(matcher_class):
    # given a matcher built with parameters
    matcher = matcher_class(analyzer="chars", current_year=2024, weights=None, factors=None)
    # then it holds exactly those parameters and nothing learned
    stored = {
        "analyzer": "chars",
        "current_year": 2024,
        "weights": None,
        "factors": None,
        "shortlist": SHORTLIST,
    }
    assert vars(matcher) == stored
    assert matcher.get_params() == stored


@pytest.mark.parametrize("matcher_class", [JobMatcher, CandidateMatcher])
def test_clone_keeps_the_parameters(matcher_class):
    matcher = matcher_class(analyzer="words", current_year=2030)
    copy = clone(matcher)
    assert copy is not matcher
    assert copy.get_params() == matcher.get_params()


def test_set_params_changes_a_parameter():
    matcher = JobMatcher().set_params(current_year=2020)
    assert matcher.current_year == 2020


@pytest.mark.parametrize(
    ("matcher_class", "data"), [(JobMatcher, SEED_JOBS), (CandidateMatcher, SEED_PEOPLE)]
)
def test_fit_returns_self_and_learns_only_underscored_attributes(matcher_class, data):
    # given an unfitted matcher
    matcher = matcher_class(current_year=YEAR)
    before = set(vars(matcher))
    # when it is fitted
    fitted = matcher.fit(data)
    # then fit returns the matcher itself, and every new attribute ends in "_"
    assert fitted is matcher
    learned = set(vars(matcher)) - before
    assert learned
    assert all(name.endswith("_") for name in learned), learned


def test_rank_before_fit_raises_not_fitted():
    with pytest.raises(NotFittedError):
        JobMatcher().rank(person())
    with pytest.raises(NotFittedError):
        list(JobMatcher().rank_many([person()]))


def test_candidate_rank_before_fit_raises_not_fitted():
    with pytest.raises(NotFittedError):
        CandidateMatcher().rank(job())
    with pytest.raises(NotFittedError):
        list(CandidateMatcher().rank_many([job()]))


def test_candidate_matcher_fits_people_who_name_no_desired_title():
    # given people who give skills but no desired title
    people = [person("p1", skills=("焊接",)), person("p2", skills=("叉车",))]
    # when fitted, then they can be ranked for a job
    matcher = CandidateMatcher(current_year=YEAR).fit(people)
    assert ids(matcher.rank(job(title="焊工", skills=("焊接",)), top=2))[0] == "p1"


# ranking: size, rules, order


def test_rank_returns_at_most_top():
    assert len(JOB_MATCHER.rank(SEED_PEOPLE[0], top=3)) == 3
    assert len(JOB_MATCHER.rank(SEED_PEOPLE[0], top=1)) == 1


def test_rank_with_no_room_returns_nothing():
    assert JOB_MATCHER.rank(SEED_PEOPLE[0], top=0) == []


def test_rank_with_top_beyond_the_jobs_returns_every_acceptable_job():
    # given a person with no restrictions
    anyone = person(education=EducationLevel.DOCTORATE)
    # when asking for more than there are
    ranked = JOB_MATCHER.rank(anyone, top=len(SEED_JOBS) + 10)
    # then every job is returned once
    assert sorted(ids(ranked)) == sorted(job.id for job in SEED_JOBS)


@pytest.mark.parametrize("seeker", SEED_PEOPLE, ids=lambda seeker: seeker.id)
def test_rank_returns_exactly_the_jobs_passing_the_hard_rules(seeker):
    # when all jobs are ranked for a seed person
    ranked = JOB_MATCHER.rank(seeker, top=len(SEED_JOBS))
    # then exactly the jobs passing the hard rules come back, best first, ties by id
    by_id = {job.id: job for job in SEED_JOBS}
    assert set(ids(ranked)) == {job.id for job in SEED_JOBS if passes_hard_rules(job, seeker)}
    assert all(passes_hard_rules(by_id[match.id], seeker) for match in ranked)
    assert_sorted_by_score_then_id(ranked)
    assert all(0.0 <= match.score <= 1.0 for match in ranked)


def test_identical_jobs_tie_and_are_ordered_by_id():
    # given three identical jobs under different ids
    twins = [job("j-b"), job("j-c"), job("j-a")]
    matcher = JobMatcher(current_year=YEAR).fit([*twins, job("z-other", title="焊工")])
    # when ranked for someone who wants the job
    ranked = matcher.rank(person(desired_titles=("数据录入员",)), top=3)
    # then they tie and come in id order
    assert ids(ranked) == ["j-a", "j-b", "j-c"]
    assert len({match.score for match in ranked}) == 1


def test_ties_cut_by_top_keep_the_smallest_ids():
    twins = [job(f"j-{letter}") for letter in "edcba"]
    matcher = JobMatcher(current_year=YEAR).fit(twins)
    assert ids(matcher.rank(person(), top=2)) == ["j-a", "j-b"]


def test_better_job_outranks_a_tie_with_smaller_ids():
    jobs = [job("a"), job("b"), job("z", skills=("Excel",))]
    matcher = JobMatcher(current_year=YEAR).fit(jobs)
    ranked = matcher.rank(person(skills=("Excel",)), top=2)
    assert ids(ranked) == ["z", "a"]


def test_person_with_no_acceptable_job_gets_an_empty_list():
    # given a person needing wheelchair access and housing, and no job offering both
    seeker = person(
        needs=frozenset({Accommodation.WHEELCHAIR_ACCESS}),
        needs_housing=True,
        desired_titles=("数据录入员",),
    )
    # then nothing is returned, however many are asked for
    assert JOB_MATCHER.rank(seeker, top=50) == []


# the candidate side mirrors it


@pytest.mark.parametrize("post", SEED_JOBS, ids=lambda post: post.id)
def test_candidate_rank_returns_exactly_the_people_passing_the_hard_rules(post):
    ranked = CANDIDATE_MATCHER.rank(post, top=len(SEED_PEOPLE))
    by_id = {seeker.id: seeker for seeker in SEED_PEOPLE}
    assert set(ids(ranked)) == {s.id for s in SEED_PEOPLE if passes_hard_rules(post, s)}
    assert all(passes_hard_rules(post, by_id[match.id]) for match in ranked)
    assert_sorted_by_score_then_id(ranked)
    assert all(0.0 <= match.score <= 1.0 for match in ranked)


def test_candidate_rank_returns_at_most_top():
    assert len(CANDIDATE_MATCHER.rank(SEED_JOBS[0], top=2)) == 2


def test_identical_people_tie_and_are_ordered_by_id():
    base = person(skills=("Excel",), desired_titles=("数据录入员",))
    twins = [replace(base, id=name) for name in ("p-c", "p-a", "p-b")]
    other = person("o-other", desired_titles=("焊工",))
    matcher = CandidateMatcher(current_year=YEAR).fit([*twins, other])
    ranked = matcher.rank(job(skills=("Excel",)), top=3)
    assert ids(ranked) == ["p-a", "p-b", "p-c"]
    assert len({match.score for match in ranked}) == 1


def test_job_no_one_can_take_gets_an_empty_list():
    # given a job asking for a doctorate and frequent travel
    post = job(education=EducationLevel.DOCTORATE, travel=TravelLevel.FREQUENT)
    # then no seed person is acceptable
    assert CANDIDATE_MATCHER.rank(post, top=10) == []


def test_rank_many_equals_rank_for_each_person():
    people = SEED_PEOPLE * (BLOCK // len(SEED_PEOPLE) + 1)  # more than one block
    people = [replace(seeker, id=f"{seeker.id}-{n}") for n, seeker in enumerate(people)]
    assert len(people) > BLOCK
    many = list(JOB_MATCHER.rank_many(people, top=5))
    assert many == [JOB_MATCHER.rank(seeker, top=5) for seeker in people]


def test_candidate_rank_many_equals_rank_for_each_job():
    many = list(CANDIDATE_MATCHER.rank_many(SEED_JOBS, top=5))
    assert many == [CANDIDATE_MATCHER.rank(post, top=5) for post in SEED_JOBS]


# reasons


@pytest.mark.parametrize("seeker", SEED_PEOPLE[:12], ids=lambda seeker: seeker.id)
def test_reasons_are_chinese_with_codes_and_weights_within_the_score(seeker):
    for match in JOB_MATCHER.rank(seeker, top=10):
        assert match.reasons
        for reason in match.reasons:
            assert reason.code
            assert CJK.search(reason.message), reason
            assert reason.weight >= 0.0
        assert sum(reason.weight for reason in match.reasons) <= match.score + ROUNDING


def test_missing_skills_are_listed_with_zero_weight():
    # given a job asking for three skills, and a person with one of them
    matcher = JobMatcher(current_year=YEAR).fit([job(skills=("Excel", "打字", "用友"))])
    # when ranked
    (match,) = matcher.rank(person(skills=("Excel",)))
    reasons = {reason.code: reason for reason in match.reasons}
    # then the matched skill earns weight and the missing ones are listed at zero
    assert reasons["skills"].message == "技能匹配：Excel"
    assert reasons["skills"].weight > 0
    assert reasons["missing_skills"].weight == 0.0
    assert "打字" in reasons["missing_skills"].message
    assert "用友" in reasons["missing_skills"].message
    assert "Excel" not in reasons["missing_skills"].message


def test_person_with_every_skill_has_no_missing_skills_reason():
    matcher = JobMatcher(current_year=YEAR).fit([job(skills=("Excel", "打字"))])
    (match,) = matcher.rank(person(skills=("打字", "Excel")))
    assert "missing_skills" not in {reason.code for reason in match.reasons}


def test_reasons_come_largest_weight_first_then_the_gaps():
    matcher = JobMatcher(current_year=YEAR).fit([job(skills=("Excel", "用友"))])
    (match,) = matcher.rank(
        person(skills=("Excel",), desired_titles=("数据录入员",), salary_expectation=1)
    )
    weights = [reason.weight for reason in match.reasons]
    assert weights == sorted(weights, reverse=True)
    assert match.reasons[-1].code == "missing_skills"


# Chinese job language


@pytest.mark.parametrize(
    "spelling", [("ＣＡＤ", "ｐｌｃ", "ＰＹＴＨＯＮ"), ("cad", "Plc", "python")]
)
def test_english_technical_skills_match_across_case_and_width(spelling):
    # given a job asking for CAD, PLC and Python
    post = job(title="电气工程师", skills=("CAD", "PLC", "Python"))
    matcher = JobMatcher(current_year=YEAR).fit([post, job("other", skills=("打字",))])
    # when a person writes them in another case or width
    (match, *_) = matcher.rank(person(skills=spelling), top=1)
    reasons = {reason.code: reason.message for reason in match.reasons}
    # then all three match
    assert match.id == "j1"
    assert reasons["skills"] == "技能匹配：CAD、PLC、Python"
    assert "missing_skills" not in reasons


def test_english_technical_words_in_free_text_give_text_similarity():
    jobs = [
        job("plc", title="设备维护", description="负责产线PLC程序调试与CAD图纸绘制"),
        job("cook", title="厨师", description="负责后厨热菜制作"),
    ]
    plc, cook = text_similarity(jobs, person(summary="会ｐｌｃ和ｃａｄ"))
    assert plc > 0.0
    assert cook == 0.0


def test_operator_titles_match_across_synonyms():
    # given a job titled 操作工 among others
    jobs = [job("a-accountant", title="会计"), job("b-operator", title="操作工")]
    matcher = JobMatcher(current_year=YEAR).fit(jobs)
    # when a person wants to be an 操作员
    ranked = matcher.rank(person(desired_titles=("操作员",)), top=2)
    # then the 操作工 job comes first, with an occupation reason
    assert ids(ranked) == ["b-operator", "a-accountant"]
    assert ranked[0].score > ranked[1].score
    assert "occupation" in {reason.code for reason in ranked[0].reasons}


def test_operator_synonyms_give_text_similarity():
    jobs = [job("op", title="操作工"), job("cook", title="厨师")]
    operator, cook = text_similarity(jobs, person(summary="做过三年操作员"))
    assert operator > 0.0
    assert cook == 0.0


def test_excel_and_table_are_one_skill():
    # given two jobs that differ only by asking for Excel
    jobs = [job("a-plain", skills=("打字",)), job("b-excel", skills=("打字", "Excel"))]
    matcher = JobMatcher(current_year=YEAR).fit(jobs)
    # when a person writes 表格
    ranked = matcher.rank(person(skills=("打字", "表格")), top=2)
    # then the Excel job counts it as a matched skill
    reasons = {reason.code: reason.message for reason in ranked[0].reasons}
    assert ranked[0].id == "b-excel"
    assert reasons["skills"] == "技能匹配：打字、Excel"


BOILERPLATE = "五险一金，急招！大专及以上，月薪5000元，诚聘"


def test_boilerplate_alone_gives_no_text_similarity():
    # given jobs whose descriptions are full of boilerplate
    jobs = [
        job("a", title="会计", description=BOILERPLATE),
        job("b", title="焊工", description=f"急招焊工，{BOILERPLATE}"),
    ]
    # when a person writes nothing but boilerplate
    similarity = text_similarity(jobs, person(summary="五险一金 急招 及以上"))
    # then there is no text similarity with any job
    assert similarity == [0.0, 0.0]


def test_boilerplate_in_a_summary_changes_no_ranking():
    plain = person(desired_titles=("会计",))
    padded = replace(plain, summary="急招 五险一金 及以上 月薪 元 诚聘")
    assert JOB_MATCHER.rank(padded, top=20) == JOB_MATCHER.rank(plain, top=20)


def test_empty_text_side_does_not_break_ranking():
    ranked = JOB_MATCHER.rank(person(), top=5)
    assert len(ranked) == 5
    assert_sorted_by_score_then_id(ranked)


# rankings without reasons (a caller that will not show them)


def without_reasons(matches: list[Match]) -> list[tuple[str, float, tuple]]:
    return [(match.id, match.score, match.figures) for match in matches]


@pytest.mark.parametrize("shortlist", [None, 2], ids=["every job scored", "two stages"])
def test_ranking_without_reasons_keeps_every_score_and_place(shortlist):
    matcher = JobMatcher(current_year=YEAR, shortlist=shortlist).fit(SEED_JOBS)
    for seeker in SEED_PEOPLE:
        explained = matcher.rank(seeker, top=5)
        bare = matcher.rank(seeker, top=5, reasons=False)
        assert without_reasons(bare) == without_reasons(explained)
        assert all(match.reasons == () for match in bare)
        assert all(match.reasons for match in explained)


@pytest.mark.parametrize("shortlist", [None, 2], ids=["every person scored", "two stages"])
def test_people_ranked_without_reasons_keep_every_score_and_place(shortlist):
    matcher = CandidateMatcher(current_year=YEAR, shortlist=shortlist).fit(SEED_PEOPLE)
    everyone = np.ones(len(SEED_PEOPLE), dtype=bool)
    for post in SEED_JOBS:
        pairs = [
            (matcher.rank(post, top=5), matcher.rank(post, top=5, reasons=False)),
            (
                matcher.rank_among(post, among=everyone, top=5),
                matcher.rank_among(post, among=everyone, top=5, reasons=False),
            ),
        ]
        for explained, bare in pairs:
            assert without_reasons(bare) == without_reasons(explained)
            assert all(match.reasons == () for match in bare)
