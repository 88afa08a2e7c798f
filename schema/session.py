from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace

from strawberry.extensions import SchemaExtension

from schema.context import Context


class CloseSession(SchemaExtension):
    """Gives each operation a context of its own, and the request's database session back
    when the operation is done."""

    async def on_operation(self) -> AsyncIterator[None]:
        context = self.execution_context.context
        if isinstance(context, Context):
            # A websocket connection's context serves all its operations, which run at the
            # same time: each counts viewers' questions on its own.
            self.execution_context.context = replace(context, counted_streams=set())
        yield
        db = getattr(context, "db", None)
        if db is not None:
            await db.close()
