"""Columnar input of the analyses: one row per activity, as numpy arrays.

The analyses never walk Python objects per activity: they take an :class:`ActivityTable`, a
frozen bundle of equally long arrays (one entry per activity) plus a few context arrays (ties,
hand-overs). Vocabulary values are small integer indices; :class:`Vocab` maps them back to the
keys the rest of the product uses (CBS codes, seed keys, organisation keys), so findings can
name what they found.

Two constructors cover the two sizes of input:

- :meth:`ActivityTable.from_rows` takes plain :class:`ActivityRow` records with string keys: tests,
  and one municipality loaded in bulk from the database;
- :meth:`ActivityTable.from_arrow` takes an integer-coded Arrow table, as written by the national
  generator (:mod:`speelveld.synth.national`) and read back from Parquet.

Conventions
-----------
- days are ``int32`` days since 1970-01-01; an open end is :data:`OPEN_END`;
- themes and target groups are ``uint64`` bitmasks: bit *k* is ``vocab.themes[k]`` (at most 64);
- areas are buurten in CSR form: the buurten of activity *i* are
  ``area_idx[area_ptr[i]:area_ptr[i + 1]]``, indices into ``vocab.areas``. An activity for a whole
  wijk (or gemeente) is expanded to all its buurten by the caller, and ``wide[i]`` says so;
- ``-1`` means "not set" for ``activity_type``, ``method``, ``phase`` and ``lead_role``;
- partners are organisation indices in CSR form (``partner_ptr``/``partner_idx``);
- ``org_ties`` holds unordered organisation-index pairs with a collaboration tie, shape (m, 2);
- ``handover_pairs`` holds (activity id, activity id) pairs where the work of the first went over
  to the second; ``handover_orgs`` holds (activity id, organisation index) pairs where the work
  was handed over to an organisation (``-1``: to the residents themselves);
- ``versions`` (optional) is the fingerprint input hook: one ``uint64`` per activity that changes
  whenever the activity changes (a history id, an updated-at stamp or a content hash). Findings
  fingerprint their activities with it; without it a content hash is used.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any, Final, TypeAlias

import numpy as np
import numpy.typing as npt
import pyarrow as pa

__all__ = [
    "OPEN_END",
    "ActivityRow",
    "ActivityTable",
    "HandoverLink",
    "Texts",
    "Vocab",
    "date_to_day",
    "day_to_date",
]

I8: TypeAlias = npt.NDArray[np.int8]
I16: TypeAlias = npt.NDArray[np.int16]
I32: TypeAlias = npt.NDArray[np.int32]
I64: TypeAlias = npt.NDArray[np.int64]
U64: TypeAlias = npt.NDArray[np.uint64]
F32: TypeAlias = npt.NDArray[np.float32]
F64: TypeAlias = npt.NDArray[np.float64]
Bool: TypeAlias = npt.NDArray[np.bool_]
Texts: TypeAlias = "Sequence[str] | pa.StringArray | pa.LargeStringArray | pa.ChunkedArray"

OPEN_END: Final = int(np.iinfo(np.int32).max)
"""The ``end`` of an activity that has no end date."""

_EPOCH = date(1970, 1, 1).toordinal()
MAX_BITS: Final = 64


def date_to_day(d: date | None) -> int:
    """Days since 1970-01-01; ``None`` (no end) gives :data:`OPEN_END`.

    >>> date_to_day(date(1970, 1, 2)), date_to_day(None) == OPEN_END
    (1, True)

    O(1).
    """
    return OPEN_END if d is None else d.toordinal() - _EPOCH


def day_to_date(day: int) -> date | None:
    """Inverse of :func:`date_to_day`.

    >>> day_to_date(1)
    datetime.date(1970, 1, 2)

    O(1).
    """
    return None if day >= OPEN_END else date.fromordinal(int(day) + _EPOCH)


@dataclass(frozen=True)
class Vocab:
    """Index → key for every integer-coded column (the index is the position)."""

    areas: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    activity_types: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()

    def index(self, kind: str) -> dict[str, int]:
        """Key → index for one column (``kind`` is a field name such as ``"themes"``)."""
        keys: tuple[str, ...] = getattr(self, kind)
        return {k: i for i, k in enumerate(keys)}

    def bits(self, kind: str, mask: int) -> tuple[str, ...]:
        """The keys whose bits are set in ``mask`` (``kind``: ``themes`` or ``target_groups``)."""
        keys: tuple[str, ...] = getattr(self, kind)
        return tuple(k for b, k in enumerate(keys) if (int(mask) >> b) & 1)


@dataclass(frozen=True)
class ActivityRow:
    """One activity as plain data with string keys, for :meth:`ActivityTable.from_rows`.

    ``areas`` are buurt codes; for a wijk-wide activity pass all buurten of the wijk and
    ``wide=True``. ``lead_role`` is the role of the owner (the lead organisation's player).
    """

    id: int
    org: str
    areas: tuple[str, ...]
    start: date
    end: date | None = None
    themes: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    title: str = ""
    description: str = ""
    activity_type: str | None = None
    method: str | None = None
    phase: str | None = None
    lead_role: str | None = None
    partners: tuple[str, ...] = ()
    wide: bool = False


@dataclass(frozen=True)
class HandoverLink:
    """A hand-over of activity ``activity``: to another activity, an organisation, or neither
    (the residents themselves)."""

    activity: int
    to_activity: int | None = None
    to_org: str | None = None


def _csr(groups: Sequence[Sequence[int]]) -> tuple[I64, I32]:
    lengths = np.fromiter((len(g) for g in groups), dtype=np.int64, count=len(groups))
    ptr = np.zeros(len(groups) + 1, dtype=np.int64)
    np.cumsum(lengths, out=ptr[1:])
    flat = np.fromiter((v for g in groups for v in g), dtype=np.int32, count=int(ptr[-1]))
    return ptr, flat


def _mask(keys: Iterable[str], index: Mapping[str, int]) -> int:
    out = 0
    for k in keys:
        out |= 1 << index[k]
    return out


def _extend(known: tuple[str, ...], seen: Iterable[str | None]) -> tuple[str, ...]:
    """Known keys keep their index; unseen keys are appended in sorted order."""
    have = set(known)
    extra = sorted({k for k in seen if k is not None and k not in have})
    return known + tuple(extra)


def _pairs(a: Any, dtype: type[np.generic]) -> npt.NDArray[Any]:
    arr = np.asarray(a if a is not None and len(a) else np.empty((0, 2)), dtype=dtype)
    return arr.reshape(-1, 2)


@dataclass(frozen=True, eq=False)
class ActivityTable:
    """Activities as columns; see the module docstring for the exact contract.

    Build it with :meth:`from_rows` or :meth:`from_arrow`; the arrays are never written to after
    construction, so a table can be shared by several analyses and threads.

    >>> t = ActivityTable.from_rows([ActivityRow(id=1, org="a", areas=("BU00010101",),
    ...                                          start=date(2025, 1, 1), themes=("welzijn",))])
    >>> len(t), t.vocab.themes
    (1, ('welzijn',))
    """

    ids: I64
    org: I32
    activity_type: I16
    method: I16
    phase: I8
    start: I32
    end: I32
    themes: U64
    target_groups: U64
    area_ptr: I64
    area_idx: I32
    wide: Bool
    titles: Texts
    descriptions: Texts
    lead_role: I16
    partner_ptr: I64
    partner_idx: I32
    org_ties: I32 = field(default_factory=lambda: np.empty((0, 2), dtype=np.int32))
    handover_pairs: I64 = field(default_factory=lambda: np.empty((0, 2), dtype=np.int64))
    handover_orgs: I64 = field(default_factory=lambda: np.empty((0, 2), dtype=np.int64))
    vocab: Vocab = field(default_factory=Vocab)
    versions: U64 | None = None

    def __post_init__(self) -> None:
        n = len(self.ids)
        for name in ("org", "activity_type", "method", "phase", "start", "end", "themes",
                     "target_groups", "wide", "lead_role"):  # fmt: skip
            if len(getattr(self, name)) != n:
                raise ValueError(f"column {name!r} has {len(getattr(self, name))} rows, not {n}")
        if len(self.titles) != n or len(self.descriptions) != n:
            raise ValueError("titles and descriptions need one entry per activity")
        for ptr, idx, name in ((self.area_ptr, self.area_idx, "area"),
                               (self.partner_ptr, self.partner_idx, "partner")):  # fmt: skip
            if len(ptr) != n + 1 or int(ptr[0]) != 0 or int(ptr[-1]) != len(idx):
                raise ValueError(f"{name}_ptr is not a CSR pointer over {name}_idx")
        if self.versions is not None and len(self.versions) != n:
            raise ValueError("versions needs one entry per activity")
        ties = np.sort(_pairs(self.org_ties, np.int32), axis=1)
        object.__setattr__(self, "org_ties", np.unique(ties, axis=0) if len(ties) else ties)
        object.__setattr__(self, "handover_pairs", _pairs(self.handover_pairs, np.int64))
        object.__setattr__(self, "handover_orgs", _pairs(self.handover_orgs, np.int64))

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def n_areas(self) -> int:
        """Number of buurten the area indices range over."""
        top = int(self.area_idx.max()) + 1 if len(self.area_idx) else 0
        return max(len(self.vocab.areas), top)

    @property
    def n_orgs(self) -> int:
        """Number of organisations the organisation indices range over."""
        tops = [len(self.vocab.organisations)]
        for arr in (self.org, self.partner_idx, self.org_ties.ravel()):
            if len(arr):
                tops.append(int(arr.max()) + 1)
        return max(tops)

    @cached_property
    def _id_order(self) -> I64:
        return np.argsort(self.ids, kind="stable").astype(np.int64)

    def rows_of(self, ids: npt.ArrayLike) -> I64:
        """Row positions of activity ids; ``-1`` for ids not in the table. O(k log n)."""
        want = np.asarray(ids, dtype=np.int64)
        order = self._id_order
        if len(order) == 0:
            return np.full(want.shape, -1, dtype=np.int64)
        sorted_ids = self.ids[order]
        pos = np.clip(np.searchsorted(sorted_ids, want), 0, len(order) - 1)
        return np.where(sorted_ids[pos] == want, order[pos], -1).astype(np.int64)

    def areas_of(self, row: int) -> I32:
        """The buurt indices of one row."""
        return self.area_idx[self.area_ptr[row] : self.area_ptr[row + 1]]

    def partners_of(self, row: int) -> I32:
        """The partner organisation indices of one row."""
        return self.partner_idx[self.partner_ptr[row] : self.partner_ptr[row + 1]]

    def text(self, column: str, row: int) -> str:
        """The title (``column="titles"``) or description of one row as a ``str``."""
        texts = getattr(self, column)
        value = texts[row]
        if isinstance(value, pa.Scalar):
            value = value.as_py()
        return str(value or "")

    def to_row(self, row: int) -> ActivityRow:
        """One row back as an :class:`ActivityRow` with string keys (e.g. to re-check it).

        O(areas + partners of the row).
        """
        v = self.vocab

        def key(keys: tuple[str, ...], i: int) -> str | None:
            return keys[i] if 0 <= i < len(keys) else None

        start = day_to_date(int(self.start[row]))
        return ActivityRow(
            id=int(self.ids[row]),
            org=key(v.organisations, int(self.org[row])) or str(int(self.org[row])),
            areas=tuple(
                v.areas[i] if i < len(v.areas) else str(i) for i in self.areas_of(row).tolist()
            ),  # fmt: skip
            start=start if start is not None else date(1970, 1, 1),
            end=day_to_date(int(self.end[row])),
            themes=v.bits("themes", int(self.themes[row])),
            target_groups=v.bits("target_groups", int(self.target_groups[row])),
            title=self.text("titles", row),
            description=self.text("descriptions", row),
            activity_type=key(v.activity_types, int(self.activity_type[row])),
            method=key(v.methods, int(self.method[row])),
            phase=key(v.phases, int(self.phase[row])),
            lead_role=key(v.roles, int(self.lead_role[row])),
            partners=tuple(
                v.organisations[i] if i < len(v.organisations) else str(i)
                for i in self.partners_of(row).tolist()
            ),  # fmt: skip
            wide=bool(self.wide[row]),
        )

    def select(self, rows: npt.ArrayLike) -> ActivityTable:
        """A new table with the given rows (positions or a boolean mask), context kept.

        Hand-overs are kept when their activity is selected. O(n + nnz).
        """
        sel = np.asarray(rows)
        if sel.dtype == np.bool_:
            sel = np.flatnonzero(sel)
        sel = sel.astype(np.int64)
        area_ptr, area_idx = _csr_take(self.area_ptr, self.area_idx, sel)
        partner_ptr, partner_idx = _csr_take(self.partner_ptr, self.partner_idx, sel)
        ids = self.ids[sel]
        keep_pairs = np.isin(self.handover_pairs[:, 0], ids)
        keep_orgs = np.isin(self.handover_orgs[:, 0], ids)
        return replace(
            self,
            ids=ids,
            org=self.org[sel],
            activity_type=self.activity_type[sel],
            method=self.method[sel],
            phase=self.phase[sel],
            start=self.start[sel],
            end=self.end[sel],
            themes=self.themes[sel],
            target_groups=self.target_groups[sel],
            area_ptr=area_ptr,
            area_idx=area_idx,
            wide=self.wide[sel],
            titles=_texts_take(self.titles, sel),
            descriptions=_texts_take(self.descriptions, sel),
            lead_role=self.lead_role[sel],
            partner_ptr=partner_ptr,
            partner_idx=partner_idx,
            handover_pairs=self.handover_pairs[keep_pairs],
            handover_orgs=self.handover_orgs[keep_orgs],
            versions=None if self.versions is None else self.versions[sel],
        )

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[ActivityRow],
        *,
        ties: Iterable[tuple[str, str]] = (),
        handovers: Iterable[HandoverLink] = (),
        vocab: Vocab | None = None,
        versions: Sequence[int] | None = None,
    ) -> ActivityTable:
        """Build a table from plain rows with string keys.

        Keys found in ``vocab`` keep their index there (so several tables can share one
        vocabulary); other keys are appended in sorted order. ``ties`` are pairs of organisation
        keys with a collaboration tie; ``handovers`` link activities to their successors.

        >>> t = ActivityTable.from_rows(
        ...     [ActivityRow(id=7, org="swl", areas=("BU1", "BU2"), start=date(2025, 1, 1),
        ...                  themes=("welzijn",), target_groups=("ouderen", "jongeren"))],
        ...     ties=[("swl", "wsl")])
        >>> t.vocab.target_groups, int(t.target_groups[0]), t.org_ties.tolist()
        (('jongeren', 'ouderen'), 3, [[0, 1]])

        O(n + total keys).
        """
        rows = list(rows)
        ties = list(ties)
        handovers = list(handovers)
        v = vocab or Vocab()
        v = Vocab(
            areas=_extend(v.areas, (a for r in rows for a in r.areas)),
            organisations=_extend(
                v.organisations,
                [r.org for r in rows]
                + [p for r in rows for p in r.partners]
                + [k for pair in ties for k in pair]
                + [h.to_org for h in handovers],
            ),
            themes=_extend(v.themes, (t for r in rows for t in r.themes)),
            target_groups=_extend(v.target_groups, (g for r in rows for g in r.target_groups)),
            activity_types=_extend(v.activity_types, (r.activity_type for r in rows)),
            methods=_extend(v.methods, (r.method for r in rows)),
            phases=_extend(v.phases, (r.phase for r in rows)),
            roles=_extend(v.roles, (r.lead_role for r in rows)),
        )
        if len(v.themes) > MAX_BITS or len(v.target_groups) > MAX_BITS:
            raise ValueError("at most 64 themes and 64 target groups fit in a bitmask")
        ix = {k: v.index(k) for k in ("areas", "organisations", "themes", "target_groups",
                                      "activity_types", "methods", "phases", "roles")}  # fmt: skip

        def opt(kind: str, key: str | None) -> int:
            return -1 if key is None else ix[kind][key]

        area_ptr, area_idx = _csr([[ix["areas"][a] for a in r.areas] for r in rows])
        partner_ptr, partner_idx = _csr(
            [[ix["organisations"][p] for p in r.partners] for r in rows]
        )
        orgs = ix["organisations"]
        return cls(
            ids=np.array([r.id for r in rows], dtype=np.int64),
            org=np.array([orgs[r.org] for r in rows], dtype=np.int32),
            activity_type=np.array(
                [opt("activity_types", r.activity_type) for r in rows], dtype=np.int16
            ),
            method=np.array([opt("methods", r.method) for r in rows], dtype=np.int16),
            phase=np.array([opt("phases", r.phase) for r in rows], dtype=np.int8),
            start=np.array([date_to_day(r.start) for r in rows], dtype=np.int32),
            end=np.array([date_to_day(r.end) for r in rows], dtype=np.int32),
            themes=np.array([_mask(r.themes, ix["themes"]) for r in rows], dtype=np.uint64),
            target_groups=np.array(
                [_mask(r.target_groups, ix["target_groups"]) for r in rows], dtype=np.uint64
            ),
            area_ptr=area_ptr,
            area_idx=area_idx,
            wide=np.array([r.wide for r in rows], dtype=np.bool_),
            titles=[r.title for r in rows],
            descriptions=[r.description for r in rows],
            lead_role=np.array([opt("roles", r.lead_role) for r in rows], dtype=np.int16),
            partner_ptr=partner_ptr,
            partner_idx=partner_idx,
            org_ties=np.array([(orgs[a], orgs[b]) for a, b in ties], dtype=np.int32),
            handover_pairs=np.array(
                [(h.activity, h.to_activity) for h in handovers if h.to_activity is not None],
                dtype=np.int64,
            ),
            handover_orgs=np.array(
                [
                    (h.activity, opt("organisations", h.to_org))
                    for h in handovers
                    if h.to_activity is None
                ],  # fmt: skip
                dtype=np.int64,
            ),
            vocab=v,
            versions=None if versions is None else np.asarray(versions, dtype=np.uint64),
        )

    @classmethod
    def from_arrow(
        cls,
        activities: pa.Table,
        *,
        vocab: Vocab,
        ties: npt.ArrayLike | None = None,
        handover_pairs: npt.ArrayLike | None = None,
        handover_orgs: npt.ArrayLike | None = None,
    ) -> ActivityTable:
        """Build a table from an integer-coded Arrow table (e.g. read from Parquet).

        Columns: ``id`` int64, ``org`` int32, ``activity_type`` int16, ``method`` int16,
        ``phase`` int8, ``start``/``end`` int32 days or date32 (a null ``end`` is open),
        ``themes``/``target_groups`` uint64 bitmasks, ``areas`` list<int32> of buurt indices,
        ``wide`` bool, ``title``/``description`` string, ``lead_role`` int16 and ``partners``
        list<int32>. Missing optional columns (``method``, ``phase``, ``lead_role``,
        ``partners``, ``wide``) default to "not set". Text columns stay Arrow arrays: no
        million Python strings are created.

        >>> import pyarrow as pa
        >>> t = ActivityTable.from_arrow(pa.table({
        ...     "id": pa.array([1], pa.int64()), "org": pa.array([0], pa.int32()),
        ...     "activity_type": pa.array([-1], pa.int16()), "start": pa.array([0], pa.int32()),
        ...     "end": pa.array([None], pa.int32()), "themes": pa.array([1], pa.uint64()),
        ...     "target_groups": pa.array([1], pa.uint64()),
        ...     "areas": pa.array([[3]], pa.list_(pa.int32())),
        ...     "title": ["Taalcafé"], "description": [""]}), vocab=Vocab())
        >>> int(t.end[0]) == OPEN_END, t.areas_of(0).tolist()
        (True, [3])

        O(n + nnz), no per-row Python work.
        """
        n = activities.num_rows

        def col(name: str, dtype: type[np.generic], default: int | bool = -1) -> npt.NDArray[Any]:
            if name not in activities.column_names:
                return np.full(n, default, dtype=dtype)
            c = activities.column(name)
            if pa.types.is_date32(c.type):
                c = c.cast(pa.int32())
            fill = OPEN_END if name == "end" else default
            return np.asarray(c.fill_null(fill).to_numpy(), dtype=dtype)

        def lists(name: str) -> tuple[I64, I32]:
            if name not in activities.column_names:
                return np.zeros(n + 1, dtype=np.int64), np.empty(0, dtype=np.int32)
            c = activities.column(name).combine_chunks()
            offsets = np.asarray(c.offsets.to_numpy(), dtype=np.int64)
            values = np.asarray(c.values.to_numpy(), dtype=np.int32)
            return offsets - offsets[0], values[offsets[0] : offsets[-1]]

        area_ptr, area_idx = lists("areas")
        partner_ptr, partner_idx = lists("partners")
        return cls(
            ids=col("id", np.int64),
            org=col("org", np.int32),
            activity_type=col("activity_type", np.int16),
            method=col("method", np.int16),
            phase=col("phase", np.int8),
            start=col("start", np.int32),
            end=col("end", np.int32),
            themes=col("themes", np.uint64, 0),
            target_groups=col("target_groups", np.uint64, 0),
            area_ptr=area_ptr,
            area_idx=area_idx,
            wide=col("wide", np.bool_, False),
            titles=activities.column("title").combine_chunks(),
            descriptions=activities.column("description").combine_chunks(),
            lead_role=col("lead_role", np.int16),
            partner_ptr=partner_ptr,
            partner_idx=partner_idx,
            org_ties=np.asarray(ties if ties is not None else np.empty((0, 2)), dtype=np.int32),
            handover_pairs=np.asarray(
                handover_pairs if handover_pairs is not None else np.empty((0, 2)), np.int64
            ),
            handover_orgs=np.asarray(
                handover_orgs if handover_orgs is not None else np.empty((0, 2)), np.int64
            ),
            vocab=vocab,
        )


def _csr_take(ptr: I64, idx: I32, rows: I64) -> tuple[I64, I32]:
    lengths = (ptr[rows + 1] - ptr[rows]).astype(np.int64)
    new_ptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=new_ptr[1:])
    starts = np.repeat(ptr[rows] - new_ptr[:-1], lengths)
    return new_ptr, idx[starts + np.arange(int(new_ptr[-1]), dtype=np.int64)]


def _texts_take(texts: Texts, rows: I64) -> Texts:
    if isinstance(texts, pa.Array | pa.ChunkedArray):
        return texts.take(pa.array(rows))
    return [texts[int(i)] for i in rows]
