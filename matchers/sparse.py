"""Sparse row operations the matchers do per request, without scipy's general machinery.

Ranking one person among the open jobs takes a few rows of large CSR matrices and multiplies
them by one person's vector. scipy answers each of those with a product of two sparse
matrices (a transpose, a symbolic pass, a sparse result turned dense) and checks every
matrix it builds; for a few rows that overhead is most of the time. These do the same
arithmetic in the same order, so every figure is bit for bit what scipy gives:

- `rows_of(matrix, rows)` is `matrix[rows]`;
- `scaled_rows(matrix, factors)` is `diags(factors) @ matrix` (rows scaled by zero dropped),
  its entries in column order (scipy's product leaves them reversed);
- `products(left, right)` is `(left @ right.T).toarray()`: when one side has at most
  `FEW_ROWS` rows it is made dense and the other multiplies it. With both sides' rows in
  column order (as TF-IDF and the one-hot encoders give them), each pair's products are
  summed in column order and in the sides' own type, as the sparse product sums them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.sparse import csr_matrix

FEW_ROWS = 8  # the dense side is columns × these rows: a person's or a job's vector or so


def rows_of(matrix: csr_matrix, rows: np.ndarray) -> csr_matrix:
    """The matrix's rows, in this order (repeats allowed)."""
    rows = np.asarray(rows, dtype=np.int64)
    starts = matrix.indptr[rows].astype(np.int64)
    lengths = matrix.indptr[rows + 1].astype(np.int64) - starts
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    where = np.repeat(starts - indptr[:-1], lengths) + np.arange(indptr[-1])
    index_type = matrix.indices.dtype
    return csr_matrix(
        (matrix.data[where], matrix.indices[where], indptr.astype(index_type)),
        shape=(len(rows), matrix.shape[1]),
    )


def scaled_rows(matrix: csr_matrix, factors: np.ndarray) -> csr_matrix:
    """Each row times its factor; the entries of rows scaled by zero are dropped."""
    factors = np.asarray(factors, dtype=np.float64)
    lengths = np.diff(matrix.indptr)
    data = matrix.data * np.repeat(factors, lengths)
    kept = data != 0
    row_of = np.repeat(np.arange(matrix.shape[0]), lengths)
    indptr = np.zeros(matrix.shape[0] + 1, dtype=matrix.indptr.dtype)
    np.cumsum(np.bincount(row_of[kept], minlength=matrix.shape[0]), out=indptr[1:])
    return csr_matrix((data[kept], matrix.indices[kept], indptr), shape=matrix.shape)


def products(left: Any, right: Any) -> np.ndarray | None:
    """`left @ right.T` as a dense array when both are CSR and one has few rows; None
    otherwise (the caller takes the sparse product)."""
    if not (isinstance(left, csr_matrix) and isinstance(right, csr_matrix)):
        return None
    if left.shape[0] < right.shape[0]:
        flipped = products(right, left)
        return None if flipped is None else flipped.T
    if right.shape[0] > FEW_ROWS or not right.has_canonical_format:
        return None
    columns = np.zeros((right.shape[1], right.shape[0]), dtype=right.dtype)
    for row in range(right.shape[0]):
        span = slice(right.indptr[row], right.indptr[row + 1])
        columns[right.indices[span], row] = right.data[span]
    return np.asarray(left @ columns)
