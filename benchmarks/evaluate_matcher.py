"""Scores the job matcher beside the plain baseline: on a data folder's dev and dev-hard sets,
on sets of a second generator the constants were never chosen on, and by group
cross-validation of the weights, of the scoring thresholds and of the taxonomy's constants
(each family with the others fixed at the shipped values).

    python -m benchmarks.evaluate_matcher --data-dir ../shared/data
        [--seeds 1,2,3,4,5] [--folds 5] [--quick] [--no-cv] [--current-year YYYY]
        [--compare-analyzers]

The second generator (`seeds.synthetic_elsewhere`: Chengdu, other trades, titles and
phrasing) writes one dev-shaped and one dev-hard-shaped set per seed into a temporary
folder; its figures are the mean±std over seeds. How NDCG@5 and the distractor share are
counted is in `benchmarks/figures.py`; the cross-validation in `benchmarks/cross_validation.py`.
"""

from __future__ import annotations

import argparse
import inspect
import statistics
import tempfile
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from benchmarks.baseline import BaselineCandidateMatcher, BaselineJobMatcher
from benchmarks.cross_validation import Entry, cross_validate, report
from benchmarks.figures import (
    Audit,
    CandidateRanker,
    DataSet,
    JobRanker,
    K,
    Mean,
    Rankings,
    Truth,
    distractors_taken,
    load_set,
    rank_all,
    to_jobs_ndcg,
    to_people_ndcg,
)
from benchmarks.group_folds import threshold_family, weight_family
from benchmarks.metrics import ndcg_at_k
from matchers.jobs.rules import passes_hard_rules
from matchers.records import Candidate
from seeds.synthetic_elsewhere import write_sets

SETS = ("dev", "dev-hard")
NEEDED = ("jobs.jsonl", "candidates.jsonl", "pair_grades.jsonl")
ELSEWHERE = "elsewhere"  # the prefix of the second generator's sources
TAXONOMY_SWITCH = "taxonomy"  # a family of the taxonomy's constants, not a matcher parameter
JOB_TO_PEOPLE_AIM = 0.96  # job → candidates NDCG@5 on unseen data
DISTRACTOR_AIM = 0.05  # of the top-5 slots on dev-hard-shaped unseen data

ProfileReader = Callable[[str], Candidate]


@dataclass(frozen=True)
class Contender:
    """One column of the table: how to build its two matchers."""

    name: str
    job_matcher: Callable[[], JobRanker]
    candidate_matcher: Callable[[], CandidateRanker]


def construct(cls: type, current_year: int, **params: Any) -> Any:
    """Builds a matcher with its defaults, telling it the year when it asks for one."""
    if "current_year" in inspect.signature(cls).parameters:
        return cls(current_year=current_year, **params)
    return cls(**params)


def load_matcher(
    current_year: int, name: str = "matcher", **params: Any
) -> tuple[Contender | None, str]:
    try:
        from matchers.jobs.matcher import CandidateMatcher, JobMatcher
    except ImportError as error:
        return None, f"matcher unavailable (matchers.jobs.matcher: {error})"
    return (
        Contender(
            name,
            lambda: construct(JobMatcher, current_year, **params),
            lambda: construct(CandidateMatcher, current_year, **params),
        ),
        "",
    )


def load_profile_reader(current_year: int) -> tuple[ProfileReader | None, str]:
    try:
        from matchers.text.profile import read_profile
    except ImportError as error:
        return None, f"text queries unavailable (matchers.text.profile: {error})"
    return (lambda text: read_profile(text, current_year=current_year).candidate), ""


def baseline() -> Contender:
    return Contender("baseline", BaselineJobMatcher, BaselineCandidateMatcher)


def text_queries(data: DataSet, matcher: JobRanker, read: ProfileReader, audit: Audit) -> Mean:
    jobs = {job.id: job for job in data.jobs}
    result = Mean()
    for query in data.text_queries:
        person = read(query["text"])
        matches = matcher.rank(person, top=len(jobs))
        audit.check(matches, lambda job_id, person=person: (jobs[job_id], person))
        grades = {
            job: grade
            for job, grade in query["grades"].items()
            if grade > 0 and passes_hard_rules(jobs[job], person)
        }
        if grades:
            result.values.append(ndcg_at_k([match.id for match in matches], grades, K))
        else:
            result.skipped += 1
    return result


QUERIES = "{} queries, {} skipped"


@dataclass(frozen=True)
class Figure:
    value: float | None
    template: str  # the note, with a place for each count
    counts: tuple[int, ...] = ()

    def note(self) -> str:
        return self.template.format(*self.counts)


@dataclass
class Column:
    """One contender's figures: per label, one value per set of that source (seed)."""

    figures: dict[str, list[Figure]] = field(default_factory=dict)
    audit: Audit = field(default_factory=Audit)
    rankings: dict[int, Rankings] = field(default_factory=dict)  # by id() of the data set

    def add(self, label: str, value: float | None, template: str, *counts: int) -> None:
        self.figures.setdefault(label, []).append(Figure(value, template, counts))


