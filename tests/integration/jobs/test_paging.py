"""Relay paging over jobs: newest first, every job once, totals on every page."""

from __future__ import annotations

import pytest

from tests.integration.jobs.factories import close_job, global_id, post_job

PAGE = """
query ($first: Int, $after: String, $filter: JobFilter) {
  jobs(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id title } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
"""


def page(api, first=None, after=None, filter=None, token=None):
    variables = {"first": first, "after": after, "filter": filter}
    if first is None:
        del variables["first"]
    return api.data(PAGE, variables, token)["jobs"]


def walk(api, first, filter=None, token=None):
    """Every page from the start, following endCursor until hasNextPage is false."""
    pages, after = [], None
    while True:
        current = page(api, first, after, filter, token)
        pages.append(current)
        if not current["pageInfo"]["hasNextPage"]:
            return pages
        after = current["pageInfo"]["endCursor"]
        assert len(pages) < 50, "paging does not end"


@pytest.fixture
def recruiter(make_token):
    return make_token("recruiter", employer="聊城市人力资源有限公司")


def test_jobs_come_newest_first_and_in_the_same_order_every_time(api, recruiter):
    posted = [post_job(api, recruiter, f"岗位{n:02d}")["id"] for n in range(7)]

    first_read = [edge["node"]["id"] for edge in page(api, 50)["edges"]]
    second_read = [edge["node"]["id"] for edge in page(api, 50)["edges"]]

    assert first_read == list(reversed(posted))
    assert second_read == first_read


def test_walking_pages_visits_every_job_exactly_once(api, recruiter):
    posted = [post_job(api, recruiter, f"岗位{n:02d}")["id"] for n in range(10)]

    pages = walk(api, first=3)

    visited = [edge["node"]["id"] for current in pages for edge in current["edges"]]
    assert visited == list(reversed(posted))
    assert [len(current["edges"]) for current in pages] == [3, 3, 3, 1]
    assert all(current["totalCount"] == 10 for current in pages)


def test_page_info_marks_the_first_middle_and_last_pages(api, recruiter):
    for n in range(5):
        post_job(api, recruiter, f"岗位{n}")

    first, middle, last = walk(api, first=2)

    assert first["pageInfo"]["hasPreviousPage"] is False
    assert first["pageInfo"]["hasNextPage"] is True
    assert middle["pageInfo"]["hasPreviousPage"] is True
    assert middle["pageInfo"]["hasNextPage"] is True
    assert last["pageInfo"]["hasPreviousPage"] is True
    assert last["pageInfo"]["hasNextPage"] is False
    for current in (first, middle, last):
        cursors = [edge["cursor"] for edge in current["edges"]]
        assert current["pageInfo"]["startCursor"] == cursors[0]
        assert current["pageInfo"]["endCursor"] == cursors[-1]


def test_a_page_that_exactly_fills_the_list_has_no_next_page(api, recruiter):
    for n in range(4):
        post_job(api, recruiter, f"岗位{n}")

    current = page(api, first=4)

    assert len(current["edges"]) == 4
    assert current["pageInfo"]["hasNextPage"] is False


def test_total_count_is_the_filtered_total_on_every_page(api, recruiter):
    for n in range(9):
        post_job(api, recruiter, f"岗位{n}", housing=n % 3 == 0, location="聊城市东昌府区")
    post_job(api, recruiter, "外地岗位", housing=True, location="济南市")

    pages = walk(api, first=2, filter={"housing": True, "location": "聊城"})

    titles = [edge["node"]["title"] for current in pages for edge in current["edges"]]
    assert titles == ["岗位6", "岗位3", "岗位0"]
    assert [current["totalCount"] for current in pages] == [3, 3]


def test_jobs_posted_while_paging_do_not_shift_later_pages(api, recruiter):
    posted = [post_job(api, recruiter, f"岗位{n}")["id"] for n in range(6)]
    first = page(api, first=3)

    post_job(api, recruiter, "新岗位")
    second = page(api, first=3, after=first["pageInfo"]["endCursor"])

    assert [edge["node"]["id"] for edge in second["edges"]] == list(reversed(posted[:3]))
    assert second["totalCount"] == 7


def test_closing_a_job_removes_it_from_public_pages_and_totals(api, recruiter):
    posted = [post_job(api, recruiter, f"岗位{n}")["id"] for n in range(4)]
    close_job(api, recruiter, posted[1])

    pages = walk(api, first=2)

    visited = [edge["node"]["id"] for current in pages for edge in current["edges"]]
    assert visited == [posted[3], posted[2], posted[0]]
    assert {current["totalCount"] for current in pages} == {3}


def test_first_zero_gives_the_total_and_no_edges(api, recruiter):
    for n in range(3):
        post_job(api, recruiter, f"岗位{n}")

    current = page(api, first=0)

    assert current["edges"] == []
    assert current["totalCount"] == 3
    assert current["pageInfo"]["hasNextPage"] is True
    assert current["pageInfo"]["endCursor"] is None


def test_default_page_size_is_twenty(api, recruiter):
    for n in range(21):
        post_job(api, recruiter, f"岗位{n}")

    current = page(api)

    assert len(current["edges"]) == 20
    assert current["pageInfo"]["hasNextPage"] is True


@pytest.mark.parametrize(
    "after",
    ["garbage", "", global_id("JobPost", 1), global_id("cursor", "x"), "%%%"],
    ids=["garbage", "empty", "node id", "non-numeric", "not base64"],
)
def test_garbage_after_is_a_top_level_error(api, recruiter, after):
    post_job(api, recruiter, "岗位")

    body = api.execute(PAGE, {"first": 5, "after": after})

    assert body["data"] is None
    assert body["errors"][0]["path"] == ["jobs"]
    assert body["errors"][0]["extensions"]["code"] == "INVALID"
    assert body["errors"][0]["message"].startswith("after: ")
    assert "不是本接口给出的游标" in body["errors"][0]["message"]


def test_cursor_beyond_64_bits_is_a_top_level_invalid_error(api, recruiter):
    post_job(api, recruiter, "岗位")

    body = api.execute(PAGE, {"first": 5, "after": global_id("cursor", 2**63)})

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "INVALID"


@pytest.mark.parametrize("first", [201, 10_000, -1])
def test_first_outside_0_to_200_is_a_top_level_error(api, recruiter, first):
    post_job(api, recruiter, "岗位")

    body = api.execute(PAGE, {"first": first})

    assert body["data"] is None
    assert body["errors"][0]["message"] == "first: 应在 0 到 200 之间"
    assert body["errors"][0]["extensions"]["code"] == "INVALID"


def test_first_of_200_is_allowed(api, recruiter):
    post_job(api, recruiter, "岗位")

    assert page(api, first=200)["totalCount"] == 1


def counts(statements: list[str]) -> int:
    return sum(1 for statement in statements if "count(" in statement.lower())


def test_the_whole_list_is_counted_only_when_totalcount_is_asked_and_once_however_aliased(
    api, recruiter
):
    for n in range(3):
        post_job(api, recruiter, f"岗位{n:02d}")
    without_total = "{ jobs(first: 2) { edges { node { id } } } }"
    aliased = "{ jobs(first: 2) { a: totalCount b: totalCount c: totalCount edges { cursor } } }"

    with api.count_statements() as unasked:
        api.data(without_total, token=recruiter)
    with api.count_statements() as asked:
        body = api.data(aliased, token=recruiter)

    assert counts(unasked) == 0
    assert counts(asked) == 1
    assert (body["jobs"]["a"], body["jobs"]["b"], body["jobs"]["c"]) == (3, 3, 3)
