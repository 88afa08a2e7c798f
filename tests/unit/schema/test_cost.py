"""The cost estimate of operations against the real schema, before anything runs."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import FragmentDefinitionNode, OperationDefinitionNode, parse

from schema.limits.cost import Tally, Weights, estimate
from schema.schema import schema

GRAPHQL_SCHEMA = schema._schema


def cost_of(document: str, variables: dict[str, Any] | None = None, **weights: int) -> Tally:
    parsed = parse(document)
    (operation,) = [d for d in parsed.definitions if isinstance(d, OperationDefinitionNode)]
    fragments = {
        d.name.value: d for d in parsed.definitions if isinstance(d, FragmentDefinitionNode)
    }
    return estimate(GRAPHQL_SCHEMA, operation, fragments, variables, Weights(**weights))


def test_scalars_are_free_and_typename_is_free():
    assert cost_of("{ __typename }").cost == 0


def test_a_connection_costs_its_page_size_times_each_edge_and_its_selection():
    # the connection 1, then per edge: the edge 1, the job 1, its employer 1
    tally = cost_of("{ jobs(first: 7) { totalCount edges { node { title employer { name } } } } }")

    assert tally.cost == 1 + 7 * 3


def test_the_page_size_comes_from_variables_or_the_arguments_default():
    query = "query ($n: Int) { jobs(first: $n) { edges { node { title } } } }"

    assert cost_of(query, {"n": 3}).cost == 1 + 3 * 2
    # jobs(first: Int = 20)
    assert cost_of(query, {}).cost == 1 + 20 * 2
    assert cost_of("{ jobs { edges { node { title } } } }").cost == 1 + 20 * 2


def test_a_page_larger_than_any_field_allows_is_priced_at_the_largest_its_resolver_refuses():
    assert cost_of("{ jobs(first: 1000000) { edges { node { title } } } }").cost == 1 + 200 * 2


def test_ranking_costs_its_weight_once_plus_each_match_and_its_reasons():
    tally = cost_of(
        '{ jobMatches(candidateId: "x", first: 4) { score job { title } reasons { code } } }'
    )

    # the ranking 300, then per match: the match 1, its job 1, ten reasons at most
    assert tally.cost == 300 + 4 * (1 + 1 + 10)


def test_a_text_search_sizes_its_matches_by_first():
    tally = cost_of('{ jobsForText(text: "焊工", first: 5) { matches { job { title } } } }')

    assert tally.cost == 300 + 1 + 5 * 2


def test_mutations_cost_the_mutation_weight_unless_they_declare_their_own():
    post = 'mutation { postJob(input: {title: "焊工"}) { job { id } } }'
    submit = 'mutation { submitRequest(input: {community: "c", text: "t"}) { followUpCode } }'

    assert cost_of(post, mutation_weight=10).cost == 10 + 1 + 1
    assert cost_of(post, mutation_weight=25).cost == 25 + 1 + 1
    assert cost_of(submit).cost == 100 + 1


def test_each_cycle_through_a_broadcasts_running_order_multiplies_the_cost():
    def cycle(times: int) -> str:
        selection = "title"
        for _ in range(times):
            selection = f"jobs {{ job {{ liveStream {{ {selection} }} }} }}"
        return '{ node(id: "x") { ... on LiveStream { ' + selection + " } } }"

    one, two = cost_of(cycle(1)).cost, cost_of(cycle(2)).cost

    assert one == 1 + 200 * 3
    assert two == 1 + 200 * (3 + 200 * 3)


def test_fragments_count_where_they_are_spread_and_as_often():
    tally = cost_of(
        """
        { a: jobs(first: 2) { ...Page } b: jobs(first: 3) { ...Page } }
        fragment Page on JobPostConnection { edges { node { title } } }
        """
    )

    assert tally.cost == (1 + 2 * 2) + (1 + 3 * 2)
    # a and b, then edges, node and title where each is spread
    assert tally.fields == 2 + 2 * 3


def test_fragments_on_different_types_cost_the_dearest_as_only_one_applies():
    tally = cost_of(
        """
        { node(id: "x") {
            ... on JobPost { employer { name } }
            ... on LiveStream { jobs(first: 4) { job { title } } }
        } }
        """
    )

    assert tally.cost == 1 + (4 * 2)


def test_a_list_without_a_known_size_is_priced_at_the_default_list_size():
    query = "{ campaigns { campaign } }"

    assert cost_of(query, default_list_size=50).cost == 50
    assert cost_of(query, default_list_size=7).cost == 7


@pytest.mark.parametrize(
    "query",
    [
        "{ __schema { types { fields { type { fields { name } } } } } }",
        '{ __type(name: "Query") { fields { type { ofType { fields { name } } } } } }',
    ],
)
def test_introspection_may_ask_for_each_list_once_on_a_path(query: str):
    assert cost_of(query).repeated_introspection == "fields"


def test_introspection_as_graphiql_asks_for_it_is_free_and_allowed():
    from graphql import get_introspection_query

    tally = cost_of(get_introspection_query(descriptions=True))

    assert tally == Tally(cost=0, fields=tally.fields, repeated_introspection=None)
