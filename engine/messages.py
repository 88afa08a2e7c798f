"""Every message a user reads, in each language a deployment may speak, in one catalogue.

A deployment speaks one language (`CIVICMATCH_LANGUAGE`, Chinese by default). Code names a
message by its key and gives its parameters; the edge that shows it (GraphQL or the CLI)
renders it, naming fields and objects as its reader knows them: a GraphQL client by its
camelCase field and global id, a file's author by the file's field and the file's id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"


@dataclass(frozen=True, slots=True)
class Ref:
    """An object a message names: its GraphQL type and primary key. The GraphQL edge shows it
    as the global id the client sent; the CLI as the number."""

    type_name: str
    pk: int


# key -> {language: template}. Templates use str.format with the message's parameters.
CATALOGUE: dict[str, dict[str, str]] = {}


def render(
    key: str,
    params: dict[str, Any] | None = None,
    *,
    language: str,
    ref: Callable[[Ref], str] = lambda r: str(r.pk),
) -> str:
    """The message in `language` (the deployment's, from its settings; nothing here keeps
    one), with each `Ref` shown by `ref`."""
    templates = CATALOGUE[key]
    text = templates[language]
    values = {
        name: ref(value) if isinstance(value, Ref) else value
        for name, value in (params or {}).items()
    }
    return text.format(**values)
