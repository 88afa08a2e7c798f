from __future__ import annotations

POST_JOB = """
mutation ($input: PostJobInput!) {
  postJob(input: $input) {
    job { id title education salaryMin salaryMax accommodations employer { name } }
    userErrors { field message code }
  }
}
"""

JOB_COUNT = "{ jobs { totalCount } }"


def test_recruiter_posts_a_job_for_their_employer(api, make_token):
    token = make_token("recruiter", employer="聊城市恒固新型建材有限公司")

    payload = api.data(
        POST_JOB,
        {
            "input": {
                "title": "搅拌站操作员",
                "education": "SECONDARY_VOCATIONAL",
                "salaryMin": 4500,
                "salaryMax": 6000,
                "accommodations": ["SEATED_WORK"],
            }
        },
        token,
    )["postJob"]

    assert payload["userErrors"] == []
    assert payload["job"]["title"] == "搅拌站操作员"
    assert payload["job"]["employer"]["name"] == "聊城市恒固新型建材有限公司"
    assert payload["job"]["accommodations"] == ["SEATED_WORK"]
    assert api.data(JOB_COUNT)["jobs"]["totalCount"] == 1


def test_salary_min_above_max_is_a_user_error_and_writes_nothing(api, make_token):
    token = make_token("recruiter", employer="聊城某公司")

    payload = api.data(
        POST_JOB, {"input": {"title": "出纳", "salaryMin": 9000, "salaryMax": 6000}}, token
    )["postJob"]

    assert payload["job"] is None
    assert payload["userErrors"] == [
        {
            "field": ["input", "salaryMin"],
            "message": "salaryMin（最低月薪）9000 高于 salaryMax（最高月薪）6000",
            "code": "SALARY_RANGE",
        }
    ]
    assert api.data(JOB_COUNT)["jobs"]["totalCount"] == 0


CREATE_STREAM = """
mutation ($input: CreateLiveStreamInput!) {
  createLiveStream(input: $input) { liveStream { id } userErrors { field code } }
}
"""

STREAM_JOBS = """
query ($id: ID!) { node(id: $id) { ... on LiveStream { jobs { position job { title } } } } }
"""


def test_a_job_posted_for_a_broadcast_joins_its_running_order(api, make_token):
    token = make_token("recruiter", employer="聊城市恒固新型建材有限公司")
    stream = api.data(
        CREATE_STREAM,
        {"input": {"title": "直播带岗", "scheduledStart": "2026-12-10T14:30:00+08:00"}},
        token,
    )["createLiveStream"]["liveStream"]["id"]

    for title in ("搅拌站操作员", "混凝土试验员"):
        payload = api.data(POST_JOB, {"input": {"title": title, "liveStreamId": stream}}, token)
        assert payload["postJob"]["userErrors"] == []

    jobs = api.data(STREAM_JOBS, {"id": stream})["node"]["jobs"]
    assert [(item["position"], item["job"]["title"]) for item in jobs] == [
        (1, "搅拌站操作员"),
        (2, "混凝土试验员"),
    ]


def test_an_external_id_is_used_once_and_bounded(api, make_token):
    token = make_token("recruiter", employer="聊城某公司")
    first = api.data(POST_JOB, {"input": {"title": "出纳", "externalId": "lc-j900"}}, token)
    again = api.data(POST_JOB, {"input": {"title": "会计", "externalId": "lc-j900"}}, token)
    too_long = api.data(POST_JOB, {"input": {"title": "会计", "externalId": "x" * 201}}, token)

    assert first["postJob"]["userErrors"] == []
    assert [(e["field"], e["code"]) for e in again["postJob"]["userErrors"]] == [
        (["input", "externalId"], "DUPLICATE")
    ]
    assert [(e["field"], e["code"]) for e in too_long["postJob"]["userErrors"]] == [
        (["input", "externalId"], "TOO_LONG")
    ]
    assert api.data(JOB_COUNT)["jobs"]["totalCount"] == 1


def test_an_admin_must_name_a_reasonable_employer(api, make_token):
    admin = make_token("admin")
    missing = api.data(POST_JOB, {"input": {"title": "出纳"}}, admin)
    too_long = api.data(POST_JOB, {"input": {"title": "出纳", "employerName": "公" * 201}}, admin)

    assert [(e["field"], e["code"]) for e in missing["postJob"]["userErrors"]] == [
        (["input", "employerName"], "REQUIRED")
    ]
    assert [(e["field"], e["code"]) for e in too_long["postJob"]["userErrors"]] == [
        (["input", "employerName"], "TOO_LONG")
    ]
    assert api.data(JOB_COUNT)["jobs"]["totalCount"] == 0