def evaluate(contender: Contender, sets: Sequence[DataSet], read: ProfileReader | None) -> Column:
    column = Column()
    for data in sets:
        truth = Truth.of(data)
        job_matcher = contender.job_matcher()
        ranked = rank_all(data, job_matcher, contender.candidate_matcher(), column.audit)
        column.rankings[id(data)] = ranked
        to_jobs, to_people = to_jobs_ndcg(truth, ranked), to_people_ndcg(truth, ranked)
        for label, found in (("candidate→jobs", to_jobs), ("job→candidates", to_people)):
            counts = (len(found.values), found.skipped)
            column.add(f"{data.name} NDCG@5 {label}", found.mean, QUERIES, *counts)
        if data.text_queries:
            label = f"{data.name} NDCG@5 text queries"
            if read is None:
                column.add(label, None, "no read_profile")
            else:
                texts = text_queries(data, job_matcher, read, column.audit)
                column.add(label, texts.mean, QUERIES, len(texts.values), texts.skipped)
        if data.distractors:
            share = distractors_taken(data, truth, ranked)
            template = "{} people, " + f"{K} slots each"
            column.add(
                f"{data.name} distractors in top-5 slots", share, template, len(data.distractors)
            )
    return column


def cell(label: str, figures: Sequence[Figure]) -> str:
    values = [figure.value for figure in figures if figure.value is not None]
    if not values:
        return "n/a"
    share = "distractors" in label
    scale, unit, digits = (100, "%", 1) if share else (1, "", 3)
    mean = statistics.fmean(values) * scale
    if len(figures) == 1:
        return f"{mean:.{digits}f}{unit}"
    deviation = statistics.stdev(values) * scale if len(values) > 1 else 0.0
    return f"{mean:.{digits}f}±{deviation:.{digits}f}{unit}"


def width(text: str) -> int:
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def table(columns: Mapping[str, Column]) -> str:
    names = list(columns)
    first = columns[names[0]]
    labels = [
        *first.figures,
        "hard-rule violations (must be 0)",
        "rankings out of order or score ∉ [0,1]",
    ]
    label_width = max(width(label) for label in labels) + 2
    size = 14 if any(len(figures) > 1 for figures in first.figures.values()) else 10
    lines = [pad("", label_width) + "".join(f"{name:>{size}}" for name in names) + "   queries"]
    for label, figures in first.figures.items():
        cells = "".join(
            f"{cell(label, columns[name].figures.get(label, [])):>{size}}" for name in names
        )
        note = figures[0].note()
        if len(figures) > 1:
            counts = [sum(column) for column in zip(*(f.counts for f in figures), strict=True)]
            note = f"{len(figures)} seeds, " + figures[0].template.format(*counts)
        lines.append(pad(label, label_width) + cells + (f"   {note}" if note else ""))
    audits = [columns[name].audit for name in names]
    lines.append(
        pad(labels[-2], label_width)
        + "".join(f"{audit.violations:>{size}}" for audit in audits)
        + f"   {audits[0].pairs} pairs"
    )
    lines.append(pad(labels[-1], label_width) + "".join(f"{a.disorders:>{size}}" for a in audits))
    return "\n".join(lines)


def aims(columns: Mapping[str, Column]) -> list[str]:
    """The issue's aims on the data the matcher has never seen (the second generator's)."""
    matcher, plain = columns["matcher"].figures, columns["baseline"].figures
    lines = ["aims on unseen data (mean over seeds; each seed compared with the baseline):"]
    for label, figures in matcher.items():
        ours = [figure.value for figure in figures]
        theirs = [figure.value for figure in plain[label]]
        if not label.startswith(ELSEWHERE) or None in ours or None in theirs:
            continue
        mean, plain_mean = statistics.fmean(ours), statistics.fmean(theirs)
        if "NDCG" in label:
            below = sum(a < b for a, b in zip(ours, theirs, strict=True))
            verdict = "met" if below == 0 else "missed"
            lines.append(
                f"  {label}: {mean:.3f} vs baseline {plain_mean:.3f}, below it on {below} of "
                f"{len(ours)} seeds: {verdict}"
            )
        if label.endswith("job→candidates"):
            verdict = "met" if mean >= JOB_TO_PEOPLE_AIM else "missed"
            lines.append(f"  {label} ≥ {JOB_TO_PEOPLE_AIM}: {mean:.3f}, {verdict}")
        if "distractors" in label:
            verdict = "met" if mean <= DISTRACTOR_AIM else "missed"
            lines.append(f"  {label} ≤ {DISTRACTOR_AIM:.0%}: {mean:.1%}, {verdict}")
    return lines


def elsewhere_sets(folder: Path, seeds: Sequence[int], year: int) -> list[DataSet]:
    sets = []
    for seed in seeds:
        for path in write_sets(folder / f"seed-{seed}", seed=seed, year=year):
            sets.append(load_set(path, name=f"{ELSEWHERE} {path.name}"))
    return sets


