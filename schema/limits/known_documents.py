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

from graphql import DocumentNode, specified_rules, validate
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import validate_document

KEPT = 512
_DOCUMENT_RULES = frozenset(specified_rules)
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
            errors = validate(context.schema._schema, document, per_request) if per_request else []
        else:
            errors = validate_document(context.schema._schema, document, rules)
            if not errors:
                _remember(key, document)
        context.pre_execution_errors = errors
        yield


def _remember(key: _Key, document: DocumentNode) -> None:
    _valid[key] = document
    while len(_valid) > KEPT:
        _valid.popitem(last=False)
