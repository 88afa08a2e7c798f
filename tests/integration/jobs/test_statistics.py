"""statistics: the figures the city publishes, overall and within [since, until)."""

from __future__ import annotations

import base64
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from engine.db import transaction
from engine.seekers.models import Application
from tests.integration.jobs.factories import (
    apply_to_job,
    close_job,
    create_live_stream,
    engine_job,
    engine_live_stream,
    post_job,
    seeker_with_profile,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")

STATISTICS = """
query ($since: DateTime, $until: DateTime) {
  statistics(since: $since, until: $until) {
    broadcasts companies positions openings resumes
  }
}
"""


def statistics(api, since=None, until=None, token=None):
    return api.data(STATISTICS, {"since": since, "until": until}, token)["statistics"]


def figures(broadcasts=0, companies=0, positions=0, openings=0, resumes=0):
    return {
        "broadcasts": broadcasts,
        "companies": companies,
        "positions": positions,
        "openings": openings,
        "resumes": resumes,
    }


def shanghai(*parts):
    return datetime(*parts, tzinfo=SHANGHAI)


def application_pk(global_id):
    return int(base64.urlsafe_b64decode(global_id).decode().partition(":")[2])


def test_an_empty_platform_counts_zero_everywhere(api):
    assert statistics(api) == figures()


def test_statistics_count_what_was_created_through_the_api(api, make_token):
    admin = make_token("admin")
    make_token("recruiter", employer="还没有岗位的公司")
    create_live_stream(api, admin, "春风行动直播带岗")
    create_live_stream(api, admin, "高校毕业生专场")
    mixer = post_job(api, admin, "搅拌站操作员", employerName="恒固建材", headcount=2)
    post_job(api, admin, "试验员", employerName="恒固建材", headcount=5)
    inspector = post_job(api, admin, "质检员", employerName="乖宝宠物食品")
    post_job(api, admin, "医药代表", employerName="阿华医药", headcount=3)
    first = seeker_with_profile(api, make_token, "张伟")
    second = seeker_with_profile(api, make_token, "李娜")
    apply_to_job(api, first, mixer["id"])
    apply_to_job(api, first, inspector["id"])
    apply_to_job(api, second, mixer["id"])

    result = statistics(api)

    assert result == figures(broadcasts=2, companies=3, positions=4, openings=11, resumes=3)


def test_statistics_are_public_and_the_same_for_every_token(api, make_token):
    admin = make_token("admin")
    post_job(api, admin, "搅拌站操作员", employerName="恒固建材", headcount=4)

    public = statistics(api)

    assert public == figures(companies=1, positions=1, openings=4)
    assert statistics(api, token=admin) == public
    assert statistics(api, token=make_token("seeker")) == public


def test_closing_a_job_does_not_change_what_was_posted(api, make_token):
    admin = make_token("admin")
    job = post_job(api, admin, "搅拌站操作员", employerName="恒固建材", headcount=4)

    close_job(api, admin, job["id"])

    assert statistics(api) == figures(companies=1, positions=1, openings=4)


@pytest.fixture
def history(api, make_token, sessions):
    """A spring fair and a summer fair, with jobs and applications dated around them."""
    engine_live_stream(sessions, "春季直播带岗", scheduled_start=shanghai(2023, 3, 1, 9))
    engine_live_stream(sessions, "夏季直播带岗", scheduled_start=shanghai(2023, 6, 1, 9))
    engine_job(
        sessions,
        "搅拌站操作员",
        employer="恒固建材",
        headcount=3,
        created_at=shanghai(2023, 3, 1, 10),
    )
    engine_job(
        sessions,
        "质检员",
        employer="乖宝宠物食品",
        headcount=2,
        created_at=shanghai(2023, 3, 31, 23, 59),
    )
    engine_job(
        sessions, "试验员", employer="恒固建材", headcount=10,
        created_at=shanghai(2023, 6, 1, 10),
    )  # fmt: skip
    live = post_job(api, make_token("admin"), "仍在招的岗位", employerName="阿华医药")
    seeker = seeker_with_profile(api, make_token, "王芳")
    other = seeker_with_profile(api, make_token, "赵磊")
    dated = {
        apply_to_job(api, seeker, live["id"]): shanghai(2023, 3, 2, 8),
        apply_to_job(api, other, live["id"]): shanghai(2023, 6, 2, 8),
    }
    with transaction(sessions) as session:
        for global_id, moment in dated.items():
            session.execute(
                update(Application)
                .where(Application.id == application_pk(global_id))
                .values(created_at=moment)
            )
    engine_job(sessions, "往年岗位", employer="阿华医药", created_at=shanghai(2022, 12, 31, 23, 59))


def test_a_window_counts_broadcasts_jobs_and_resumes_inside_it(api, history):
    march = statistics(api, "2023-03-01T00:00:00+08:00", "2023-04-01T00:00:00+08:00")

    assert march == figures(broadcasts=1, companies=2, positions=2, openings=5, resumes=1)


def test_since_alone_counts_from_then_on(api, history):
    later = statistics(api, since="2023-04-01T00:00:00+08:00")

    # the summer fair and its job, the job posted today, and the June application
    assert later == figures(broadcasts=1, companies=2, positions=2, openings=11, resumes=1)


def test_until_alone_counts_everything_before_it(api, history):
    earlier = statistics(api, until="2023-04-01T00:00:00+08:00")

    assert earlier == figures(broadcasts=1, companies=3, positions=3, openings=6, resumes=1)


def test_since_is_inclusive_and_until_exclusive(api, history):
    at_start = "2023-03-01T09:00:00+08:00"

    assert statistics(api, since=at_start, until="2023-03-01T09:00:01+08:00")["broadcasts"] == 1
    assert statistics(api, since="2023-02-01T00:00:00+08:00", until=at_start)["broadcasts"] == 0


def test_window_bounds_in_another_offset_mean_the_same_instant(api, history):
    in_utc = statistics(api, "2023-02-28T16:00:00+00:00", "2023-03-31T16:00:00Z")

    assert in_utc == statistics(api, "2023-03-01T00:00:00+08:00", "2023-04-01T00:00:00+08:00")


def test_window_bounds_without_offset_mean_shanghai_time(api, history):
    body = api.execute(STATISTICS, {"since": "2023-03-01T00:00:00", "until": "2023-04-01T00:00:00"})

    assert "errors" not in body, body["errors"]
    assert body["data"]["statistics"] == figures(
        broadcasts=1, companies=2, positions=2, openings=5, resumes=1
    )


def test_an_empty_window_counts_zero(api, history):
    assert statistics(api, "2024-01-01T00:00:00+08:00", "2024-02-01T00:00:00+08:00") == figures()
