"""Counts the expected job fields read exactly from hosts' words, and the fields invented.

    python -m benchmarks.evaluate_extraction --data-dir ../shared/data [--quiet]

Reads twenty-two sets of lines {"text": ..., "expected": {jobs.jsonl fields}}:
dev/extraction_cases.jsonl under --data-dir; host_transcripts_2.jsonl in this repository
(benchmarks/data/), written by hand in other cities' and other hosts' words by the reader's
author; host_transcripts_3.jsonl to _8, each written by another hand that never read the reader
(hosts all over the country, corrections, cards, asides that state nothing), for which the
reader was then mended in turn; and host_transcripts_9.jsonl, by yet another hand, a quarter of
it lines that name places, companies and figures without stating a field, which no change was
made for: the measure of unseen speech; and host_transcripts_10.jsonl, by another hand again,
scored as it came and then mended where a miss was of a kind that recurs; and
host_transcripts_11.jsonl and _12, by other hands again after those mends, each scored as it
came and then mended where a miss was of a kind that recurs; _13 likewise; and
host_transcripts_14.jsonl to _16 likewise, each scored as it came and then mended; and
host_transcripts_17.jsonl, written after all of them and mended in turn (one mend after it was
first read, for places and a kind of works; more after the stop of that session); and
host_transcripts_18.jsonl, written after those mends: their measure as it came, then mended;
and host_transcripts_19.jsonl, written after those (harder by design: typed cards of many
layouts, recruiters speaking, lines of figures that state no field), likewise; and
host_transcripts_20.jsonl, written after those (public-sector, seasonal and farm work, towns
and zones, firms' long descriptions), likewise; and host_transcripts_21.jsonl, written after
all of those (interviews of HR on air, county towns of twenty provinces), likewise; and
host_transcripts_22.jsonl, written after all of this session's mends (Liaocheng and its
neighbours): their last measure as it came (one fix since, for a city said after its province).
For each set it lists every field missed or invented, the accuracy per field, and
the accuracy over all expected fields. A field is invented when the reader states it and the
case expects none.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from matchers.speech.reader import FIELD_ORDER, read_job

CASES = Path("dev") / "extraction_cases.jsonl"
# host_transcripts_2.jsonl to _22, in the order they were written (see above)
LATER_SETS = tuple(
    Path(__file__).parent / "data" / f"host_transcripts_{number}.jsonl" for number in range(2, 23)
)


@dataclass
class Tally:
    cases: int = 0
    expected: Counter[str] = field(default_factory=Counter)
    exact: Counter[str] = field(default_factory=Counter)
    invented: Counter[str] = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        total = sum(self.expected.values())
        return sum(self.exact.values()) / total if total else 1.0


def evaluate(source: Path, *, quiet: bool = False) -> Tally:
    lines = source.read_text(encoding="utf-8").splitlines()
    tally = Tally()
    for case in (json.loads(line) for line in lines if line.strip()):
        tally.cases += 1
        fields = read_job(case["text"]).fields
        for name, value in case["expected"].items():
            tally.expected[name] += 1
            if fields.get(name) == value:
                tally.exact[name] += 1
            elif not quiet:
                print(f"missed  {name}={value!r} (read {fields.get(name)!r}): {case['text']}")
        for name in fields.keys() - case["expected"].keys():
            tally.invented[name] += 1
            if not quiet:
                print(f"invented {name}={fields[name]!r}: {case['text']}")
    return tally


def report(source: Path, tally: Tally) -> None:
    print(f"data: {source.resolve()}   cases: {tally.cases}")
    for name in FIELD_ORDER:
        if tally.expected[name] or tally.invented[name]:
            print(
                f"  {name:<18} {tally.exact[name]:>3} of {tally.expected[name]:<3}"
                f" exact   invented {tally.invented[name]}"
            )
    exact, expected = sum(tally.exact.values()), sum(tally.expected.values())
    print(
        f"expected fields exact: {exact} of {expected} ({tally.accuracy:.3f})"
        f"   fields invented: {sum(tally.invented.values())}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help=f"the folder holding {CASES}")
    parser.add_argument("--quiet", action="store_true", help="print only the figures")
    args = parser.parse_args(argv)
    first = args.data_dir / CASES
    if not first.is_file():
        parser.error(f"--data-dir {args.data_dir}: {first} does not exist")
    sources = (first, *LATER_SETS)
    tallies = {source: evaluate(source, quiet=args.quiet) for source in sources}
    for source, tally in tallies.items():
        print()
        report(source, tally)
    exact = sum(sum(t.exact.values()) for t in tallies.values())
    expected = sum(sum(t.expected.values()) for t in tallies.values())
    invented = sum(sum(t.invented.values()) for t in tallies.values())
    print(f"\noverall: {exact} of {expected} ({exact / expected:.3f})   invented: {invented}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
