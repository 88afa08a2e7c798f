"""The published cost directives (IBM's GraphQL Cost Directives specification, as used by
Shopify, GitHub's node limits and Hot Chocolate), shown in the SDL so clients can price an
operation before sending it."""

from __future__ import annotations

import strawberry
from strawberry import UNSET
from strawberry.schema_directive import Location


@strawberry.schema_directive(
    name="cost",
    locations=[Location.FIELD_DEFINITION, Location.OBJECT],
    description="What resolving this field (or any field of this type) costs, in the units "
    "of the query cost limit; without it, an object costs 1 and a scalar 0.",
)
class Cost:
    weight: str


@strawberry.schema_directive(
    name="listSize",
    locations=[Location.FIELD_DEFINITION],
    description="How many items a list field returns: the value of a slicing argument "
    "(first), else assumedSize; sizedFields name the child fields the size applies to "
    "(a connection's edges).",
)
class ListSize:
    # UNSET arguments are left out of the SDL.
    assumed_size: int | None = UNSET
    slicing_arguments: list[str] | None = UNSET
    sized_fields: list[str] | None = UNSET
    require_one_slicing_argument: bool | None = UNSET


# Reading, ranking or extracting from text: tens of milliseconds of CPU, where reading one
# object is a fraction of one. Measured with `python -m benchmarks.hostile`.
MATCHING = Cost(weight="300")
TEXT_READING = Cost(weight="100")
OPTIMISATION = Cost(weight="1000")

PAGED = ListSize(slicing_arguments=["first"], sized_fields=["edges"])
TOP = ListSize(slicing_arguments=["first"])


def assumed(size: int) -> ListSize:
    return ListSize(assumed_size=size)
