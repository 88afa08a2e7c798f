"""`civicmatch report supply-demand` after `civicmatch match-run`: every figure of a small
city worked out by hand, suppression of small graduate and needs counts, the HTML page, and
the runs it refuses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event, select, update
from sqlalchemy.orm import Session

from engine.db import transaction
from engine.jobs.models import Employer, JobPost, JobStatus
from engine.runs.models import MatchRun, RunKind, RunStatus
from tests.integration.reports.city import (
    BY_DISTRICT,
    BY_OCCUPATION,
    EMPLOYER,
    TESTING,
    TOTAL,
    add_job,
    add_person,
    build,
)


def test_every_figure_is_the_one_worked_out_by_hand(cli, sessions):
    # given: the city, ranked both ways
    build(sessions)
    assert cli("match-run", "--for", "both").code == 0

    # when
    report = cli("report", "supply-demand").report()

    # then
    assert report["run"] == 1
    assert report["kind"] == "both"
    assert report["finished_at"]
    assert report["minimum_cell"] == 3
    assert report["total"] == TOTAL
    assert report["by_occupation"] == BY_OCCUPATION
    assert report["by_district"] == BY_DISTRICT


def test_a_person_with_needs_counts_by_the_ranking_that_respects_them(cli, sessions):
    # given: P8 needs sign language, which no job offers; ranked without the need, the
    # warehouse jobs and J5 would fit
    build(sessions)
    assert cli("match-run", "--for", "candidates").code == 0

    # when
    report = cli("report", "supply-demand").report()

    # then: P8 (with P4 and P6) has no match, and the unknown job reaches seven, not eight
    assert report["total"]["people"] == {"seeking": 10, "matched": 7, "without_match": 3}
    assert report["by_occupation"][-1]["people"]["matched"] == 7


def test_jobs_closed_and_people_added_since_the_run_are_left_out(cli, sessions):
    # given: a run, then the testing job closes and a person signs up
    ids = build(sessions)
    assert cli("match-run", "--for", "both").code == 0
    with transaction(sessions) as session:
        session.execute(
            update(JobPost).where(JobPost.id == ids["J3"]).values(status=JobStatus.CLOSED)
        )
        add_person(session, "P11", desired_titles=["软件测试工程师"], locations=["东昌府区"])

    # when
    report = cli("report", "supply-demand").report()

    # then: the testing job's openings and matches are gone; P11 is not counted
    testing = next(row for row in report["by_occupation"] if row["key"] == TESTING[0])
    assert (testing["jobs"], testing["openings"], testing["people"]["matched"]) == (0, 0, 0)
    assert testing["people"]["seeking"] == 4
    assert (report["total"]["jobs"], report["total"]["openings"]) == (4, 12)
    assert report["total"]["people"] == {"seeking": 10, "matched": 7, "without_match": 3}


def test_a_job_nobody_ranks_among_their_best_is_unmatched_but_not_without_qualified_people(
    cli, sessions
):
    # given: two warehouse jobs, one keeper who qualifies for both, and a run that keeps
    # the best job per person
    with transaction(sessions) as session:
        employer = Employer(name=EMPLOYER)
        session.add(employer)
        session.flush()
        for place in ("聊城市东昌府区", "临清市"):
            add_job(session, employer.id, title="仓库管理员", location=place)
        add_person(session, "P", desired_titles=["仓库管理员"], locations=["东昌府区"])
    assert cli("match-run", "--for", "both", "--top", "1").code == 0

    # when
    total = cli("report", "supply-demand").report()["total"]

    # then: one job is in no one's ranking, though the keeper is in both jobs' rankings
    assert total["jobs_unmatched"] == 1
    assert total["jobs_without_qualified_people"] == 0
    assert total["people"] == {"seeking": 1, "matched": 1, "without_match": 0}


def test_a_run_that_did_not_rank_people_for_jobs_has_no_count_of_jobs_without_qualified_people(
    cli, sessions
):
    build(sessions)
    assert cli("match-run", "--for", "candidates").code == 0

    report = cli("report", "supply-demand").report()

    rows = [report["total"], *report["by_occupation"], *report["by_district"]]
    assert {row["jobs_without_qualified_people"] for row in rows} == {None}
    assert report["total"]["jobs_unmatched"] == 1


def test_the_report_can_name_an_earlier_run(cli, sessions):
    # given: a first run, then a job posted and a second run
    build(sessions)
    assert cli("match-run", "--for", "both").code == 0
    with transaction(sessions) as session:
        add_job(session, employer_of(session), title="收银员", location="临清市", headcount=6)
    assert cli("match-run", "--for", "both").code == 0

    # when / then: the newest by default, the first on request
    assert cli("report", "supply-demand").report()["total"]["openings"] == 21
    first = cli("report", "supply-demand", "--run", 1).report()
    assert first["run"] == 1
    assert first["total"] == TOTAL


def test_the_html_page_is_self_contained_with_charts_and_tables(cli, sessions, tmp_path):
    # given
    build(sessions)
    assert cli("match-run", "--for", "both").code == 0
    page = tmp_path / "report.html"

    # when
    result = cli("report", "supply-demand", "--html", "--out", page)

    # then
    assert result.code == 0, result.err
    assert result.out == ""
    assert f"→ {page}" in result.err
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert html.count("<svg") == 4  # supply and demand, and gaps, by occupation and district
    assert "<script" not in html and "<link" not in html and "<img" not in html
    assert "@import" not in html and "url(http" not in html
    links = re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)""", html)
    assert all(not link.startswith(("http:", "https:", "//")) for link in links), links
    # the tables: names, codes, and small split counts shown as <3
    for text in ("仓储管理员", "4-02-06-01", "聊城市东昌府区", "unknown", "&lt;3", "Total"):
        assert text in html, text


