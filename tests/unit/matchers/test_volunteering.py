from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta, timezone

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from matchers.records import Match
from matchers.vocabulary import TaskCategory, VolunteerTeam
from matchers.volunteers.features import (
    NEUTRAL,
    TaskSide,
    Vocabulary,
    VolunteerSide,
    availability_mask,
    community_fit,
    skill_fit,
    team_fit,
)
from matchers.volunteers.matcher import BLOCK, TaskMatcher, VolunteerMatcher
from matchers.volunteers.records import (
    LOCAL_ZONE,
    Task,
    Volunteer,
    Window,
    is_available,
    local_span,
    parse_clock,
)
from tests.data import VOLUNTEERING

SATURDAY = datetime(2024, 6, 8, tzinfo=LOCAL_ZONE)
SATURDAY_NINE = SATURDAY.replace(hour=9)
CJK_REASONS = {"skills", "missing_skills", "community", "team", "availability", "text"}


def task(
    id: str = "t1",
    start: datetime = SATURDAY_NINE,
    hours: float = 2.5,
    **fields,
) -> Task:
    return Task(
        id=id,
        title="社区志愿服务",
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
        **fields,
    )


def window(weekday: int = 6, start: str = "08:00", end: str = "12:00") -> Window:
    return Window(weekday, parse_clock(start), parse_clock(end))


def volunteer(id: str = "v1", *windows: Window, **fields) -> Volunteer:
    return Volunteer(id=id, availability=windows or (window(),), **fields)


def ids(matches: list[Match]) -> list[str]:
    return [match.id for match in matches]


def assert_sorted_by_score_then_id(matches: list[Match]) -> None:
    keys = [(-match.score, match.id) for match in matches]
    assert keys == sorted(keys)


def sides(tasks: list[Task], volunteers: list[Volunteer]) -> tuple[TaskSide, VolunteerSide]:
    vocabulary, _ = Vocabulary.fit(
        texts=[t.title for t in tasks], skills=[t.skills for t in tasks], analyzer="both"
    )
    return TaskSide.build(tasks, vocabulary), VolunteerSide.build(volunteers, vocabulary)


# the availability rule


def test_a_window_covering_the_whole_task_makes_the_volunteer_available():
    assert is_available(volunteer(), task())


def test_a_task_exactly_as_long_as_the_window_is_covered():
    # given a window 09:00–11:30 and a task 09:00–11:30 the same Saturday
    assert is_available(volunteer("v1", window(6, "09:00", "11:30")), task())


@pytest.mark.parametrize(
    ("start", "hours"),
    [
        (SATURDAY.replace(hour=7, minute=59), 1),  # starts a minute before the window
        (SATURDAY.replace(hour=11, minute=1), 1),  # ends a minute after it
        (SATURDAY.replace(hour=7), 6),  # longer than the window on both sides
    ],
)
def test_a_task_sticking_out_of_the_window_is_not_covered(start, hours):
    assert not is_available(
        volunteer("v1", window(6, "08:00", "12:00")), task(start=start, hours=hours)
    )


def test_a_window_on_another_weekday_does_not_cover():
    # given a Saturday task and a volunteer free the same hours on Sunday
    assert not is_available(volunteer("v1", window(7, "08:00", "12:00")), task())


def test_the_weekday_is_the_local_one_not_the_offset_given():
    # given a task written in UTC on Friday 17:30, which is Saturday 01:30 in Liaocheng
    start = datetime(2024, 6, 7, 17, 30, tzinfo=UTC)
    night_task = task(start=start, hours=1)
    # then a Saturday night window covers it and a Friday evening window does not
    assert is_available(volunteer("v1", window(6, "01:00", "03:00")), night_task)
    assert not is_available(volunteer("v1", window(5, "17:00", "23:59")), night_task)


def test_clock_times_are_compared_in_local_time():
    # given 09:00–10:00 Saturday in Liaocheng, written at +09:00 as 10:00–11:00
    start = datetime(2024, 6, 8, 10, 0, tzinfo=timezone(timedelta(hours=9)))
    shifted = task(start=start, hours=1)
    assert is_available(volunteer("v1", window(6, "09:00", "10:00")), shifted)
    assert not is_available(volunteer("v1", window(6, "10:00", "11:00")), shifted)


