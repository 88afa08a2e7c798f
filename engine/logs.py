"""How log lines look: text for a person at a console, or one JSON object a line for a log
collector (`CIVICMATCH_LOG_FORMAT=json`). Fields a record carries beyond its message (a
request's operation, duration and status) become `key=value` pairs or JSON keys."""

from __future__ import annotations

import copy
import logging
from typing import Any

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter as _JsonFormatter

# Python 3.12 adds taskName; uvicorn adds a coloured copy of some messages.
_NOT_FIELDS = frozenset({*RESERVED_ATTRS, "message", "taskName", "color_message"})


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(levelname)s:     %(name)s: %(message)s")

    def formatMessage(self, record: logging.LogRecord) -> str:
        line = super().formatMessage(record)
        fields = [f"{key}={_text(value)}" for key, value in _fields(record)]
        return " ".join([line, *fields])


class JsonFormatter(_JsonFormatter):
    def __init__(self) -> None:
        super().__init__(
            ["levelname", "name", "message"],
            rename_fields={"levelname": "level", "name": "logger"},
            reserved_attrs=sorted(_NOT_FIELDS),
            timestamp="time",
            json_ensure_ascii=False,
        )


def formatter(log_format: str) -> logging.Formatter:
    return JsonFormatter() if log_format == "json" else TextFormatter()


def uvicorn_log_config(log_format: str) -> dict[str, Any]:
    """uvicorn's logging configuration, its lines and civicmatch's in `log_format`."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    if log_format == "json":
        for name in config["formatters"]:
            config["formatters"][name] = {"()": JsonFormatter}
    config["formatters"]["civicmatch"] = {"()": type(formatter(log_format))}
    config["handlers"]["civicmatch"] = {
        "class": "logging.StreamHandler",
        "formatter": "civicmatch",
        "stream": "ext://sys.stderr",
    }
    config["loggers"]["civicmatch"] = {"handlers": ["civicmatch"], "level": "INFO"}
    return config


def _fields(record: logging.LogRecord) -> list[tuple[str, object]]:
    return [(key, value) for key, value in record.__dict__.items() if key not in _NOT_FIELDS]


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        return ",".join(str(item) for item in value) or "-"
    return "-" if value is None else str(value)
