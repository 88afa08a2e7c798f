"""How long a fresh `civicmatch serve` takes to answer, and where the time goes (issue 10).

    python -m benchmarks.startup [--repeat 5]

Every figure is taken in a fresh Python process, so imports are cold (the operating system's
file cache is warm: one untimed run goes first). Each is repeated --repeat times; the table
shows the median, min and max. Rows:

- baselines, to compare machines: the interpreter alone (`python -c pass`, the process's wall
  time) and importing the web stack alone (starlette, uvicorn, strawberry, sqlalchemy);
- the phases, timed inside the process: importing `schema.app`, migrating a fresh SQLite file,
  and loading the demo data into it (importing `seeds.demo` included);
- the whole path: `civicmatch serve` on a fresh SQLite file in an empty folder, from starting
  the process to the first answer of a query that counts the demo jobs;
- what start-up no longer pays: the same server's first `jobsForText` (which loads
  scikit-learn and fits the matcher over the open jobs), and its second, for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import httpx

TARGET_S = 2.0
DEADLINE_S = 60.0
POLL_PAUSE_S = 0.01
FIRST_QUERY = json.dumps({"query": "{ jobs { totalCount } }"}).encode()
MATCH_QUERY = json.dumps(
    {"query": '{ jobsForText(text: "会CAD，想在东昌府区找设计的工作") { matches { score } } }'},
    ensure_ascii=False,
).encode()
HEADERS = {"content-type": "application/json"}
CONSOLE_SCRIPT = Path(sys.executable).parent / "civicmatch"

# Each prints the seconds it timed, inside the process.
IMPORT_WEB_STACK = """
import time
started = time.perf_counter()
import sqlalchemy.orm, starlette.applications, strawberry.asgi, uvicorn
print(time.perf_counter() - started)
"""
IMPORT_APP = """
import time
started = time.perf_counter()
import schema.app
print(time.perf_counter() - started)
"""
# As `prepare_database` does it, one phase after the other; prints both phases.
MIGRATE_AND_LOAD = """
import sys, time
from engine.db import make_engine, make_sessionmaker, transaction
from engine.migrate import upgrade
engine = make_engine(sys.argv[1])
started = time.perf_counter()
upgrade(engine)
migrated = time.perf_counter()
from seeds.demo import load_demo
with transaction(make_sessionmaker(engine)) as session:
    load_demo(session=session)
print(migrated - started, time.perf_counter() - migrated)
"""


def clean_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith("CIVICMATCH_")}


def run(*argv: str, cwd: Path) -> str:
    done = subprocess.run(
        [sys.executable, *argv],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=clean_env(),
        timeout=DEADLINE_S,
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)[:60]!r} failed:\n{done.stderr}")
    return done.stdout


def interpreter(folder: Path) -> dict[str, float]:
    started = time.perf_counter()
    run("-c", "pass", cwd=folder)
    return {"baseline: python -c pass": time.perf_counter() - started}


def timed_inside(name: str, code: str, folder: Path) -> dict[str, float]:
    return {name: float(run("-c", code, cwd=folder))}


def migrate_and_load(folder: Path) -> dict[str, float]:
    database = folder / "phases.db"
    database.unlink(missing_ok=True)
    migrate, load = run("-c", MIGRATE_AND_LOAD, f"sqlite:///{database}", cwd=folder).split()
    return {"migrate a fresh SQLite file": float(migrate), "load the demo data": float(load)}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(folder: Path) -> dict[str, float]:
    """`civicmatch serve` in an empty folder: until the demo jobs are counted over HTTP, then
    the first and the second text match."""
    cwd = Path(tempfile.mkdtemp(dir=folder))
    port = free_port()
    url = f"http://127.0.0.1:{port}/graphql"
    command = (
        [str(CONSOLE_SCRIPT)] if CONSOLE_SCRIPT.exists() else [sys.executable, "-m", "engine.cli"]
    )
    log = cwd / "server.log"
    with log.open("wb") as output, httpx.Client(timeout=DEADLINE_S) as http:
        started = time.perf_counter()
        process = subprocess.Popen(
            [*command, "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=cwd,
            env=clean_env(),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            first_answer(process, http, url, log)
            return {
                "civicmatch serve to first answer": time.perf_counter() - started,
                "then its first jobsForText": text_match(http, url),
                "and its second jobsForText": text_match(http, url),
            }
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def first_answer(process: subprocess.Popen[bytes], http: httpx.Client, url: str, log: Path) -> None:
    deadline = time.perf_counter() + DEADLINE_S
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with {process.returncode}:\n{log.read_text()}")
        try:
            answer = http.post(url, content=FIRST_QUERY, headers=HEADERS)
        except httpx.TransportError:
            time.sleep(POLL_PAUSE_S)
            continue
        if answer.status_code == 200 and answer.json()["data"]["jobs"]["totalCount"] > 0:
            return
        raise SystemExit(f"the first answer was not the demo jobs: {answer.text}")
    raise SystemExit(f"the server did not answer within {DEADLINE_S:.0f} s:\n{log.read_text()}")


def text_match(http: httpx.Client, url: str) -> float:
    started = time.perf_counter()
    answer = http.post(url, content=MATCH_QUERY, headers=HEADERS)
    took = time.perf_counter() - started
    if answer.status_code != 200 or not answer.json()["data"]["jobsForText"]["matches"]:
        raise SystemExit(f"jobsForText found no demo job: {answer.text}")
    return took


def one_run(folder: Path) -> dict[str, float]:
    """Every figure once, in the table's order."""
    return {
        **interpreter(folder),
        **timed_inside("baseline: import the web stack alone", IMPORT_WEB_STACK, folder),
        **timed_inside("import schema.app", IMPORT_APP, folder),
        **migrate_and_load(folder),
        **serve(folder),
    }


def measure(repeat: int, folder: Path) -> dict[str, list[float]]:
    serve(folder)  # untimed: warms the file cache and the bytecode
    rows: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeat):
        for name, seconds in one_run(folder).items():
            rows[name].append(seconds)
    return rows


def report(rows: dict[str, list[float]]) -> str:
    lines = [f"{'seconds':40}{'median':>8}{'min':>8}{'max':>8}"]
    for name, values in rows.items():
        lines.append(
            f"{name:40}{statistics.median(values):8.2f}{min(values):8.2f}{max(values):8.2f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each row (default: 5)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    with tempfile.TemporaryDirectory() as name:
        rows = measure(args.repeat, Path(name))
    print(
        f"fresh processes, {args.repeat} runs each, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs"
    )
    print(report(rows))
    serve = statistics.median(rows["civicmatch serve to first answer"])
    met = serve <= TARGET_S
    print(f"target: serve to first answer at most {TARGET_S:g} s: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
