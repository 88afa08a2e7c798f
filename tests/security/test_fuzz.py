"""Operations generated from the committed SDL, sent to a real `civicmatch serve`.

Whatever a client sends that the schema allows, the answer is data or a coded refusal,
never "Internal server error." (code INTERNAL) and never HTTP 500. Queries and mutations,
with an admin token and without one, on the demo SQLite server and on PostgreSQL (seeded
with the demo data). Strings carry control characters, ints reach 2**31 - 1, times reach
years 1 and 9999, ids name rows of the demo data or nothing at all. The search is
derandomised, so CI is stable; a failure names the operation, the answer and the server's
traceback.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import graphql
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, queries

from tests.security.conftest import Server

SDL = Path(__file__).parents[2] / "schema" / "schema.graphql"
SCHEMA = graphql.build_schema(SDL.read_text())
EXAMPLES = 150
INT_MAX = 2**31 - 1

# Text a real client would send, so that generated operations reach rows and rankings.
REALISTIC_TEXT = [
    "御苑社区",
    "东关社区",
    "柳园社区",
    "2023年春风行动",
    "26岁，环境设计专业，有岗位吗？",
    "这个搅拌站操作员的工作岗位，要求中专学历，薪资4500—6000元",
    "公司能解决住宿吗？",
    "3号楼2单元楼道灯坏了",
    "",
    " ",
]
# The types of global ids, by a word of the argument, input field or root field holding
# one; the first that matches wins, so `makeTaskFromRequest(input: {id})` names a request.
ID_TYPES = {
    "request": "CommunityRequest",
    "application": "Application",
    "candidate": "CandidateProfile",
    "employer": "Employer",
    "question": "JobQuestion",
    "stream": "LiveStream",
    "reward": "Reward",
    "signup": "SignUp",
    "volunteer": "Volunteer",
    "task": "Task",
    "job": "JobPost",
}
# An id generated well-formed, its type given by where it lands (see `typed_ids`).
UNTYPED = "untyped-id:"


def string_node(value: str) -> graphql.StringValueNode:
    return graphql.StringValueNode(value=value)


def int_node(value: int) -> graphql.IntValueNode:
    return graphql.IntValueNode(value=str(value))


def global_id(type_name: str, key: int | str) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{key}".encode()).decode()


INTS = st.one_of(
    st.integers(-2, 60),
    st.sampled_from([0, -1, INT_MAX, -INT_MAX - 1]),
    st.integers(-INT_MAX - 1, INT_MAX),
).map(int_node)
KEYS = st.one_of(st.integers(1, 60), st.sampled_from([0, -1, INT_MAX, INT_MAX + 1, 2**63, "x"]))
TEXT = st.one_of(
    st.sampled_from(REALISTIC_TEXT),
    st.builds(global_id, st.just("cursor"), KEYS),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=40),
    # Anything JSON can carry: NUL, C0 and C1 controls.
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40),
).map(string_node)
IDS = st.one_of(
    st.integers(1, 40).map(lambda key: string_node(f"{UNTYPED}{key}")),
    st.one_of(
        st.builds(global_id, st.sampled_from([*ID_TYPES.values(), "Account", ""]), KEYS).map(
            string_node
        ),
        TEXT,
        INTS,
    ),
)
EDGE_TIMES = ["0001-01-01T00:00:00", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00"]
DATETIMES = st.one_of(
    st.sampled_from(EDGE_TIMES),
    st.datetimes().map(lambda moment: moment.isoformat()),
    st.datetimes(timezones=st.timezones()).map(lambda moment: moment.isoformat()),
    st.text(max_size=25),
).map(string_node)
EDGE_DAYS = ["0001-01-01", "9999-12-31"]
DATES = st.one_of(
    st.sampled_from(EDGE_DAYS), st.dates().map(lambda day: day.isoformat()), st.text(max_size=12)
).map(string_node)
SCALARS = {"Int": INTS, "String": TEXT, "ID": IDS, "Date": DATES, "DateTime": DATETIMES}


class _TypedIds(graphql.Visitor):
    def enter_string_value(self, node, key, parent, path, ancestors):  # type: ignore[no-untyped-def]
        if not node.value.startswith(UNTYPED):
            return None
        number = int(node.value.removeprefix(UNTYPED))
        holders = [
            ancestor.name.value.lower()
            for ancestor in (*ancestors, parent)
            if isinstance(
                ancestor, graphql.FieldNode | graphql.ArgumentNode | graphql.ObjectFieldNode
            )
        ]
        for holder in reversed(holders):
            for word, type_name in ID_TYPES.items():
                if word in holder:
                    return string_node(global_id(type_name, number))
        # `node(id:)`: any type.
        types = list(ID_TYPES.values())
        return string_node(global_id(types[number % len(types)], number))


def typed_ids(document: graphql.DocumentNode) -> str:
    """The operation, its well-formed ids of the type their argument or field asks for."""
    return graphql.print_ast(graphql.visit(document, _TypedIds()))


def operations(generate: Callable[..., st.SearchStrategy[str]], root: object) -> st.SearchStrategy:
    """Operations on several root fields, and on one: a top-level error in one field stops
    its siblings, so a field alone goes further."""
    assert isinstance(root, graphql.GraphQLObjectType)
    options = {"custom_scalars": SCALARS, "print_ast": typed_ids}
    return st.one_of(
        generate(SCHEMA, **options),
        st.sampled_from(sorted(root.fields)).flatmap(
            lambda name: generate(SCHEMA, fields=[name], **options)
        ),
    )


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass
class Target:
    server: Server
    tokens: dict[str, str | None]


@pytest.fixture(scope="module")
def target(server: Server) -> Target:
    """The server, with the demo data (PostgreSQL's is seeded here), and a token per client."""
    if server.data("{ jobs(first: 1) { totalCount } }")["jobs"]["totalCount"] == 0:
        seeded = server.cli("seed")
        assert seeded.returncode == 0, seeded.stderr
    return Target(server, {"anonymous": None, "admin": server.token("admin")})


def assert_not_internal(target: Target, client: str, operation: str) -> None:
    log = target.server.cwd / "server.log"
    logged_before = log.stat().st_size
    response = target.server.post(operation, token=target.tokens[client])
    body = response.json()
    internal = [
        error
        for error in body.get("errors") or []
        if (error.get("extensions") or {}).get("code") == "INTERNAL"
    ]
    if response.status_code == 500 or internal:
        with log.open("rb") as server_log:
            server_log.seek(logged_before)
            traceback = server_log.read().decode(errors="replace")
        pytest.fail(
            f"{client}: HTTP {response.status_code}\n{operation}\n"
            f"answer: {json.dumps(body, ensure_ascii=False)[:2000]}\nserver log:\n{traceback}"
        )


@pytest.mark.parametrize("client", ["anonymous", "admin"])
@FUZZ
@given(operation=operations(queries, SCHEMA.query_type))
def test_no_generated_query_fails_internally(target: Target, client: str, operation: str):
    assert_not_internal(target, client, operation)


@pytest.mark.parametrize("client", ["anonymous", "admin"])
@FUZZ
@given(operation=operations(mutations, SCHEMA.mutation_type))
def test_no_generated_mutation_fails_internally(target: Target, client: str, operation: str):
    assert_not_internal(target, client, operation)


@pytest.mark.parametrize("moment", EDGE_TIMES)
def test_a_time_utc_cannot_hold_is_refused_not_failed(target: Target, moment: str):
    # Found by the fuzz run: 0001-01-01T00:00:00 (Asia/Shanghai) is in year 0 in UTC.
    body = target.server.post(
        "query ($since: DateTime) { statistics(since: $since) { resumes } }",
        {"since": moment},
        token=target.tokens["admin"],
    ).json()

    assert [error["extensions"]["code"] for error in body["errors"]] == ["INVALID_TIME"]


@pytest.mark.parametrize("day", EDGE_DAYS)
def test_a_week_utc_cannot_hold_is_refused_not_failed(target: Target, day: str):
    # Found by the fuzz run: the week from 0001-01-01 (Asia/Shanghai) starts in year 0 in UTC.
    data = target.server.data(
        "mutation ($input: ProposeAssignmentInput!) {"
        "  proposeAssignment(input: $input) { userErrors { field code } } }",
        {"input": {"weekStart": day}},
        token=target.tokens["admin"],
    )

    errors = data["proposeAssignment"]["userErrors"]
    assert errors == [{"field": ["input", "weekStart"], "code": "INVALID_TIME"}]
