"""The direct call into sparse_dot_topn's compiled product gives what its public function
gives, for every shape of input, and the rest goes through the function."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from scipy.sparse import random as sparse_random
from sparse_dot_topn import sp_matmul_topn

from matchers.jobs.topn import _direct, top_products


def _sorted(matrix: csr_matrix) -> csr_matrix:
    matrix = matrix.copy()
    matrix.sort_indices()
    return matrix


def _same(found: csr_matrix, expected: csr_matrix) -> None:
    found, expected = _sorted(found), _sorted(expected)
    assert found.shape == expected.shape
    np.testing.assert_array_equal(found.indptr, expected.indptr)
    np.testing.assert_array_equal(found.indices, expected.indices)
    np.testing.assert_array_equal(found.data, expected.data)


@pytest.mark.parametrize(
    ("rows", "features", "items", "top"), [(1, 60, 500, 30), (7, 40, 90, 5), (3, 20, 4, 10)]
)
@pytest.mark.parametrize("threshold", [0.0, 0.2, -1.0])
def test_the_direct_product_is_the_libraries(
    rows: int, features: int, items: int, top: int, threshold: float
):
    generator = np.random.default_rng(rows * 1000 + items)
    left = sparse_random(rows, features, density=0.3, format="csr", random_state=generator)
    right = sparse_random(features, items, density=0.2, format="csr", random_state=generator)
    left.data -= 0.3  # negative entries too, as a broken hard rule gives
    assert _direct(left, right)
    _same(
        top_products(left, right, top=top, threshold=threshold),
        sp_matmul_topn(left, right, top_n=top, threshold=threshold),
    )


def test_inputs_the_compiled_routine_does_not_take_go_through_the_function():
    generator = np.random.default_rng(3)
    left = sparse_random(2, 30, density=0.3, format="csr", random_state=generator)
    right = sparse_random(30, 50, density=0.2, format="csr", random_state=generator)
    wide = right.copy()  # the constructor would narrow 64-bit indices back to 32
    wide.indices, wide.indptr = wide.indices.astype(np.int64), wide.indptr.astype(np.int64)
    empty = csr_matrix((2, 30))
    for one, other in (
        (left, wide),
        (empty, right),
        (left.astype(np.float32), right.astype(np.float32)),
    ):
        assert not _direct(one, other)
        _same(
            top_products(one, other, top=5, threshold=0.0),
            sp_matmul_topn(one, other, top_n=5, threshold=0.0),
        )
    assert not _direct(left, right.tocsc())
