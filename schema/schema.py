"""The root types, built from the per-domain query and mutation classes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import strawberry

from schema.context import Info
from schema.errors import language_of, public_error
from schema.jobs.mutations import JobMutations
from schema.jobs.queries import JobQueries
from schema.jobs.questions import QuestionMutations, QuestionQueries
from schema.limits.guard import OperationLimits
from schema.limits.hygiene import InputHygiene
from schema.limits.known_documents import KnownDocuments
from schema.live.events import LiveQueries, LiveSubscriptions
from schema.matching.alerts import AlertMutations, AlertQueries, AlertSubscriptions
from schema.matching.index_state import MatchIndexQueries
from schema.matching.queries import MatchingQueries
from schema.matching.runs import RunQueries
from schema.matching.speech import SpeechQueries
from schema.matching.supply_demand import SupplyDemandQueries
from schema.nodes import resolve_node
from schema.relay import Node
from schema.seekers.mutations import SeekerMutations
from schema.seekers.queries import SeekerQueries
from schema.session import CloseSession
from schema.telemetry import OperationTelemetry
from schema.volunteering.matching import (
    VolunteerMatchingMutations,
    VolunteerMatchingQueries,
)
from schema.volunteering.points import PointsMutations, PointsQueries
from schema.volunteering.requests import RequestMutations, RequestQueries
from schema.volunteering.tasks import VolunteeringMutations, VolunteeringQueries

SDL_PATH = Path(__file__).with_name("schema.graphql")


@strawberry.type(description="Everything that can be read.")
class Query(
    JobQueries,
    LiveQueries,
    QuestionQueries,
    SeekerQueries,
    MatchingQueries,
    MatchIndexQueries,
    RunQueries,
    SupplyDemandQueries,
    AlertQueries,
    SpeechQueries,
    VolunteeringQueries,
    VolunteerMatchingQueries,
    RequestQueries,
    PointsQueries,
):
    @strawberry.field(description="Any object by its global id; null if unknown or not yours.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        return await resolve_node(info, id)


@strawberry.type(description="Everything that can be changed; each takes one input.")
class Mutation(
    JobMutations,
    QuestionMutations,
    SeekerMutations,
    AlertMutations,
    VolunteeringMutations,
    VolunteerMatchingMutations,
    RequestMutations,
    PointsMutations,
):
    pass


@strawberry.type(description="What can be watched as it happens, over graphql-transport-ws.")
class Subscription(LiveSubscriptions, AlertSubscriptions):
    pass


class CivicmatchSchema(strawberry.Schema):
    def process_errors(self, errors: Any, execution_context: Any = None) -> None:
        """Every error of every result (a query's, a mutation's, each subscription event's)
        passes here before it is sent: made public in place, unexpected ones logged."""
        language = language_of(getattr(execution_context, "context", None))
        errors[:] = [public_error(error, language) for error in errors]


schema = CivicmatchSchema(
    query=Query,
    mutation=Mutation,
    subscription=Subscription,
    # OperationTelemetry first: its hooks enclose the others', so it sees the final errors.
    # KnownDocuments after OperationLimits, which adds its rules when the operation starts.
    extensions=[OperationTelemetry, OperationLimits, KnownDocuments, InputHygiene, CloseSession],
)


def sdl() -> str:
    return schema.as_str() + "\n"