def test_a_time_without_offset_means_asia_shanghai():
    record = {"id": "t1", "title": "宣传", "starts_at": "2024-06-08T09:00:00"}
    parsed = Task.from_mapping({**record, "ends_at": "2024-06-08T11:00:00"})
    assert parsed.starts_at == datetime(2024, 6, 8, 1, 0, tzinfo=UTC)
    assert is_available(volunteer("v1", window(6, "09:00", "11:00")), parsed)


def test_a_task_crossing_midnight_is_covered_by_no_window():
    # given a task Saturday 22:00 to Sunday 01:00 and windows on both sides of midnight
    late = task(start=SATURDAY.replace(hour=22), hours=3)
    night_owl = volunteer("v1", window(6, "20:00", "23:59"), window(7, "00:00", "03:00"))
    # then no single window covers it
    assert local_span(late) is None
    assert not is_available(night_owl, late)


def test_two_adjacent_windows_do_not_add_up_to_one():
    split = volunteer("v1", window(6, "08:00", "10:00"), window(6, "10:00", "12:00"))
    assert not is_available(split, task(start=SATURDAY.replace(hour=9), hours=2))
    assert is_available(split, task(start=SATURDAY.replace(hour=10), hours=2))


def test_a_volunteer_without_windows_is_never_available():
    assert not is_available(Volunteer(id="v1"), task())


def test_a_task_that_ends_before_it_starts_is_covered_by_no_window():
    backwards = replace(task(), ends_at=task().starts_at - timedelta(hours=1))
    assert not is_available(volunteer("v1", window(6, "00:00", "23:59")), backwards)


@pytest.mark.parametrize(
    ("weekday", "start", "end"),
    [(0, "08:00", "09:00"), (8, "08:00", "09:00"), (1, "09:00", "09:00"), (1, "10:00", "09:00")],
)
def test_a_window_must_have_a_weekday_and_end_after_it_starts(weekday, start, end):
    with pytest.raises(ValueError):
        Window(weekday, parse_clock(start), parse_clock(end))


@pytest.mark.parametrize("raw", ["24:00", "9", "09:60", "nine", "", 900])
def test_clock_times_must_be_hh_mm(raw):
    with pytest.raises(ValueError):
        parse_clock(raw)


def test_window_from_mapping_reads_hh_mm_strings():
    parsed = Window.from_mapping({"weekday": 6, "start": "9:05", "end": "11:30"})
    assert parsed == Window(6, time(9, 5), time(11, 30))
    assert parsed.as_dict() == {"weekday": 6, "start": "09:05", "end": "11:30"}


@pytest.mark.parametrize("seed", range(5))
def test_the_array_rule_agrees_with_is_available(seed):
    # given random tasks (some across midnight, some in other offsets) and random windows
    rng = random.Random(seed)
    offsets = [timezone(timedelta(hours=h)) for h in (-5, 0, 8, 9)]
    tasks = [
        task(
            f"t{i}",
            start=datetime(2024, 6, 3, tzinfo=rng.choice(offsets))
            + timedelta(days=rng.randrange(7), minutes=15 * rng.randrange(96)),
            hours=rng.choice([0.5, 1, 2, 4]),
        )
        for i in range(40)
    ]
    volunteers = [
        volunteer(
            f"v{i}",
            *[
                Window(rng.randint(1, 7), time(h), time(h + rng.randint(1, 23 - h)))
                for h in [rng.randrange(23) for _ in range(rng.randint(1, 4))]
            ],
        )
        for i in range(30)
    ]
    # when
    mask = availability_mask(*sides(tasks, volunteers))
    # then
    expected = np.array([[is_available(v, t) for v in volunteers] for t in tasks])
    assert expected.any() and not expected.all()
    assert (mask == expected).all()


# soft components, each alone


def test_skill_fit_is_the_share_of_task_skills_and_neutral_without_any():
    tasks = [task("t1", skills=("血压测量", "护理")), task("t2")]
    fit = skill_fit(*sides(tasks, [volunteer(skills=("血压测量",))]))
    assert fit[:, 0].tolist() == [0.5, NEUTRAL]


