"""Blocking: which pairs of activities are worth comparing at all.

Every activity joins one block per (buurt, theme, target group) it has; only activities that
share a block, run at overlapping times and have different lead organisations become candidate
pairs. All of it is integer work on sorted arrays — no Python loop per activity or per pair.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from speelveld.core.table import I32, I64, U64, ActivityTable

# Pairs are generated block by block in slices of about this many, so that a few very large
# blocks never hold all their pairs in memory at once.
_PAIR_SLICE = 4_000_000


@dataclass(frozen=True)
class Blocks:
    """Block memberships sorted by key: ``keys[k]`` is the block of row ``rows[k]``."""

    keys: I64
    rows: I64
    n_themes: int
    n_groups: int

    def buurt_of_key(self, keys: I64) -> I64:
        return keys // (self.n_themes * self.n_groups)


@dataclass(frozen=True)
class Candidates:
    """Unique candidate pairs (row positions, ``left < right``) and the buurt that put them
    together (the first shared one), plus what was left out on the way."""

    left: I64
    right: I64
    buurt: I64
    same_org: int  # co-blocked, overlapping pairs of one organisation: its own series
    skipped_blocks: int  # blocks larger than the limit (their pairs were not generated)


def bit_positions(masks: U64) -> tuple[I64, I64]:
    """(row, bit) for every set bit, sorted by row then bit."""
    if len(masks) == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    top = int(np.max(masks)).bit_length()
    bits = (masks[:, None] >> np.arange(top, dtype=np.uint64)) & np.uint64(1)
    rows, cols = np.nonzero(bits)
    return rows.astype(np.int64), cols.astype(np.int64)


def _cross(rows_a: I64, vals_a: I64, rows_b: I64, vals_b: I64, n: int) -> tuple[I64, I64, I64]:
    """Per row, every combination of its ``a`` values with its ``b`` values.

    Both inputs are sorted by row. Returns (row, a, b)."""
    ca = np.bincount(rows_a, minlength=n)
    cb = np.bincount(rows_b, minlength=n)
    pa_ = np.concatenate(([0], np.cumsum(ca)))
    pb = np.concatenate(([0], np.cumsum(cb)))
    counts = ca * cb
    row = np.repeat(np.arange(n, dtype=np.int64), counts)
    offsets = np.concatenate(([0], np.cumsum(counts)))
    k = np.arange(len(row), dtype=np.int64) - offsets[row]
    cb_row = cb[row]
    a = vals_a[pa_[row] + k // np.maximum(cb_row, 1)]
    b = vals_b[pb[row] + k % np.maximum(cb_row, 1)]
    return row, a, b


def block_memberships(
    area_ptr: I64,
    area_idx: I32,
    themes: U64,
    groups: U64,
    *,
    n_themes: int = 64,
    n_groups: int = 64,
) -> Blocks:
    """All (block key, row) memberships, sorted by key. O(M log M) for M memberships."""
    n = len(themes)
    area_rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(area_ptr))
    t_rows, t_bits = bit_positions(themes)
    g_rows, g_bits = bit_positions(groups)
    rows, area, theme = _cross(area_rows, area_idx.astype(np.int64), t_rows, t_bits, n)
    # combine (area, theme) into one value so the second cross stays a pair-wise cross
    at = area * n_themes + theme
    order = np.argsort(rows, kind="stable")
    rows, at = rows[order], at[order]
    rows, at, group = _cross(rows, at, g_rows, g_bits, n)
    keys = at * n_groups + group
    order = np.argsort(keys, kind="stable")
    return Blocks(keys=keys[order], rows=rows[order], n_themes=n_themes, n_groups=n_groups)


def table_blocks(table: ActivityTable) -> Blocks:
    """:func:`block_memberships` of a table, sized by its vocabulary."""
    n_themes = max(1, len(table.vocab.themes), _top_bit(table.themes))
    n_groups = max(1, len(table.vocab.target_groups), _top_bit(table.target_groups))
    return block_memberships(
        table.area_ptr, table.area_idx, table.themes, table.target_groups,
        n_themes=n_themes, n_groups=n_groups,
    )  # fmt: skip


def _top_bit(masks: U64) -> int:
    return int(np.max(masks)).bit_length() if len(masks) else 0


def candidate_pairs(
    blocks: Blocks, org: I32, start: I32, end: I32, *, max_block: int = 5_000
) -> Candidates:
    """Unique pairs that share a block, overlap in time and have different organisations.

    O(P log P) for P co-blocked pairs; memory bounded by slices of ``_PAIR_SLICE`` pairs.
    """
    keys, rows = blocks.keys, blocks.rows
    m = len(keys)
    if m == 0:
        empty = np.empty(0, dtype=np.int64)
        return Candidates(empty, empty, empty, 0, 0)
    bounds = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1], [True])))
    sizes = np.diff(bounds)
    too_big = sizes > max_block
    block_of = np.repeat(np.arange(len(sizes)), sizes)
    end_of = bounds[1:][block_of]
    after = end_of - np.arange(m) - 1
    after[too_big[block_of]] = 0
    cum = np.concatenate(([0], np.cumsum(after)))
    kept_codes: list[I64] = []
    kept_keys: list[I64] = []
    same_codes: list[I64] = []
    n_rows = np.int64(len(org))
    lo = 0
    while lo < m:
        # a slice of positions whose pairs fit in _PAIR_SLICE
        hi = int(np.searchsorted(cum, cum[lo] + _PAIR_SLICE, side="right")) - 1
        hi = min(m, max(hi, lo + 1))
        counts = after[lo:hi]
        left_pos = np.repeat(np.arange(lo, hi, dtype=np.int64), counts)
        first = np.concatenate(([0], np.cumsum(counts)))[:-1]
        right_pos = left_pos + 1 + (np.arange(len(left_pos)) - np.repeat(first, counts))
        a, b = rows[left_pos], rows[right_pos]
        overlap = (start[a] <= end[b]) & (start[b] <= end[a]) & (a != b)
        same = org[a] == org[b]
        i, j = np.minimum(a, b), np.maximum(a, b)
        code = i * n_rows + j
        ok = overlap & ~same
        kept_codes.append(code[ok])
        kept_keys.append(keys[left_pos[ok]])
        same_codes.append(np.unique(code[overlap & same]))
        lo = hi
    codes = np.concatenate(kept_codes)
    bkeys = np.concatenate(kept_keys)
    codes, first_at = np.unique(codes, return_index=True)
    same_org = len(np.unique(np.concatenate(same_codes))) if same_codes else 0
    return Candidates(
        left=codes // n_rows,
        right=codes % n_rows,
        buurt=blocks.buurt_of_key(bkeys[first_at]),
        same_org=same_org,
        skipped_blocks=int(too_big.sum()),
    )
