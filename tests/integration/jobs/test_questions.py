"""askAboutJob, openQuestions and answerQuestion, through the API on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integration.jobs.factories import close_job, create_live_stream, global_id, post_job

ASK = """
query ($jobId: ID!, $question: String!, $liveStreamId: ID) {
  askAboutJob(jobId: $jobId, question: $question, liveStreamId: $liveStreamId) {
    answer topic answered source matchingJobs { title }
  }
}
"""

OPEN_QUESTIONS = """
query ($liveStreamId: ID) {
  openQuestions(liveStreamId: $liveStreamId) {
    totalCount
    edges { node { id question askedCount answer job { title } liveStream { title } } }
  }
}
"""

ANSWER = """
mutation ($input: AnswerQuestionInput!) {
  answerQuestion(input: $input) {
    question { id answer answeredAt }
    userErrors { field message code }
  }
}
"""

MIXER = {
    "education": "SECONDARY_VOCATIONAL",
    "salaryMin": 4500,
    "salaryMax": 6000,
    "housing": True,
    "travel": "FREQUENT",
}


def ask(api: Any, job_id: str, question: str, token: str | None = None, **more: Any) -> Any:
    return api.data(ASK, {"jobId": job_id, "question": question, **more}, token)["askAboutJob"]


def open_questions(api: Any, token: str, live_stream_id: str | None = None) -> list[dict]:
    data = api.data(OPEN_QUESTIONS, {"liveStreamId": live_stream_id}, token)["openQuestions"]
    return [edge["node"] for edge in data["edges"]]


@pytest.fixture
def recruiter(make_token) -> str:  # type: ignore[no-untyped-def]
    return make_token("recruiter", employer="聊城建材")


@pytest.mark.parametrize(
    ("question", "topic", "expected"),
    [
        ("公司能解决住宿吗？", "housing", "这个岗位提供住宿。"),
        ("这个职位需要经常出差吗？", "travel", "需要经常出差。"),
        ("学历有要求吗", "education", "要求中专及以上学历。"),
        ("工资多少？", "pay", "月薪4500–6000元。"),
    ],
)
def test_anonymous_viewer_gets_answers_from_the_jobs_fields(
    api, recruiter, question, topic, expected
):  # type: ignore[no-untyped-def]
    job = post_job(api, recruiter, "搅拌站操作员", **MIXER)

    reply = ask(api, job["id"], question)

    assert reply == {
        "answer": expected,
        "topic": topic,
        "answered": True,
        "source": "FIELDS",
        "matchingJobs": [],
    }
    assert open_questions(api, recruiter) == []


def test_accessibility_lists_what_the_workplace_offers_or_says_nothing_is_stated(api, recruiter):  # type: ignore[no-untyped-def]
    offering = post_job(api, recruiter, "客服", accommodations=["WHEELCHAIR_ACCESS", "SEATED_WORK"])
    silent = post_job(api, recruiter, "搬运工")

    assert ask(api, offering["id"], "坐轮椅的可以来吗？")["answer"] == (
        "无障碍：提供无障碍通道/电梯、坐姿工作，无需久站久走。"
    )
    assert ask(api, silent["id"], "残疾人可以吗")["answer"] == "该岗位暂未注明无障碍条件。"


def test_major_mismatch_lists_the_employers_jobs_for_related_majors(api, recruiter, make_token):  # type: ignore[no-untyped-def]
    asked = post_job(api, recruiter, "搅拌站操作员", majors=["机械设计制造及其自动化"])
    post_job(api, recruiter, "展厅设计", majors=["视觉传达设计"])
    post_job(api, recruiter, "会计", majors=["会计学"])
    closed = post_job(api, recruiter, "景观设计师", majors=["环境设计"])
    close_job(api, recruiter, closed["id"])
    other = make_token("recruiter", employer="别家公司")
    post_job(api, other, "室内设计师", majors=["环境设计"])

    reply = ask(api, asked["id"], "岗位和专业不对口怎么办？我是环境设计专业")

    assert reply["source"] == "MAJORS"
    assert reply["topic"] == "major"
    assert [job["title"] for job in reply["matchingJobs"]] == ["展厅设计"]
    assert reply["answer"] == (
        "和您的环境设计专业对口或相近的岗位：展厅设计（招视觉传达设计等相近专业）。"
    )


def test_major_mismatch_says_when_no_job_lists_a_related_major(api, recruiter):  # type: ignore[no-untyped-def]
    asked = post_job(api, recruiter, "会计", majors=["会计学"])
    post_job(api, recruiter, "普工")

    reply = ask(api, asked["id"], "专业不对口怎么办？我是环境设计专业")

    assert reply["matchingJobs"] == []
    assert reply["answer"] == (
        "这家单位的在招岗位都没有列出和环境设计相关的专业。不限专业的岗位：普工。"
    )


def test_unknown_question_goes_to_the_recruiter_whose_answer_later_askers_get(
    api, recruiter, make_token
):  # type: ignore[no-untyped-def]
    admin = make_token("admin")
    stream = create_live_stream(api, admin, "春风行动专场")
    job = post_job(api, recruiter, "搅拌站操作员", **MIXER)
    other = make_token("recruiter", employer="别家公司")
    other_job = post_job(api, other, "司机")
    ask(api, other_job["id"], "车是新的吗")

    first = ask(api, job["id"], "周末双休吗？", liveStreamId=stream["id"])
    ask(api, job["id"], "周末 双休吗")

    assert first["answered"] is False
    assert first["source"] == "PENDING"
    assert first["answer"] == "这个问题已转给招聘方，回答后会显示在这里。"
    waiting = open_questions(api, recruiter)
    assert [(q["question"], q["askedCount"], q["job"]["title"]) for q in waiting] == [
        ("周末双休吗？", 2, "搅拌站操作员")
    ]
    assert waiting[0]["liveStream"] == {"title": "春风行动专场"}
    assert [q["question"] for q in open_questions(api, other)] == ["车是新的吗"]
    assert len(open_questions(api, admin)) == 2
    assert open_questions(api, recruiter, live_stream_id=stream["id"]) == waiting

    payload = api.data(
        ANSWER, {"input": {"questionId": waiting[0]["id"], "answer": "单休，周日休息。"}}, recruiter
    )["answerQuestion"]
    later = ask(api, job["id"], "周末双休吗")

    assert payload["userErrors"] == []
    assert payload["question"]["answer"] == "单休，周日休息。"
    assert payload["question"]["answeredAt"] is not None
    assert later == {
        "answer": "单休，周日休息。",
        "topic": None,
        "answered": True,
        "source": "RECRUITER",
        "matchingJobs": [],
    }
    assert open_questions(api, recruiter) == []


def test_to_another_employers_recruiter_the_question_does_not_exist(api, recruiter, make_token):  # type: ignore[no-untyped-def]
    job = post_job(api, recruiter, "搅拌站操作员")
    ask(api, job["id"], "加班多吗")
    question_id = open_questions(api, recruiter)[0]["id"]
    other = make_token("recruiter", employer="别家公司")

    body = api.data(ANSWER, {"input": {"questionId": question_id, "answer": "不多"}}, other)

    assert [(e["field"], e["code"]) for e in body["answerQuestion"]["userErrors"]] == [
        (["input", "questionId"], "NOT_FOUND")
    ]
    assert open_questions(api, recruiter)[0]["answer"] is None


def test_blank_answer_and_unknown_question_are_user_errors(api, recruiter):  # type: ignore[no-untyped-def]
    job = post_job(api, recruiter, "搅拌站操作员")
    ask(api, job["id"], "加班多吗")
    question_id = open_questions(api, recruiter)[0]["id"]

    blank = api.data(ANSWER, {"input": {"questionId": question_id, "answer": "  "}}, recruiter)
    unknown = api.data(
        ANSWER, {"input": {"questionId": global_id("JobQuestion", 999), "answer": "x"}}, recruiter
    )

    assert blank["answerQuestion"]["userErrors"] == [
        {"field": ["input", "answer"], "message": "不能为空", "code": "REQUIRED"}
    ]
    assert unknown["answerQuestion"]["userErrors"][0]["code"] == "NOT_FOUND"
    assert unknown["answerQuestion"]["userErrors"][0]["field"] == ["input", "questionId"]


def test_open_questions_need_a_recruiter_token(api, recruiter, make_token):  # type: ignore[no-untyped-def]
    anonymous = api.execute(OPEN_QUESTIONS)
    seeker = api.execute(OPEN_QUESTIONS, token=make_token("seeker", name="小王"))

    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert seeker["errors"][0]["extensions"]["code"] == "FORBIDDEN"


def test_a_question_on_a_closed_job_is_an_error(api, recruiter):  # type: ignore[no-untyped-def]
    job = post_job(api, recruiter, "搅拌站操作员", housing=True)
    close_job(api, recruiter, job["id"])

    body = api.execute(ASK, {"jobId": job["id"], "question": "包住吗"}, recruiter)

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "JOB_CLOSED"
    assert body["errors"][0]["message"] == "jobId: 该岗位已停止招聘，不再接受提问"


def test_to_the_public_a_closed_job_does_not_exist(api, recruiter):  # type: ignore[no-untyped-def]
    job = post_job(api, recruiter, "搅拌站操作员", housing=True)
    close_job(api, recruiter, job["id"])

    body = api.execute(ASK, {"jobId": job["id"], "question": "包住吗"})

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"


def test_a_question_on_an_unknown_job_is_an_error(api):  # type: ignore[no-untyped-def]
    body = api.execute(ASK, {"jobId": global_id("JobPost", 999), "question": "包住吗"})

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert body["errors"][0]["message"] == f"jobId: 找不到岗位 {global_id('JobPost', 999)}"


@pytest.mark.parametrize("question", ["", "   ", "？？！"])
def test_an_empty_question_is_an_error(api, recruiter, question):  # type: ignore[no-untyped-def]
    job = post_job(api, recruiter, "搅拌站操作员")

    body = api.execute(ASK, {"jobId": job["id"], "question": question})

    assert body["errors"][0]["extensions"]["code"] == "EMPTY_QUERY"
    assert body["errors"][0]["message"].startswith("question: ")


def test_pay_the_job_does_not_state_is_passed_to_the_recruiter(api, recruiter):  # type: ignore[no-untyped-def]
    job = post_job(api, recruiter, "销售")

    reply = ask(api, job["id"], "工资多少？")

    assert (reply["topic"], reply["source"], reply["answered"]) == ("pay", "PENDING", False)
    assert [q["question"] for q in open_questions(api, recruiter)] == ["工资多少？"]


def test_a_search_for_work_is_not_passed_to_the_recruiter(api, recruiter):  # type: ignore[no-untyped-def]
    job = post_job(api, recruiter, "搅拌站操作员", **MIXER)

    searched = ask(api, job["id"], "我是学会计的，有适合我的岗位吗")

    assert searched["source"] == "SEARCH"
    assert searched["answered"] is True
    assert searched["topic"] is None
    assert open_questions(api, recruiter) == []
