"""The request router kept on disk: fitted once, loaded after, never from a file others own."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from engine.volunteering import router_cache
from matchers.volunteers import routing
from matchers.volunteers.routing import RequestRouter

NOTES = ["想去献血，献血车几号来", "彩礼太高了", "装修太吵", "在吗？"]
# A few examples, so that each fit here takes milliseconds; what is tested is the file.
EXAMPLES = (
    ["想去献血", "献血车什么时候来", "彩礼太高", "集体婚礼怎么报名", "装修太吵", "猫丢了"],
    ["civil_health", "civil_health", "civil_wedding", "civil_wedding", None, None],
    ["blood_donation", "blood_donation", "policy_outreach", "errands", "other", "other"],
)


@pytest.fixture(autouse=True)
def few_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(routing, "read_examples", lambda: EXAMPLES)


def routes(router: RequestRouter) -> list[dict[str, object]]:
    return [route.as_json() for route in router.predict_many(NOTES)]


def fitted_here() -> list[dict[str, object]]:
    return routes(RequestRouter().fit(*EXAMPLES))


def test_the_first_fit_is_written_and_the_next_process_loads_it(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    fitted = router_cache.cached_router(folder)
    written = list(folder.glob("request-router-*.joblib"))
    assert [path.name for path in written] == [f"request-router-{router_cache.fit_digest()}.joblib"]
    assert oct(written[0].stat().st_mode & 0o777) == oct(0o600)
    assert oct(folder.stat().st_mode & 0o777) == oct(0o700)
    expected = fitted_here()

    def no_fit(*args: object, **kwargs: object) -> RequestRouter:
        raise AssertionError("a cached router was fitted again")

    monkeypatch.setattr(RequestRouter, "fit", no_fit)
    loaded = router_cache.cached_router(folder)
    assert loaded is not fitted
    assert routes(loaded) == routes(fitted) == expected


def test_a_file_others_may_write_is_not_loaded(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    planted = folder / f"request-router-{router_cache.fit_digest()}.joblib"
    planted.write_bytes(pickle.dumps(RequestRouter(min_confidence=1.0).fit(*EXAMPLES)))
    planted.chmod(0o666)

    router = router_cache.cached_router(folder)

    assert router.min_confidence != 1.0
    assert routes(router) == fitted_here()
    # replaced by the router's own file, private again
    assert oct(planted.stat().st_mode & 0o777) == oct(0o600)


@pytest.mark.parametrize("content", [b"torn", pickle.dumps({"not": "a router"})])
def test_a_file_that_is_no_router_is_fitted_over(tmp_path, content):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    planted = folder / f"request-router-{router_cache.fit_digest()}.joblib"
    planted.write_bytes(content)
    planted.chmod(0o600)

    assert routes(router_cache.cached_router(folder)) == fitted_here()


def test_an_edited_example_is_another_file(monkeypatch):
    before = router_cache.fit_digest()
    real = router_cache._inputs

    def edited() -> list[tuple[str, bytes]]:
        return [(name, data + (b" " if name.endswith(".jsonl") else b"")) for name, data in real()]

    monkeypatch.setattr(router_cache, "_inputs", edited)
    assert router_cache.fit_digest() != before


def test_a_folder_that_cannot_be_made_still_gives_a_router(tmp_path):
    taken = tmp_path / "a file, not a folder"
    taken.write_text("")
    assert routes(router_cache.cached_router(taken)) == fitted_here()
    assert taken.read_text() == ""
    assert list(tmp_path.iterdir()) == [taken]


def test_the_cache_folder_follows_the_environment(tmp_path):
    assert router_cache.cache_folder({"CIVICMATCH_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert router_cache.cache_folder({"XDG_CACHE_HOME": "/x"}) == Path("/x/civicmatch")
