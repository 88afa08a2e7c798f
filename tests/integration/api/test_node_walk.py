"""Every type implementing Node: made through the API, resolved by `node(id)` as those who
may see it (the object, as its usual path shows it) and as strangers (null, unless public).

A new Node type fails `test_every_node_type_has_a_factory` until it gets a factory here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from graphql import GraphQLInterfaceType, build_schema

from schema.schema import sdl
from tests.api import GraphQLClient

HENGGU = "聊城市恒固新型建材有限公司"
GUAIBAO = "聊城乖宝宠物食品有限公司"
YUYUAN = "御苑社区"
DONGGUAN = "东关社区"
SOON = datetime.now(UTC) + timedelta(days=10)


def node_types() -> list[str]:
    schema = build_schema(sdl())
    node = schema.get_type("Node")
    assert isinstance(node, GraphQLInterfaceType)
    return sorted(kind.name for kind in schema.get_possible_types(node))


@dataclass
class World:
    api: GraphQLClient
    make_token: Callable[..., str]

    def read(self, query: str, token: str | None = None, **variables: Any) -> dict[str, Any]:
        return self.api.data(query, variables, token)

    def mutate(self, query: str, token: str | None, /, **input: Any) -> dict[str, Any]:
        """The payload of the mutation `query` runs, which must succeed."""
        (payload,) = self.api.data(query, {"input": input}, token).values()
        assert payload["userErrors"] == [], payload["userErrors"]
        return payload

    def first_node(self, query: str, token: str | None = None, **variables: Any) -> Any:
        """The first node of the only connection `query` reads."""
        (connection,) = self.read(query, token, **variables).values()
        return connection["edges"][0]["node"]


@dataclass
class Made:
    """One object of a Node type, with the id its maker was given."""

    id: str
    fields: str
    # The object read through its usual path (`id` and `fields`), as `viewers[0]`.
    usual: dict[str, Any]
    viewers: list[str]
    strangers: list[str] = field(default_factory=list)
    public: bool = False


def payload_query(name: str, input_type: str, selection: str) -> str:
    return (
        f"mutation ($input: {input_type}!) {{ {name}(input: $input) "
        f"{{ {selection} userErrors {{ field message code }} }} }}"
    )


POST_JOB = payload_query("postJob", "PostJobInput", "job { id employer { id } }")
CREATE_STREAM = payload_query("createLiveStream", "CreateLiveStreamInput", "liveStream { id }")
UPSERT_CANDIDATE = payload_query(
    "upsertCandidateProfile", "UpsertCandidateProfileInput", "candidate { id }"
)
APPLY = payload_query("applyToJob", "ApplyToJobInput", "application { id }")
CREATE_TASK = payload_query("createTask", "CreateTaskInput", "task { id }")
UPSERT_VOLUNTEER = payload_query(
    "upsertVolunteerProfile", "UpsertVolunteerProfileInput", "volunteer { id }"
)
SIGN_UP = payload_query("signUpForTask", "SignUpForTaskInput", "signUp { id }")
CREATE_REWARD = payload_query("createReward", "CreateRewardInput", "reward { id }")
SUBMIT_REQUEST = payload_query("submitRequest", "SubmitRequestInput", "request { id }")
ROUTE_REQUEST = payload_query("routeRequest", "RouteRequestInput", "request { id }")
ASK = """
query ($jobId: ID!) { askAboutJob(jobId: $jobId, question: "周末双休吗？") { source } }
"""


def job_post(world: World) -> Made:
    recruiter = world.make_token("recruiter", employer=HENGGU)
    made = world.mutate(POST_JOB, recruiter, title="搅拌站操作员")["job"]
    fields = "title status employer { name }"
    return Made(
        id=made["id"],
        fields=fields,
        usual=world.first_node(f"{{ jobs(first: 1) {{ edges {{ node {{ id {fields} }} }} }} }}"),
        viewers=[recruiter],
        strangers=[world.make_token("seeker"), world.make_token("recruiter", employer=GUAIBAO)],
        public=True,
    )


def employer(world: World) -> Made:
    recruiter = world.make_token("recruiter", employer=HENGGU)
    made = world.mutate(POST_JOB, recruiter, title="搅拌站操作员")["job"]
    return Made(
        id=made["employer"]["id"],
        fields="name",
        usual=world.first_node("{ employers(first: 1) { edges { node { id name } } } }"),
        viewers=[recruiter],
        strangers=[world.make_token("seeker")],
        public=True,
    )


def live_stream(world: World) -> Made:
    recruiter = world.make_token("recruiter", employer=HENGGU)
    made = world.mutate(
        CREATE_STREAM,
        recruiter,
        title="恒固建材招聘直播",
        scheduledStart=SOON.isoformat(),
    )["liveStream"]
    fields = "title status employer { name }"
    return Made(
        id=made["id"],
        fields=fields,
        usual=world.first_node(
            f"{{ liveStreams(first: 1) {{ edges {{ node {{ id {fields} }} }} }} }}"
        ),
        viewers=[recruiter],
        strangers=[world.make_token("recruiter", employer=GUAIBAO)],
        public=True,
    )


def job_question(world: World) -> Made:
    recruiter = world.make_token("recruiter", employer=HENGGU)
    job = world.mutate(POST_JOB, recruiter, title="搅拌站操作员")["job"]
    assert world.read(ASK, jobId=job["id"])["askAboutJob"]["source"] == "PENDING"
    fields = "question askedCount answer job { id }"
    usual = world.first_node(
        f"{{ openQuestions(first: 1) {{ edges {{ node {{ id {fields} }} }} }} }}", recruiter
    )
    return Made(
        id=usual["id"],
        fields=fields,
        usual=usual,
        viewers=[recruiter, world.make_token("admin")],
        strangers=[world.make_token("recruiter", employer=GUAIBAO), world.make_token("seeker")],
    )


def candidate_profile(world: World) -> Made:
    seeker = world.make_token("seeker", name="王晓梅")
    made = world.mutate(UPSERT_CANDIDATE, seeker, name="王晓梅", phone="13800000000")["candidate"]
    fields = "name phone visibleToEmployers"
    return Made(
        id=made["id"],
        fields=fields,
        usual=world.read(f"{{ viewer {{ candidate {{ id {fields} }} }} }}", seeker)["viewer"][
            "candidate"
        ],
        viewers=[seeker, world.make_token("admin")],
        strangers=[
            world.make_token("seeker", name="李明"),
            world.make_token("recruiter", employer=HENGGU),
        ],
    )


def application(world: World) -> Made:
    recruiter = world.make_token("recruiter", employer=HENGGU)
    job = world.mutate(POST_JOB, recruiter, title="搅拌站操作员")["job"]
    seeker = world.make_token("seeker", name="王晓梅")
    world.mutate(UPSERT_CANDIDATE, seeker, name="王晓梅")
    made = world.mutate(APPLY, seeker, jobId=job["id"])["application"]
    fields = "status job { id } candidate { name }"
    return Made(
        id=made["id"],
        fields=fields,
        usual=world.first_node(
            f"{{ applications(first: 1) {{ edges {{ node {{ id {fields} }} }} }} }}", seeker
        ),
        viewers=[seeker, recruiter],
        strangers=[
            world.make_token("seeker", name="李明"),
            world.make_token("recruiter", employer=GUAIBAO),
        ],
    )


def new_task(world: World, coordinator: str) -> str:
    return world.mutate(
        CREATE_TASK,
        coordinator,
        title="助老理发",
        startsAt=SOON.isoformat(),
        endsAt=(SOON + timedelta(hours=2)).isoformat(),
    )["task"]["id"]


def task(world: World) -> Made:
    coordinator = world.make_token("coordinator", community=YUYUAN)
    fields = "title status community slots"
    return Made(
        id=new_task(world, coordinator),
        fields=fields,
        usual=world.first_node(f"{{ tasks(first: 1) {{ edges {{ node {{ id {fields} }} }} }} }}"),
        viewers=[coordinator],
        strangers=[
            world.make_token("volunteer"),
            world.make_token("coordinator", community=DONGGUAN),
        ],
        public=True,
    )


def volunteer(world: World) -> Made:
    token = world.make_token("volunteer", name="小李")
    made = world.mutate(UPSERT_VOLUNTEER, token, community=YUYUAN, skills=["理发"])["volunteer"]
    fields = "name community skills"
    return Made(
        id=made["id"],
        fields=fields,
        usual=world.read(f"{{ myVolunteerProfile {{ id {fields} }} }}", token)[
            "myVolunteerProfile"
        ],
        viewers=[token, world.make_token("coordinator", community=YUYUAN)],
        strangers=[
            world.make_token("volunteer", name="小王"),
            world.make_token("coordinator", community=DONGGUAN),
        ],
    )


def sign_up(world: World) -> Made:
    coordinator = world.make_token("coordinator", community=YUYUAN)
    token = world.make_token("volunteer", name="小李")
    profile = world.mutate(UPSERT_VOLUNTEER, token, community=YUYUAN)
    made = world.mutate(SIGN_UP, token, taskId=new_task(world, coordinator))
    fields = "status task { title } volunteer { name }"
    record = world.read(
        f"query ($id: ID!) {{ serviceRecord(volunteerId: $id) "
        f"{{ entries {{ signUp {{ id {fields} }} }} }} }}",
        token,
        id=profile["volunteer"]["id"],
    )
    return Made(
        id=made["signUp"]["id"],
        fields=fields,
        usual=record["serviceRecord"]["entries"][0]["signUp"],
        viewers=[token, coordinator],
        strangers=[
            world.make_token("volunteer", name="小王"),
            world.make_token("coordinator", community=DONGGUAN),
        ],
    )


def reward(world: World) -> Made:
    coordinator = world.make_token("coordinator", community=YUYUAN)
    made = world.mutate(CREATE_REWARD, coordinator, name="食用油", points=10, stock=5)["reward"]
    fields = "name points stock"
    return Made(
        id=made["id"],
        fields=fields,
        usual=world.first_node(f"{{ rewards(first: 1) {{ edges {{ node {{ id {fields} }} }} }} }}"),
        viewers=[coordinator],
        strangers=[world.make_token("volunteer")],
        public=True,
    )


REQUEST_FIELDS = "text status team"
COMMUNITY_REQUESTS = f"""
{{ communityRequests(first: 1) {{ edges {{ node {{ id {REQUEST_FIELDS} suggestedTeam }} }} }} }}
"""


def submitted_request(world: World) -> tuple[str, str]:
    """A resident's request in 御苑社区 (which a coordinator's reward made known): its
    BoardRequest id and a coordinator's token."""
    coordinator = world.make_token("coordinator", community=YUYUAN)
    world.mutate(CREATE_REWARD, coordinator, name="食用油", points=10)
    made = world.mutate(SUBMIT_REQUEST, None, community=YUYUAN, text="楼道灯坏了")
    return made["request"]["id"], coordinator


