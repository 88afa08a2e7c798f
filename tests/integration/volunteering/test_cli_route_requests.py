from __future__ import annotations

import json
from pathlib import Path

from engine.cli import main
from matchers.vocabulary import TaskCategory, VolunteerTeam

DEV = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "dev"
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


def test_the_labelled_dev_file_is_read_as_it_is(tmp_path):
    out = tmp_path / "routes.jsonl"

    assert main(["route-requests", str(DEV / "request_routing.jsonl"), "--out", str(out)]) == 0

    sources = (DEV / "request_routing.jsonl").read_text("utf-8").splitlines()
    assert len(out.read_text("utf-8").splitlines()) == len([line for line in sources if line])


def test_a_blank_request_is_refused_with_its_line_and_nothing_is_written(tmp_path, capsys):
    requests = write(tmp_path / "requests.jsonl", [{"text": "楼道灯坏了"}, {"text": "   "}])
    out = tmp_path / "routes.jsonl"

    assert main(["route-requests", str(requests), "--out", str(out)]) == 1

    assert f"{requests}:2: text: must not be blank" in capsys.readouterr().err
    assert not out.exists()
