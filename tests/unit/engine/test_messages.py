"""The catalogue: every message in every language, with the same parameters, each used, and
every key the code names in it. Scanned statically: keys are string literals in the code."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from datetime import datetime
from enum import Enum
from pathlib import Path

import pytest

from engine.accounts.models import Role
from engine.messages import CATALOGUE, LANGUAGES, Ref, render
from schema.schema import SDL_PATH

ROOT = Path(__file__).resolve().parents[3]
SOURCES = sorted([*(ROOT / "engine").rglob("*.py"), *(ROOT / "schema").rglob("*.py")])
NAMESPACES = {key.split(".")[0] for key in CATALOGUE}
KEY_SHAPE = re.compile(r"^[a-z][a-z_]*\.[a-z][a-z_]*$")
# Calls whose first argument is a message key.
TAKES_A_KEY = {
    "DomainError",
    "InvalidValue",
    "NotFound",
    "Conflict",
    "InvalidTransition",
    "AccessError",
    "PermissionDenied",
    "AuthenticationRequired",
    "Message",
    "render",
    "text",
    "notice",
    "summary",
    "_bad",
    "_message",
}


def _literals() -> Iterator[tuple[Path, int, str]]:
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield path, node.lineno, node.value


def _calls() -> Iterator[tuple[Path, ast.Call, str]]:
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                yield path, node, name


def _placeholders(template: str) -> set[tuple[str, str]]:
    return {
        (name, spec or "")
        for _, name, spec, _ in string.Formatter().parse(template)
        if name is not None
    }


def test_every_message_speaks_every_language():
    for key, templates in CATALOGUE.items():
        assert set(templates) == set(LANGUAGES), key
        assert all(text.strip() for text in templates.values()), key


def test_each_language_takes_the_same_parameters():
    for key, templates in CATALOGUE.items():
        expected = _placeholders(templates[LANGUAGES[0]])
        for language in LANGUAGES[1:]:
            assert _placeholders(templates[language]) == expected, (key, language)


def test_every_template_renders_with_its_parameters():
    moment = datetime(2026, 5, 1, 9, 30)
    for key, templates in CATALOGUE.items():
        params = {
            name: moment if "%" in spec else 1.5 if spec == "g" else "x"
            for name, spec in _placeholders(templates[LANGUAGES[0]])
        }
        for language in LANGUAGES:
            assert render(key, params, language=language)


def test_every_key_the_code_names_is_in_the_catalogue():
    unknown = [
        f"{path.relative_to(ROOT)}:{line}: {value}"
        for path, line, value in _literals()
        if KEY_SHAPE.match(value) and value.split(".")[0] in NAMESPACES and value not in CATALOGUE
    ]
    for path, call, name in _calls():
        first = call.args[0] if call.args else None
        if (
            name in TAKES_A_KEY
            and isinstance(first, ast.Constant)
            and isinstance(first.value, str)
            and first.value not in CATALOGUE
        ):
            unknown.append(f"{path.relative_to(ROOT)}:{call.lineno}: {first.value}")
    assert unknown == []


def test_every_catalogue_key_is_used():
    used = {value for _, _, value in _literals()}
    assert sorted(set(CATALOGUE) - used) == []


def test_errors_carry_keys_not_sentences():
    """No error is raised with finished text: its first argument is a key (or a name or
    lookup that holds one)."""
    sentences = [
        f"{path.relative_to(ROOT)}:{call.lineno}"
        for path, call, name in _calls()
        if name in TAKES_A_KEY - {"text", "notice", "summary"}
        and call.args
        and isinstance(call.args[0], ast.JoinedStr)
    ]
    assert sentences == []


def _ref_type_names() -> list[tuple[str, ast.expr]]:
    return [
        (f"{path.relative_to(ROOT)}:{call.lineno}", call.args[0])
        for path, call, name in _calls()
        if name == "Ref" and path.is_relative_to(ROOT / "engine") and call.args
    ]


def test_every_object_a_message_names_is_a_node_of_the_schema():
    """The GraphQL edge shows a Ref as the global id of its type name: the name must be the
    GraphQL type's own, or the id would not be the one the client sent."""
    nodes = set(re.findall(r"^type (\w+) implements [^{]*\bNode\b", SDL_PATH.read_text(), re.M))
    refs = _ref_type_names()
    assert refs, "no Ref found: the scan is broken"
    for where, name in refs:
        assert isinstance(name, ast.Constant), f"{where}: name the type with a literal"
        assert name.value in nodes, f"{where}: {name.value} is not a Node type"


class Colour(Enum):
    DARK_RED = "dark_red"


def test_the_edge_decides_how_objects_and_enum_values_read():
    params = {"role": Colour.DARK_RED, "roles": [Role.ADMIN, Role.RECRUITER]}
    assert render("access.role_required", params, language="en") == (
        "a dark_red token cannot do this; it needs one of: admin, recruiter"
    )
    shown = render("access.role_required", params, language="zh", enum=lambda member: member.name)
    assert shown == "DARK_RED 令牌无权进行此操作，需要以下角色之一：ADMIN、RECRUITER"
    job = {"job": Ref("JobPost", 35)}
    assert render("job_post.not_found", job, language="en") == "no job post with id 35"
    assert render("job_post.not_found", job, language="zh", ref=lambda r: "Sm9iUG9zdDozNQ==") == (
        "找不到岗位 Sm9iUG9zdDozNQ=="
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [("zh", "需要 80 积分，当前余额 10"), ("en", "needs 80 points; the balance is 10")],
)
def test_the_points_message_in_each_language(language, expected):  # type: ignore[no-untyped-def]
    params = {"needed": 80, "balance": 10}
    assert render("points.insufficient", params, language=language) == expected