def board_request(world: World) -> Made:
    made, coordinator = submitted_request(world)
    routed = world.first_node(COMMUNITY_REQUESTS, coordinator)["id"]
    world.mutate(ROUTE_REQUEST, coordinator, id=routed, team="PARTY_WARMTH")
    return Made(
        id=made,
        fields=REQUEST_FIELDS,
        usual=world.first_node(
            f"query ($community: String!) {{ publicBoard(community: $community) "
            f"{{ edges {{ node {{ id {REQUEST_FIELDS} }} }} }} }}",
            community=YUYUAN,
        ),
        viewers=[coordinator],
        strangers=[
            world.make_token("volunteer"),
            world.make_token("coordinator", community=DONGGUAN),
        ],
        public=True,
    )


def community_request(world: World) -> Made:
    _, coordinator = submitted_request(world)
    usual = world.first_node(COMMUNITY_REQUESTS, coordinator)
    return Made(
        id=usual["id"],
        fields=f"{REQUEST_FIELDS} suggestedTeam",
        usual=usual,
        viewers=[coordinator, world.make_token("admin")],
        strangers=[
            world.make_token("volunteer"),
            world.make_token("coordinator", community=DONGGUAN),
        ],
    )


# Every Node type, by name: how to make one and who should see it.
FACTORIES: dict[str, Callable[[World], Made]] = {
    "JobPost": job_post,
    "Employer": employer,
    "LiveStream": live_stream,
    "JobQuestion": job_question,
    "CandidateProfile": candidate_profile,
    "Application": application,
    "Task": task,
    "Volunteer": volunteer,
    "SignUp": sign_up,
    "Reward": reward,
    "BoardRequest": board_request,
    "CommunityRequest": community_request,
}

