"""recommendedJobs and recommendedCandidates: what the newest published run stored, ranked at
its publication, in the version each reader may see; matchRuns and matchRun for admins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from engine.jobs.models import JobPost
from engine.runs.models import Audience, MatchRun, RunKind, RunStatus, Side
from engine.seekers.models import Candidate
from schema.jobs.types import JOB_POST
from schema.relay import to_global_id
from schema.seekers.types import CANDIDATE
from tests.integration.runs.queries import (
    JOB_MATCHES,
    MATCH_RUN,
    MATCH_RUNS,
    RECOMMENDED_CANDIDATES,
    RECOMMENDED_JOBS,
    answer,
    ids,
    ranked_at,
    ranking,
)
from tests.integration.runs.rankings import run_row, stored
from tests.integration.runs.records import HIRING, job_id, jobs, load, people, person_id, pk
from tests.integration.seekers.factories import close_job


def stored_ids(rankings, key, type_name):  # type: ignore[no-untyped-def]
    return [(to_global_id(type_name, item), score) for item, score, _ in rankings[key]]


def shown(matches):  # type: ignore[no-untyped-def]
    return [(item, score) for item, score, _ in ranking(matches)]


def test_recommended_jobs_are_the_stored_ranking_each_reader_may_see_as_job_matches_gives_it(
    api, sessions, match_run, make_token
):
    # given: every open job ranked for every person; the software tester (c5) needs wheelchair
    # access, does not share it, and shows their profile to employers
    load(sessions)
    api.caught_up()
    run = run_row(sessions, match_run("--for", "candidates", "--top", "100").summary()["run"])
    tester, tester_pk = person_id(sessions, "c5"), pk(sessions, Candidate, "c5")
    rankings = stored(sessions, run.id)
    with_needs = stored_ids(rankings, (Side.JOBS, Audience.WITH_NEEDS, tester_pk), JOB_POST)
    without = stored_ids(rankings, (Side.JOBS, Audience.WITHOUT_NEEDS, tester_pk), JOB_POST)
    assert with_needs != without
    readers = {
        "the person": (make_token("seeker", candidate_external_id="c5"), with_needs),
        "an admin": (make_token("admin"), with_needs),
        "a recruiter": (make_token("recruiter", employer=HIRING), without),
    }

    for reader, (token, wanted) in readers.items():
        # when
        got = answer(api, RECOMMENDED_JOBS, token, tester)

        # then: the stored version for the reader, ranked when the run was published, and
        # jobMatches' answer for the same reader, reasons and all
        assert shown(got) == wanted, reader
        assert ranked_at(got) == {run.finished_at}, reader
        assert ranking(got) == ranking(answer(api, JOB_MATCHES, token, tester)), reader


def test_recommended_candidates_are_the_stored_ranking_among_people_the_reader_may_see(
    api, sessions, match_run, make_token
):
    # given: every person ranked for every open job, without anyone's needs
    load(sessions)
    run = run_row(sessions, match_run("--for", "jobs", "--top", "100").summary()["run"])
    # HIRING's forklift job, offering three of the seven accommodations
    forklift = next(job for job in jobs() if job["id"] == "j1")
    offered = set(forklift["accommodations"])
    rankings = stored(sessions, run.id)[
        (Side.CANDIDATES, Audience.ALL, pk(sessions, JobPost, "j1"))
    ]
    with sessions() as session:
        rows = {row.id: row for row in session.scalars(select(Candidate))}

    def may_see(person: Candidate, *, admin: bool) -> bool:
        if admin:
            return set(person.needs) <= offered
        return person.visible_to_employers and (
            not person.share_needs_with_employers or set(person.needs) <= offered
        )

    readers = {"admin": make_token("admin"), "recruiter": make_token("recruiter", employer=HIRING)}
    answers = {}
    for reader, token in readers.items():
        # when
        answers[reader] = got = answer(api, RECOMMENDED_CANDIDATES, token, job_id(sessions, "j1"))

        # then: the stored order and scores, of the people this reader may see and who pass
        # hard rule 2 with the needs this reader may see
        wanted = [
            (to_global_id(CANDIDATE, person), score)
            for person, score, _ in rankings
            if may_see(rows[person], admin=reader == "admin")
        ]
        assert shown(got) == wanted, reader
        assert ranked_at(got) == {run.finished_at}
        assert all(match["reasons"] for match in got)
    # and: the data tell the readers' rules apart
    assert shown(answers["admin"]) != shown(answers["recruiter"])


def test_a_job_closed_after_the_run_is_not_recommended(api, sessions, match_run, make_token):
    # given
    load(sessions)
    match_run("--for", "candidates", "--top", "100").summary()
    admin, tester = make_token("admin"), person_id(sessions, "c5")
    before = answer(api, RECOMMENDED_JOBS, admin, tester)
    closed = ids(before)[0]

    # when: the best job is closed
    close_job(api, admin, closed)

    # then: the rest are recommended as before
    after = answer(api, RECOMMENDED_JOBS, admin, tester)
    assert ranking(after) == [entry for entry in ranking(before) if entry[0] != closed]


def test_first_cuts_the_stored_ranking(api, sessions, match_run, make_token):
    load(sessions)
    match_run("--for", "both", "--top", "100").summary()
    admin = make_token("admin")

    for query, subject in (
        (RECOMMENDED_JOBS, person_id(sessions, "c5")),
        (RECOMMENDED_CANDIDATES, job_id(sessions, "j1")),
    ):
        every = answer(api, query, admin, subject)
        assert len(every) > 3
        assert answer(api, query, admin, subject, first=3) == every[:3]


def test_nothing_is_recommended_before_a_run_is_published(api, sessions, make_token):
    # given: a run that has not finished
    load(sessions, jobs(4), people(4))
    with sessions.begin() as session:
        session.add(
            MatchRun(
                kind=RunKind.BOTH,
                top=10,
                parameters={},
                matcher_version="0",
                status=RunStatus.RUNNING,
                counts={},
            )
        )
    admin = make_token("admin")

    assert answer(api, RECOMMENDED_JOBS, admin, person_id(sessions, "c1")) == []
    assert answer(api, RECOMMENDED_CANDIDATES, admin, job_id(sessions, "j1")) == []


def as_run(run: MatchRun) -> dict[str, object]:
    """A run as matchRun shows it."""
    return {
        "id": to_global_id("MatchRun", run.id),
        "number": run.id,
        "kind": run.kind.value,
        "status": run.status.value,
        "top": run.top,
        "matcherVersion": run.matcher_version,
        "progress": run.progress,
        "counts": {
            "jobs": run.counts.get("jobs", 0),
            "candidates": run.counts.get("candidates", 0),
            "results": run.counts.get("results"),
        },
        "startedBy": run.started_by,
        "startedAt": run.started_at,
        "finishedAt": run.finished_at,
    }


def as_read(shown_run: dict[str, object]) -> dict[str, object]:
    times = {
        key: None if shown_run[key] is None else datetime.fromisoformat(str(shown_run[key]))
        for key in ("startedAt", "finishedAt")
    }
    return {**shown_run, **times}


def test_admins_read_the_runs_newest_first_as_they_are_recorded(
    api, sessions, match_run, make_token
):
    # given: two published runs and one at work, a quarter done
    load(sessions, jobs(4), people(4))
    first = match_run("--for", "jobs", "--top", "3").summary()["run"]
    second = match_run("--for", "both", "--chunk-size", "2").summary()["run"]
    with sessions.begin() as session:
        working = MatchRun(
            kind=RunKind.CANDIDATES,
            top=10,
            parameters={},
            matcher_version="0",
            status=RunStatus.RUNNING,
            counts={"jobs": 5, "candidates": 5},
            chunks_total=4,
            chunks_done=1,
            started_by="operator",
        )
        session.add(working)
        session.flush()
        third = working.id
    admin = make_token("admin")

    # when
    runs = api.data(MATCH_RUNS, {"first": 20}, admin)["matchRuns"]
    one = api.data(MATCH_RUN, {"id": to_global_id("MatchRun", second)}, admin)["matchRun"]

    # then
    assert [run["number"] for run in runs] == [third, second, first]
    assert [as_read(run) for run in runs] == [
        as_run(run_row(sessions, number)) for number in (third, second, first)
    ]
    assert as_read(one) == as_run(run_row(sessions, second))
    assert (runs[0]["progress"], runs[0]["counts"]["results"], runs[0]["finishedAt"]) == (
        0.25,
        None,
        None,
    )
    assert runs[1]["counts"]["results"] > 0
    assert api.data(MATCH_RUNS, {"first": 1}, admin)["matchRuns"] == runs[:1]


def test_needs_stated_after_the_run_keep_jobs_without_them_from_the_person(
    api, sessions, match_run, make_token
):
    # given: a run while the warehouse keeper (c0) stated no needs
    load(sessions)
    match_run("--for", "candidates", "--top", "100").summary()
    keeper, themself = person_id(sessions, "c0"), make_token("seeker", candidate_external_id="c0")
    without_access = {
        job_id(sessions, job["id"])
        for job in jobs()
        if "wheelchair_access" not in job.get("accommodations", []) and "status" not in job
    }
    assert set(ids(answer(api, RECOMMENDED_JOBS, themself, keeper))) & without_access

    # when: they state that they need wheelchair access
    load(sessions, [], [{**people()[0], "needs": ["wheelchair_access"]}])

    # then: jobs without it are not recommended to them (hard rule 2), as jobMatches does not
    # match them
    assert not set(ids(answer(api, JOB_MATCHES, themself, keeper))) & without_access
    assert not set(ids(answer(api, RECOMMENDED_JOBS, themself, keeper))) & without_access
