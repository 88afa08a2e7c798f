"""The cheap row operations give exactly what scipy's general ones give."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csc_matrix, csr_matrix, diags, hstack
from scipy.sparse import random as sparse_random

from matchers.sparse import FEW_ROWS, products, rows_of, scaled_rows, side_by_side


def _matrix(rows: int, columns: int, seed: int, dtype: type = np.float32) -> csr_matrix:
    generator = np.random.default_rng(seed)
    matrix = sparse_random(
        rows, columns, density=0.3, format="csr", dtype=dtype, random_state=generator
    )
    matrix.data -= dtype(0.4)  # negative entries too
    if rows > 2:
        matrix.data[matrix.indptr[1] : matrix.indptr[2]] = 0  # an empty row
        matrix.eliminate_zeros()
    return matrix


def _same(found: csr_matrix, expected: csr_matrix) -> None:
    assert found.shape == expected.shape
    assert found.dtype == expected.dtype
    np.testing.assert_array_equal(found.indptr, expected.indptr)
    np.testing.assert_array_equal(found.indices, expected.indices)
    np.testing.assert_array_equal(found.data, expected.data)


@pytest.mark.parametrize("rows", [[0], [4, 1, 4], [1], [], list(range(9))[::-1], [8, 8, 8, 0]])
def test_rows_are_scipys_rows(rows: list[int]):
    matrix = _matrix(9, 30, seed=len(rows))
    index = np.array(rows, dtype=np.int64)
    _same(rows_of(matrix, index), matrix[index])


def test_the_last_rows_and_an_empty_matrix():
    matrix = _matrix(5, 12, seed=3)
    _same(rows_of(matrix, np.array([4, 3])), matrix[[4, 3]])
    empty = csr_matrix((4, 7), dtype=np.float32)
    _same(rows_of(empty, np.array([3, 0])), empty[[3, 0]])


@pytest.mark.parametrize(
    "factors",
    [
        np.array([1.0, 0.0, 0.5, 1.0, 0.0, 2.0]),
        np.ones(6, dtype=bool),
        np.zeros(6, dtype=bool),
        np.array([True, False, True, False, True, False]),
    ],
)
def test_scaled_rows_are_the_diagonal_product(factors: np.ndarray):
    matrix = _matrix(6, 25, seed=7)
    found = scaled_rows(matrix, factors)
    expected = diags(factors.astype(np.float64)) @ matrix
    assert found.dtype == expected.dtype
    np.testing.assert_array_equal(found.toarray(), expected.toarray())
    assert found.nnz == expected.nnz  # rows scaled by zero leave no stored zeros
    assert found.has_sorted_indices


@pytest.mark.parametrize(("big", "few"), [(30, 1), (1, 30), (40, 3), (5, FEW_ROWS), (1, 1)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_products_are_the_sparse_products_bit_for_bit(big: int, few: int, dtype: type):
    left = _matrix(big, 200, seed=big, dtype=dtype)
    right = _matrix(few, 200, seed=few + 100, dtype=dtype)
    found = products(left, right)
    assert found is not None
    expected = (left @ right.T).toarray()
    assert found.dtype == expected.dtype
    np.testing.assert_array_equal(found, expected)


def test_mixed_types_are_widened_as_the_sparse_product_widens_them():
    left = _matrix(20, 50, seed=1, dtype=np.float32)
    right = scaled_rows(_matrix(1, 50, seed=2), np.array([0.5]))  # float64
    found = products(left, right)
    assert found is not None
    np.testing.assert_array_equal(found, (left @ right.T).toarray())


def test_what_it_does_not_take_goes_back_to_the_caller():
    many = _matrix(FEW_ROWS + 1, 10, seed=1)
    assert products(many, many) is None
    assert products(csc_matrix(many), many[:1]) is None
    unsorted = _matrix(1, 10, seed=4)
    unsorted.indices = unsorted.indices[::-1].copy()
    unsorted.data = unsorted.data[::-1].copy()
    unsorted.has_sorted_indices = False
    assert products(many, unsorted) is None


def scipys_side_by_side(blocks: list) -> csr_matrix:
    return hstack(
        [
            weight * block if isinstance(block, csr_matrix) else csr_matrix(block)
            for block, weight in blocks
        ],
        format="csr",
        dtype=np.float64,
    )


@pytest.mark.parametrize("rows", [1, 4])
def test_side_by_side_is_scipys_weighted_hstack(rows: int):
    text = _matrix(rows, 40, seed=1)
    title = _matrix(rows, 9, seed=2)
    classes = np.where(np.random.default_rng(3).random((rows, 6)) < 0.5, 0.0, -0.25)
    blocks = [(text, 0.392), (title, 0.0), (title, 1.0), (classes, 1.0)]

    found = side_by_side(blocks)
    expected = scipys_side_by_side(blocks)

    _same(found, expected)  # weighted in the blocks' own type; a weight of 0 keeps its entries


def test_one_row_with_empty_blocks_is_scipys_weighted_hstack():
    text = _matrix(1, 40, seed=5)
    empty = csr_matrix((1, 7), dtype=np.float32)
    nothing = np.zeros((1, 4))
    some = np.array([[0.0, -0.25, 0.0, 0.5]])
    blocks = [(empty, 0.3), (text, 0.174), (nothing, 1.0), (some, 1.0), (empty, 1.0)]

    found = side_by_side(blocks)
    expected = scipys_side_by_side(blocks)

    _same(found, expected)