def test_small_split_counts_never_reach_the_page(cli, sessions, tmp_path):
    build(sessions)
    assert cli("match-run", "--for", "both").code == 0
    page = tmp_path / "report.html"

    assert cli("report", "supply-demand", "--html", "--out", page).code == 0

    # The cashier row: everyone's counts are shown, its graduate and needs cells are not.
    cashier = re.search(r"<tr><td class=\"name\">收银员</td>.*?</tr>", page.read_text())
    assert cashier is not None
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", cashier.group(0))
    assert cells[2:6] == ["1", "1", "1", "1"]  # jobs, openings, unmatched, no one qualified
    assert cells[6:9] == ["1", "0", "1"]  # everyone
    assert cells[9:] == ["&lt;3"] * 6


def test_without_a_published_run_it_says_how_to_make_one(cli, sessions, tmp_path):
    build(sessions)
    out = tmp_path / "report.json"

    result = cli("report", "supply-demand", "--out", out)

    assert result.code == 1
    assert "no published match run has ranked jobs for people yet" in result.err
    assert "match-run --for candidates" in result.err
    assert not out.exists()


def test_an_unknown_run_is_refused_naming_the_option(cli, sessions):
    build(sessions)
    assert cli("match-run", "--for", "both").code == 0

    result = cli("report", "supply-demand", "--run", 7)

    assert result.code == 1
    assert "civicmatch: --run: there is no match run 7" in result.err


def test_a_run_not_yet_published_is_refused_naming_the_option(cli, sessions):
    with transaction(sessions) as session:
        session.add(running_run())

    result = cli("report", "supply-demand", "--run", 1)

    assert result.code == 1
    assert "civicmatch: --run: match run 1 is running; only a published run has a report" in (
        result.err
    )


def test_a_run_of_people_for_jobs_only_is_refused_naming_the_option(cli, sessions):
    build(sessions)
    assert cli("match-run", "--for", "jobs").code == 0

    by_number = cli("report", "supply-demand", "--run", 1)
    newest = cli("report", "supply-demand")

    assert by_number.code == 1
    assert "--run: match run 1 ranked people for jobs only (--for jobs)" in by_number.err
    assert newest.code == 1
    assert "no published match run has ranked jobs for people yet" in newest.err


def test_a_run_whose_rankings_were_removed_is_refused(cli, sessions):
    # given: three runs; only the newest two keep their rankings
    build(sessions)
    for _ in range(3):
        assert cli("match-run", "--for", "candidates").code == 0

    result = cli("report", "supply-demand", "--run", 1)

    assert result.code == 1
    assert "--run: the rankings of match run 1 have been removed" in result.err
    assert cli("report", "supply-demand", "--run", 2).code == 0


def test_a_run_number_must_be_positive(cli):
    result = cli("report", "supply-demand", "--run", 0)

    assert result.code == 2
    assert "--run" in result.err


def test_no_statement_grows_with_the_city(cli, sessions, engine):
    # given: the city, then the city with thirty more jobs and sixty more people
    build(sessions)
    assert cli("match-run", "--for", "both").code == 0
    with parameters(engine) as small:
        assert cli("report", "supply-demand").code == 0
    with transaction(sessions) as session:
        employer = employer_of(session)
        for number in range(30):
            add_job(session, employer, title="仓库管理员", location="临清市", headcount=number + 1)
        for number in range(60):
            add_person(session, f"Q{number}", desired_titles=["仓库管理员"], locations=["临清"])
    assert cli("match-run", "--for", "both").code == 0

    # when
    with parameters(engine) as large:
        assert cli("report", "supply-demand").code == 0

    # then: as many statements, none with more parameters
    assert len(large) == len(small)
    assert max(large) == max(small) <= 6


@contextmanager
def parameters(engine: Engine) -> Iterator[list[int]]:
    """The bound-parameter count of every statement sent to the test database meanwhile
    (the command opens its own engine on the same URL)."""
    sent: list[int] = []
    url = engine.url

    def count(conn, _cursor, _statement, params, _context, _many):  # type: ignore[no-untyped-def]
        if conn.engine.url == url:
            sent.append(len(params) if params else 0)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(Engine, "before_cursor_execute", count)


def employer_of(session: Session) -> int:
    employer = session.scalar(select(Employer.id).where(Employer.name == EMPLOYER))
    assert employer is not None
    return employer


def running_run() -> MatchRun:
    return MatchRun(
        kind=RunKind.BOTH,
        top=10,
        parameters={"current_year": 2026},
        matcher_version="test",
        status=RunStatus.RUNNING,
        counts={},
        host="elsewhere",
    )
