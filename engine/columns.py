"""Column types shared by the models."""

from __future__ import annotations

from enum import Enum as PyEnum

from sqlalchemy import JSON, Enum
from sqlalchemy.dialects.postgresql import JSONB

JsonList = JSON().with_variant(JSONB(), "postgresql")


def code_enum(enum_class: type[PyEnum], name: str) -> Enum:
    """Stores the enum's code (not its Python name) in a VARCHAR with a CHECK constraint."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
