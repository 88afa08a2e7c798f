"""Supply and demand, read from a published run: per occupation and per district, the jobs
and openings on offer, the people who want them, who is matched to what, and the gaps.

The run's rankings are read as readers see them now: jobs closed since the run are left out
(its jobs are those open now up to the largest id at its start; its people, those up to the
largest id then). A person's ranking of jobs is their real one (audience `all` or
`with_needs`). Figures (README, "Supply and demand report"):

- jobs, openings: open jobs and the sum of their headcounts;
- people seeking: people whose desired occupation (preferred district) is the row's;
- people matched: distinct people whose ranking holds a job of the row;
- jobs unmatched: jobs in no person's ranking (no one has them among their best `top`);
- jobs without qualified people: jobs whose own ranking of people is empty (no one passes
  their hard rules); None when the run did not rank people for jobs;
- people without a match: people whose ranking holds no job, by their desired occupation
  (preferred district).

The same people figures are given for recent graduates and for people who state needs,
with counts under MINIMUM_CELL suppressed (None) so that no one can be singled out.

Every query is one statement with a fixed number of parameters, streamed in slices.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from engine.accounts.actor import Actor
from engine.errors import Conflict, NotFound
from engine.jobs.models import JobPost, JobStatus
from engine.jobs.occupations import occupations_of_titles
from engine.matching.records import candidate_record
from engine.runs.control import KEEP_PUBLISHED
from engine.runs.models import Audience, MatchResult, MatchRun, RunKind, RunStatus, Side
from engine.runs.reading import KINDS_WITH, latest_published
from engine.seekers.models import Candidate
from matchers.jobs.features import is_recent_graduate
from matchers.taxonomy.places import district_of

UNKNOWN = "unknown"
TOTAL = "total"
# The fewest people a cell of the graduate and needs splits may count and still be shown.
MINIMUM_CELL = 3
READ_SLICE = 1_000
# A person's real ranking of jobs: one that states no needs has one (`all`); one that
# does is ranked with them (`with_needs`) and, for other readers, without.
RANKED_AUDIENCES = (Audience.ALL, Audience.WITH_NEEDS)


@dataclass(frozen=True, slots=True)
class PeopleCounts:
    """None: suppressed (fewer than MINIMUM_CELL in a split)."""

    seeking: int | None
    matched: int | None
    without_match: int | None


@dataclass(frozen=True, slots=True)
class Row:
    """An occupation (key: its CSCO code), a district (key: its full name), UNKNOWN where a
    job's or person's could not be read, or TOTAL."""

    key: str
    name: str | None
    jobs: int
    openings: int
    jobs_unmatched: int
    jobs_without_qualified_people: int | None
    people: PeopleCounts
    recent_graduates: PeopleCounts
    with_needs: PeopleCounts


@dataclass(frozen=True, slots=True)
class SupplyDemand:
    run_id: int
    kind: RunKind
    top: int
    finished_at: datetime | None
    current_year: int
    minimum_cell: int
    total: Row
    by_occupation: list[Row]
    by_district: list[Row]

    @property
    def ranks_people_for_jobs(self) -> bool:
        return self.kind in KINDS_WITH[Side.CANDIDATES]


def supply_demand(*, session: Session, actor: Actor, run_id: int | None = None) -> SupplyDemand:
    """The report of run `run_id`, else of the newest published run that ranked jobs for
    people. Admins only."""
    actor.require()
    run = _run(session, run_id)
    year = int(run.parameters["current_year"])
    jobs = dict(_jobs(session, int(run.parameters.get("jobs_up_to") or 0)))
    people = dict(_people(session, int(run.parameters.get("candidates_up_to") or 0), year))
    tables = _Tables()
    for job in jobs.values():
        for bucket in tables.buckets(job.occupation, job.district):
            bucket.jobs += 1
            bucket.openings += job.headcount
    for person_id, person in people.items():
        for bucket in tables.buckets(person.occupation, person.district):
            bucket.seeking.add(person_id)

    reached: set[int] = set()
    matched: set[int] = set()
    for person_id, job_id in _ranked_pairs(session, run.id):
        job = jobs.get(job_id)
        if job is None or person_id not in people:
            continue  # a job closed since the run
        reached.add(job_id)
        matched.add(person_id)
        for bucket in tables.buckets(job.occupation, job.district):
            bucket.matched.add(person_id)
    ranks_people = run.kind in KINDS_WITH[Side.CANDIDATES]
    qualified = _jobs_with_people(session, run.id) if ranks_people else set()
    for job_id, job in jobs.items():
        for bucket in tables.buckets(job.occupation, job.district):
            bucket.jobs_unmatched += job_id not in reached
            bucket.jobs_without_qualified += job_id not in qualified
    for person_id, person in people.items():
        if person_id not in matched:
            for bucket in tables.buckets(person.occupation, person.district):
                bucket.without_match.add(person_id)

    return SupplyDemand(
        run_id=run.id,
        kind=run.kind,
        top=run.top,
        finished_at=run.finished_at,
        current_year=year,
        minimum_cell=MINIMUM_CELL,
        total=tables.total.row(
            TOTAL,
            people,
            ranks_people,
            _shown(tables.total.counts(people, "graduate")),
            _shown(tables.total.counts(people, "needs")),
        ),
        by_occupation=_rows(tables.occupations, people, ranks_people),
        by_district=_rows(tables.districts, people, ranks_people),
    )


def _run(session: Session, run_id: int | None) -> MatchRun:
    if run_id is None:
        run = latest_published(session, Side.JOBS)
        if run is None:
            raise NotFound("report.no_published_run", code="NO_PUBLISHED_RUN")
        return run
    found = session.get(MatchRun, run_id)
    if found is None:
        raise NotFound("run.not_found", field="run_id", run=run_id)
    if found.status is not RunStatus.PUBLISHED:
        raise Conflict("report.run_not_published", field="run_id", run=run_id, status=found.status)
    if found.kind not in KINDS_WITH[Side.JOBS]:
        raise Conflict("report.run_without_people", field="run_id", run=run_id)
    stored = session.scalar(select(MatchResult.id).where(MatchResult.run_id == run_id).limit(1))
    if stored is None and found.counts.get("results", 0):
        # Only the newest published runs keep their rankings (engine.runs.control).
        raise Conflict(
            "report.run_results_removed", field="run_id", run=run_id, kept=KEEP_PUBLISHED
        )
    return found


@dataclass(frozen=True, slots=True)
class _Job:
    occupation: tuple[str, str | None]
    district: str
    headcount: int


@dataclass(frozen=True, slots=True)
class _Person:
    occupation: tuple[str, str | None]
    district: str
    graduate: bool
    needs: bool


def _jobs(session: Session, up_to: int) -> Iterator[tuple[int, _Job]]:
    statement = (
        select(JobPost.id, JobPost.title, JobPost.location, JobPost.headcount)
        .where(JobPost.status == JobStatus.OPEN, JobPost.id <= up_to)
        .order_by(JobPost.id)
        .execution_options(yield_per=READ_SLICE)
    )
    for part in session.execute(statement).partitions():
        occupations = occupations_of_titles([row.title for row in part])
        for row, occupation in zip(part, occupations, strict=True):
            key = (UNKNOWN, None) if occupation is None else (occupation.code, occupation.name)
            yield row.id, _Job(key, district_of(row.location) or UNKNOWN, row.headcount)


def _people(session: Session, up_to: int, year: int) -> Iterator[tuple[int, _Person]]:
    """Each person's first desired title whose occupation can be read, and first preferred
    place that names a district."""
    statement = (
        select(Candidate)
        .where(Candidate.id <= up_to)
        .order_by(Candidate.id)
        .execution_options(yield_per=READ_SLICE)
    )
    for part in session.scalars(statement).partitions():
        titles = list(dict.fromkeys(title for person in part for title in person.desired_titles))
        read = dict(zip(titles, occupations_of_titles(titles), strict=True))
        for person in part:
            occupation = next(
                (found for title in person.desired_titles if (found := read[title])), None
            )
            district = next(
                (found for place in person.locations if (found := district_of(place))), None
            )
            graduate = is_recent_graduate(candidate_record(person, show_needs=False), year)
            yield (
                person.id,
                _Person(
                    (UNKNOWN, None) if occupation is None else (occupation.code, occupation.name),
                    district or UNKNOWN,
                    graduate,
                    bool(person.needs),
                ),
            )


def _ranked_pairs(session: Session, run_id: int) -> Iterator[tuple[int, int]]:
    statement = (
        select(MatchResult.candidate_id, MatchResult.job_id)
        .where(
            MatchResult.run_id == run_id,
            MatchResult.side == Side.JOBS,
            MatchResult.audience.in_(RANKED_AUDIENCES),
        )
        .execution_options(yield_per=READ_SLICE * 5)
    )
    yield from session.execute(statement)


def _jobs_with_people(session: Session, run_id: int) -> set[int]:
    """Jobs whose own ranking of people holds anyone."""
    statement = (
        select(MatchResult.job_id)
        .where(MatchResult.run_id == run_id, MatchResult.side == Side.CANDIDATES)
        .distinct()
        .execution_options(yield_per=READ_SLICE * 5)
    )
    return set(session.scalars(statement))


@dataclass(slots=True)
class _Bucket:
    name: str | None
    jobs: int = 0
    openings: int = 0
    jobs_unmatched: int = 0
    jobs_without_qualified: int = 0
    seeking: set[int] = field(default_factory=set)
    matched: set[int] = field(default_factory=set)
    without_match: set[int] = field(default_factory=set)

    def counts(self, people: dict[int, _Person], within: str | None) -> list[int]:
        """seeking, matched and without a match, among everyone or the people of a split."""
        return [
            sum(1 for person_id in group if within is None or getattr(people[person_id], within))
            for group in (self.seeking, self.matched, self.without_match)
        ]

    def row(
        self,
        key: str,
        people: dict[int, _Person],
        ranks_people: bool,
        graduates: list[int | None],
        needs: list[int | None],
    ) -> Row:
        return Row(
            key=key,
            name=self.name,
            jobs=self.jobs,
            openings=self.openings,
            jobs_unmatched=self.jobs_unmatched,
            jobs_without_qualified_people=self.jobs_without_qualified if ranks_people else None,
            people=PeopleCounts(*self.counts(people, None)),
            recent_graduates=PeopleCounts(*graduates),
            with_needs=PeopleCounts(*needs),
        )


class _Tables:
    def __init__(self) -> None:
        self.occupations: dict[str, _Bucket] = {}
        self.districts: dict[str, _Bucket] = {}
        self.total = _Bucket(None)

    def buckets(self, occupation: tuple[str, str | None], district: str) -> list[_Bucket]:
        code, name = occupation
        if code not in self.occupations:
            self.occupations[code] = _Bucket(name)
        if district not in self.districts:
            self.districts[district] = _Bucket(None if district == UNKNOWN else district)
        return [self.occupations[code], self.districts[district], self.total]


def _shown(counts: list[int]) -> list[int | None]:
    return [None if count < MINIMUM_CELL else count for count in counts]


def _rows(buckets: dict[str, _Bucket], people: dict[int, _Person], ranks_people: bool) -> list[Row]:
    """The rows, most openings first and the unknown bucket last, each split's columns
    suppressed together: a column that would hide a single cell hides the smallest shown one
    too, so that the hidden one cannot be had from the total (or the other table's sum)."""
    keys = sorted(
        buckets,
        key=lambda key: (
            key == UNKNOWN,
            -buckets[key].openings,
            -len(buckets[key].seeking),
            key,
        ),
    )
    splits = {
        within: _suppressed_columns([buckets[key].counts(people, within) for key in keys])
        for within in ("graduate", "needs")
    }
    return [
        buckets[key].row(
            key, people, ranks_people, splits["graduate"][index], splits["needs"][index]
        )
        for index, key in enumerate(keys)
    ]


def _suppressed_columns(rows: list[list[int]]) -> list[list[int | None]]:
    shown = [_shown(row) for row in rows]
    for column in range(len(rows[0]) if rows else 0):
        hidden = [index for index, row in enumerate(shown) if row[column] is None]
        visible = [index for index, row in enumerate(shown) if row[column] is not None]
        if len(hidden) == 1 and visible:
            smallest = min(visible, key=lambda index: (rows[index][column], index))
            shown[smallest][column] = None
    return shown
