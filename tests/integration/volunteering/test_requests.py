"""Anonymous requests (红便签): no identity stored, follow-up by code only, handled by the
community's coordinators, progress on the public board (红邻议事厅) without any identity."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from engine.accounts.actor import Actor
from engine.accounts.models import Account, Role
from engine.accounts.tokens import digest
from engine.db import transaction
from engine.errors import (
    AuthenticationRequired,
    Conflict,
    InvalidTransition,
    InvalidValue,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from engine.messages import Message
from engine.paging import count_rows
from engine.volunteering import requests
from engine.volunteering.communities import community_id
from engine.volunteering.models import Task
from engine.volunteering.request_models import AnonymousRequest, RequestStatus, RequestUpdate
from matchers.vocabulary import TaskCategory, VolunteerTeam
from matchers.volunteers.routing import default_router

YUYUAN = "御苑社区"
OTHER = "东关社区"
ELDER_TEXT = "隔壁独居的奶奶好几天没出门了，敲门也没人应，有点担心。"
SOON = datetime.now(UTC) + timedelta(days=3)


@pytest.fixture
def communities(sessions) -> None:
    with transaction(sessions) as session:
        community_id(session=session, name=YUYUAN)
        community_id(session=session, name=OTHER)


def coordinator(sessions, community: str) -> Actor:
    with transaction(sessions) as session:
        account = Account(role=Role.COORDINATOR, name="协调员", community=community)
        session.add(account)
        session.flush()
        return Actor(account_id=account.id, role=Role.COORDINATOR, community=community)


def submit(sessions, text: str = ELDER_TEXT, community: str = YUYUAN) -> tuple[int, str]:
    with transaction(sessions) as session:
        request, code = requests.submit_request(session=session, community=community, text=text)
        return request.id, code


def follow(sessions, code: str) -> requests.RequestView:
    with transaction(sessions) as session:
        return requests.follow_up(session=session, code=code)


def board(sessions, community: str = YUYUAN) -> list[requests.RequestView]:
    with transaction(sessions) as session:
        page = requests.public_board(session=session, community=community, first=50, after=None)
        return list(page.items)


def act(sessions, service, **kwargs):  # type: ignore[no-untyped-def]
    with transaction(sessions) as session:
        return service(session=session, **kwargs)


def test_a_request_is_stored_without_any_client_data(sessions, communities):
    request_id, code = submit(sessions)

    with transaction(sessions) as session:
        row = session.get(AnonymousRequest, request_id)
        stored = {column.name: getattr(row, column.key) for column in row.__table__.columns}
    assert set(stored) == {
        "id",
        "community_id",
        "text",
        "follow_up_digest",
        "status",
        "team",
        "category",
        "suggested_team",
        "suggested_category",
        "suggestion_confidence",
        "task_id",
        "created_at",
        "updated_at",
    }
    assert stored["text"] == ELDER_TEXT
    assert stored["follow_up_digest"] == digest(code)
    assert code not in [str(value) for value in stored.values()]
    assert stored["status"] is RequestStatus.SUBMITTED
    assert stored["team"] is None and stored["category"] is None and stored["task_id"] is None


def test_the_follow_up_code_is_short_unambiguous_and_new_each_time(sessions, communities):
    codes = {submit(sessions)[1] for _ in range(5)}

    assert len(codes) == 5
    for code in codes:
        assert code.startswith("HB-") and len(code) == 13
        assert not set(code[3:]) & set("01OIL")


def test_the_routers_suggestion_is_stored(sessions, communities):
    expected = default_router().predict(ELDER_TEXT)

    request_id, _ = submit(sessions)

    with transaction(sessions) as session:
        row = session.get(AnonymousRequest, request_id)
        assert row.suggested_team == expected.team
        assert row.suggested_category == expected.category
        assert row.suggestion_confidence == pytest.approx(expected.confidence)


def test_the_submitter_follows_up_with_the_code_alone(sessions, communities):
    request_id, code = submit(sessions)

    view = follow(sessions, code)
    assert (view.id, view.status, view.text, view.updates) == (
        request_id,
        RequestStatus.SUBMITTED,
        ELDER_TEXT,
        (),
    )
    assert follow(sessions, f"  {code.lower()} ").id == request_id


@pytest.mark.parametrize("wrong", ["HB-2222222222", "", "hb", "x" * 5000])
def test_a_wrong_code_is_not_found_with_no_hint(sessions, communities, wrong):
    submit(sessions)

    with pytest.raises(NotFound) as caught:
        follow(sessions, wrong)

    assert (caught.value.code, caught.value.field) == ("NOT_FOUND", "code")
    assert caught.value.message == Message("request.unknown_code")
    assert caught.value.message.render(language="zh") == "没有与此查询码对应的诉求"


@pytest.mark.parametrize(
    ("community", "text", "field", "code"),
    [
        (YUYUAN, "   ", "text", "REQUIRED"),
        (YUYUAN, "灯" * 2001, "text", "TOO_LONG"),
        ("不存在社区", ELDER_TEXT, "community", "UNKNOWN_COMMUNITY"),
        ("", ELDER_TEXT, "community", "REQUIRED"),
    ],
)
def test_bad_submissions_name_the_field_and_write_nothing(
    sessions, communities, community, text, field, code
):
    with pytest.raises(ValidationFailed) as caught:
        submit(sessions, text=text, community=community)

    assert [(error.field, error.code) for error in caught.value.errors] == [(field, code)]
    with transaction(sessions) as session:
        assert session.scalars(select(AnonymousRequest)).all() == []


def test_a_text_of_exactly_the_maximum_is_accepted(sessions, communities):
    request_id, _ = submit(sessions, text="灯" * 2000)

    assert request_id


def test_coordinators_see_only_their_own_communitys_requests(sessions, communities):
    ours, _ = submit(sessions)
    submit(sessions, community=OTHER)
    mine = coordinator(sessions, YUYUAN)

    page = act(sessions, requests.community_requests, actor=mine, first=10, after=None)

    assert [view.id for view in page.items] == [ours]
    assert act(sessions, count_rows, statement=page.whole) == 1


def test_a_coordinator_of_another_community_is_refused(sessions, communities):
    request_id, _ = submit(sessions)
    stranger = coordinator(sessions, OTHER)

    for service, kwargs in [
        (requests.route_request, {"team": "elder_child_care"}),
        (requests.post_update, {"message": "我们来处理"}),
        (
            requests.make_task,
            {
                "data": {
                    "title": "上门探望",
                    "starts_at": SOON,
                    "ends_at": SOON + timedelta(hours=1),
                }
            },
        ),
    ]:
        with pytest.raises(NotFound):
            act(sessions, service, actor=stranger, request_id=request_id, **kwargs)

    assert follow_status(sessions, request_id) is RequestStatus.SUBMITTED


def test_residents_and_anonymous_callers_cannot_handle_requests(sessions, communities):
    request_id, _ = submit(sessions)

    with pytest.raises(AuthenticationRequired):
        act(
            sessions,
            requests.route_request,
            actor=Actor(),
            request_id=request_id,
            team="party_warmth",
        )
    with pytest.raises(PermissionDenied):
        act(
            sessions,
            requests.community_requests,
            actor=Actor(role=Role.VOLUNTEER, account_id=None),
            first=10,
            after=None,
        )


def test_routing_hands_the_request_to_a_team(sessions, communities):
    request_id, code = submit(sessions)
    mine = coordinator(sessions, YUYUAN)

    view = act(
        sessions,
        requests.route_request,
        actor=mine,
        request_id=request_id,
        team="elder_child_care",
        category="care_vulnerable",
    )

    assert (view.status, view.team, view.category) == (
        RequestStatus.ROUTED,
        VolunteerTeam.ELDER_CHILD_CARE,
        TaskCategory.CARE_VULNERABLE,
    )
    assert follow(sessions, code).team is VolunteerTeam.ELDER_CHILD_CARE


def test_routing_without_a_category_takes_the_suggested_one(sessions, communities):
    request_id, _ = submit(sessions)
    mine = coordinator(sessions, YUYUAN)

    view = act(
        sessions, requests.route_request, actor=mine, request_id=request_id, team="party_warmth"
    )

    assert view.category is (view.suggested_category or TaskCategory.OTHER)


def test_routing_to_an_unknown_team_is_a_user_error(sessions, communities):
    request_id, _ = submit(sessions)
    mine = coordinator(sessions, YUYUAN)

    with pytest.raises(ValidationFailed) as caught:
        act(sessions, requests.route_request, actor=mine, request_id=request_id, team="pirates")

    assert [(e.field, e.code) for e in caught.value.errors] == [("team", "INVALID_CHOICE")]


def test_a_request_becomes_a_task_in_its_community(sessions, communities):
    request_id, code = submit(sessions)
    mine = coordinator(sessions, YUYUAN)
    act(
        sessions, requests.route_request, actor=mine, request_id=request_id, team="elder_child_care"
    )

    view, task = act(
        sessions,
        requests.make_task,
        actor=mine,
        request_id=request_id,
        data={
            "title": "上门探望独居老人",
            "starts_at": SOON,
            "ends_at": SOON + timedelta(hours=1),
            "slots": 2,
            "points": 10,
        },
    )

    assert view.status is RequestStatus.IN_PROGRESS
    assert view.task_id == task.id
    with transaction(sessions) as session:
        stored = session.get(Task, task.id)
        assert stored.title == "上门探望独居老人"
        assert stored.description == ELDER_TEXT
        assert stored.team is VolunteerTeam.ELDER_CHILD_CARE
        assert stored.community_id == community_id(session=session, name=YUYUAN)
        assert stored.coordinator_account_id == mine.account_id
        assert (stored.slots, stored.points) == (2, 10)
    assert follow(sessions, code).status is RequestStatus.IN_PROGRESS


def test_a_bad_task_names_the_field_and_changes_nothing(sessions, communities):
    request_id, _ = submit(sessions)
    mine = coordinator(sessions, YUYUAN)

    with pytest.raises(ValidationFailed) as caught:
        act(
            sessions,
            requests.make_task,
            actor=mine,
            request_id=request_id,
            data={"title": "", "starts_at": SOON, "ends_at": SOON, "slots": 0},
        )
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("title", "REQUIRED"),
        ("slots", "TOO_SMALL"),
    }
    with pytest.raises(InvalidValue) as caught_time:
        act(
            sessions,
            requests.make_task,
            actor=mine,
            request_id=request_id,
            data={"title": "探望", "starts_at": SOON, "ends_at": SOON},
        )
    assert (caught_time.value.field, caught_time.value.code) == ("ends_at", "TIME_RANGE")
    with transaction(sessions) as session:
        assert session.scalars(select(Task)).all() == []
    assert follow_status(sessions, request_id) is RequestStatus.SUBMITTED


def test_a_request_gets_one_task_only(sessions, communities):
    request_id, _ = submit(sessions)
    mine = coordinator(sessions, YUYUAN)
    data = {"title": "探望", "starts_at": SOON, "ends_at": SOON + timedelta(hours=1)}
    act(sessions, requests.make_task, actor=mine, request_id=request_id, data=data)

    with pytest.raises(Conflict) as caught:
        act(sessions, requests.make_task, actor=mine, request_id=request_id, data=data)

    assert caught.value.code == "ALREADY_HAS_TASK"


def test_updates_appear_on_the_public_board_and_resolve_the_request(sessions, communities):
    request_id, code = submit(sessions)
    unseen_id, _ = submit(sessions, text="小区门口的路灯坏了")
    mine = coordinator(sessions, YUYUAN)
    assert board(sessions) == []  # nothing is public before a coordinator takes it up

    act(
        sessions, requests.route_request, actor=mine, request_id=request_id, team="elder_child_care"
    )
    act(
        sessions,
        requests.post_update,
        actor=mine,
        request_id=request_id,
        message="已转交助老扶幼服务队",
    )
    act(
        sessions,
        requests.post_update,
        actor=mine,
        request_id=request_id,
        message="志愿者已上门探望，老人身体无恙",
        resolve=True,
    )

    [shown] = board(sessions)
    assert shown.id == request_id and shown.id != unseen_id
    assert shown.status is RequestStatus.RESOLVED
    assert [update.message for update in shown.updates] == [
        "已转交助老扶幼服务队",
        "志愿者已上门探望，老人身体无恙",
    ]
    assert follow(sessions, code).updates == shown.updates
    assert board(sessions, OTHER) == []


def test_the_board_shows_no_follow_up_digest_or_code(sessions, communities):
    request_id, code = submit(sessions)
    mine = coordinator(sessions, YUYUAN)
    act(sessions, requests.route_request, actor=mine, request_id=request_id, team="party_warmth")

    [shown] = board(sessions)

    fields = {field.name for field in dataclasses.fields(shown)}
    assert not any("digest" in name or "code" in name for name in fields)
    values = repr(shown)
    assert digest(code) not in values and code not in values


def test_a_resolved_request_takes_no_more_changes(sessions, communities):
    request_id, _ = submit(sessions)
    mine = coordinator(sessions, YUYUAN)
    act(
        sessions,
        requests.post_update,
        actor=mine,
        request_id=request_id,
        message="已解决",
        resolve=True,
    )

    with pytest.raises(InvalidTransition):
        act(sessions, requests.post_update, actor=mine, request_id=request_id, message="再说一句")
    with transaction(sessions) as session:
        assert len(session.scalars(select(RequestUpdate)).all()) == 1


def test_the_board_of_an_unknown_community_is_not_found(sessions, communities):
    with pytest.raises(NotFound):
        board(sessions, "不存在社区")


def test_the_coordinator_list_filters_by_status_and_pages(sessions, communities):
    ids = [submit(sessions, text=f"请求{n}")[0] for n in range(5)]
    mine = coordinator(sessions, YUYUAN)
    act(sessions, requests.route_request, actor=mine, request_id=ids[1], team="party_warmth")

    routed = act(
        sessions,
        requests.community_requests,
        actor=mine,
        status=RequestStatus.ROUTED,
        first=10,
        after=None,
    )
    first_page = act(sessions, requests.community_requests, actor=mine, first=2, after=None)
    second_page = act(
        sessions, requests.community_requests, actor=mine, first=2, after=first_page.items[-1].id
    )

    assert [view.id for view in routed.items] == [ids[1]]
    assert [view.id for view in first_page.items] == [ids[4], ids[3]]
    assert [view.id for view in second_page.items] == [ids[2], ids[1]]
    assert first_page.has_next and act(sessions, count_rows, statement=first_page.whole) == 5


def follow_status(sessions, request_id: int) -> RequestStatus:
    with transaction(sessions) as session:
        return session.get(AnonymousRequest, request_id).status
