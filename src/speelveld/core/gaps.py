"""Gaps: where the need is high and little or nothing happens.

Coverage is the number of activities per area × theme (and × target group); a wijk-wide
activity counts in each of its buurten. Need comes from key figures, always as rates (per 1,000
inhabitants, or per 1,000 households for household figures) relative to the field's median, so
a big buurt is not needier just for being big. A figure that CBS suppressed is *missing*, never
zero: where a theme's need cannot be computed the gap says "insufficient data" instead of
guessing. Buurten below a minimum population are folded into one unit per wijk, because rates
of a few dozen people say nothing.

Areas where nothing happens at all come first, then gaps by score.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from speelveld.core._blocking import bit_positions
from speelveld.core.reasons import Reason
from speelveld.core.table import F64, I32, I64, ActivityTable

__all__ = [
    "AreaTable",
    "Coverage",
    "Gap",
    "GapWeights",
    "coverage_count",
    "gaps_find",
]

HOUSEHOLD_FIGURES = frozenset(
    {"one_person_households", "households_with_children", "low_income_households"}
)


@dataclass(frozen=True, eq=False)
class AreaTable:
    """Buurten with their wijk, key figures and neighbours (index = buurt index of the
    :class:`~speelveld.core.table.ActivityTable`'s ``area_idx``).

    ``figures`` maps a figure name (``inhabitants``, ``age_0_15``, ``age_15_25``,
    ``age_65_plus``, ``households``, ``one_person_households``, ``households_with_children``,
    ``low_income_households``, ``origin_outside_europe``, …) to a float array with ``NaN`` for
    suppressed or unknown values. Neighbours are buurt indices in CSR form.
    """

    codes: Sequence[str]
    wijk: I32
    wijk_codes: Sequence[str]
    figures: Mapping[str, F64]
    neighbour_ptr: I64
    neighbour_idx: I32

    def __len__(self) -> int:
        return len(self.codes)


@dataclass(frozen=True, eq=False)
class Coverage:
    """Activity counts per buurt: ``total`` (B,), ``themes`` (B, T), ``groups`` (B, G)."""

    total: I64
    themes: I64
    groups: I64


def coverage_count(table: ActivityTable, n_areas: int | None = None) -> Coverage:
    """Count activities per buurt, per buurt × theme and per buurt × target group.

    A wijk-wide activity counts once in each of its buurten.

    >>> from datetime import date
    >>> from speelveld.core.table import ActivityRow
    >>> t = ActivityTable.from_rows([ActivityRow(id=1, org="a", areas=("B1", "B2"),
    ...     start=date(2025, 1, 1), themes=("armoede",), target_groups=("gezinnen",))])
    >>> coverage_count(t).themes.tolist()
    [[1], [1]]

    O(n + memberships), vectorised.
    """
    n_b = n_areas if n_areas is not None else table.n_areas
    n_t = max(1, len(table.vocab.themes))
    n_g = max(1, len(table.vocab.target_groups))
    row_of_area = np.repeat(np.arange(len(table), dtype=np.int64), np.diff(table.area_ptr))
    area = table.area_idx.astype(np.int64)
    total = np.bincount(area, minlength=n_b)
    out = []
    for masks, width in ((table.themes, n_t), (table.target_groups, n_g)):
        rows, bits = bit_positions(masks)
        width = max(width, int(bits.max()) + 1 if len(bits) else 1)
        per_row = np.zeros((len(table), width), dtype=np.bool_)
        per_row[rows, bits] = True
        # areas × bits via the rows: (area, bit) for every area of a row and every bit of it
        counts = np.zeros((n_b, width), dtype=np.int64)
        for b in range(width):
            has = per_row[row_of_area, b]
            counts[:, b] = np.bincount(area[has], minlength=n_b)
        out.append(counts)
    return Coverage(total=total.astype(np.int64), themes=out[0], groups=out[1])


def _default_theme_needs() -> dict[str, dict[str, float]]:
    # Which key figures say a buurt needs work on a theme. Weights within a theme sum to 1;
    # "base" is a constant 1 (every inhabited buurt needs some of everything).
    return {
        "armoede": {"low_income_households": 1.0},
        "eenzaamheid": {"one_person_households": 0.6, "age_65_plus": 0.4},
        "ouder-worden": {"age_65_plus": 1.0},
        "welzijn": {"base": 0.5, "age_65_plus": 0.25, "low_income_households": 0.25},
        "sociale-kloof": {"low_income_households": 0.5, "origin_outside_europe": 0.5},
        "taal-digitaal": {"origin_outside_europe": 0.6, "age_65_plus": 0.4},
        "participatie": {"base": 1.0},
        "veiligheid": {"base": 0.6, "age_15_25": 0.4},
        "wonen": {"base": 0.5, "low_income_households": 0.5},
        "energietransitie": {"low_income_households": 1.0},
        "duurzaamheid": {"base": 1.0},
        "groen": {"base": 1.0},
    }


def _default_group_needs() -> dict[str, dict[str, float]]:
    return {
        "jongeren": {"age_15_25": 1.0},
        "kinderen": {"age_0_15": 1.0},
        "ouderen": {"age_65_plus": 1.0},
        "gezinnen": {"households_with_children": 1.0},
        "laag-inkomen": {"low_income_households": 1.0},
        "alleenstaanden": {"one_person_households": 1.0},
        "nieuwkomers": {"origin_outside_europe": 1.0},
    }


@dataclass(frozen=True)
class GapWeights:
    """What need means, and how gaps are scored and reported."""

    # theme key → {figure: weight}; figures are turned into rates before weighing
    themes: Mapping[str, Mapping[str, float]] = field(default_factory=_default_theme_needs)
    # target-group key → {figure: weight}; groups not listed are not analysed
    target_groups: Mapping[str, Mapping[str, float]] = field(default_factory=_default_group_needs)
    # below this many inhabitants a buurt's rates are noise: it is folded into its wijk
    min_population: int = 250
    # need at least this far above the field median (1.0) earns the reason "need_high"
    need_high: float = 1.25
    # coverage below this share of the field's mean rate earns "coverage_low"
    coverage_low: float = 0.5
    # how much activity in neighbouring buurten softens a gap (0: not at all)
    neighbour_relief: float = 0.25
    # gaps scoring below this are not reported
    min_score: float = 0.5


@dataclass(frozen=True)
class Gap:
    """One gap: an area (buurt, or a wijk's small buurten together) × theme or target group.

    ``theme`` and ``target_group`` are both ``None`` for "nothing happens here at all".
    ``score`` is ``None`` when the need could not be computed (insufficient data).
    """

    area: str
    level: str  # "buurt" | "wijk"
    theme: str | None
    target_group: str | None
    score: float | None
    need: float | None
    coverage: int
    reasons: tuple[Reason, ...]
    buurten: tuple[str, ...] = ()  # the buurten folded together, for level "wijk"


@dataclass
class _Units:
    """Analysis units: big-enough buurten, plus one unit per wijk for its small buurten."""

    unit_of: I64  # buurt → unit
    codes: list[str]
    levels: list[str]
    members: list[tuple[str, ...]]


def _units(areas: AreaTable, min_population: int) -> _Units:
    pop = np.asarray(areas.figures.get("inhabitants", np.full(len(areas), np.nan)), np.float64)
    small = ~(pop >= min_population)  # NaN counts as small: its rates are unknown anyway
    n = len(areas)
    unit_of = np.empty(n, dtype=np.int64)
    big = np.flatnonzero(~small)
    unit_of[big] = np.arange(len(big))
    codes = [areas.codes[i] for i in big.tolist()]
    levels = ["buurt"] * len(big)
    members: list[tuple[str, ...]] = [()] * len(big)
    small_idx = np.flatnonzero(small)
    wijken, inverse = np.unique(areas.wijk[small_idx], return_inverse=True)
    unit_of[small_idx] = len(big) + inverse
    for k, w in enumerate(wijken.tolist()):
        codes.append(areas.wijk_codes[w])
        levels.append("wijk")
        members.append(tuple(areas.codes[i] for i in small_idx[inverse == k]))
    return _Units(unit_of, codes, levels, members)


def _sum_units(values: Any, unit_of: I64, n_units: int) -> Any:
    """Sum per unit; a NaN anywhere in a unit makes the unit NaN (missing stays missing)."""
    v = np.asarray(values, dtype=np.float64)
    out = np.zeros((n_units,) + v.shape[1:], dtype=np.float64)
    np.add.at(out, unit_of, v)
    return out


def _need(
    spec: Mapping[str, Mapping[str, float]], keys: Sequence[str], figures: Mapping[str, F64],
    pop: F64, households: F64,
) -> tuple[F64, list[list[str]]]:  # fmt: skip
    """Need per unit × key, relative to the median (1.0), NaN where a figure is missing."""
    need = np.full((len(pop), len(keys)), np.nan)
    used: list[list[str]] = []
    for k, key in enumerate(keys):
        weights = spec.get(key)
        used.append(sorted(weights) if weights else [])
        if not weights:
            continue
        total = np.zeros(len(pop))
        for name, w in weights.items():
            if name == "base":
                total += w
                continue
            raw = figures.get(name)
            if raw is None:
                total += np.nan
                continue
            denominator = households if name in HOUSEHOLD_FIGURES else pop
            with np.errstate(divide="ignore", invalid="ignore"):
                rate = raw / denominator * 1000.0  # per 1,000, never a raw count
            median = np.nanmedian(rate) if np.isfinite(rate).any() else np.nan
            total += w * rate / median if median and np.isfinite(median) else np.nan
        need[:, k] = total
    return need, used


def gaps_find(
    areas: AreaTable,
    coverage: Coverage,
    *,
    themes: Sequence[str],
    target_groups: Sequence[str] = (),
    weights: GapWeights | None = None,
) -> list[Gap]:
    """Ranked gaps per area × theme and area × target group, with reasons.

    ``themes``/``target_groups`` are the keys of the coverage columns (the table's
    ``vocab.themes`` and ``vocab.target_groups``). Gap score = relative need × how far coverage
    falls short of the field's mean rate (``1 − coverage/mean``, at least 0), softened by
    activity in neighbouring buurten. Order: areas where nothing happens at all, then scored
    gaps by score, then "insufficient data" ones.

    Reason codes: ``no_activity_at_all``, ``need_high`` (params ``need``, ``figures``),
    ``coverage_low`` (``activities``, ``per_1000``, ``field_per_1000``), ``neighbours_active``
    (``activities``), ``insufficient_data`` (``figures``), ``folded_into_wijk``
    (``buurten``).

    >>> import numpy as np
    >>> areas = AreaTable(codes=["BU1", "BU2"], wijk=np.array([0, 0], np.int32),
    ...     wijk_codes=["WK1"], figures={"inhabitants": np.array([1000.0, 1000.0]),
    ...     "households": np.array([500.0, 500.0]),
    ...     "low_income_households": np.array([200.0, 50.0])},
    ...     neighbour_ptr=np.array([0, 0, 0]), neighbour_idx=np.array([], np.int32))
    >>> cov = Coverage(total=np.array([0, 3]), themes=np.array([[0], [3]]),
    ...                groups=np.zeros((2, 0), np.int64))
    >>> [(g.area, g.theme, g.reasons[0].code) for g in gaps_find(areas, cov,
    ...     themes=["armoede"])]
    [('BU1', None, 'no_activity_at_all'), ('BU1', 'armoede', 'need_high')]

    O(B × (T + G)), vectorised; national (14,500 buurten) in well under a second.
    """
    w = weights or GapWeights()
    units = _units(areas, w.min_population)
    n_u = len(units.codes)
    figures = {k: _sum_units(v, units.unit_of, n_u) for k, v in areas.figures.items()}
    pop = figures.get("inhabitants", np.full(n_u, np.nan))
    households = figures.get("households", np.full(n_u, np.nan))
    total = _sum_units(coverage.total, units.unit_of, n_u)
    # coverage of the neighbours of each unit's buurten (outside the unit), per theme/group
    nb_rows = np.repeat(np.arange(len(areas)), np.diff(areas.neighbour_ptr))
    nb_unit = units.unit_of[areas.neighbour_idx]
    own_unit = units.unit_of[nb_rows]
    outside = nb_unit != own_unit

    out_nothing: list[Gap] = []
    scored: list[tuple[float, Gap]] = []
    missing: list[Gap] = []
    nothing = (total == 0) & (pop > 0)
    for u in np.flatnonzero(nothing).tolist():
        out_nothing.append(Gap(
            area=units.codes[u], level=units.levels[u], theme=None, target_group=None,
            score=None, need=None, coverage=0,
            reasons=(Reason("no_activity_at_all", {"inhabitants": _num(pop[u])}),
                     *_fold_reason(units, u)),
            buurten=units.members[u],
        ))  # fmt: skip

    for kind, keys, counts, spec in (
        ("theme", list(themes), coverage.themes, w.themes),
        ("target_group", list(target_groups), coverage.groups, w.target_groups),
    ):
        if not keys:
            continue
        cov = _sum_units(counts[:, : len(keys)], units.unit_of, n_u)
        nb_cov = np.zeros_like(cov)
        np.add.at(nb_cov, own_unit[outside], counts[areas.neighbour_idx[outside], : len(keys)])
        need, used = _need(spec, keys, figures, pop, households)
        with np.errstate(divide="ignore", invalid="ignore"):
            rate = cov / pop[:, None] * 1000.0
            field_rate = np.nansum(cov, axis=0) / np.nansum(pop[pop > 0]) * 1000.0
            cov_rel = rate / field_rate[None, :]
            nb_rel = np.minimum(1.0, nb_cov / np.maximum(cov.max(axis=0), 1)[None, :])
        short = np.clip(1.0 - np.nan_to_num(cov_rel, nan=0.0), 0.0, 1.0)
        score = need * short * (1.0 - w.neighbour_relief * nb_rel)
        inhabited = pop > 0
        for k, key in enumerate(keys):
            if not spec.get(key):
                continue
            theme = key if kind == "theme" else None
            group = key if kind == "target_group" else None
            good = inhabited & np.isfinite(score[:, k]) & (score[:, k] >= w.min_score)
            for u in np.flatnonzero(good).tolist():
                reasons: list[Reason] = []
                if need[u, k] >= w.need_high:
                    reasons.append(Reason("need_high", {"need": _num(need[u, k]),
                                                        "figures": used[k]}))  # fmt: skip
                if cov_rel[u, k] < w.coverage_low or cov[u, k] == 0:
                    reasons.append(Reason("coverage_low", {
                        "activities": int(cov[u, k]), "per_1000": _num(rate[u, k]),
                        "field_per_1000": _num(field_rate[k])}))  # fmt: skip
                if nb_cov[u, k] > 0:
                    reasons.append(Reason("neighbours_active", {"activities": int(nb_cov[u, k])}))
                reasons += _fold_reason(units, u)
                scored.append((float(score[u, k]), Gap(
                    area=units.codes[u], level=units.levels[u], theme=theme,
                    target_group=group, score=round(float(score[u, k]), 4),
                    need=round(float(need[u, k]), 4), coverage=int(cov[u, k]),
                    reasons=tuple(reasons), buurten=units.members[u],
                )))  # fmt: skip
            unknown = inhabited & ~np.isfinite(need[:, k]) & (np.nan_to_num(cov_rel[:, k]) < 1)
            for u in np.flatnonzero(unknown).tolist():
                missing.append(Gap(
                    area=units.codes[u], level=units.levels[u], theme=theme, target_group=group,
                    score=None, need=None, coverage=int(cov[u, k]),
                    reasons=(Reason("insufficient_data", {"figures": used[k]}),
                             *_fold_reason(units, u)),
                    buurten=units.members[u],
                ))  # fmt: skip
    scored.sort(key=lambda x: (-x[0], x[1].area, x[1].theme or "", x[1].target_group or ""))
    return out_nothing + [g for _, g in scored] + missing


def _fold_reason(units: _Units, u: int) -> tuple[Reason, ...]:
    if units.levels[u] != "wijk":
        return ()
    return (Reason("folded_into_wijk", {"buurten": list(units.members[u])}),)


def _num(x: Any) -> float | None:
    v = float(x)
    return round(v, 3) if np.isfinite(v) else None