def test_team_fit_rewards_members_of_the_owning_team_only():
    tasks = [task("t1", team=VolunteerTeam.PARTY_WARMTH), task("t2")]
    people = [volunteer("v1", teams=frozenset({VolunteerTeam.PARTY_WARMTH})), volunteer("v2")]
    fit = team_fit(*sides(tasks, people))
    assert fit.tolist() == [[1.0, 0.0], [NEUTRAL, NEUTRAL]]


def test_community_fit_is_neutral_when_either_side_does_not_say():
    tasks = [task("t1", community="御苑社区"), task("t2")]
    people = [
        volunteer("v1", community="御苑社区"),
        volunteer("v2", community="东关社区"),
        volunteer("v3"),
    ]
    fit = community_fit(*sides(tasks, people))
    assert fit.tolist() == [[1.0, 0.0, NEUTRAL], [NEUTRAL, NEUTRAL, NEUTRAL]]


# the estimator contract


@pytest.mark.parametrize("matcher_class", [TaskMatcher, VolunteerMatcher])
def test_init_only_stores_its_parameters(matcher_class):
    matcher = matcher_class(analyzer="chars", weights=None)
    assert vars(matcher) == {"analyzer": "chars", "weights": None}
    assert clone(matcher).get_params() == {"analyzer": "chars", "weights": None}


@pytest.mark.parametrize(
    ("matcher_class", "query"), [(TaskMatcher, volunteer()), (VolunteerMatcher, task())]
)
def test_ranking_before_fit_raises_not_fitted(matcher_class, query):
    with pytest.raises(NotFittedError):
        matcher_class().rank(query)


def test_fit_returns_the_matcher_with_learned_state():
    matcher = TaskMatcher()
    assert matcher.fit([task()]) is matcher
    assert matcher.tasks_ == [task()] and len(matcher.side_.ids) == 1


# ranking


def read_records(name: str) -> list[dict]:
    return [json.loads(line) for line in (VOLUNTEERING / name).read_text("utf-8").splitlines()]


WEEK_TASKS = [Task.from_mapping(record) for record in read_records("tasks.jsonl")]
WEEK_VOLUNTEERS = [Volunteer.from_mapping(record) for record in read_records("volunteers.jsonl")]


def test_tasks_for_a_volunteer_are_only_available_ones_sorted_by_score_then_id():
    matcher = TaskMatcher().fit(WEEK_TASKS)
    by_id = {t.id: t for t in WEEK_TASKS}
    returned = 0
    for person in WEEK_VOLUNTEERS:
        matches = matcher.rank(person, top=50)
        assert set(ids(matches)) == {t.id for t in WEEK_TASKS if is_available(person, t)}
        assert_sorted_by_score_then_id(matches)
        assert all(0.0 <= m.score <= 1.0 and m.score == round(m.score, 4) for m in matches)
        assert all(is_available(person, by_id[m.id]) for m in matches)
        returned += len(matches)
    assert 0 < returned < len(WEEK_TASKS) * len(WEEK_VOLUNTEERS)


def test_volunteers_for_a_task_are_only_available_ones_and_at_most_top():
    matcher = VolunteerMatcher().fit(WEEK_VOLUNTEERS)
    for one in WEEK_TASKS:
        everyone = matcher.rank(one, top=100)
        assert set(ids(everyone)) == {v.id for v in WEEK_VOLUNTEERS if is_available(v, one)}
        assert matcher.rank(one, top=2) == everyone[:2]
        assert_sorted_by_score_then_id(everyone)


def test_equal_volunteers_are_ordered_by_id():
    people = [volunteer("vb"), volunteer("va"), volunteer("vc")]
    matches = VolunteerMatcher().fit(people).rank(task(), top=2)
    assert ids(matches) == ["va", "vb"]
    assert matches[0].score == matches[1].score


def test_the_better_skilled_team_member_nearby_ranks_first():
    # given a Yuyuan party-warmth task and three volunteers who each lack something
    outreach = task(
        community="御苑社区",
        team=VolunteerTeam.PARTY_WARMTH,
        skills=("政策讲解",),
        category=TaskCategory.POLICY_OUTREACH,
    )
    people = [
        volunteer(
            "v1",
            community="御苑社区",
            teams=frozenset({VolunteerTeam.PARTY_WARMTH}),
            skills=("政策讲解",),
        ),
        volunteer("v2", community="御苑社区", skills=("政策讲解",)),
        volunteer("v3", community="东关社区", skills=("理发",)),
    ]
    assert ids(VolunteerMatcher().fit(people).rank(outreach)) == ["v1", "v2", "v3"]


