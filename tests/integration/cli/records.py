"""One small valid record of each file kind, and running `civicmatch` as the user does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

CONSOLE_SCRIPT = Path(sys.executable).parent / "civicmatch"

JOB = {"id": "j1", "title": "普工", "employer": "聊城市鑫诚建材有限公司", "skills": ["装配"]}
CANDIDATE = {"id": "c1", "name": "张建国", "major": "机械", "age": 45, "skills": ["装配"]}
# A Saturday morning, and a volunteer free then.
TASK = {
    "id": "t1",
    "title": "楼道清扫",
    "starts_at": "2024-06-08T09:00:00+08:00",
    "ends_at": "2024-06-08T11:00:00+08:00",
}
VOLUNTEER = {
    "id": "v1",
    "name": "李秀兰",
    "availability": [{"weekday": 6, "start": "08:00", "end": "12:00"}],
}
QUERY = {"id": "q1", "text": "初中毕业，想找个普工的活"}
HOST_TEXT = {"id": "h1", "text": "普工招20人，包住"}
REQUEST = {"id": "r1", "text": "小区门口垃圾堆了好几天没人清，希望志愿者组织清理一下。"}


def write_jsonl(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), "utf-8"
    )
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def english_env(**extra: str) -> dict[str, str]:
    """The environment without CIVICMATCH_ settings, speaking English."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("CIVICMATCH_")}
    return {**env, "CIVICMATCH_LANGUAGE": "en", **extra}


def run_script(*argv: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`civicmatch ARGV` as a process whose standard streams are pipes."""
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *(str(arg) for arg in argv)],
        capture_output=True,
        text=True,
        env=english_env(),
        cwd=cwd,
        timeout=120,
    )
