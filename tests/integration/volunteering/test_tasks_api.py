from __future__ import annotations

CREATE = """
mutation ($input: CreateTaskInput!) {
  createTask(input: $input) {
    task { id title community slots confirmed }
    userErrors { field code }
  }
}
"""
UPDATE = """
mutation ($input: UpdateTaskInput!) {
  updateTask(input: $input) { task { slots } userErrors { field code } }
}
"""
PROFILE = """
mutation ($input: UpsertVolunteerProfileInput!) {
  upsertVolunteerProfile(input: $input) { volunteer { id community } userErrors { field code } }
}
"""
SIGN_UP = """
mutation ($input: SignUpForTaskInput!) {
  signUpForTask(input: $input) { signUp { id status } userErrors { field code } }
}
"""
CANCEL = """
mutation ($input: CancelSignUpInput!) {
  cancelSignUp(input: $input) { signUp { status } userErrors { field code } }
}
"""
TASKS = "{ tasks { totalCount edges { node { title confirmed community } } } }"

TASK = {
    "title": "楼道清理",
    "startsAt": "2027-01-09T09:00:00+08:00",
    "endsAt": "2027-01-09T11:00:00+08:00",
    "slots": 1,
    "category": "ENVIRONMENT",
}


def a_task(api, token, **fields):
    payload = api.data(CREATE, {"input": {**TASK, **fields}}, token)["createTask"]
    assert payload["userErrors"] == []
    return payload["task"]


def a_volunteer(api, make_token, name):
    token = make_token("volunteer", name=name)
    api.data(PROFILE, {"input": {"community": "御苑社区"}}, token)
    return token


def test_a_coordinator_publishes_tasks_in_their_community_and_anyone_reads_them(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区")

    task = a_task(api, coordinator)

    assert task["community"] == "御苑社区"
    assert api.data(TASKS)["tasks"]["totalCount"] == 1


def test_bad_task_input_is_a_user_error_and_writes_nothing(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区")
    bad = {**TASK, "endsAt": "2027-01-09T08:00:00+08:00", "slots": 0, "points": -1}

    errors = api.data(CREATE, {"input": bad}, coordinator)["createTask"]["userErrors"]

    assert {(tuple(error["field"]), error["code"]) for error in errors} >= {
        (("input", "slots"), "TOO_SMALL"),
        (("input", "points"), "TOO_SMALL"),
    }
    assert api.data(TASKS)["tasks"]["totalCount"] == 0


def test_a_coordinator_of_another_community_cannot_change_the_task(api, make_token):
    task = a_task(api, make_token("coordinator", community="御苑社区"))
    other = make_token("coordinator", community="东关社区")

    body = api.data(UPDATE, {"input": {"id": task["id"], "slots": 5}}, other)

    assert [e["code"] for e in body["updateTask"]["userErrors"]] == ["NOT_FOUND"]


def test_the_last_slot_goes_to_one_and_a_cancellation_promotes_the_next(api, make_token):
    task = a_task(api, make_token("coordinator", community="御苑社区"))
    first, second = (a_volunteer(api, make_token, name) for name in ("小李", "小王"))

    taken = api.data(SIGN_UP, {"input": {"taskId": task["id"]}}, first)["signUpForTask"]
    waiting = api.data(SIGN_UP, {"input": {"taskId": task["id"]}}, second)["signUpForTask"]
    api.data(CANCEL, {"input": {"id": taken["signUp"]["id"]}}, first)

    assert taken["signUp"]["status"] == "CONFIRMED"
    assert waiting["signUp"]["status"] == "WAITLISTED"
    assert api.data(TASKS)["tasks"]["edges"][0]["node"]["confirmed"] == 1


def test_volunteers_are_listed_only_for_coordinators_of_their_community(api, make_token):
    a_volunteer(api, make_token, "小李")
    own = make_token("coordinator", community="御苑社区")
    other = make_token("coordinator", community="东关社区")
    query = "{ volunteers { totalCount } }"

    assert api.data(query, token=own)["volunteers"]["totalCount"] == 1
    assert api.data(query, token=other)["volunteers"]["totalCount"] == 0
    assert api.execute(query)["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_a_task_names_its_coordinator_and_is_reachable_as_a_node(api, make_token):
    coordinator = make_token("coordinator", community="御苑社区", name="张主任")
    task = a_task(api, coordinator)

    node = api.data(
        "query ($id: ID!) { node(id: $id) { ... on Task { title coordinator } } }",
        {"id": task["id"]},
    )["node"]

    assert node == {"title": "楼道清理", "coordinator": "张主任"}


def test_a_volunteer_node_is_hidden_from_strangers(api, make_token):
    token = make_token("volunteer", name="小李")
    me = api.data(PROFILE, {"input": {"community": "御苑社区"}}, token)["upsertVolunteerProfile"]
    query = "query ($id: ID!) { node(id: $id) { ... on Volunteer { name } } }"
    variables = {"id": me["volunteer"]["id"]}

    assert api.data(query, variables, token)["node"] == {"name": "小李"}
    assert api.data(query, variables)["node"] is None
    assert (
        api.data(query, variables, make_token("coordinator", community="东关社区"))["node"] is None
    )
