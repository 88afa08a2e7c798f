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
  summed in column order and in the sides' own type, as the sparse product sums them;
- `side_by_side(blocks)` is `hstack([weight * block, ...], format="csr", dtype=float64)`,
  the one query row of stage 1 built at once instead of block by block (a row alone by
  concatenating its blocks' entries).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.sparse import csr_matrix

FEW_ROWS = 8  # the dense side is columns × these rows: a person's or a job's vector or so


def rows_of(matrix: csr_matrix, rows: np.ndarray) -> csr_matrix:
    """The matrix's rows, in this order (repeats allowed; no negative indices)."""
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


def side_by_side(blocks: list[tuple[Any, float]]) -> csr_matrix:
    """`hstack([weight * block ...], format="csr", dtype=float64)` of blocks with the same
    rows: CSR blocks (each weighted in its own type, as scipy's scalar product is) and dense
    arrays (their zeros left out); each row's entries block after block, in column order."""
    if all(block.shape[0] == 1 for block, _ in blocks):
        return _one_row_side_by_side(blocks)
    parts = []
    for block, weight in blocks:
        if not isinstance(block, csr_matrix):
            dense_rows = np.asarray(block, dtype=np.float64)
            rows, columns = np.nonzero(dense_rows)
            indptr = np.zeros(dense_rows.shape[0] + 1, dtype=np.int64)
            np.cumsum(np.bincount(rows, minlength=dense_rows.shape[0]), out=indptr[1:])
            block = csr_matrix((dense_rows[rows, columns], columns, indptr), shape=dense_rows.shape)
        data = block.data if weight == 1 else block.data * weight
        parts.append((np.diff(block.indptr), block.indptr, block.indices, data, block.shape[1]))
    count = len(parts[0][0])
    lengths = np.sum([part[0] for part in parts], axis=0, dtype=np.int64)
    indptr = np.zeros(count + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    data = np.empty(indptr[-1], dtype=np.float64)
    indices = np.empty(indptr[-1], dtype=np.int64)
    before, offset = indptr[:-1].copy(), 0
    for row_lengths, row_starts, block_indices, block_data, width in parts:
        row_of = np.repeat(np.arange(count), row_lengths)
        where = before[row_of] + np.arange(len(block_indices)) - row_starts[row_of]
        data[where] = block_data
        indices[where] = block_indices.astype(np.int64) + offset
        before += row_lengths
        offset += width
    index_type = np.int32 if max(offset, indptr[-1]) < np.iinfo(np.int32).max else np.int64
    return csr_matrix(
        (data, indices.astype(index_type), indptr.astype(index_type)), shape=(count, offset)
    )


def _one_row_side_by_side(blocks: list[tuple[Any, float]]) -> csr_matrix:
    """`side_by_side` of blocks of one row (stage 1's query for one person or one job), with
    a few array operations per block instead of the general path's dozen."""
    data, indices, offset = [], [], 0
    for block, weight in blocks:
        if isinstance(block, csr_matrix):
            span = slice(block.indptr[0], block.indptr[1])
            columns, values = block.indices[span], block.data[span]
        else:
            row = np.asarray(block, dtype=np.float64).reshape(-1)
            columns = np.flatnonzero(row)
            values = row[columns]
        data.append(values if weight == 1 else values * weight)
        indices.append(columns.astype(np.int64) + offset)
        offset += block.shape[1]
    values = np.concatenate(data).astype(np.float64, copy=False)
    columns = np.concatenate(indices)
    index_type = np.int32 if max(offset, len(columns)) < np.iinfo(np.int32).max else np.int64
    indptr = np.array([0, len(columns)], dtype=index_type)
    return csr_matrix((values, columns.astype(index_type), indptr), shape=(1, offset))
