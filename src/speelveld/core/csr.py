"""Compressed sparse rows: one-to-many lists (area → players, player → areas) as two arrays.

A Python list of lists costs an object per row and a loop per query; two flat numpy arrays
(``ptr`` of row starts, ``idx`` of values) let a query gather many rows in one vectorised step.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["Csr", "csr_from_pairs", "csr_gather", "csr_segments"]

IntArray = npt.NDArray[np.int64]


class Csr:
    """Rows of integer values: row ``r`` holds ``idx[ptr[r]:ptr[r + 1]]``.

    >>> rows = csr_from_pairs(np.array([1, 0, 1]), np.array([7, 8, 9]), 3)
    >>> rows.row(1).tolist(), rows.row(2).tolist()
    ([7, 9], [])
    """

    __slots__ = ("idx", "ptr")

    def __init__(self, ptr: IntArray, idx: IntArray) -> None:
        self.ptr = ptr
        self.idx = idx

    @property
    def n_rows(self) -> int:
        return int(self.ptr.size - 1)

    def row(self, r: int) -> IntArray:
        """The values of one row (a view, O(1))."""
        return self.idx[self.ptr[r] : self.ptr[r + 1]]

    def lengths(self) -> IntArray:
        return np.diff(self.ptr)


def csr_from_pairs(rows: IntArray, values: IntArray, n_rows: int) -> Csr:
    """Group ``(row, value)`` pairs by row, keeping the input order within a row.

    O(p log p) for p pairs (a stable sort).
    """
    rows = np.asarray(rows, dtype=np.int64)
    order = np.argsort(rows, kind="stable")
    counts = np.bincount(rows, minlength=n_rows)
    ptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    return Csr(ptr, np.asarray(values, dtype=np.int64)[order])


def csr_segments(csr: Csr, rows: IntArray) -> tuple[IntArray, IntArray]:
    """Positions into ``csr.idx`` of the given rows, and for each position which of ``rows``
    (0-based) it came from; one vectorised step instead of a loop over rows.

    >>> rows = csr_from_pairs(np.array([0, 0, 2]), np.array([5, 6, 7]), 3)
    >>> pos, seg = csr_segments(rows, np.array([2, 1, 0]))
    >>> rows.idx[pos].tolist(), seg.tolist()
    ([7, 5, 6], [0, 2, 2])

    O(k + m) for k rows holding m values.
    """
    rows = np.asarray(rows, dtype=np.int64)
    starts = csr.ptr[rows]
    lens = csr.ptr[rows + 1] - starts
    total = int(lens.sum())
    seg = np.repeat(np.arange(rows.size, dtype=np.int64), lens)
    if total == 0:
        return np.zeros(0, dtype=np.int64), seg
    # position of the j-th gathered value = start of its row + its rank within the row
    first = np.cumsum(lens) - lens
    pos = np.arange(total, dtype=np.int64) + np.repeat(starts - first, lens)
    return pos, seg


def csr_gather(csr: Csr, rows: IntArray) -> IntArray:
    """All values of the given rows, concatenated in row order. O(k + m)."""
    pos, _ = csr_segments(csr, rows)
    return csr.idx[pos]
