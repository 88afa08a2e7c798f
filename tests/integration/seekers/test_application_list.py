from __future__ import annotations

import pytest

from tests.integration.seekers.factories import (
    APPLICATIONS,
    applied,
    error_codes,
    moved,
    post_job,
    seeker,
)

CEMENT = "聊城市恒固新型建材有限公司"
PHARMA = "聊城某制药有限公司"

NESTED = """
{
  applications(first: 100) {
    edges { node { candidate { name } job { title } history { toStatus } } }
  }
}
"""


def two_employers_with_applications(api, make_token):  # type: ignore[no-untyped-def]
    """Two employers, two seekers; 甲 applied to both employers' jobs, 乙 to the cement job.

    Returns the tokens and ids the tests need, by name.
    """
    cement = make_token("recruiter", employer=CEMENT)
    pharma = make_token("recruiter", employer=PHARMA)
    mixer = post_job(api, cement, "搅拌站操作员")
    driver = post_job(api, cement, "罐车司机")
    packer = post_job(api, pharma, "包装工")
    jia, _ = seeker(api, make_token, name="甲")
    yi, _ = seeker(api, make_token, name="乙")
    ids = {
        "jia_mixer": applied(api, jia, mixer),
        "jia_packer": applied(api, jia, packer),
        "yi_mixer": applied(api, yi, mixer),
        "yi_driver": applied(api, yi, driver),
    }
    return {
        "cement": cement,
        "pharma": pharma,
        "jia": jia,
        "yi": yi,
        "mixer": mixer,
        "driver": driver,
        "packer": packer,
        **ids,
    }


def listed(api, token, **variables):  # type: ignore[no-untyped-def]
    return api.data(APPLICATIONS, variables, token)["applications"]


def ids_of(connection) -> set[str]:  # type: ignore[no-untyped-def]
    return {edge["node"]["id"] for edge in connection["edges"]}


def test_seeker_sees_only_their_own_applications(api, make_token):
    world = two_employers_with_applications(api, make_token)

    connection = listed(api, world["jia"])

    assert ids_of(connection) == {world["jia_mixer"], world["jia_packer"]}
    assert connection["totalCount"] == 2
    assert {edge["node"]["candidate"]["name"] for edge in connection["edges"]} == {"甲"}


def test_seeker_without_a_profile_sees_no_applications(api, make_token):
    two_employers_with_applications(api, make_token)
    newcomer = make_token("seeker")

    connection = listed(api, newcomer)

    assert connection["totalCount"] == 0
    assert connection["edges"] == []


def test_recruiter_sees_only_their_employers_applications(api, make_token):
    world = two_employers_with_applications(api, make_token)

    cement = listed(api, world["cement"])
    pharma = listed(api, world["pharma"])

    assert ids_of(cement) == {world["jia_mixer"], world["yi_mixer"], world["yi_driver"]}
    assert cement["totalCount"] == 3
    assert ids_of(pharma) == {world["jia_packer"]}
    assert pharma["totalCount"] == 1


def test_admin_sees_every_application(api, make_token):
    world = two_employers_with_applications(api, make_token)
    admin = make_token("admin")

    connection = listed(api, admin)

    assert ids_of(connection) == {
        world["jia_mixer"],
        world["jia_packer"],
        world["yi_mixer"],
        world["yi_driver"],
    }
    assert connection["totalCount"] == 4


def test_anonymous_caller_cannot_list_applications(api, make_token):
    two_employers_with_applications(api, make_token)

    body = api.execute(APPLICATIONS)

    assert error_codes(body) == ["UNAUTHENTICATED"]
    assert body["data"] is None


def test_volunteer_cannot_list_applications(api, make_token):
    two_employers_with_applications(api, make_token)
    volunteer = make_token("volunteer")

    body = api.execute(APPLICATIONS, token=volunteer)

    assert error_codes(body) == ["FORBIDDEN"]


def test_filtering_by_job_id(api, make_token):
    world = two_employers_with_applications(api, make_token)

    connection = listed(api, world["cement"], jobId=world["mixer"])

    assert ids_of(connection) == {world["jia_mixer"], world["yi_mixer"]}
    assert connection["totalCount"] == 2
    assert {edge["node"]["job"]["id"] for edge in connection["edges"]} == {world["mixer"]}


def test_filtering_by_another_employers_job_finds_nothing(api, make_token):
    world = two_employers_with_applications(api, make_token)

    connection = listed(api, world["cement"], jobId=world["packer"])

    assert connection["totalCount"] == 0
    assert connection["edges"] == []


