"""A list's rows as an index kept up to date takes them: the rows asked for, in order."""

from __future__ import annotations

import numpy as np
import pytest

from matchers.jobs.side_rows import rows_of_list

VALUES = ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize(
    "rows",
    [[0, 1, 2, 3, 4], [], [3], [0, 2, 4], [4, 0, 4], [0, 1, 2, 3], [1, 2, 3, 4], [0, 0, 1, 2, 3]],
)
def test_the_rows_of_a_list_are_the_rows_asked_for_in_order(rows):
    taken = rows_of_list(VALUES, np.array(rows, dtype=np.int64))

    assert taken == [VALUES[row] for row in rows]


def test_every_row_is_a_new_list():
    taken = rows_of_list(VALUES, np.arange(len(VALUES)))

    assert taken == VALUES and taken is not VALUES
