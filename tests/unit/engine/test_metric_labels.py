"""Label values a client chooses cannot multiply Prometheus's series without bound."""

from __future__ import annotations

import pytest

from engine.config import Settings
from engine.metrics import LabelValues


def operation_names(limit: int = 3) -> LabelValues:
    return LabelValues(r"[_A-Za-z][_0-9A-Za-z]{0,63}", limit=limit, other="other")


def test_names_are_their_own_label_until_the_limit_then_other():
    names = operation_names(limit=3)

    labels = [names(f"Op{n}") for n in range(5)]

    assert labels == ["Op0", "Op1", "Op2", "other", "other"]


def test_a_name_seen_before_the_limit_keeps_its_label_after_it():
    names = operation_names(limit=2)
    names("JobsPage")
    names("Apply")
    names("Flood1")

    assert names("JobsPage") == "JobsPage"
    assert names("Flood2") == "other"


@pytest.mark.parametrize(
    "hostile",
    ["a" * 65, "drop table", "名字", "Op\nINFO: forged line", "", "1abc", 'x"}'],
    ids=["too-long", "space", "not-ascii", "newline", "empty", "digit-first", "quote"],
)
def test_a_name_graphql_would_not_accept_is_other_and_takes_no_place(hostile):
    names = operation_names(limit=1)

    assert names(hostile) == "other"
    assert names("Real") == "Real"


def test_log_format_is_text_unless_json_is_asked_for():
    assert Settings.from_env({}).log_format == "text"
    assert Settings.from_env({"CIVICMATCH_LOG_FORMAT": "JSON"}).log_format == "json"


def test_an_unknown_log_format_is_refused_naming_the_variable():
    with pytest.raises(ValueError, match="CIVICMATCH_LOG_FORMAT: expected text or json"):
        Settings.from_env({"CIVICMATCH_LOG_FORMAT": "xml"})
