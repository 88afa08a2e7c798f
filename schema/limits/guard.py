"""Limits checked before any resolver runs: tokens, depth, aliases, fields and cost.

They run as validation rules, so queries, mutations and every subscription are refused
alike, with nothing executed; a successful answer reports its cost in `extensions`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import (
    FragmentDefinitionNode,
    GraphQLError,
    OperationDefinitionNode,
    ValidationContext,
    ValidationRule,
)
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import SchemaExtension
from strawberry.extensions.max_aliases import create_validator as aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule

from engine.config import Limits, Settings
from engine.messages import Message
from schema.errors import for_client, language_of
from schema.limits.cost import Tally, Weights, estimate

DEFAULT_SETTINGS = Settings()


class OperationLimits(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        settings = getattr(self.execution_context.context, "settings", DEFAULT_SETTINGS)
        limits: Limits = settings.limits
        self.limits = limits
        self.language = language_of(self.execution_context.context)
        self.tally: Tally | None = None
        # What strawberry's depth and alias rules found; the cost rule, instantiated after
        # them, reports one refusal for all.
        self.refusals: list[GraphQLError] = []
        self.execution_context.parse_options["max_tokens"] = limits.max_tokens
        rules: list[type[ASTValidationRule]] = [
            self._collected(
                depth_rule(limits.max_depth, None),
                "DEPTH_LIMIT",
                Message("api.depth_limit", {"limit": limits.max_depth}),
            ),
            self._collected(
                aliases_rule(limits.max_aliases),
                "ALIAS_LIMIT",
                Message("api.alias_limit", {"limit": limits.max_aliases}),
            ),
            self._cost_rule(),
        ]
        if not settings.introspection:
            rules.append(NoSchemaIntrospectionCustomRule)
        context = self.execution_context
        context.validation_rules = (*context.validation_rules, *rules)
        yield

    def get_results(self) -> dict[str, Any]:
        if self.tally is None:
            return {}
        return {"cost": {"estimated": self.tally.cost, "limit": self.limits.max_cost}}

    def _cost_rule(self) -> type[ValidationRule]:
        extension = self
        variables = self.execution_context.variables
        operation_name = self.execution_context.operation_name

        class CostLimit(ValidationRule):
            def __init__(self, context: ValidationContext):
                super().__init__(context)
                operation, fragments = _chosen(context, operation_name)
                if operation is None:
                    # Nothing will run (execution needs one operation); report what was found.
                    if extension.refusals:
                        context.report_error(min(extension.refusals, key=_priority))
                    return
                limits = extension.limits
                tally = estimate(
                    context.schema,
                    operation,
                    fragments,
                    variables,
                    Weights(limits.default_list_size, limits.mutation_weight),
                )
                extension.tally = tally
                refusals = [
                    *_refusals(tally, limits, operation, extension.language),
                    *extension.refusals,
                ]
                if refusals:
                    context.report_error(min(refusals, key=_priority))

        return CostLimit

    def _collected(
        self, rule: type[ValidationRule], code: str, message: Message
    ) -> type[ValidationRule]:
        """strawberry's rule, its errors given our message and `extensions.code` and kept for
        the cost rule."""
        refusals = self.refusals
        text = for_client(message, self.language)

        class Collected(rule):  # type: ignore[misc, valid-type]
            def __init__(self, context: ValidationContext):
                def collect(error: GraphQLError) -> None:
                    error.message = text
                    error.extensions = {**(error.extensions or {}), "code": code}
                    refusals.append(error)

                context.report_error = collect  # type: ignore[method-assign]
                try:
                    super().__init__(context)
                finally:
                    del context.report_error

        return Collected


# One refusal per operation, the one that says most about its size.
PRIORITY = ["COST_LIMIT", "DEPTH_LIMIT", "ALIAS_LIMIT", "FIELD_LIMIT", "INTROSPECTION_LIMIT"]


def _priority(error: GraphQLError) -> int:
    return PRIORITY.index((error.extensions or {}).get("code", PRIORITY[-1]))


def _chosen(
    context: ValidationContext, operation_name: str | None
) -> tuple[OperationDefinitionNode | None, dict[str, FragmentDefinitionNode]]:
    operations = []
    fragments = {}
    for definition in context.document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            operations.append(definition)
        elif isinstance(definition, FragmentDefinitionNode):
            fragments[definition.name.value] = definition
    if operation_name is not None:
        named = [op for op in operations if op.name and op.name.value == operation_name]
        return (named[0] if named else None), fragments
    return (operations[0] if len(operations) == 1 else None), fragments


def _refusals(
    tally: Tally, limits: Limits, operation: OperationDefinitionNode, language: str
) -> Iterator[GraphQLError]:
    if tally.cost > limits.max_cost:
        cost = {"cost": tally.cost, "limit": limits.max_cost}
        yield GraphQLError(
            for_client(Message("api.cost_limit", cost), language),
            [operation],
            extensions={"code": "COST_LIMIT", **cost},
        )
    if tally.fields > limits.max_fields:
        fields = {"fields": tally.fields, "limit": limits.max_fields}
        yield GraphQLError(
            for_client(Message("api.field_limit", fields), language),
            [operation],
            extensions={"code": "FIELD_LIMIT", **fields},
        )
    if tally.repeated_introspection is not None:
        repeated = {"field": tally.repeated_introspection}
        yield GraphQLError(
            for_client(Message("api.introspection_limit", repeated), language),
            [operation],
            extensions={"code": "INTROSPECTION_LIMIT"},
        )
