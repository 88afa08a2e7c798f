"""Relay's compiler accepts the committed SDL: a `@refetchable` fragment on every Node type
and a `@connection` on every connection compile (tests/relay/src, artifacts in a temporary
folder). Without node or `npm ci --prefix tests/relay` the compile is skipped, unless
CIVICMATCH_REQUIRE_RELAY=1 (as in CI), which makes it fail.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    build_schema,
    get_named_type,
    parse,
    visit,
)

RELAY = Path(__file__).parent
SDL_PATH = RELAY.parents[1] / "schema" / "schema.graphql"
COMPILER = RELAY / "node_modules" / ".bin" / "relay-compiler"
REQUIRE_RELAY = "CIVICMATCH_REQUIRE_RELAY"
GRAPHQL_TAG = re.compile(r"graphql`(.*?)`", re.DOTALL)


@pytest.fixture(scope="module")
def sdl_schema() -> GraphQLSchema:
    return build_schema(SDL_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def documents() -> list[DocumentNode]:
    sources = sorted((RELAY / "src").glob("*.js"))
    return [parse(text) for source in sources for text in GRAPHQL_TAG.findall(source.read_text())]


@pytest.fixture
def compiler() -> Path:
    if shutil.which("node") is None or not COMPILER.exists():
        reason = "node or relay-compiler is missing (npm ci --prefix tests/relay)"
        if os.environ.get(REQUIRE_RELAY) == "1":
            pytest.fail(f"{reason}, and {REQUIRE_RELAY}=1")
        pytest.skip(reason)
    return COMPILER


def test_relay_compiles_the_fragments_against_the_committed_schema(compiler, tmp_path):
    # relay.config.json as committed, with its paths made absolute and artifacts kept out of
    # the repository; relay-compiler takes no artifactDirectory beside a config file.
    config = json.loads((RELAY / "relay.config.json").read_text())
    config["src"] = str((RELAY / config["src"]).resolve())
    config["schema"] = str((RELAY / config["schema"]).resolve())
    config["artifactDirectory"] = str(tmp_path / "__generated__")
    (tmp_path / "__generated__").mkdir()
    (tmp_path / "relay.config.json").write_text(json.dumps(config))

    compiled = subprocess.run(
        [str(compiler), str(tmp_path / "relay.config.json"), "--output", "quiet-with-errors"],
        cwd=RELAY,
        capture_output=True,
        text=True,
        check=False,
    )

    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    assert (tmp_path / "__generated__" / "RewardCardRefetchQuery.graphql.js").exists()


def test_every_node_type_has_a_refetchable_fragment(sdl_schema, documents):
    node = sdl_schema.get_type("Node")
    assert isinstance(node, GraphQLInterfaceType)
    refetchable = {
        definition.type_condition.name.value
        for document in documents
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
        and any(directive.name.value == "refetchable" for directive in definition.directives or ())
    }

    missing = {kind.name for kind in sdl_schema.get_possible_types(node)} - refetchable

    assert missing == set(), f"add a @refetchable fragment in tests/relay/src for {missing}"


def test_every_connection_has_a_connection_fragment(sdl_schema, documents):
    connections = {
        (kind.name, name)
        for kind in sdl_schema.type_map.values()
        if isinstance(kind, GraphQLObjectType) and not kind.name.startswith("__")
        for name, field in kind.fields.items()
        if get_named_type(field.type).name.endswith("Connection")
    }

    missing = connections - connection_fields(sdl_schema, documents)

    assert connections, "the schema has connections"
    assert missing == set(), f"add a @connection fragment in tests/relay/src for {missing}"


def connection_fields(schema: GraphQLSchema, documents: list[DocumentNode]) -> set[tuple[str, str]]:
    """(parent type, field) of every field the documents mark @connection."""
    found: set[tuple[str, str]] = set()
    type_info = TypeInfo(schema)

    class Connections(Visitor):
        def enter_field(self, node: FieldNode, *_: object) -> None:
            parent = type_info.get_parent_type()
            if parent is not None and any(
                d.name.value == "connection" for d in node.directives or ()
            ):
                found.add((parent.name, node.name.value))

    for document in documents:
        visit(document, TypeInfoVisitor(type_info, Connections()))
    return found
