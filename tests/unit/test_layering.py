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
