"""Files for the CLI matching tests, and FORMATS.md's hard rules and output contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
SEED_DATA = REPO / "seeds" / "data"


def write_jsonl(path: Path, *records: dict[str, Any] | str) -> Path:
    """Writes records (a str is written as the raw line) and returns the path."""
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def parse_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


EDUCATION_TIER = {
    "none": 0,
    "junior_high": 1,
    "high_school": 2,
    "secondary_vocational": 2,
    "associate": 3,
    "bachelor": 4,
    "master": 5,
    "doctorate": 6,
}
TRAVEL = {"none": 0, "occasional": 1, "frequent": 2}


def passes_hard_rules(job: dict[str, Any], candidate: dict[str, Any]) -> bool:
    """FORMATS.md's four hard rules, on jobs.jsonl and candidates.jsonl records (codes)."""
    return (
        EDUCATION_TIER[candidate.get("education", "none")]
        >= EDUCATION_TIER[job.get("education", "none")]
        and set(candidate.get("needs", [])) <= set(job.get("accommodations", []))
        and TRAVEL[job.get("travel", "none")] <= TRAVEL[candidate.get("travel", "frequent")]
        and (job.get("housing", False) or not candidate.get("needs_housing", False))
    )


def assert_ranked(matches: list[dict[str, Any]], key: str, top: int) -> None:
    """At most `top`, scores in [0, 1], high to low then by id; reasons as FORMATS.md shows."""
    assert len(matches) <= top
    assert all(0.0 <= match["score"] <= 1.0 for match in matches)
    order = [(-match["score"], match[key]) for match in matches]
    assert order == sorted(order)
    for match in matches:
        assert set(match) == {key, "score", "reasons"}
        for reason in match["reasons"]:
            # The occupation reason also names the job's national occupation (an extension).
            extension = (
                {"occupation_code", "occupation_name"} if reason["code"] == "occupation" else set()
            )
            assert (
                {"code", "message", "weight"}
                <= set(reason)
                <= {"code", "message", "weight"} | extension
            )
            assert isinstance(reason["code"], str) and reason["message"]
            assert isinstance(reason["weight"], (int, float))
