from __future__ import annotations

import json
from pathlib import Path

from engine.cli import main
from matchers.vocabulary import TaskCategory, VolunteerTeam

TEAMS = {team.value for team in VolunteerTeam}
CATEGORIES = {category.value for category in TaskCategory}


def write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
    return path


def test_every_request_gets_one_route_line_in_order(tmp_path, capsys):
    requests = write(
        tmp_path / "requests.jsonl",
        [
            {"text": "小区门口垃圾堆了好几天没人清，味道很大，希望志愿者组织清理一下。"},
            {"text": "孩子明年上小学，想咨询一下学区划片和入学报名材料。"},
            {"text": "今天天气不错"},
        ],
    )

    assert main(["route-requests", str(requests), "--out", "-"]) == 0

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 3
    for line in lines:
        assert set(line) == {"team", "category", "confidence"}
        assert line["team"] is None or line["team"] in TEAMS
        assert line["category"] in CATEGORIES
        assert 0.0 <= line["confidence"] <= 1.0
    assert lines[0]["category"] == "environment"
    assert lines[1]["team"] == "school_enrollment"
    assert (lines[2]["team"], lines[2]["category"]) == (None, "other")


# One request for each team, in the words a resident would use, and one for none of them.
REQUESTS_AND_TEAMS = [
    ("我是老党员，想了解一下医保异地报销的新政策，谁能给讲讲？", "party_warmth"),
    ("儿子下个月结婚，想办个简朴的婚礼，有没有文明婚庆的志愿者指导一下？", "civil_wedding"),
    ("社区什么时候组织献血？我想参加无偿献血。", "civil_health"),
    ("我家孩子今年九月升初中，想问问怎么报名、要准备哪些证明材料。", "school_enrollment"),
    ("楼下独居的张大爷腿脚不方便，能不能每周有人上门陪他说说话、量量血压？", "elder_child_care"),
    ("今天天气不错", None),
]


def test_each_request_is_routed_on_its_own_line_in_order(tmp_path):
    requests = write(tmp_path / "requests.jsonl", [{"text": t} for t, _ in REQUESTS_AND_TEAMS])
    out = tmp_path / "routes.jsonl"

    assert main(["route-requests", str(requests), "--out", str(out)]) == 0

    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [line["team"] for line in lines] == [team for _, team in REQUESTS_AND_TEAMS]


def test_a_blank_request_is_refused_with_its_line_and_nothing_is_written(tmp_path, capsys):
    requests = write(tmp_path / "requests.jsonl", [{"text": "楼道灯坏了"}, {"text": "   "}])
    out = tmp_path / "routes.jsonl"

    assert main(["route-requests", str(requests), "--out", str(out)]) == 1

    assert f"{requests}:2: text: 不能为空" in capsys.readouterr().err
    assert not out.exists()
