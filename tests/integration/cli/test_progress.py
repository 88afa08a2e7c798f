"""Long commands show a labelled bar with a rate and the time left on a terminal, nothing on a
pipe unless `--progress` asks, and end with a one-line summary either way."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import termios
from pathlib import Path

from tests.integration.cli.records import (
    CANDIDATE,
    CONSOLE_SCRIPT,
    JOB,
    english_env,
    run_script,
    write_jsonl,
)

# tqdm's layout: label, percentage, bar, count, [elapsed<left, rate].
RANKING_BAR = re.compile(
    r"ranking jobs for people: +100%\|[^|]*\| 3/3 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+ people/s\]"
)
SUMMARY = re.compile(r"^3 people matched in \d+\.\d s → (?P<target>.+)$")


def run_on_terminal(*argv: object, cwd: Path) -> tuple[int, str]:
    """`civicmatch ARGV` with standard error on a pseudo-terminal: (exit status, what the
    terminal received)."""
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 120, 0, 0))
    process = subprocess.Popen(
        [str(CONSOLE_SCRIPT), *(str(arg) for arg in argv)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
        env=english_env(),
        cwd=cwd,
    )
    os.close(terminal)
    received = bytearray()
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the command closed the terminal
            break
        if not chunk:
            break
        received += chunk
    os.close(controller)
    return process.wait(timeout=120), received.decode("utf-8")


def people(tmp_path: Path) -> tuple[Path, Path]:
    jobs = write_jsonl(tmp_path / "jobs.jsonl", JOB, {**JOB, "id": "j2", "title": "叉车司机"})
    candidates = write_jsonl(
        tmp_path / "candidates.jsonl",
        CANDIDATE,
        {**CANDIDATE, "id": "c2"},
        {**CANDIDATE, "id": "c3"},
    )
    return jobs, candidates


def lines_of(terminal: str) -> list[str]:
    """What stays on the screen: each line as its last redraw left it."""
    return [line.rsplit("\r", 1)[-1] for line in terminal.replace("\r\n", "\n").split("\n")]


def test_on_a_terminal_match_shows_a_labelled_bar_with_rate_and_time_left(tmp_path):
    jobs, candidates = people(tmp_path)

    code, terminal = run_on_terminal("match", jobs, candidates, "--out", "out.jsonl", cwd=tmp_path)

    assert code == 0, terminal
    assert RANKING_BAR.search(terminal), terminal
    assert f"reading {jobs}" in terminal
    summary = SUMMARY.match(lines_of(terminal)[-2])
    assert summary and summary["target"] == "out.jsonl", terminal
    assert CANDIDATE["name"] not in terminal


def test_on_a_pipe_match_shows_no_bar_but_the_summary(tmp_path):
    jobs, candidates = people(tmp_path)

    result = run_script("match", jobs, candidates, "--out", "out.jsonl", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "\r" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    summary = SUMMARY.match(result.stderr.splitlines()[0])
    assert summary and summary["target"] == "out.jsonl", result.stderr


def test_the_summary_says_when_the_output_went_to_standard_output(tmp_path):
    jobs, candidates = people(tmp_path)

    result = run_script("match", jobs, candidates, "--out", "-", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3
    summary = SUMMARY.match(result.stderr.splitlines()[0])
    assert summary and summary["target"] == "standard output", result.stderr


def test_progress_forces_the_bar_onto_a_pipe(tmp_path):
    jobs, candidates = people(tmp_path)

    result = run_script("match", jobs, candidates, "--out", "out.jsonl", "--progress", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert RANKING_BAR.search(result.stderr), result.stderr
    assert SUMMARY.match(lines_of(result.stderr)[-2]), result.stderr


def test_on_a_terminal_import_shows_its_bar_and_the_database_it_used(tmp_path):
    jobs, _ = people(tmp_path)
    url = f"sqlite:///{tmp_path / 'jobs.db'}"

    code, terminal = run_on_terminal(
        "import", "jobs", jobs, "--create", "--database", url, cwd=tmp_path
    )

    assert code == 0, terminal
    screen = lines_of(terminal)
    assert screen[0] == f"civicmatch: database {url}"
    assert re.search(
        r"importing jobs: +100%\|[^|]*\| 2/2 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+ records/s\]", terminal
    ), terminal
    assert re.fullmatch(rf"{jobs}: 2 jobs imported in \d+\.\d s", screen[-2]), terminal
