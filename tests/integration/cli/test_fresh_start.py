"""A fresh start (migrate, demo data, the app) leaves the matching libraries unloaded: they
take about a second to import, which the first match pays instead."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

MATCHING_LIBRARIES = ("numpy", "scipy", "sklearn", "rjieba")
FRESH_START = """
import json, sys
from engine.cli.database import prepare_database
from engine.config import Settings
from schema.app import create_app

prepare_database(sys.argv[1], demo=True)
create_app(Settings(database_url=sys.argv[1]))
if sys.argv[2] == "then match":
    from engine.db import make_engine, make_sessionmaker
    from engine.matching.index import OpenJobsIndex

    with make_sessionmaker(make_engine(sys.argv[1]))() as session:
        assert OpenJobsIndex().matcher(session=session) is not None
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[3:]))))
"""


def libraries_loaded(tmp_path: Path, then: str) -> list[str]:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    done = subprocess.run(
        [sys.executable, "-c", FRESH_START, url, then, *MATCHING_LIBRARIES],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_fresh_start_with_the_demo_data_loads_no_matching_library(tmp_path):
    assert libraries_loaded(tmp_path, "and stop") == []


def test_the_first_match_loads_them(tmp_path):
    assert libraries_loaded(tmp_path, "then match") == sorted(MATCHING_LIBRARIES)
