import pytest

from schema.origins import OriginPolicy

DEFAULT = OriginPolicy.of([])


@pytest.mark.parametrize(
    ("origin", "host"),
    [
        ("http://127.0.0.1:8000", "127.0.0.1:8000"),
        ("http://jobs.example.org", "jobs.example.org"),
        # TLS ends at a proxy: the page is https, the service sees the same host.
        ("https://jobs.example.org", "jobs.example.org"),
        ("https://jobs.example.org", "jobs.example.org:443"),
        ("http://JOBS.example.org:8080", "jobs.example.org:8080"),
        # One machine under its loopback names, at the service's own port.
        ("http://localhost:8000", "127.0.0.1:8000"),
        ("http://127.0.0.1:8000", "localhost:8000"),
        ("http://[::1]:8000", "127.0.0.1:8000"),
        ("http://localhost:8000", "[::1]:8000"),
    ],
)
def test_the_services_own_origin_is_allowed_by_default(origin: str, host: str):
    assert DEFAULT.allows(origin, host)


@pytest.mark.parametrize(
    ("origin", "host"),
    [
        ("http://localhost:5173", "127.0.0.1:8000"),
        ("http://127.0.0.1:8001", "127.0.0.1:8000"),
        ("https://evil.example", "jobs.example.org"),
        ("https://jobs.example.org.evil.example", "jobs.example.org"),
        ("http://localhost:8000", "jobs.example.org:8000"),
        ("http://jobs.example.org", "127.0.0.1"),
        ("null", "127.0.0.1:8000"),
        ("http://127.0.0.1:8000", None),
        ("http://127.0.0.1:8000", "bad host:x"),
    ],
)
def test_other_origins_are_refused_by_default(origin: str, host: str | None):
    assert not DEFAULT.allows(origin, host)


def test_listed_origins_are_allowed_and_only_they():
    policy = OriginPolicy.of(["http://localhost:5173", "https://jobs.example.org"])

    assert policy.allows("http://localhost:5173", "127.0.0.1:8000")
    assert policy.allows("https://jobs.example.org:443", "api.example.org")
    assert not policy.allows("http://localhost:3000", "127.0.0.1:8000")
    assert not policy.allows("http://jobs.example.org", "api.example.org")


def test_a_star_allows_any_origin():
    policy = OriginPolicy.of(["*"])

    assert policy.allows("https://anyone.example", "127.0.0.1:8000")
    assert policy.allows("null", "127.0.0.1:8000")
