"""The cost of an operation, estimated from its document before anything runs.

Semantics of the cost directives: resolving a field costs its `@cost` weight once (a root
mutation field without one, `mutation_weight`), and every object it returns costs its
type's `@cost` weight, else 1 (scalars 0), plus its selection. A list field returns as many
objects as its slicing argument says (`first`), else `assumedSize`, else
`default_list_size`; with `sizedFields`, that size applies to the named children (a
connection's `edges`) instead. Fragments on different concrete types of an abstract field
cost the most expensive of them, as only one applies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SchemaMetaFieldDef,
    SelectionSetNode,
    TypeMetaFieldDef,
    get_named_type,
    is_composite_type,
    value_from_ast_untyped,
)

from engine.paging import MAX_PAGE_SIZE
from schema.limits.directives import Cost, ListSize


@dataclass(frozen=True, slots=True)
class Weights:
    default_list_size: int = 50
    mutation_weight: int = 10


@dataclass(frozen=True, slots=True)
class _FieldRule:
    weight: int | None
    list_size: ListSize | None


@dataclass(frozen=True, slots=True)
class Tally:
    cost: int
    fields: int
    # An introspection list field asked for again inside itself (`fields { type { fields`):
    # harmless once, exponential when repeated, and never needed by a real client.
    repeated_introspection: str | None = None


def estimate(
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    fragments: Mapping[str, FragmentDefinitionNode],
    variables: Mapping[str, Any] | None,
    weights: Weights = Weights(),
) -> Tally:
    """The operation's cost and how many fields it selects (fragments expanded)."""
    root = schema.get_root_type(operation.operation)
    if root is None:
        return Tally(0, 0)
    walker = _Walker(schema, fragments, variables or {}, weights)
    cost = walker.selection(operation.selection_set, root, root_of=operation.operation)
    return Tally(cost, walker.fields, walker.repeated_introspection)


class _Walker:
    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: Mapping[str, Any],
        weights: Weights,
    ):
        self.schema = schema
        self.fragments = fragments
        self.variables = variables
        self.weights = weights
        self.fields = 0
        self.repeated_introspection: str | None = None

    def selection(
        self,
        selection_set: SelectionSetNode | None,
        parent: GraphQLNamedType,
        *,
        root_of: OperationType | None = None,
        sized: Mapping[str, int] | None = None,
        seen: frozenset[str] = frozenset(),
        lists: frozenset[str] | None = None,
    ) -> int:
        if selection_set is None:
            return 0
        common = 0
        by_type: dict[str, int] = {}
        for node in selection_set.selections:
            if isinstance(node, FieldNode):
                common += self.field(
                    node, parent, root_of=root_of, sized=sized, seen=seen, lists=lists
                )
                continue
            if isinstance(node, FragmentSpreadNode):
                name = node.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:
                    continue
                condition, inner = fragment.type_condition, fragment.selection_set
                inner_seen = seen | {name}
            else:
                assert isinstance(node, InlineFragmentNode)
                condition, inner, inner_seen = node.type_condition, node.selection_set, seen
            target = self.schema.get_type(condition.name.value) if condition else parent
            if target is None:
                continue
            cost = self.selection(
                inner, target, root_of=root_of, sized=sized, seen=inner_seen, lists=lists
            )
            if target.name == parent.name or not isinstance(target, GraphQLObjectType):
                common += cost
            else:
                by_type[target.name] = by_type.get(target.name, 0) + cost
        return common + max(by_type.values(), default=0)

    def field(
        self,
        node: FieldNode,
        parent: GraphQLNamedType,
        *,
        root_of: OperationType | None,
        sized: Mapping[str, int] | None,
        seen: frozenset[str],
        lists: frozenset[str] | None,
    ) -> int:
        self.fields += 1
        name = node.name.value
        if name in INTROSPECTION_ROOTS or lists is not None:
            self._introspection(node, parent, seen, lists or frozenset())
            return 0
        definition = _field(self.schema, parent, name)
        if definition is None:
            return 0
        named = get_named_type(definition.type)
        rule = _rule(definition)
        own = rule.weight
        if own is None and root_of is OperationType.MUTATION:
            own = self.weights.mutation_weight
        arguments = self._arguments(node, definition)
        size = 1
        children_sized: dict[str, int] | None = None
        if rule.list_size is not None and rule.list_size.sized_fields:
            children_sized = dict.fromkeys(
                rule.list_size.sized_fields, self._size(rule.list_size, arguments)
            )
        elif _is_list(definition.type):
            if sized is not None and name in sized:
                size = sized[name]
            else:
                size = self._size(rule.list_size, arguments)
        inner = self.selection(node.selection_set, named, sized=children_sized, seen=seen)
        return (own or 0) + size * (_type_weight(named) + inner)

    def _introspection(
        self,
        node: FieldNode,
        parent: GraphQLNamedType,
        seen: frozenset[str],
        lists: frozenset[str],
    ) -> None:
        """Introspection is answered from memory and costs nothing, but a list field may
        appear once on a path."""
        name = node.name.value
        definition = INTROSPECTION_ROOTS.get(name) or _field(self.schema, parent, name)
        if definition is None:
            return
        if _is_list(definition.type):
            if name in lists:
                self.repeated_introspection = self.repeated_introspection or name
                return
            lists = lists | {name}
        named = get_named_type(definition.type)
        self.selection(node.selection_set, named, seen=seen, lists=lists)

    def _size(self, rule: ListSize | None, arguments: Mapping[str, Any]) -> int:
        if rule is not None:
            values = [
                arguments.get(argument)
                for argument in rule.slicing_arguments or ()
                if isinstance(arguments.get(argument), int)
            ]
            if values:
                # A larger `first` is refused by its resolver, with a clearer error.
                return max(0, min(max(values), MAX_PAGE_SIZE))
            if isinstance(rule.assumed_size, int):
                return rule.assumed_size
        return self.weights.default_list_size

    def _arguments(self, node: FieldNode, definition: GraphQLField) -> dict[str, Any]:
        given = {
            argument.name.value: value_from_ast_untyped(argument.value, self.variables)
            for argument in node.arguments or ()
        }
        for name, argument in definition.args.items():
            # Absent, null, or a variable without a value: the argument's default applies.
            if not isinstance(given.get(name), int) and isinstance(argument.default_value, int):
                given[name] = argument.default_value
        return given


INTROSPECTION_ROOTS = {"__schema": SchemaMetaFieldDef, "__type": TypeMetaFieldDef}


def _field(schema: GraphQLSchema, parent: GraphQLNamedType, name: str) -> GraphQLField | None:
    if name == "__typename":
        return None
    fields = getattr(parent, "fields", None)
    return fields.get(name) if fields is not None else None


def _rule(definition: GraphQLField) -> _FieldRule:
    strawberry_field = definition.extensions.get("strawberry-definition")
    directives = getattr(strawberry_field, "directives", None) or ()
    weight = next((int(d.weight) for d in directives if isinstance(d, Cost)), None)
    list_size = next((d for d in directives if isinstance(d, ListSize)), None)
    return _FieldRule(weight, list_size)


def _type_weight(named: GraphQLNamedType) -> int:
    definition = named.extensions.get("strawberry-definition")
    directives = getattr(definition, "directives", None) or ()
    declared = next((int(d.weight) for d in directives if isinstance(d, Cost)), None)
    if declared is not None:
        return declared
    return 1 if is_composite_type(named) else 0


def _is_list(type_: Any) -> bool:
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    return isinstance(type_, GraphQLList)
