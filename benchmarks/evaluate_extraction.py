"""Counts the expected job fields read exactly from hosts' words, and the fields invented.

    python -m benchmarks.evaluate_extraction --data-dir ../shared/data

Reads dev/extraction_cases.jsonl, lines of {"text": ..., "expected": {jobs.jsonl fields}}, and
lists every field missed or invented.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from matchers.speech.reader import read_job

CASES = Path("dev") / "extraction_cases.jsonl"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help=f"the folder holding {CASES}")
    args = parser.parse_args(argv)
    source = args.data_dir / CASES
    if not source.is_file():
        parser.error(f"--data-dir {args.data_dir}: {source} does not exist")
    lines = source.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    expected = exact = invented = 0
    for case in cases:
        fields = read_job(case["text"]).fields
        for name, value in case["expected"].items():
            expected += 1
            if fields.get(name) == value:
                exact += 1
            else:
                print(f"missed  {name}={value!r} (read {fields.get(name)!r}): {case['text']}")
        for name in fields.keys() - case["expected"].keys():
            invented += 1
            print(f"invented {name}={fields[name]!r}: {case['text']}")
    print(f"data: {source.resolve()}   cases: {len(cases)}")
    print(f"expected fields exact: {exact} of {expected}   fields invented: {invented}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
