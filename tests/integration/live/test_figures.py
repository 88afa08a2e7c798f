"""Broadcast and campaign figures, and the counters behind them, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from engine.errors import InvalidValue, NotFound
from engine.jobs.livestreams import get_live_stream
from engine.live.figures import (
    BroadcastFigures,
    CampaignFigures,
    broadcast_figures,
    campaign_figures,
    count_question,
    list_campaigns,
    record_viewer_joined,
)
from tests.integration.live.conftest import Fair

HENGGU = "聊城市恒固新型建材有限公司"
PET_FOOD = "聊城乖宝宠物食品有限公司"
LOGISTICS = "聊城顺达物流有限公司"
SPRING = "2023年春风行动"
AID_MONTH = "2026年就业援助月"


def bump(fair: Fair, counter, stream_id: int, **options) -> None:  # type: ignore[no-untyped-def]
    with fair.sessions.begin() as session:
        counter(session=session, stream_id=stream_id, **options)


def campaign(fair: Fair, name: str) -> CampaignFigures:
    with fair.sessions() as session:
        return campaign_figures(session=session, campaign=name)


def test_a_broadcast_counts_its_presentations_companies_and_openings(fair):
    stream = fair.broadcast("第三场")
    other = fair.broadcast("第四场")
    empty = fair.broadcast("第五场")
    mixer = fair.job("搅拌站操作员", employer=HENGGU, headcount=3)
    driver = fair.job("罐车司机", employer=HENGGU, headcount=2)
    packer = fair.job("包装工", employer=PET_FOOD, headcount=5)
    porter = fair.job("搬运工", employer=LOGISTICS)

    fair.present(stream, mixer, driver, packer)
    fair.present(other, porter, mixer)

    assert fair.figures(stream) == BroadcastFigures(
        reported_viewers=0,
        viewer_visits=0,
        peak_viewers=0,
        questions_asked=0,
        jobs_presented=3,
        companies_presented=2,
        openings=10,
        applications=0,
    )
    assert (fair.figures(other).jobs_presented, fair.figures(other).openings) == (2, 4)
    assert fair.figures(empty) == BroadcastFigures(0, 0, 0, 0, 0, 0, 0, 0)
    with fair.sessions() as session:
        assert set(broadcast_figures(session=session, ids=[stream, 987_654])) == {stream}


def test_only_applications_made_from_the_broadcast_are_its_own(fair):
    stream = fair.broadcast("第三场")
    other = fair.broadcast("第四场")
    mixer = fair.job("搅拌站操作员", employer=HENGGU)
    packer = fair.job("包装工", employer=PET_FOOD)
    fair.present(stream, mixer, packer)
    fair.present(other, mixer)
    wang, li, zhao = fair.seeker("王晓梅"), fair.seeker("李强"), fair.seeker("赵磊")

    fair.apply(wang, mixer, stream)
    fair.apply(li, packer, stream)
    fair.apply(zhao, mixer)
    fair.apply(li, mixer, other)

    assert fair.figures(stream).applications == 2
    assert fair.figures(other).applications == 1


def test_questions_count_whether_answered_or_passed_on_but_refused_ones_do_not(fair):
    stream = fair.broadcast("第三场")
    other = fair.broadcast("第四场")
    mixer = fair.job("搅拌站操作员", employer=HENGGU, salary_min=4500, salary_max=6000)
    closed = fair.job("质检员", employer=HENGGU)
    fair.close(closed)

    answered = fair.ask(mixer, "工资多少？", stream)
    passed_on = fair.ask(mixer, "周末双休吗？", stream)
    fair.ask(mixer, "周末 双休吗", stream)
    fair.ask(mixer, "工资多少？")
    fair.ask(mixer, "包住吗？", other)
    with pytest.raises(InvalidValue) as empty:
        fair.ask(mixer, "   ", stream)
    with pytest.raises(InvalidValue) as wordless:
        fair.ask(mixer, "？？", stream)
    with pytest.raises(NotFound) as too_late:  # to the public, a closed job is no more
        fair.ask(closed, "工资多少？", stream)
    with pytest.raises(NotFound) as unknown:
        fair.ask(mixer, "工资多少？", 987_654)

    assert (answered.source.value, passed_on.source.value) == ("fields", "pending")
    assert [empty.value.code, wordless.value.code, too_late.value.code] == [
        "EMPTY_QUERY",
        "EMPTY_QUERY",
        "NOT_FOUND",
    ]
    assert unknown.value.field == "live_stream_id"
    assert fair.figures(stream).questions_asked == 3
    assert fair.figures(other).questions_asked == 1


def test_visits_add_up_and_the_peak_is_the_most_watching_at_once(fair):
    stream = fair.broadcast()
    with fair.sessions() as session:
        updated_at = get_live_stream(session=session, stream_id=stream).updated_at

    bump(fair, record_viewer_joined, stream, watching=3)
    bump(fair, record_viewer_joined, stream, watching=2)

    figures = fair.figures(stream)
    assert (figures.viewer_visits, figures.peak_viewers) == (2, 3)
    bump(fair, record_viewer_joined, stream, watching=7)
    assert (fair.figures(stream).viewer_visits, fair.figures(stream).peak_viewers) == (3, 7)
    with fair.sessions() as session:
        assert get_live_stream(session=session, stream_id=stream).updated_at == updated_at


@pytest.mark.parametrize("counter", [count_question, record_viewer_joined])
def test_counting_for_an_unknown_broadcast_is_not_found(fair, counter):
    options = {"watching": 1} if counter is record_viewer_joined else {}

    with pytest.raises(NotFound) as error:
        bump(fair, counter, 987_654, **options)

    assert error.value.field == "live_stream_id"


def test_a_campaign_adds_its_broadcasts_up_counting_a_job_presented_twice_once(fair):
    first = fair.broadcast("第三场", campaign=SPRING)
    second = fair.broadcast("第五场", campaign=SPRING)
    elsewhere = fair.broadcast("援助月第一场", campaign=AID_MONTH)
    loose = fair.broadcast("恒固专场")
    mixer = fair.job("搅拌站操作员", employer=HENGGU, headcount=3)
    driver = fair.job("罐车司机", employer=HENGGU, headcount=4)
    packer = fair.job("包装工", employer=PET_FOOD, headcount=2)
    porter = fair.job("搬运工", employer=LOGISTICS, headcount=50)
    fair.present(first, mixer)
    fair.present(second, mixer, driver, packer)
    fair.present(elsewhere, porter, mixer)
    fair.present(loose, porter)
    fair.update(first, viewer_count=36418)
    fair.update(second, viewer_count=21875)
    fair.update(elsewhere, viewer_count=999)
    for stream, watching in [(first, 4), (second, 6), (second, 2), (elsewhere, 90)]:
        bump(fair, record_viewer_joined, stream, watching=watching)
    for stream in [first, first, second, elsewhere, loose]:
        bump(fair, count_question, stream)
    wang, li = fair.seeker("王晓梅"), fair.seeker("李强")
    fair.apply(wang, mixer, first)
    fair.apply(li, mixer, second)
    fair.apply(wang, porter, elsewhere)
    fair.apply(li, porter, loose)
    fair.apply(wang, packer)

    assert campaign(fair, SPRING) == CampaignFigures(
        campaign=SPRING,
        broadcasts=2,
        totals=BroadcastFigures(
            reported_viewers=36418 + 21875,
            viewer_visits=3,
            peak_viewers=6,
            questions_asked=3,
            jobs_presented=3,
            companies_presented=2,
            openings=3 + 4 + 2,
            applications=2,
        ),
    )
    aid_month = campaign(fair, AID_MONTH)
    assert (aid_month.broadcasts, aid_month.totals.openings) == (1, 53)


def test_a_campaign_without_broadcasts_is_not_found(fair):
    fair.broadcast(campaign=SPRING)

    with pytest.raises(NotFound) as error:
        campaign(fair, "nope")

    assert error.value.field == "campaign"


def test_campaigns_are_listed_in_order_of_their_first_broadcast(fair):
    fair.broadcast("援助月第一场", campaign=AID_MONTH)
    fair.broadcast("恒固专场")
    fair.broadcast("第三场", campaign=SPRING)
    fair.broadcast("援助月第二场", campaign=AID_MONTH)
    moved = fair.broadcast("第五场")
    fair.update(moved, campaign="2027年春风行动")

    with fair.sessions() as session:
        assert list_campaigns(session=session) == [AID_MONTH, SPRING, "2027年春风行动"]


def test_a_campaign_with_a_broadcast_and_no_presentations_adds_up_to_zeros(fair):
    fair.broadcast(campaign=SPRING)

    assert campaign(fair, SPRING) == CampaignFigures(
        SPRING, 1, BroadcastFigures(0, 0, 0, 0, 0, 0, 0, 0)
    )
