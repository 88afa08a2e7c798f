"""`sparse_dot_topn.sp_matmul_topn` without copying the large side on every call.

The library's function casts both operands' `indptr` and `indices` with `astype`, which
copies even when the type is already right: for one person against 20,000 jobs that is two
arrays of millions of entries per request, about 0.6 ms of a 4 ms ranking. Operands already
in the compiled routine's types (CSR, float64 values, int32 indices, shapes that fit) go to
that routine directly, as the function itself would send them; anything else goes through
the function. `tests/unit/matchers/test_topn.py` pins the two equal.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix, issparse
from sparse_dot_topn import sp_matmul_topn

try:
    from sparse_dot_topn.lib import _sparse_dot_topn_core as _compiled
except ImportError:  # another layout of the library: the public function only
    _compiled = None

__all__ = ["top_products"]

_VALUE, _INDEX = np.dtype(np.float64), np.dtype(np.int32)


def top_products(left: csr_matrix, right: csr_matrix, *, top: int, threshold: float) -> csr_matrix:
    """`left @ right`, keeping each row's `top` largest entries above `threshold`; the
    entries of a row in no particular order, as `sp_matmul_topn` gives them."""
    if not _direct(left, right):
        return sp_matmul_topn(left, right, top_n=top, threshold=threshold)
    rows, columns = left.shape[0], right.shape[1]
    found = _compiled.sp_matmul_topn(  # type: ignore[union-attr]
        top_n=min(top, columns),
        nrows=rows,
        ncols=columns,
        threshold=float(threshold),
        density=1.0,
        A_data=left.data,
        A_indptr=left.indptr,
        A_indices=left.indices,
        B_data=right.data,
        B_indptr=right.indptr,
        B_indices=right.indices,
    )
    return csr_matrix(found, shape=(rows, columns))


def _direct(left: csr_matrix, right: csr_matrix) -> bool:
    sides = (left, right)
    return (
        _compiled is not None
        and all(issparse(side) and side.format == "csr" and side.nnz > 0 for side in sides)
        and left.shape[1] == right.shape[0]
        and all(
            (side.data.dtype, side.indptr.dtype, side.indices.dtype) == (_VALUE, _INDEX, _INDEX)
            for side in sides
        )
        and all(
            array.flags.c_contiguous
            for side in sides
            for array in (side.data, side.indptr, side.indices)
        )
    )