def test_filtering_by_status(api, make_token):
    world = two_employers_with_applications(api, make_token)
    moved(api, world["cement"], world["yi_mixer"], "SCREENING")
    moved(api, world["cement"], world["yi_driver"], "REJECTED")

    screening = listed(api, world["cement"], status="SCREENING")
    submitted = listed(api, world["cement"], status="SUBMITTED")

    assert ids_of(screening) == {world["yi_mixer"]}
    assert [edge["node"]["status"] for edge in screening["edges"]] == ["SCREENING"]
    assert ids_of(submitted) == {world["jia_mixer"]}


def test_filtering_by_job_and_status_together(api, make_token):
    world = two_employers_with_applications(api, make_token)
    moved(api, world["cement"], world["yi_mixer"], "SCREENING")

    connection = listed(api, world["cement"], jobId=world["mixer"], status="SUBMITTED")

    assert ids_of(connection) == {world["jia_mixer"]}


def test_paging_walks_every_application_once_newest_first(api, make_token):
    recruiter = make_token("recruiter", employer=CEMENT)
    job_id = post_job(api, recruiter)
    created = [
        applied(api, seeker(api, make_token, name=f"求职者{n}")[0], job_id) for n in range(5)
    ]

    first = listed(api, recruiter, first=2)
    second = listed(api, recruiter, first=2, after=first["pageInfo"]["endCursor"])
    third = listed(api, recruiter, first=2, after=second["pageInfo"]["endCursor"])

    pages = [first, second, third]
    order = [edge["node"]["id"] for page in pages for edge in page["edges"]]
    assert order == list(reversed(created))
    assert [len(page["edges"]) for page in pages] == [2, 2, 1]
    assert [page["pageInfo"]["hasNextPage"] for page in pages] == [True, True, False]
    assert [page["pageInfo"]["hasPreviousPage"] for page in pages] == [False, True, True]
    assert {page["totalCount"] for page in pages} == {5}
    assert first["pageInfo"]["endCursor"] == first["edges"][-1]["cursor"]


def test_paging_keeps_the_filter(api, make_token):
    world = two_employers_with_applications(api, make_token)

    first = listed(api, world["cement"], first=1, jobId=world["mixer"])
    second = listed(
        api, world["cement"], first=1, jobId=world["mixer"], after=first["pageInfo"]["endCursor"]
    )

    assert ids_of(first) | ids_of(second) == {world["jia_mixer"], world["yi_mixer"]}
    assert second["pageInfo"]["hasNextPage"] is False


@pytest.mark.parametrize("first", [-1, 201])
def test_a_page_size_out_of_range_is_refused(api, make_token, first):
    admin = make_token("admin")

    body = api.execute(APPLICATIONS, {"first": first}, admin)

    assert error_codes(body) == ["INVALID"]


def _applications_for(api, make_token, recruiter: str, jobs: list[str], count: int, start: int):  # type: ignore[no-untyped-def]
    """`count` new seekers, each applying to one of `jobs` in turn; every other one screened."""
    for n in range(start, start + count):
        token, _ = seeker(api, make_token, name=f"求职者{n}")
        application_id = applied(api, token, jobs[n % len(jobs)])
        if n % 2:
            moved(api, recruiter, application_id, "SCREENING")


def test_nested_application_list_runs_a_constant_number_of_statements(api, make_token):
    recruiter = make_token("recruiter", employer=CEMENT)
    jobs = [post_job(api, recruiter, title) for title in ("搅拌站操作员", "罐车司机", "质检员")]
    _applications_for(api, make_token, recruiter, jobs, count=3, start=0)
    with api.count_statements() as few:
        small = api.data(NESTED, token=recruiter)["applications"]["edges"]

    _applications_for(api, make_token, recruiter, jobs, count=27, start=3)
    with api.count_statements() as many:
        large = api.data(NESTED, token=recruiter)["applications"]["edges"]

    assert len(small) == 3
    assert len(large) == 30
    assert all(edge["node"]["candidate"]["name"] for edge in large)
    assert {edge["node"]["job"]["title"] for edge in large} == {
        "搅拌站操作员",
        "罐车司机",
        "质检员",
    }
    assert sorted(len(edge["node"]["history"]) for edge in large) == [1] * 15 + [2] * 15
    assert len(many) == len(few), many