INTROSPECT = "{ __schema { types { name interfaces { name } } } }"


def node(world: World, type_name: str, fields: str, id: str, token: str | None) -> Any:
    query = (
        f"query ($id: ID!) {{ node(id: $id) "
        f"{{ __typename id ... on {type_name} {{ {fields} }} }} }}"
    )
    return world.read(query, token, id=id)["node"]


def test_every_node_type_has_a_factory(api):
    served = api.data(INTROSPECT)["__schema"]["types"]
    nodes = [kind["name"] for kind in served if {"name": "Node"} in (kind["interfaces"] or [])]

    assert sorted(nodes) == node_types()
    assert sorted(FACTORIES) == node_types(), "add a factory for each new Node type"


@pytest.mark.parametrize("type_name", node_types())
def test_node_resolves_for_those_who_may_see_it_and_no_one_else(api, make_token, type_name):
    world = World(api, make_token)
    made = FACTORIES[type_name](world)
    object_id = made.id
    expected = {"__typename": type_name, **made.usual}

    owner, *others = made.viewers
    as_owner = node(world, type_name, made.fields, object_id, owner)
    as_others = [node(world, type_name, made.fields, object_id, token) for token in others]
    as_strangers = [
        node(world, type_name, made.fields, object_id, token) for token in [*made.strangers, None]
    ]

    assert made.usual["id"] == object_id
    assert as_owner == expected
    assert [found and found["id"] for found in as_others] == [object_id] * len(others)
    assert as_strangers == [expected if made.public else None] * len(as_strangers)
