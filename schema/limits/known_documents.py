"""The GraphQL specification's validation of a document, done once per query text.

Clients send the same few documents again and again (they are written in the clients' code)
and those rules, which read the document alone, cost more than running a small query. A text
they found valid is remembered (a bounded number of texts: unique texts from a hostile client
only push others out); a remembered one is checked only by the rules that depend on the
request (the limits of schema/limits/guard.py read the variables and the settings). A text
not known to be valid is checked by every rule at once, as before, so errors are the same.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator

from graphql import specified_rules, validate
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import validate_document

KEPT = 512
_DOCUMENT_RULES = frozenset(specified_rules)
_valid: OrderedDict[tuple[str, tuple[type, ...]], None] = OrderedDict()


class KnownDocuments(SchemaExtension):
    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        document, text = context.graphql_document, context.query
        rules = tuple(context.validation_rules)
        if document is None or text is None or not rules:
            yield
            return
        fixed = tuple(rule for rule in rules if rule in _DOCUMENT_RULES)
        per_request = tuple(rule for rule in rules if rule not in _DOCUMENT_RULES)
        key = (text, fixed)
        if key in _valid:
            _valid.move_to_end(key)
            errors = validate(context.schema._schema, document, per_request) if per_request else []
        else:
            errors = validate_document(context.schema._schema, document, rules)
            if not errors:
                _remember(key)
        context.pre_execution_errors = errors
        yield


def _remember(key: tuple[str, tuple[type, ...]]) -> None:
    _valid[key] = None
    while len(_valid) > KEPT:
        _valid.popitem(last=False)