def run_cross_validation(
    args: argparse.Namespace, sets: Sequence[DataSet], columns: Mapping[str, Column]
) -> list[str]:
    """The weights' CV, then the thresholds' CV, then the taxonomy constants' CV (each with
    the others left at the shipped values)."""
    try:
        from matchers.jobs.scoring import FACTORS, WEIGHTS
        from matchers.taxonomy.settings import TAXONOMY
    except ImportError as error:
        return [f"cross-validation skipped: no shipped weights or constants ({error})"]
    entries = [Entry.of(data.name, data) for data in sets]
    return [
        *cross_validate_family(args, entries, columns, weight_family(WEIGHTS), "weights"),
        "",
        *cross_validate_family(
            args, entries, columns, threshold_family(FACTORS), "factors", kind="threshold"
        ),
        "",
        *cross_validate_family(
            args, entries, columns, threshold_family(TAXONOMY), TAXONOMY_SWITCH, kind="constant"
        ),
    ]


def cross_validate_family(
    args: argparse.Namespace,
    entries: Sequence[Entry],
    columns: Mapping[str, Column],
    family: Mapping[str, Mapping[str, float]],
    parameter: str,
    *,
    kind: str = "weight",
) -> list[str]:
    """Cross-validates a family whose members the matcher takes as `parameter` (`weights` or
    `factors`), the other parameters left at their defaults; with TAXONOMY_SWITCH, a member
    is the taxonomy's constants, switched in for this process while it ranks. The shipped
    member and the baseline reuse the table's rankings, ranked with everything shipped."""
    from matchers.taxonomy.settings import TAXONOMY, use_taxonomy

    switched = parameter == TAXONOMY_SWITCH
    variants = {
        name: load_matcher(args.current_year, name, **({} if switched else {parameter: values}))[0]
        for name, values in family.items()
    }

    def rank(name: str, entry: Entry) -> Rankings:
        known = {"baseline": "baseline", "shipped": "matcher"}.get(name)
        if known is not None:
            return columns[known].rankings[id(entry.data)]
        contender = variants[name]
        assert contender is not None
        if switched:
            use_taxonomy(family[name])
        try:
            return rank_all(
                entry.data, contender.job_matcher(), contender.candidate_matcher(), Audit()
            )
        finally:
            if switched:
                use_taxonomy(TAXONOMY)

    return report(cross_validate(entries, family, rank, k=args.folds, kind=kind))


def seed_list(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-dir",
        type=Path,
        required=True,
        help="the folder holding dev/ and dev-hard/, each with " + ", ".join(NEEDED),
    )
    parser.add_argument(
        "--current-year", type=int, default=datetime.now(ZoneInfo("Asia/Shanghai")).year
    )
    parser.add_argument(
        "--seeds", type=seed_list, default=[1, 2, 3, 4, 5], help="second-generator seeds: 1,2,3"
    )
    parser.add_argument("--folds", type=int, default=5, help="occupation folds of the CV")
    parser.add_argument("--quick", action="store_true", help="one seed and three folds")
    parser.add_argument("--no-cv", action="store_true", help="point figures only")
    parser.add_argument(
        "--compare-analyzers",
        action="store_true",
        help="also score the matcher with rjieba words only and character n-grams only",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.seeds, args.folds = args.seeds[:1], 3
    if args.folds < 2:
        parser.error("--folds must be at least 2")
    for needed in (args.data_dir / name / file for name in SETS for file in NEEDED):
        if not needed.is_file():
            parser.error(f"--data-dir {args.data_dir}: {needed} does not exist")
    with tempfile.TemporaryDirectory(prefix="civicmatch-elsewhere-") as folder:
        generated = elsewhere_sets(Path(folder), args.seeds, args.current_year)
    sets = [load_set(args.data_dir / name) for name in SETS] + generated
    read, read_message = load_profile_reader(args.current_year)
    matcher, matcher_message = load_matcher(args.current_year)
    columns = {"baseline": evaluate(baseline(), sets, read)}
    if matcher:
        try:
            columns[matcher.name] = evaluate(matcher, sets, read)
        except Exception as error:  # the baseline still deserves its figures
            traceback.print_exc()
            matcher_message = f"matcher failed: {type(error).__name__}: {error}"
        if args.compare_analyzers:
            for analyzer in ("words", "chars"):
                variant, _ = load_matcher(args.current_year, analyzer, analyzer=analyzer)
                assert variant is not None
                columns[analyzer] = evaluate(variant, sets, read)
    print(f"data: {args.data_dir.resolve()}   current year: {args.current_year}")
    print(f"{ELSEWHERE}: seeds.synthetic_elsewhere, seeds {','.join(map(str, args.seeds))}")
    print(table(columns))
    for message in (matcher_message, read_message):
        if message:
            print(message)
    if "matcher" in columns:
        print("\n".join(aims(columns)))
        if not args.no_cv:
            print()
            print("\n".join(run_cross_validation(args, sets, columns)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
