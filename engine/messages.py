"""Every message a user reads, in each language a deployment may speak, in one catalogue.

A deployment speaks one language (`CIVICMATCH_LANGUAGE`, Chinese by default). Code names a
message by its key and gives its parameters; the edge that shows it (GraphQL or the CLI)
renders it, naming fields and objects as its reader knows them: a GraphQL client by its
camelCase field and global id, a file's author by the file's field and the file's id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from engine.catalogue import CATALOGUE

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
# How a list parameter (the choices of a vocabulary, the roles that may do something) reads.
LIST_SEPARATORS = {"zh": "、", "en": ", "}

__all__ = ["CATALOGUE", "DEFAULT_LANGUAGE", "LANGUAGES", "FieldName", "Message", "Ref", "render"]


@dataclass(frozen=True, slots=True)
class Ref:
    """An object a message names: its GraphQL type and primary key. The GraphQL edge shows it
    as the global id the client sent; the CLI as the number."""

    type_name: str
    pk: int


@dataclass(frozen=True, slots=True)
class FieldName:
    """Another field a message names, by its name in files (snake_case); the GraphQL edge
    shows it as clients spell it (camelCase)."""

    name: str


def number(ref: Ref) -> str:
    return str(ref.pk)


def as_in_files(field: FieldName) -> str:
    return field.name


def enum_value(member: Enum) -> str:
    return str(member.value)


@dataclass(frozen=True, slots=True)
class Message:
    """A catalogue key and its parameters, not yet in any language."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(
        self,
        *,
        language: str,
        ref: Callable[[Ref], str] = number,
        enum: Callable[[Enum], str] = enum_value,
        field: Callable[[FieldName], str] = as_in_files,
    ) -> str:
        return render(self.key, self.params, language=language, ref=ref, enum=enum, field=field)


def render(
    key: str,
    params: Mapping[str, Any] | None = None,
    *,
    language: str,
    ref: Callable[[Ref], str] = number,
    enum: Callable[[Enum], str] = enum_value,
    field: Callable[[FieldName], str] = as_in_files,
) -> str:
    """The message in `language` (the deployment's, from its settings; nothing here keeps
    one), with each `Ref` shown by `ref`, each enum member by `enum` and each `FieldName`
    by `field`: a GraphQL client knows `JobPost` 35 by its global id, `LIVE` and `salaryMin`,
    a file's author by 35, `live` and `salary_min`."""

    def shown(value: Any) -> Any:
        if isinstance(value, Ref):
            return ref(value)
        if isinstance(value, FieldName):
            return field(value)
        if isinstance(value, Enum):
            return enum(value)
        if isinstance(value, list | tuple):
            return LIST_SEPARATORS[language].join(str(shown(item)) for item in value)
        return value

    template = CATALOGUE[key][language]
    return template.format(**{name: shown(value) for name, value in (params or {}).items()})
