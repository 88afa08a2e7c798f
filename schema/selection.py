"""What an operation asks for below the field being resolved, so that a resolver can leave
out work whose result nobody will read (the reasons of matches, say)."""

from __future__ import annotations

from collections.abc import Sequence

from strawberry.types.nodes import FragmentSpread, InlineFragment, Selection

from schema.context import Info


def selects(info: Info, *path: str) -> bool:
    """Whether the operation selects the field at `path` (GraphQL names) below this one, in
    any fragment; a field under @skip or @include counts as selected."""
    return any(_selects(field.selections, path) for field in info.selected_fields)


def _selects(selections: Sequence[Selection], path: Sequence[str]) -> bool:
    name, rest = path[0], path[1:]
    for selection in selections:
        if isinstance(selection, FragmentSpread | InlineFragment):
            if _selects(selection.selections, path):
                return True
        elif selection.name == name and (not rest or _selects(selection.selections, rest)):
            return True
    return False
