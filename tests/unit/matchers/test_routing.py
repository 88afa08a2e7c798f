from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.model_selection import StratifiedKFold

from matchers.vocabulary import TaskCategory, VolunteerTeam
from matchers.volunteers.routing import RequestRouter, Route, default_router, read_examples

TEXTS, TEAMS, CATEGORIES = read_examples()
UNRELATED = ["今天天气不错", "asdfgh qwerty", "？？？", "哈哈哈哈哈", "明天周几"]
CLEAR = [
    ("楼道堆满杂物，希望党员带头清理", VolunteerTeam.PARTY_WARMTH, TaskCategory.ENVIRONMENT),
    ("彩礼太高了，希望宣传移风易俗", VolunteerTeam.CIVIL_WEDDING, TaskCategory.POLICY_OUTREACH),
    ("想请志愿者帮忙主持婚礼", VolunteerTeam.CIVIL_WEDDING, TaskCategory.ERRANDS),
    ("我想献血，献血车在哪", VolunteerTeam.CIVIL_HEALTH, TaskCategory.BLOOD_DONATION),
    ("小区垃圾桶臭气熏天，苍蝇蚊子多", VolunteerTeam.CIVIL_HEALTH, TaskCategory.ENVIRONMENT),
    ("孩子明年上小学，学区怎么划分", VolunteerTeam.SCHOOL_ENROLLMENT, TaskCategory.POLICY_OUTREACH),
    ("高考志愿怎么填报，求指导", VolunteerTeam.SCHOOL_ENROLLMENT, TaskCategory.CULTURE_EDUCATION),
    ("独居老人好几天没出门了", VolunteerTeam.ELDER_CHILD_CARE, TaskCategory.CARE_VULNERABLE),
    ("给老人开个智能手机培训班", VolunteerTeam.ELDER_CHILD_CARE, TaskCategory.CULTURE_EDUCATION),
    ("楼上装修太吵了", None, TaskCategory.OTHER),
    ("我家猫丢了", None, TaskCategory.OTHER),
]


def small_router(**params) -> RequestRouter:
    texts = ["想去献血", "献血车什么时候来", "彩礼太高", "集体婚礼怎么报名", "装修太吵", "猫丢了"]
    teams = ["civil_health", "civil_health", "civil_wedding", "civil_wedding", None, None]
    categories = ["blood_donation"] * 2 + ["policy_outreach", "errands", "other", "other"]
    return RequestRouter(**params).fit(texts, teams, categories)


# the examples


def test_examples_cover_every_team_and_category_and_requests_for_no_team():
    assert len(TEXTS) >= 240
    assert len(set(TEXTS)) == len(TEXTS)
    assert {team for team in TEAMS if team} == {team.value for team in VolunteerTeam}
    assert set(CATEGORIES) == {category.value for category in TaskCategory}
    assert Counter(TEAMS)[None] >= 40


def test_every_team_has_examples_in_several_categories():
    for team in VolunteerTeam:
        categories = {c for t, c in zip(TEAMS, CATEGORIES, strict=True) if t == team.value}
        assert len(categories) >= 3, team


# the estimator contract


def test_init_only_stores_parameters():
    router = RequestRouter(min_confidence=0.3, regularization=5.0)
    assert router.get_params() == {
        "analyzer": "both",
        "char_sizes": (1, 2),
        "min_confidence": 0.3,
        "regularization": 5.0,
    }
    assert not [name for name in vars(router) if name.endswith("_")]


def test_fit_returns_self_and_clone_keeps_parameters_but_not_fitted_state():
    router = RequestRouter(min_confidence=0.3)
    few = ["想去献血", "彩礼太高", "猫丢了"]  # a fit over all the examples takes seconds
    assert (
        router.fit(
            few,
            ["civil_health", "civil_wedding", None],
            ["blood_donation", "policy_outreach", "other"],
        )
        is router
    )
    copy = clone(router)
    assert copy.get_params() == router.get_params()
    with pytest.raises(NotFittedError):
        copy.predict("想去献血")


def test_fit_accepts_enum_members_and_chinese_labels():
    router = RequestRouter().fit(
        ["想去献血", "彩礼太高", "猫丢了"],
        [VolunteerTeam.CIVIL_HEALTH, "文明婚庆", None],
        [TaskCategory.BLOOD_DONATION, "政策宣传", "其他"],
    )
    assert set(router.team_model_.classes_) == {"civil_health", "civil_wedding", "none"}


