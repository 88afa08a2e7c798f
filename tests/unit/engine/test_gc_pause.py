"""The cyclic collector is paused while the engine fits and ranks, and comes back after."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from engine.gc_pause import collector_paused
from engine.runs.compute import rank_chunk, rank_in_community
from engine.runs.incremental import rank_chunk_incremental
from matchers.records import Match


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_inside_and_on_again_after():
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_it_comes_back_after_an_error():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("failed fit")
    assert gc.isenabled()


def test_pauses_nest():
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_overlapping_pauses_in_two_threads_end_with_the_last_one():
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def second() -> None:
        with collector_paused():
            second_in.set()
            first_out.wait(timeout=10)
            seen.append(gc.isenabled())  # the first thread's pause has ended, this one holds

    with collector_paused():
        first_in.set()
        thread = threading.Thread(target=second)
        thread.start()
        assert second_in.wait(timeout=10)
    first_out.set()
    thread.join(timeout=10)
    assert seen == [False]
    assert gc.isenabled()


class Recording:
    """A fitted matcher that says whether the collector ran while it ranked."""

    def __init__(self) -> None:
        self.enabled: list[bool] = []

    def rank_many(self, subjects: Sequence[Any], *, top: int) -> Iterator[list[Match]]:
        self.enabled.append(gc.isenabled())
        return iter([[] for _ in subjects])


def test_a_chunk_is_ranked_with_the_collector_paused():
    matcher = Recording()
    assert rank_chunk(matcher, ["a", "b"], 10) == [[], []]
    assert rank_in_community({1: matcher}, ["a"], 10, 1) == [[]]
    assert rank_chunk_incremental((matcher, matcher), ["a", "b"], [None, []], 10) == [[], []]
    assert matcher.enabled == [False] * 4
    assert gc.isenabled()
