"""The submission limiter: a sliding window per client that forgets clients after it."""

from __future__ import annotations

import threading

import pytest

from engine.volunteering.rate_limit import SubmissionLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_a_client_gets_the_maximum_within_a_window_and_no_more():
    limiter = SubmissionLimiter(3, 60, clock=FakeClock())

    allowed = [limiter.allow("10.0.0.1") for _ in range(5)]

    assert allowed == [True, True, True, False, False]


def test_each_client_has_its_own_window():
    limiter = SubmissionLimiter(1, 60, clock=FakeClock())

    assert limiter.allow("10.0.0.1")
    assert limiter.allow("10.0.0.2")
    assert not limiter.allow("10.0.0.1")


def test_the_window_slides_submission_by_submission():
    clock = FakeClock()
    limiter = SubmissionLimiter(2, 60, clock=clock)
    assert limiter.allow("a")
    clock.advance(30)
    assert limiter.allow("a")
    assert not limiter.allow("a")

    clock.advance(30)  # the first submission is now a full window old

    assert limiter.allow("a")
    assert not limiter.allow("a")
    clock.advance(29.9)
    assert not limiter.allow("a")
    clock.advance(0.1)
    assert limiter.allow("a")


def test_refused_attempts_do_not_extend_the_wait():
    clock = FakeClock()
    limiter = SubmissionLimiter(1, 60, clock=clock)
    assert limiter.allow("a")
    for _ in range(10):
        clock.advance(5)
        assert not limiter.allow("a")

    clock.advance(10)

    assert limiter.allow("a")


def test_clients_are_forgotten_once_their_window_has_passed():
    clock = FakeClock()
    limiter = SubmissionLimiter(5, 60, clock=clock)
    for number in range(1000):
        limiter.allow(f"10.0.{number // 256}.{number % 256}")
    assert len(limiter) == 1000

    clock.advance(61)
    limiter.allow("10.9.9.9")

    assert len(limiter) == 1


def test_memory_stays_within_about_two_windows_of_clients():
    clock = FakeClock()
    limiter = SubmissionLimiter(1, 10, clock=clock)

    for second in range(1000):
        clock.advance(1)
        limiter.allow(f"client-{second}")
        assert len(limiter) <= 21


def test_concurrent_submissions_never_exceed_the_maximum():
    limiter = SubmissionLimiter(7, 60, clock=FakeClock())
    results: list[bool] = []
    barrier = threading.Barrier(50)

    def submit() -> None:
        barrier.wait()
        results.append(limiter.allow("flood"))

    threads = [threading.Thread(target=submit) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert results.count(True) == 7


@pytest.mark.parametrize(("maximum", "window"), [(0, 60), (1, 0), (1, -5)])
def test_a_limiter_needs_a_positive_maximum_and_window(maximum, window):
    with pytest.raises(ValueError):
        SubmissionLimiter(maximum, window)
