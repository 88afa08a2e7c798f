"""The tests need nothing beside the checkout: a fresh clone has no `shared` folder next to
it, so no file under tests/ may point there. Data a test needs lives in tests/data/."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
NOT_OURS = {"node_modules", "__pycache__"}  # installed or generated, never written by hand
# The folder's name as a path component: after a slash or backslash, or as a string of its
# own (a path joined from parts); the word in prose or in an identifier is fine.
NAMES_THE_FOLDER = re.compile(r"""[/\\]shared\b|(["'])shared\1""")


def text_files() -> Iterator[Path]:
    for root, folders, names in os.walk(TESTS):
        folders[:] = [f for f in folders if f not in NOT_OURS and not f.startswith(".")]
        for name in names:
            path = Path(root, name)
            if path != Path(__file__).resolve():  # it names the folder to catch it
                yield path


def lines_naming_the_folder(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:  # not text
        return []
    return [
        f"{path.relative_to(TESTS.parent)}:{number}: {line.strip()}"
        for number, line in enumerate(text.splitlines(), start=1)
        if NAMES_THE_FOLDER.search(line)
    ]


def test_no_file_under_tests_points_beside_the_checkout():
    files = list(text_files())

    found = [line for path in files for line in lines_naming_the_folder(path)]

    assert len(files) > 100  # the walk really saw the tests
    assert found == []


@pytest.mark.parametrize(
    "line",
    [
        'DEV = Path(__file__).resolve().parents[3].parent / "FOLDER" / "data" / "dev"',
        "DATA = '../FOLDER/data/dev/jobs.jsonl'",
        'os.path.join(REPO, "..", "FOLDER", "data")',
        "cat /work/FOLDER/data/dev/tasks.jsonl",
        r"..\FOLDER\data",
    ],
)
def test_each_way_of_naming_the_folder_is_caught(line):
    # Spelt out only here, so that no file under tests/ holds such a path, this one included.
    assert NAMES_THE_FOLDER.search(line.replace("FOLDER", "shared"))


@pytest.mark.parametrize(
    "line",
    [
        '"""Fixtures shared by every test: real databases."""',
        "def test_needs_not_shared_do_not_keep_a_person_from_a_recruiter(api):",
        "shared = set(world.people) - set(world.private)",
        '{"share_needs_with_employers": true}',
    ],
)
def test_the_word_in_prose_or_names_is_not_a_path(line):
    assert not NAMES_THE_FOLDER.search(line)
