from __future__ import annotations

import json
from pathlib import Path

from matchers.volunteers.routing import default_router

DEMO_REQUESTS = Path(__file__).resolve().parents[3] / "seeds" / "data" / "anonymous_requests.jsonl"


def test_each_demo_request_carries_the_routers_suggestion_for_its_text():
    # The demo stores these instead of routing at load time (see seeds/volunteer_demo.py).
    # After a deliberate change to the router, write its new suggestions into the file.
    rows = [json.loads(line) for line in DEMO_REQUESTS.read_text("utf-8").splitlines()]
    router = default_router()

    assert [row["suggestion"] for row in rows] == [
        router.predict(row["text"]).as_json() for row in rows
    ]