def test_fit_refuses_labels_of_different_length():
    with pytest.raises(ValueError, match="differ in length"):
        RequestRouter().fit(["想去献血", "彩礼太高"], ["civil_health"], ["blood_donation"])


def test_fit_refuses_unknown_labels():
    with pytest.raises(ValueError, match="unknown VolunteerTeam"):
        RequestRouter().fit(["想去献血", "猫丢了"], ["red_cross", None], ["blood_donation"] * 2)


# predictions


def test_predictions_are_deterministic_and_predict_many_keeps_order():
    texts = [text for text, _, _ in CLEAR]
    fresh = RequestRouter().fit(TEXTS, TEAMS, CATEGORIES).predict_many(texts)
    # default_router() is another fit of the same examples: a second fit here would repeat it
    assert fresh == [default_router().predict(text) for text in texts]


@pytest.mark.parametrize(("text", "team", "category"), CLEAR)
def test_clear_requests_go_to_their_team_and_category(text, team, category):
    route = default_router().predict(text)
    assert (route.team, route.category) == (team, category)
    assert route.confidence >= 0.5


@pytest.mark.parametrize("text", UNRELATED)
def test_gibberish_and_small_talk_get_no_team_category_other_and_low_confidence(text):
    route = default_router().predict(text)
    assert route.team is None
    assert route.category is TaskCategory.OTHER
    assert route.confidence < 0.5


def test_unsure_heads_abstain_instead_of_guessing():
    # given a router that is never sure enough
    router = small_router(min_confidence=1.0)
    # then it answers "no team, other" with the low probability of that answer
    route = router.predict("想去献血")
    assert (route.team, route.category) == (None, TaskCategory.OTHER)
    assert route.confidence < small_router().predict("想去献血").confidence


def test_abstaining_on_a_category_never_seen_gives_zero_confidence():
    router = RequestRouter(min_confidence=1.0).fit(
        ["想去献血", "彩礼太高"], ["civil_health", "civil_wedding"], ["blood_donation", "errands"]
    )
    assert router.predict("想去献血") == Route(None, TaskCategory.OTHER, 0.0)


def test_confidence_is_a_probability():
    confidences = [route.confidence for route in default_router().predict_many(TEXTS + UNRELATED)]
    assert all(0.0 <= confidence <= 1.0 for confidence in confidences)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_is_refused_with_a_clear_message(text):
    with pytest.raises(ValueError, match="needs some text"):
        default_router().predict(text)


def test_empty_training_text_is_refused():
    with pytest.raises(ValueError, match="needs some text"):
        RequestRouter().fit(["想去献血", " "], ["civil_health", None], ["blood_donation", "other"])


def test_route_serialises_as_the_route_requests_line():
    route = Route(VolunteerTeam.CIVIL_HEALTH, TaskCategory.BLOOD_DONATION, 0.93)
    assert route.as_json() == {
        "team": "civil_health",
        "category": "blood_donation",
        "confidence": 0.93,
    }
    assert Route(None, TaskCategory.OTHER, 0.2).as_json()["team"] is None


def test_default_router_is_fitted_once():
    assert default_router() is default_router()


# accuracy on the examples, cross-validated


def test_cross_validated_accuracy_on_the_examples():
    teams, categories = np.array(TEAMS, dtype=object), np.array(CATEGORIES)
    team_hits: list[bool] = []
    category_hits: list[bool] = []
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=0)  # a fit takes seconds
    for train, test in folds.split(TEXTS, [str(team) for team in TEAMS]):
        router = RequestRouter().fit(
            [TEXTS[i] for i in train], list(teams[train]), list(categories[train])
        )
        for i, route in zip(test, router.predict_many([TEXTS[i] for i in test]), strict=True):
            team_hits.append((route.team.value if route.team else None) == TEAMS[i])
            category_hits.append(route.category.value == CATEGORIES[i])
    team_accuracy, category_accuracy = np.mean(team_hits), np.mean(category_hits)
    print(f"3-fold team accuracy {team_accuracy:.3f}, category accuracy {category_accuracy:.3f}")
    assert team_accuracy >= 0.75
    assert category_accuracy >= 0.75
