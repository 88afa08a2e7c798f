"""The GraphQL specification's parsing and validation of a document, done once per query text.

Clients send the same few documents again and again (they are written in the clients' code)
and parsing them and the rules that read the document alone cost more than running a small
query. A text found valid is remembered with its parsed document, by its SHA-256 digest (so a
hostile client's large unique texts are not kept; they only push others out of a bounded
number). A remembered text is not parsed again and is checked only by the rules that depend
on the request (the limits of schema/limits/guard.py read the variables and the settings).
A text not known to be valid is parsed and checked by every rule at once, as before, so
errors are the same. The token limit a text was parsed under is part of its key.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Iterator

from graphql import (
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    TypeInfo,
    ValidationContext,
    ValidationRule,
    Visitor,
    specified_rules,
    validate,
)
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import validate_document

KEPT = 512
# Rules that read the document alone: checked once per text (introspection's, when it is off,
# is one of them).
_DOCUMENT_RULES = frozenset((*specified_rules, NoSchemaIntrospectionCustomRule))
_Key = tuple[bytes, object, tuple[type, ...]]
_valid: OrderedDict[_Key, DocumentNode] = OrderedDict()


class KnownDocuments(SchemaExtension):
    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        self._key: _Key | None = None
        if context.query is not None and context.graphql_document is None:
            digest = hashlib.sha256(context.query.encode("utf-8", "surrogatepass")).digest()
            fixed = tuple(rule for rule in context.validation_rules if rule in _DOCUMENT_RULES)
            self._key = (digest, context.parse_options.get("max_tokens"), fixed)
            known = _valid.get(self._key)
            if known is not None:
                _valid.move_to_end(self._key)
                context.graphql_document = known
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        document, key = context.graphql_document, getattr(self, "_key", None)
        rules = tuple(context.validation_rules)
        if document is None or key is None or not rules:
            yield
            return
        if _valid.get(key) is document:
            per_request = tuple(rule for rule in rules if rule not in _DOCUMENT_RULES)
            errors = _checked(context.schema._schema, document, per_request)
        else:
            errors = validate_document(context.schema._schema, document, rules)
            if not errors:
                _remember(key, document)
        context.pre_execution_errors = errors
        yield


def _checked(
    schema: GraphQLSchema, document: DocumentNode, rules: tuple[type[ASTValidationRule], ...]
) -> list[GraphQLError]:
    """The request's own rules on a document known to be valid. The limits' rules (depth,
    aliases, cost) read the document when they are made and visit no node, so they are made
    and no visit follows: walking the whole document with the schema's type information
    cost a request about as much as its cost rule several times over."""
    if any(_visits(rule) for rule in rules):
        return validate(schema, document, rules)
    errors: list[GraphQLError] = []
    context = ValidationContext(schema, document, TypeInfo(schema), errors.append)
    for rule in rules:
        rule(context)
    return errors


def _visits(rule: type[ASTValidationRule]) -> bool:
    """Whether a rule has a method for visiting nodes (enter_field, leave …)."""
    own = (klass for klass in rule.__mro__ if klass not in _BASES)
    return any(name.startswith(("enter", "leave")) for klass in own for name in vars(klass))


_BASES = (ValidationRule, ASTValidationRule, Visitor, object)


def _remember(key: _Key, document: DocumentNode) -> None:
    _valid[key] = document
    while len(_valid) > KEPT:
        _valid.popitem(last=False)
