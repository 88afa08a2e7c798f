"""Imports flow one way: schema → engine → matchers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {
    "matchers": {"engine", "schema", "sqlalchemy", "strawberry", "starlette"},
    "engine": {"schema", "strawberry", "starlette"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_upwards(package):
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_roots(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
        if imported_roots(path) & FORBIDDEN[package]
    }
    assert offenders == {}


def test_the_check_would_see_an_upward_import(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("from schema.app import create_app\nimport strawberry\n")
    assert imported_roots(module) >= {"schema", "strawberry"}


def test_resolvers_do_not_query_the_database_themselves():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "schema").rglob("*.py")
        if "select(" in path.read_text(encoding="utf-8")
        or "session.add" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


# Within matchers, each level imports only from the levels before it: the shared modules
# (records, vocabulary, ranking, sparse), then taxonomy, then text, then the three that use them.
MATCHER_LEVELS = [
    {"records", "vocabulary", "ranking", "sparse"},
    {"taxonomy"},
    {"text"},
    {"jobs", "volunteers", "speech"},
]


def matcher_part(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "matchers" and len(parts) > 1 else None


def imported_matcher_parts(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "matchers":
                found.update(alias.name for alias in node.names)
            elif (part := matcher_part(node.module)) is not None:
                found.add(part)
        elif isinstance(node, ast.Import):
            found.update(p for alias in node.names if (p := matcher_part(alias.name)))
    return found


def level_of(part: str) -> int:
    return next(i for i, level in enumerate(MATCHER_LEVELS) if part in level)


def below(part: str, own: str) -> bool:
    """The shared modules may use each other; every other part uses only lower levels."""
    return level_of(part) < level_of(own) or level_of(part) == level_of(own) == 0


def test_every_part_of_matchers_has_a_level():
    parts = {path.stem for path in (ROOT / "matchers").glob("*.py") if path.stem != "__init__"}
    parts |= {
        path.name for path in (ROOT / "matchers").iterdir() if (path / "__init__.py").is_file()
    }
    assert parts == set().union(*MATCHER_LEVELS)


def test_matchers_import_only_from_their_own_level_down_and_not_sideways():
    offenders = {}
    for path in (ROOT / "matchers").rglob("*.py"):
        own = path.relative_to(ROOT / "matchers").parts[0].removesuffix(".py")
        if own == "__init__":
            continue
        wrong = {part for part in imported_matcher_parts(path) - {own} if not below(part, own)}
        if wrong:
            offenders[str(path.relative_to(ROOT))] = sorted(wrong)
    assert offenders == {}


def test_the_matchers_check_would_see_an_upward_import(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("from matchers.jobs.scoring import WEIGHTS\nfrom matchers import speech\n")
    assert imported_matcher_parts(module) == {"jobs", "speech"}
