"""A small GraphQL client over the real ASGI app, in-process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from starlette.testclient import TestClient

from engine.config import Settings
from schema.app import create_app


class GraphQLClient:
    def __init__(self, client: TestClient):
        self.http = client

    def post(self, query: str, variables: dict[str, Any] | None = None, token: str | None = None):  # type: ignore[no-untyped-def]
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )

    def execute(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        """The response body; fails the test on HTTP errors."""
        response = self.post(query, variables, token)
        assert response.status_code == 200, response.text
        return response.json()

    def data(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        """The `data` of a response that must have no errors."""
        body = self.execute(query, variables, token)
        assert "errors" not in body, body["errors"]
        return body["data"]

    def caught_up(self) -> None:
        """The app's matching indexes take in what a test wrote beside the app, at once
        (the app's version check does so within a second)."""
        self.http.app.state.freshness.catch_up()  # type: ignore[attr-defined]

    @contextmanager
    def count_statements(self) -> Iterator[list[str]]:
        """Collects the SQL statements the app runs inside the block."""
        statements: list[str] = []
        engine = self.http.app.state.engine  # type: ignore[attr-defined]

        def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
            statements.append(statement)

        event.listen(engine, "before_cursor_execute", record)
        try:
            yield statements
        finally:
            event.remove(engine, "before_cursor_execute", record)


@contextmanager
def graphql_client(database_url: str, **settings: Any) -> Iterator[GraphQLClient]:
    with TestClient(create_app(Settings(database_url=database_url, **settings))) as client:
        yield GraphQLClient(client)
