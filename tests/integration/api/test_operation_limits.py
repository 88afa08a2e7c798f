"""The limits are settings: a deployment that sets them gets them, in-process on both databases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from engine.config import Settings
from schema.app import create_app
from tests.api import GraphQLClient

PAGE = "query ($n: Int) { jobs(first: $n) { edges { node { title } } } }"


@pytest.fixture
def strict(database_url: str) -> Iterator[GraphQLClient]:
    settings = Settings.from_env(
        {
            "CIVICMATCH_DATABASE_URL": database_url,
            "CIVICMATCH_MAX_COST": "50",
            "CIVICMATCH_MAX_DEPTH": "3",
            "CIVICMATCH_MAX_ALIASES": "2",
            "CIVICMATCH_MAX_FIELDS": "12",
            "CIVICMATCH_MAX_TEXT_LENGTH": "10",
        }
    )
    with TestClient(create_app(settings)) as client:
        yield GraphQLClient(client)


def only_error(body: dict) -> dict:
    assert body.get("data") is None, body
    (error,) = body["errors"]
    return error


def test_an_operation_over_the_configured_cost_is_refused_with_its_estimate(strict):
    error = only_error(strict.execute(PAGE, {"n": 30}))

    assert error["extensions"] == {"code": "COST_LIMIT", "cost": 61, "limit": 50}


def test_an_operation_within_the_cost_runs_and_reports_it(strict):
    body = strict.execute(PAGE, {"n": 20})

    assert body["data"] == {"jobs": {"edges": []}}
    assert body["extensions"] == {"cost": {"estimated": 41, "limit": 50}}


def test_depth_aliases_and_fields_are_limited_as_configured(strict):
    deep = "{ liveStreams(first: 1) { edges { node { jobs(first: 1) { job { title } } } } } }"
    aliased = "{ a: __typename b: __typename c: __typename }"
    leaves = "id title description skills majors location housing travel salaryMin salaryMax"
    wide = "{ jobs(first: 1) { edges { node { " + leaves + " } } } }"

    assert only_error(strict.execute(deep))["extensions"]["code"] == "DEPTH_LIMIT"
    assert only_error(strict.execute(aliased))["extensions"]["code"] == "ALIAS_LIMIT"
    assert only_error(strict.execute(wide))["extensions"] == {
        "code": "FIELD_LIMIT",
        "fields": 3 + 10,
        "limit": 12,
    }


def test_strings_over_the_configured_length_are_refused_naming_the_argument(strict):
    body = strict.execute(
        "query ($s: String!) { jobs(filter: {search: $s}) { totalCount } }", {"s": "焊" * 11}
    )

    error = only_error(body)
    assert error["extensions"] == {"code": "TOO_LONG", "field": ["filter", "search"]}
    assert error["message"] == "filter.search: 长度为 11 个字符，最多允许 10 个"


def test_the_default_limits_let_an_ordinary_page_through(api):
    body = api.execute(PAGE, {"n": 200})

    assert "errors" not in body
    assert body["extensions"]["cost"] == {"estimated": 401, "limit": 20_000}


def test_the_type_meta_field_answers_and_its_name_is_checked_like_any_argument(strict):
    assert strict.data('{ __type(name: "Reward") { name } }') == {"__type": {"name": "Reward"}}

    body = strict.execute("query ($n: String!) { __type(name: $n) { name } }", {"n": "Reward\0"})

    assert body["data"] == {"__type": None}
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "INVALID_CHARACTERS", "field": ["name"]}
