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
            "message": "salary_min 9000 is above salary_max 6000",
            "code": "SALARY_RANGE",
        }
    ]
    assert api.data(JOB_COUNT)["jobs"]["totalCount"] == 0
