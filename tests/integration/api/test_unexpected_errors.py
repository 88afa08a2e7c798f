from __future__ import annotations

import logging

import pytest

import schema.jobs.queries

# A value the error carries: never in a log line (a traceback shows this name, not the value).
SECRET = "password=hunter2 in a connection string"


@pytest.fixture
def broken_statistics(monkeypatch):
    def fail(**_: object) -> None:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(schema.jobs.queries, "platform_statistics", fail)


def test_an_unexpected_failure_is_masked_for_clients_and_logged_for_operators(
    api, broken_statistics, caplog
):
    with caplog.at_level(logging.ERROR, logger="civicmatch.api"):
        body = api.execute("{ statistics { positions } }")

    assert body["errors"][0]["message"] == "服务器内部错误"
    assert body["errors"][0]["extensions"] == {"code": "INTERNAL"}
    assert "hunter2" not in str(body)
    logged = "".join(record.exc_text or "" for record in caplog.records)
    assert "RuntimeError" in logged
    assert "hunter2" not in logged
