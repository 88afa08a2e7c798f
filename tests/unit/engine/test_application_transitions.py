from __future__ import annotations

from engine.seekers.models import ApplicationStatus as S
from engine.seekers.service import legal_next_statuses


def test_open_applications_move_forward_or_end():
    assert legal_next_statuses(S.SUBMITTED) == {S.SCREENING, S.REJECTED, S.WITHDRAWN}
    assert legal_next_statuses(S.OFFER) == {S.HIRED, S.REJECTED, S.WITHDRAWN}


def test_final_statuses_are_final():
    for status in (S.HIRED, S.REJECTED, S.WITHDRAWN):
        assert legal_next_statuses(status) == frozenset()


def test_no_status_skips_a_step():
    path = [S.SUBMITTED, S.SCREENING, S.INTERVIEW, S.OFFER, S.HIRED]
    for index, status in enumerate(path[:-1]):
        assert not legal_next_statuses(status) & set(path[index + 2 :])