def test_the_name_changes_no_score():
    people = [volunteer("v1", skills=("理发",)), volunteer("v2", skills=("理发",), name="王秀兰")]
    matches = VolunteerMatcher().fit(people).rank(task(skills=("理发",)))
    assert matches[0].score == matches[1].score


def test_rank_many_equals_rank_one_by_one_across_blocks():
    people = [
        replace(WEEK_VOLUNTEERS[i % len(WEEK_VOLUNTEERS)], id=f"p{i:03}") for i in range(BLOCK + 5)
    ]
    matcher = TaskMatcher().fit(WEEK_TASKS)
    many = list(matcher.rank_many(people, top=3))
    assert len(many) == len(people)
    for index in (0, BLOCK - 1, BLOCK, BLOCK + 4):
        assert many[index] == matcher.rank(people[index], top=3)


def test_pair_scores_are_the_ranking_scores_of_available_pairs():
    matcher = VolunteerMatcher().fit(WEEK_VOLUNTEERS)
    scores = matcher.pair_scores(WEEK_TASKS)
    ranked = {(t.id, m.id): m.score for t in WEEK_TASKS for m in matcher.rank(t, top=100)}
    assert scores == ranked and scores


# reasons


def test_reasons_name_skills_community_team_and_time_in_chinese():
    # given a Saturday task written in UTC, and a volunteer who fits it in every way
    one = task(
        start=datetime(2024, 6, 8, 1, 0, tzinfo=UTC),
        hours=2.5,
        community="御苑社区",
        team=VolunteerTeam.PARTY_WARMTH,
        skills=("政策讲解", "宣传资料发放"),
    )
    person = volunteer(
        "v1",
        community="御苑社区",
        teams=frozenset({VolunteerTeam.PARTY_WARMTH}),
        skills=("政策讲解",),
    )
    # when
    [match] = VolunteerMatcher().fit([person]).rank(one)
    messages = {reason.code: reason.message for reason in match.reasons}
    # then
    assert messages["skills"] == "技能匹配：政策讲解"
    assert messages["missing_skills"] == "缺少技能：宣传资料发放"
    assert messages["community"] == "同一社区：御苑社区"
    assert messages["team"] == "所属队伍：党员暖心"
    assert messages["availability"] == "时间合适：周六 09:00–11:30"
    assert match.reasons[-1].code == "missing_skills" and match.reasons[-1].weight == 0.0
    weights = [reason.weight for reason in match.reasons[:-1]]
    assert weights == sorted(weights, reverse=True)


def test_reason_weights_add_up_to_the_score_when_nothing_is_neutral():
    one = task(community="御苑社区", team=VolunteerTeam.CIVIL_HEALTH, skills=("血压测量",))
    person = volunteer(
        "v1",
        community="御苑社区",
        teams=frozenset({VolunteerTeam.CIVIL_HEALTH}),
        skills=("血压测量",),
        bio="血压测量",
    )
    [match] = VolunteerMatcher().fit([person]).rank(one)
    assert sum(reason.weight for reason in match.reasons) == pytest.approx(match.score, abs=1e-3)


def test_no_reason_claims_what_the_pair_does_not_share():
    one = task(community="御苑社区", team=VolunteerTeam.CIVIL_HEALTH, skills=("血压测量",))
    stranger = volunteer("v1", community="东关社区", skills=("理发",))
    [match] = VolunteerMatcher().fit([stranger]).rank(one)
    codes = {reason.code for reason in match.reasons}
    assert codes.isdisjoint({"skills", "community", "team"})
    assert {"availability", "missing_skills"} <= codes


def test_every_match_of_the_week_has_reasons_with_known_codes():
    matcher = TaskMatcher().fit(WEEK_TASKS)
    rankings = list(matcher.rank_many(WEEK_VOLUNTEERS, top=5))
    assert any(rankings)
    for matches in rankings:
        for match in matches:
            assert match.reasons
            assert {reason.code for reason in match.reasons} <= CJK_REASONS
