"""The transparent score behind *Wie schakel ik in?*: the question, the weights, the reason
codes, and every contribution computed as an integer point array over many candidates at once.

Points are whole numbers so that a candidate's reasons add up to its score exactly; see
:mod:`speelveld.core.engage` for what each contribution means.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from speelveld.core.area_graph import Proximity
from speelveld.core.csr import IntArray, csr_segments
from speelveld.core.engage_index import EngageIndex, Party
from speelveld.core.role_catalogue import leave_to_advice

__all__ = [
    "DEFAULT_WEIGHTS",
    "EngageWeights",
    "ParamValue",
    "Question",
    "Reason",
    "ReasonCode",
    "RoleFit",
    "Scores",
    "matches_question",
    "role_fits",
]

ParamValue = str | int | float | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Question:
    """What the commissioner asks. Keys are catalogue keys; ``area`` is a CBS code (buurt,
    wijk or gemeente); ``activity_type`` is the kind of help (a werkvorm). ``partners`` are
    the parties the answer should work well with (e.g. the commissioner); left empty, ties
    count with the players already working in the area and their organisations."""

    area: str
    themes: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    activity_type: str | None = None
    phase: str | None = None
    language: str | None = None
    partners: tuple[Party, ...] = ()


@dataclass(frozen=True, slots=True)
class EngageWeights:
    """Points per contribution (whole numbers, so reasons add up exactly) and the two
    assumptions behind capacity."""

    core_activity_type: int = 20
    core_phase: int = 10
    leave_to: int = -40
    delegated_here: int = 10
    in_area: int = 30
    wijk_wide: int = 24
    neighbour: int = 18
    same_wijk: int = 12
    gemeente_wide: int = 10
    same_gemeente: int = 4
    theme: int = 12
    target_group: int = 8
    language: int = 15
    capacity: int = 10
    hours_per_activity: float = 4.0
    capacity_full_at_hours: float = 8.0
    ties: int = 8
    ties_full_at: float = 6.0
    handovers: int = 6
    handover_prior: float = 2.0
    declined_factor: float = 0.5

    def presence(self) -> npt.NDArray[np.int64]:
        """Points per :class:`Proximity` value."""
        return np.array(
            [
                0,
                self.same_gemeente,
                self.gemeente_wide,
                self.same_wijk,
                self.neighbour,
                self.wijk_wide,
                self.in_area,
            ],
            dtype=np.int64,
        )


DEFAULT_WEIGHTS = EngageWeights()


class ReasonCode(StrEnum):
    ROLE_CORE_ACTIVITY_TYPE = "role_core_activity_type"
    ROLE_CORE_PHASE = "role_core_phase"
    ROLE_LEAVE_TO = "role_leave_to"
    ROLE_DELEGATED_HERE = "role_delegated_here"
    PRESENCE_IN_AREA = "presence_in_area"
    PRESENCE_WIJK_WIDE = "presence_wijk_wide"
    PRESENCE_NEIGHBOUR = "presence_neighbour"
    PRESENCE_SAME_WIJK = "presence_same_wijk"
    PRESENCE_GEMEENTE_WIDE = "presence_gemeente_wide"
    PRESENCE_SAME_GEMEENTE = "presence_same_gemeente"
    THEME = "theme"
    TARGET_GROUP = "target_group"
    LANGUAGE = "language"
    CAPACITY = "capacity"
    CAPACITY_UNKNOWN = "capacity_unknown"
    TIES = "ties"
    HANDOVERS = "handovers"


_PRESENCE_CODE = {
    Proximity.IN_AREA: ReasonCode.PRESENCE_IN_AREA,
    Proximity.WIJK_WIDE: ReasonCode.PRESENCE_WIJK_WIDE,
    Proximity.NEIGHBOUR: ReasonCode.PRESENCE_NEIGHBOUR,
    Proximity.SAME_WIJK: ReasonCode.PRESENCE_SAME_WIJK,
    Proximity.GEMEENTE_WIDE: ReasonCode.PRESENCE_GEMEENTE_WIDE,
    Proximity.SAME_GEMEENTE: ReasonCode.PRESENCE_SAME_GEMEENTE,
}


@dataclass(frozen=True, slots=True)
class Reason:
    """One contribution to a score: a code for the translated sentence, its parameters, and
    the points it adds (negative: subtracts)."""

    code: ReasonCode
    params: Mapping[str, ParamValue]
    points: int


@dataclass(frozen=True, slots=True)
class RoleFit:
    """One role's role-fit reasons and their sum; ``positive`` when any reason is in its
    favour, ``leave`` when the catalogue says to leave this to another role."""

    reasons: tuple[Reason, ...]
    points: int
    positive: bool
    leave: bool


def role_fits(index: EngageIndex, q: Question, w: EngageWeights) -> list[RoleFit]:
    """The catalogue's verdict on every role of the index for this question, by role
    position: core werkvorm (+), core phase (+), others should leave it to this role (+),
    this role should leave it to another (−, once, however many delegations apply).

    O(R + D) for R roles and D delegations in the catalogue.
    """
    advice = leave_to_advice(index.catalogue, q.activity_type, q.phase)
    fits = []
    for key in index.role_keys:
        profile = index.catalogue.get(key)
        reasons: list[Reason] = []
        if profile is not None and q.activity_type in profile.core_activity_types:
            params = {"role": key, "activity_type": q.activity_type or ""}
            reasons.append(Reason(ReasonCode.ROLE_CORE_ACTIVITY_TYPE, params, w.core_activity_type))
        if profile is not None and q.phase in profile.core_phases:
            params = {"role": key, "phase": q.phase or ""}
            reasons.append(Reason(ReasonCode.ROLE_CORE_PHASE, params, w.core_phase))
        senders = tuple(dict.fromkeys(a.role for a in advice if a.to_role == key))
        if senders:
            params2: dict[str, ParamValue] = {"role": key, "from_roles": senders}
            reasons.append(Reason(ReasonCode.ROLE_DELEGATED_HERE, params2, w.delegated_here))
        positive = bool(reasons)
        own = [a for a in advice if a.role == key]
        # the penalty counts once; further delegations that apply are listed at 0 points
        for n, a in enumerate(own):
            params = {"role": key, "to_role": a.to_role, "task_key": a.task_key}
            reasons.append(Reason(ReasonCode.ROLE_LEAVE_TO, params, w.leave_to if n == 0 else 0))
        fits.append(RoleFit(tuple(reasons), sum(r.points for r in reasons), positive, bool(own)))
    return fits


def _columns(lookup: Mapping[str, int], keys: Iterable[str]) -> IntArray:
    return np.array([lookup[k] for k in keys if k in lookup], dtype=np.int64)


def _share_points(
    matrix: npt.NDArray[np.bool_], rows: IntArray, cols: IntArray, asked: int, points: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    if asked == 0 or cols.size == 0:
        zero = np.zeros(rows.size, dtype=np.int64)
        return zero, zero
    matched = matrix[np.ix_(rows, cols)].sum(axis=1).astype(np.int64)
    return matched, np.rint(points * matched / asked).astype(np.int64)


class Scores:
    """Every contribution for a set of candidate positions, as integer point arrays."""

    def __init__(
        self,
        index: EngageIndex,
        q: Question,
        w: EngageWeights,
        rows: IntArray,
        lvl: npt.NDArray[np.int8],
        fits: list[RoleFit],
    ) -> None:
        self.index, self.q, self.rows, self.lvl, self.fits = index, q, rows, lvl, fits
        pos, _ = csr_segments(index.cand_areas, rows)
        lens = index.cand_areas.ptr[rows + 1] - index.cand_areas.ptr[rows]
        self.prox = np.zeros(rows.size, dtype=np.int64)
        if rows.size:  # every row has an area (it was found through one), so reduceat is safe
            starts = np.cumsum(lens) - lens
            self.prox = np.maximum.reduceat(lvl[index.cand_areas.idx[pos]], starts).astype(np.int64)
        role = index.role[rows]
        self.role_pts = np.array([f.points for f in fits], dtype=np.int64)[role]
        self.presence_pts = w.presence()[self.prox]
        self.theme_hits, self.theme_pts = _share_points(
            index.themes, rows, _columns(index.theme_index, q.themes), len(set(q.themes)), w.theme
        )
        self.group_hits, self.group_pts = _share_points(
            index.groups,
            rows,
            _columns(index.group_index, q.target_groups),
            len(set(q.target_groups)),
            w.target_group,
        )
        self.speaks = np.zeros(rows.size, dtype=np.bool_)
        if q.language is not None and q.language in index.language_index:
            self.speaks = index.languages[rows, index.language_index[q.language]]
        self.language_pts = np.where(self.speaks, w.language, 0).astype(np.int64)
        hours = index.hours[rows]
        self.free = hours - w.hours_per_activity * index.load[rows]
        share = np.clip(np.nan_to_num(self.free / w.capacity_full_at_hours), -1.0, 1.0)
        self.capacity_pts = np.where(np.isnan(hours), 0, np.rint(w.capacity * share))
        self.capacity_pts = self.capacity_pts.astype(np.int64)
        self._ties(w)
        done = index.handovers[rows]
        merit = done[:, 0] - done[:, 1] - w.declined_factor * done[:, 2]
        self.handover_pts = np.rint(w.handovers * merit / (done.sum(axis=1) + w.handover_prior))
        self.handover_pts = self.handover_pts.astype(np.int64)
        self.total = (
            self.role_pts
            + self.presence_pts
            + self.theme_pts
            + self.group_pts
            + self.language_pts
            + self.capacity_pts
            + self.tie_pts
            + self.handover_pts
        )
        self.topical = matches_question(index, q, fits, rows)

    def _ties(self, w: EngageWeights) -> None:
        index, q, rows = self.index, self.q, self.rows
        relevant = np.zeros(len(index.party_index), dtype=np.bool_)
        if q.partners:
            relevant[[index.party_index[p] for p in q.partners if p in index.party_index]] = True
        else:  # the players already working in the area, and their organisations
            here = rows[self.prox == Proximity.IN_AREA]
            relevant[index.player_party[here]] = True
            orgs = index.organisation_party[here]
            relevant[orgs[orgs >= 0]] = True
        pos, seg = csr_segments(index.ties, rows)
        hit = relevant[index.ties.idx[pos]]
        self.tie_count = np.bincount(seg, weights=hit, minlength=rows.size).astype(np.int64)
        strength = np.bincount(seg, weights=hit * index.tie_weight[pos], minlength=rows.size)
        self.tie_strength = strength
        share = np.clip(strength / w.ties_full_at, -1.0, 1.0)
        self.tie_pts = np.rint(w.ties * share).astype(np.int64)

    def reasons(self, j: int) -> tuple[Reason, ...]:
        """The reasons of row ``j``; their points sum to ``total[j]``."""
        index, q, p = self.index, self.q, int(self.rows[j])
        out = list(self.fits[int(index.role[p])].reasons)
        prox = Proximity(int(self.prox[j]))
        if prox in _PRESENCE_CODE:
            where = next(a for a in index.cand_areas.row(p) if self.lvl[a] == prox)
            params: dict[str, ParamValue] = {"area": index.areas.codes[int(where)]}
            out.append(Reason(_PRESENCE_CODE[prox], params, int(self.presence_pts[j])))
        for code, asked, lookup, matrix, pts in (
            (ReasonCode.THEME, q.themes, index.theme_index, index.themes, self.theme_pts),
            (ReasonCode.TARGET_GROUP, q.target_groups, index.group_index, index.groups,
             self.group_pts),
        ):  # fmt: skip
            if pts[j]:
                wanted = tuple(dict.fromkeys(asked))
                hits = tuple(k for k in wanted if k in lookup and matrix[p, lookup[k]])
                out.append(Reason(code, {"matched": hits, "asked": wanted}, int(pts[j])))
        if self.language_pts[j]:
            out.append(
                Reason(
                    ReasonCode.LANGUAGE, {"language": q.language or ""}, int(self.language_pts[j])
                )
            )
        if np.isnan(index.hours[p]):
            out.append(
                Reason(ReasonCode.CAPACITY_UNKNOWN, {"active_activities": int(index.load[p])}, 0)
            )
        elif self.capacity_pts[j]:
            params = {
                "hours_per_week": float(index.hours[p]),
                "active_activities": int(index.load[p]),
                "free_hours": float(self.free[j]),
            }
            out.append(Reason(ReasonCode.CAPACITY, params, int(self.capacity_pts[j])))
        if self.tie_pts[j]:
            params = {"ties": int(self.tie_count[j]), "strength": float(self.tie_strength[j])}
            out.append(Reason(ReasonCode.TIES, params, int(self.tie_pts[j])))
        if self.handover_pts[j]:
            on_time, late, declined = (int(v) for v in index.handovers[p])
            params = {"on_time": on_time, "late": late, "declined": declined}
            out.append(Reason(ReasonCode.HANDOVERS, params, int(self.handover_pts[j])))
        return tuple(out)


def matches_question(
    index: EngageIndex, q: Question, fits: list[RoleFit], rows: IntArray
) -> npt.NDArray[np.bool_]:
    """Which candidates (by position) match what was asked, wherever they work: the role has
    the werkvorm or phase as a core task or is the one others should leave it to, or they work
    on an asked theme or target group, or speak the asked language — and their role is not told
    to leave this to another. A question about an area only matches everyone.

    O(r·(t + g)) for r rows, t asked themes and g asked target groups.
    """
    role = index.role[rows]
    leave = np.array([f.leave for f in fits], dtype=np.bool_)[role]
    if not (q.activity_type or q.phase or q.themes or q.target_groups or q.language):
        return ~leave
    about = np.array([f.positive for f in fits], dtype=np.bool_)[role]
    for lookup, matrix, keys in (
        (index.theme_index, index.themes, q.themes),
        (index.group_index, index.groups, q.target_groups),
        (index.language_index, index.languages, (q.language,) if q.language else ()),
    ):
        cols = _columns(lookup, keys)
        if cols.size:
            about |= matrix[np.ix_(rows, cols)].any(axis=1)
    return about & ~leave
