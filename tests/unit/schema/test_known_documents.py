"""A query text found valid is parsed once, kept by its digest, and still refused where the
request's own limits say so."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest
import strawberry.schema.schema as strawberry_schema

from engine.config import Limits, Settings
from schema.limits import known_documents
from schema.schema import schema


def context(**limits: int) -> SimpleNamespace:
    return SimpleNamespace(settings=Settings(limits=dataclasses.replace(Limits(), **limits)))


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts strawberry parsed, in order (the real parser still does the parsing)."""
    seen: list[str] = []
    real = strawberry_schema.parse

    def counted(query: str, **options: object) -> object:
        seen.append(query)
        return real(query, **options)

    monkeypatch.setattr(strawberry_schema, "parse", counted)
    monkeypatch.setattr(known_documents, "_valid", type(known_documents._valid)())
    return seen


@pytest.mark.anyio
async def test_a_valid_text_is_parsed_once(parses: list[str]):
    query = "query Known { __typename }"
    for _ in range(3):
        result = await schema.execute(query, context_value=context())
        assert result.errors is None and result.data == {"__typename": "Query"}

    assert parses == [query]


@pytest.mark.anyio
async def test_an_invalid_text_is_parsed_and_refused_every_time(parses: list[str]):
    query = "query Unknown { nope }"
    results = [await schema.execute(query, context_value=context()) for _ in range(2)]

    assert all(r.errors and "nope" in r.errors[0].message for r in results)
    assert parses == [query, query]
    assert not known_documents._valid


@pytest.mark.anyio
async def test_texts_are_kept_by_their_digest_not_their_text(parses: list[str]):
    padding = "#" + "x" * 100_000 + "\n"
    result = await schema.execute(padding + "{ __typename }", context_value=context())

    assert result.errors is None
    ((digest, _, _),) = known_documents._valid
    assert isinstance(digest, bytes) and len(digest) == 32


FLAT = "{ a: __typename b: __typename c: __typename }"
NESTED = "{ liveStreams(first: 1) { edges { node { id } } } }"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("query", "limit", "code", "parsed"),
    [
        # The token limit is part of the key: parsed again, and refused by the parser.
        (FLAT, {"max_tokens": 5}, "TOKEN_LIMIT", 2),
        # Depth and aliases are rules of the request: not parsed again, still refused.
        (FLAT, {"max_aliases": 2}, "ALIAS_LIMIT", 1),
        (NESTED, {"max_depth": 1}, "DEPTH_LIMIT", 1),
    ],
)
async def test_a_known_text_is_still_held_to_the_requests_own_limits(
    parses: list[str], query: str, limit: dict[str, int], code: str, parsed: int
):
    await schema.execute(query, context_value=context())  # no database here: valid is enough
    assert len(known_documents._valid) == 1

    refused = await schema.execute(query, context_value=context(**limit))

    assert refused.errors and refused.errors[0].extensions["code"] == code
    assert parses == [query] * parsed


def test_only_so_many_texts_are_kept(parses: list[str]):
    for number in range(known_documents.KEPT + 5):
        known_documents._remember((bytes([number % 256]) * 32, number, ()), object())

    assert len(known_documents._valid) == known_documents.KEPT


INTROSPECT = "query Types { __schema { types { name } } }"


@pytest.mark.anyio
async def test_a_text_valid_with_introspection_on_is_refused_when_it_is_off(parses: list[str]):
    allowed = await schema.execute(INTROSPECT, context_value=context())
    assert not allowed.errors

    closed = SimpleNamespace(settings=dataclasses.replace(Settings(), introspection=False))
    refused = await schema.execute(INTROSPECT, context_value=closed)

    assert refused.errors
    assert parses == [INTROSPECT, INTROSPECT]  # another set of document rules: checked anew


def test_a_rule_that_visits_nodes_is_still_walked_through_the_document():
    from graphql import GraphQLError, ValidationRule, parse

    class EveryField(ValidationRule):
        def enter_field(self, node, *_):
            self.report_error(GraphQLError(f"seen {node.name.value}"))

    class AtMaking(ValidationRule):
        def __init__(self, context):
            super().__init__(context)
            context.report_error(GraphQLError("made"))

    document = parse(FLAT)
    walked = known_documents._checked(schema._schema, document, (AtMaking, EveryField))
    made = known_documents._checked(schema._schema, document, (AtMaking,))

    assert [error.message for error in made] == ["made"]
    assert "made" in [error.message for error in walked] and len(walked) > 1
