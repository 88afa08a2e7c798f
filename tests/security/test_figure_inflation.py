"""Attack 4: published figures inflated by one anonymous request.

One request with 500 aliases of jobsForText(…, liveStreamId) raised an ended broadcast's
questionsAsked from 1 to 501. Defends that a request counts at most one question per
broadcast however many aliases it holds, that an ended broadcast counts no more, and that
500 aliases are refused before anything runs.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.security.conftest import (
    CREATE_LIVE_STREAM,
    POST_JOB,
    PRESENT_JOB,
    Server,
    payload,
    unique,
)

TEXT = "26岁，中专毕业，想找个包住的工作，有岗位吗？"
QUESTION = "公司能解决住宿吗？"
UPDATE_LIVE_STREAM = """
mutation ($input: UpdateLiveStreamInput!) {
  updateLiveStream(input: $input) { liveStream { status } userErrors { field message code } }
}
"""
QUESTIONS_ASKED = """
query ($id: ID!) { node(id: $id) { ... on LiveStream { figures { questionsAsked } } } }
"""
SEARCH = (
    "jobsForText(text: $text, first: 3, liveStreamId: $stream) { matches { job { id title } } }"
)
ASK = "askAboutJob(jobId: $job, question: $question, liveStreamId: $stream) { answer answered }"


@dataclass
class Broadcast:
    admin: str
    stream: str
    job: str

    def variables(self) -> dict[str, str]:
        return {"text": TEXT, "job": self.job, "question": QUESTION, "stream": self.stream}


def aliased(searches: int = 0, asks: int = 0) -> str:
    """One query: `searches` aliases of jobsForText and `asks` of askAboutJob."""
    variables = ["$stream: ID"]
    if searches:
        variables.append("$text: String!")
    if asks:
        variables += ["$job: ID!", "$question: String!"]
    fields = [f"s{n}: {SEARCH}" for n in range(searches)]
    fields += [f"a{n}: {ASK}" for n in range(asks)]
    return f"query ({', '.join(variables)}) {{ {' '.join(fields)} }}"


def ask(server: Server, broadcast: Broadcast, searches: int = 0, asks: int = 0) -> dict:
    """The data of one anonymous request, which must answer without errors."""
    return server.data(aliased(searches, asks), broadcast.variables())


def questions_asked(server: Server, broadcast: Broadcast) -> int:
    node = server.data(QUESTIONS_ASKED, {"id": broadcast.stream})["node"]
    return node["figures"]["questionsAsked"]


def change(server: Server, broadcast: Broadcast, action: str) -> None:
    payload(server, UPDATE_LIVE_STREAM, broadcast.admin, id=broadcast.stream, action=action)


@pytest.fixture(scope="module")
def admin(server: Server) -> str:
    return server.token("admin")


@pytest.fixture
def live(server: Server, admin: str) -> Broadcast:
    """A broadcast on air presenting one job, one question already asked."""
    job = payload(
        server,
        POST_JOB,
        admin,
        title="普工",
        housing=True,
        education="SECONDARY_VOCATIONAL",
        employerName=unique("聊城市恒固新型建材有限公司"),
    )["job"]["id"]
    stream = payload(
        server,
        CREATE_LIVE_STREAM,
        admin,
        title="聊城市春风行动直播带岗",
        scheduledStart="2026-12-10T14:30:00+08:00",
    )["liveStream"]["id"]
    payload(server, PRESENT_JOB, admin, liveStreamId=stream, jobId=job)
    broadcast = Broadcast(admin=admin, stream=stream, job=job)
    change(server, broadcast, "START")
    ask(server, broadcast, searches=1)
    assert questions_asked(server, broadcast) == 1
    return broadcast


def test_thirty_aliased_searches_in_one_request_count_one_question(server: Server, live):
    # Defends: each alias of jobsForText counted a question.
    answers = ask(server, live, searches=30)

    assert len(answers) == 30
    assert questions_asked(server, live) == 2


def test_a_second_request_counts_a_second_question(server: Server, live):
    ask(server, live, searches=30)
    ask(server, live, searches=30)

    assert questions_asked(server, live) == 3


def test_thirty_aliased_questions_about_a_presented_job_count_one_question(server: Server, live):
    # Defends: each alias of askAboutJob counted a question.
    answers = ask(server, live, asks=30)

    assert {answer["answered"] for answer in answers.values()} == {True}
    assert questions_asked(server, live) == 2


def test_searches_and_questions_mixed_in_one_request_count_one_question(server: Server, live):
    # Defends: jobsForText and askAboutJob each counting once per request, two in all.
    answers = ask(server, live, searches=15, asks=15)

    assert len(answers) == 30
    assert questions_asked(server, live) == 2


def test_an_ended_broadcast_counts_no_more_questions_but_its_searches_still_answer(
    server: Server, live
):
    # Defends: the attack's broadcast had ended, and still counted 500 more.
    change(server, live, "END")

    answers = ask(server, live, searches=30)

    assert len(answers) == 30
    found = [[match["job"]["id"] for match in answer["matches"]] for answer in answers.values()]
    assert found[0] != []
    assert all(ids == found[0] for ids in found)
    assert questions_asked(server, live) == 1


def test_an_ended_broadcast_counts_no_more_questions_about_its_job_but_answers_them(
    server: Server, live
):
    change(server, live, "END")

    answers = ask(server, live, searches=15, asks=15)

    assert {answers[f"a{n}"]["answered"] for n in range(15)} == {True}
    assert questions_asked(server, live) == 1


@pytest.mark.parametrize(("searches", "asks"), [(500, 0), (0, 500), (250, 250)])
def test_five_hundred_aliases_are_refused_before_anything_runs(
    server: Server, live, searches: int, asks: int
):
    # Defends: 500 aliases of jobsForText in one request, all run, each counted.
    query = aliased(searches, asks)

    body = server.post(query, live.variables()).json()

    assert body.get("data") is None, body
    (error,) = body["errors"]
    assert error["extensions"]["code"] in {"ALIAS_LIMIT", "TOKEN_LIMIT"}
    assert questions_asked(server, live) == 1
