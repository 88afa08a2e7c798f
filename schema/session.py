from __future__ import annotations

from collections.abc import AsyncIterator

from strawberry.extensions import SchemaExtension


class CloseSession(SchemaExtension):
    """Gives the request's database session back when the operation is done."""

    async def on_operation(self) -> AsyncIterator[None]:
        yield
        context = self.execution_context.context
        db = getattr(context, "db", None)
        if db is not None:
            await db.close()
