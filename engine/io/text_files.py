"""The files of free text the batch text tools read: chat messages, hosts' words, requests.

Each line is `{"text": ...}` with an `id` that the output echoes (required for chat messages,
as FORMATS.md says; optional elsewhere, where lines are then joined by order). A labelled
set's answers (`grades`, `expected`, `team` and `category`) may stay in the file and are
ignored, so a labelled set runs as it is; any other field is refused as unknown.
"""

from __future__ import annotations

from engine.fields import Field

ID = Field("id", "str", required=True, non_blank=True, max_length=200)
OPTIONAL_ID = Field("id", "str", non_blank=True, max_length=200, extension=True)


def _label(name: str) -> Field:
    return Field(name, "json", extension=True)


QUERY_FIELDS: tuple[Field, ...] = (
    ID,
    Field("text", "str", required=True, non_blank=True, max_length=2000),
    _label("grades"),
)
HOST_TEXT_FIELDS: tuple[Field, ...] = (
    OPTIONAL_ID,
    Field("text", "str", required=True, non_blank=True, max_length=2000),
    _label("expected"),
)
REQUEST_FIELDS: tuple[Field, ...] = (
    OPTIONAL_ID,
    Field("text", "str", required=True, non_blank=True, max_length=5000),
    _label("team"),
    _label("category"),
)


def with_id(record_id: str | None, fields: dict[str, object]) -> dict[str, object]:
    """An output line: the input's id first, when it had one."""
    return fields if record_id is None else {"id": record_id, **fields}
