"""GraphiQL's page and files come from the service itself, and only while GraphiQL is on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from engine.config import Settings
from schema.app import create_app
from schema.graphiql_assets import DIRECTORY, PINNED


@pytest.fixture
def client(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[TestClient]:
    production = getattr(request, "param", False)
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'civicmatch.db'}",
        production=production,
        graphiql=not production,
    )
    with TestClient(create_app(settings)) as client:
        yield client


def test_the_page_loads_only_files_the_service_serves(client: TestClient):
    page = client.get("/graphql", headers={"Accept": "text/html"})

    policy = page.headers["content-security-policy"]
    assert page.status_code == 200
    assert "default-src 'self'" in policy
    assert "script-src 'self';" in policy
    assert "https://" not in page.text
    for name in ("react.production.min.js", "graphiql.min.js", "graphiql.min.css"):
        assert f'"/assets/graphiql/{name}"' in page.text


@pytest.mark.parametrize("pin", PINNED, ids=lambda pin: pin.name)
def test_each_pinned_file_is_served_as_shipped(client: TestClient, pin):
    response = client.get(f"/assets/graphiql/{pin.name}")

    assert response.status_code == 200
    assert response.content == (DIRECTORY / pin.name).read_bytes()


def test_the_files_are_served_with_their_types(client: TestClient):
    assert (
        client.get("/assets/graphiql/graphiql.min.js")
        .headers["content-type"]
        .startswith("text/javascript")
    )
    assert (
        client.get("/assets/graphiql/graphiql.min.css")
        .headers["content-type"]
        .startswith("text/css")
    )
    assert client.get("/assets/graphiql.js").headers["content-type"].startswith("text/javascript")


def test_nothing_outside_the_folder_is_served(client: TestClient):
    assert client.get("/assets/graphiql/%2e%2e/graphiql_assets.py").status_code == 404


@pytest.mark.parametrize("client", [True], indirect=True, ids=["production"])
def test_without_graphiql_neither_page_nor_files_are_served(client: TestClient):
    page = client.get("/graphql", headers={"Accept": "text/html"})

    assert "graphiql" not in page.text.lower()
    assert client.get("/assets/graphiql/graphiql.min.js").status_code == 404
    assert client.get("/assets/graphiql.js").status_code == 404
