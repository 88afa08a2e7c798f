"""Who may read a run's rankings (the readers of jobMatches and candidateMatches; the runs
themselves: admins), and what an attacker's arguments get: a clear error naming the argument,
never a ranking and never an internal error."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from schema.relay import to_global_id
from tests.integration.runs.queries import (
    LIVE,
    MATCH_RUN,
    MATCH_RUNS,
    RECOMMENDED_CANDIDATES,
    RECOMMENDED_JOBS,
    ask,
    error_codes,
)
from tests.integration.runs.records import HIRING, OTHER, job_id, jobs, load, people, person_id

QUERIES = {"recommendedJobs": RECOMMENDED_JOBS, "recommendedCandidates": RECOMMENDED_CANDIDATES}
ARGUMENTS = {RECOMMENDED_JOBS: "candidateId", RECOMMENDED_CANDIDATES: "jobId"}
# c1 shows their profile to employers; c0 does not, and applied nowhere. j1 is HIRING's.
CASES = {
    "anonymous, jobs for a person": (None, RECOMMENDED_JOBS, "c1", "UNAUTHENTICATED"),
    "a seeker, another's jobs": ("seeker c2", RECOMMENDED_JOBS, "c1", "NOT_FOUND"),
    "a recruiter, a hidden person's jobs": ("recruiter", RECOMMENDED_JOBS, "c0", "NOT_FOUND"),
    "a volunteer, jobs for a person": ("volunteer", RECOMMENDED_JOBS, "c1", "FORBIDDEN"),
    "anonymous, people for a job": (None, RECOMMENDED_CANDIDATES, "j1", "UNAUTHENTICATED"),
    "a seeker, people for a job": ("seeker c2", RECOMMENDED_CANDIDATES, "j1", "FORBIDDEN"),
    "another employer's recruiter": ("other", RECOMMENDED_CANDIDATES, "j1", "NOT_FOUND"),
}


def b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


MALFORMED = {
    "empty": "",
    "not base64": "!!!",
    "plain words": "abc",
    "a database number": "12",
    "no number": b64("CandidateProfile:abc"),
    "zero": b64("CandidateProfile:0"),
    "negative": b64("CandidateProfile:-3"),
    "beyond any key": b64(f"CandidateProfile:{2**70}"),
    "SQL": b64("CandidateProfile:1 OR 1=1"),
}


@pytest.fixture
def published(sessions, match_run, make_token):  # type: ignore[no-untyped-def]
    """A small city ranked both ways, and a token for each kind of reader."""
    load(sessions, jobs(4), people(6))
    match_run("--for", "both").summary()
    return {
        "seeker c2": make_token("seeker", candidate_external_id="c2"),
        "recruiter": make_token("recruiter", employer=HIRING),
        "other": make_token("recruiter", employer=OTHER),
        "volunteer": make_token("volunteer"),
        "admin": make_token("admin"),
    }


def subject(sessions, name: str) -> str:  # type: ignore[no-untyped-def]
    return job_id(sessions, name) if name.startswith("j") else person_id(sessions, name)


def test_the_readers_of_the_live_rankings_and_no_others_read_the_stored_ones(
    api, sessions, published
):
    for case, (reader, query, of, code) in CASES.items():
        token = None if reader is None else published[reader]

        body = ask(api, query, token, subject(sessions, of))

        assert (error_codes(body), body["data"]) == ([code], None), case
        # and: the live query answers the same
        assert error_codes(ask(api, LIVE[query], token, subject(sessions, of))) == [code], case
    # and: the readers who may read them do
    assert ask(api, RECOMMENDED_JOBS, published["recruiter"], person_id(sessions, "c1"))["data"]
    assert ask(api, RECOMMENDED_CANDIDATES, published["recruiter"], job_id(sessions, "j1"))["data"]


def normalised(body: dict[str, Any], node_id: str) -> list[str]:
    return [error["message"].replace(node_id, "<ID>") for error in body["errors"]]


def test_someone_elses_person_or_job_reads_as_one_that_does_not_exist(api, sessions, published):
    for query, of, reader, missing in (
        (RECOMMENDED_JOBS, "c1", "seeker c2", to_global_id("CandidateProfile", 987_654)),
        (RECOMMENDED_CANDIDATES, "j1", "other", to_global_id("JobPost", 987_654)),
    ):
        other = ask(api, query, published[reader], subject(sessions, of))
        absent = ask(api, query, published[reader], missing)

        assert normalised(other, subject(sessions, of)) == normalised(absent, missing)


def test_first_outside_1_to_100_is_refused_naming_it(api, sessions, published):
    for name, query in QUERIES.items():
        of = subject(sessions, "c1" if query is RECOMMENDED_JOBS else "j1")
        for first in (0, -1, 101, 2**31 - 1):
            body = ask(api, query, published["admin"], of, first)

            assert error_codes(body) == ["INVALID"], (name, first)
            assert body["errors"][0]["message"] == "first: 应在 1 到 100 之间"
            assert body["data"] is None


def test_first_beyond_a_graphql_int_is_refused_as_the_live_query_refuses_it(
    api, sessions, published
):
    person = person_id(sessions, "c1")
    for first in (2**31, 10**30):
        body = ask(api, RECOMMENDED_JOBS, published["admin"], person, first)

        assert body["data"] is None
        (error,) = body["errors"]
        assert "$first" in error["message"] and "32-bit" in error["message"]
        live = ask(api, LIVE[RECOMMENDED_JOBS], published["admin"], person, first)
        assert live["errors"] == body["errors"]


def test_a_malformed_id_is_refused_naming_the_argument(api, published):
    for query, argument in ARGUMENTS.items():
        for case, raw in MALFORMED.items():
            body = ask(api, query, published["admin"], raw)

            assert error_codes(body) == ["NOT_FOUND"], (argument, case)
            assert body["errors"][0]["message"].startswith(f"{argument}: "), (argument, case)
            assert body["data"] is None


def test_an_id_no_text_argument_may_hold_is_refused_naming_the_argument(api, published):
    for query, argument in ARGUMENTS.items():
        for raw, code in (("Q2FuZGlkYXRl\x00", "INVALID_CHARACTERS"), ("Q" * 100_000, "TOO_LONG")):
            body = ask(api, query, published["admin"], raw)

            assert error_codes(body) == [code], argument
            assert body["errors"][0]["message"].startswith(argument)
            assert raw not in body["errors"][0]["message"]
            assert body["data"] is None


def test_an_id_of_another_type_is_refused_naming_the_argument(api, sessions, published):
    person, job = person_id(sessions, "c1"), job_id(sessions, "j1")
    admin = published["admin"]

    for query, wrong in (
        (RECOMMENDED_JOBS, job),
        (RECOMMENDED_JOBS, to_global_id("MatchRun", 1)),
        (RECOMMENDED_CANDIDATES, person),
    ):
        body = ask(api, query, admin, wrong)

        assert error_codes(body) == ["NOT_FOUND"]
        assert body["errors"][0]["message"].startswith(f"{ARGUMENTS[query]}: “{wrong}”")
    # and: a JSON value that is no ID at all is refused naming the variable
    for value in (True, 12.5, ["a"], {"id": "a"}):
        body = api.execute(RECOMMENDED_JOBS, {"id": value, "first": 5}, admin)
        assert body["data"] is None
        (error,) = body["errors"]
        assert "$id" in error["message"], value


def test_only_admins_read_the_runs(api, published):
    for reader in (None, "seeker c2", "recruiter", "volunteer"):
        token = None if reader is None else published[reader]
        code = "UNAUTHENTICATED" if reader is None else "FORBIDDEN"

        many = api.execute(MATCH_RUNS, {"first": 20}, token)
        one = api.execute(MATCH_RUN, {"id": to_global_id("MatchRun", 1)}, token)

        assert (error_codes(many), error_codes(one)) == ([code], [code]), reader
        assert many["data"] is None and one["data"] == {"matchRun": None}
    # and: an admin does
    assert api.data(MATCH_RUNS, {"first": 20}, published["admin"])["matchRuns"]


def test_match_run_arguments_out_of_range_or_malformed_are_refused_naming_them(api, published):
    admin = published["admin"]

    for first in (0, -1, 101):
        body = api.execute(MATCH_RUNS, {"first": first}, admin)
        assert error_codes(body) == ["INVALID"]
        assert body["errors"][0]["message"] == "first: 应在 1 到 100 之间"
    for raw in ("", "abc", to_global_id("JobPost", 1), b64("MatchRun:0")):
        body = api.execute(MATCH_RUN, {"id": raw}, admin)
        assert error_codes(body) == ["NOT_FOUND"]
        assert body["errors"][0]["message"].startswith("id: ")
    # and: a run that does not exist is null
    missing = api.data(MATCH_RUN, {"id": to_global_id("MatchRun", 987_654)}, admin)
    assert missing == {"matchRun": None}
