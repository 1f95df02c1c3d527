"""*Wie schakel ik in?* — rank players and organisations for a question, with the reasons why.

A commissioner asks for help in an area (a buurt, wijk or gemeente), on themes, for target
groups, of a kind (a werkvorm) or in a phase, optionally in a language. Each candidate gets a
transparent, additive score in whole points; its ``reasons`` list every contribution and sum
exactly to the score, so a card can show why:

=================  ====================================================================
role fit           the catalogue: the werkvorm or phase is a core task of the role (+), the
                   role should leave this to another role (strongly −), other roles should
                   leave this to this role (+)
presence           works in the area > wijk-wide > next to it > same wijk > gemeente-wide >
                   elsewhere in the gemeente (:class:`~speelveld.core.area_graph.Proximity`)
experience         share of the asked themes and target groups the candidate works on
language           speaks the asked language
capacity           free hours: hours per week minus an assumed 4 hours per running activity;
                   full points at 8 free hours, negative when over-booked
ties               collaboration with the relevant parties (the ones named in the question,
                   else the players working in the area and their organisations): the sum
                   of intensity × sign, full points at 6
hand-overs         (on time − late − ½·declined) / (all + 2): a short record counts less
=================  ====================================================================

Every number is a field of :class:`EngageWeights`. The core returns codes and parameters only;
the web layer words them (Dutch and English). Organisations are ranked by their best player.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from speelveld.core.area_graph import AreaGraph, Proximity
from speelveld.core.csr import IntArray, csr_gather, csr_segments
from speelveld.core.engage_index import Candidate, EngageIndex, HandoverRecord, Party, Tie
from speelveld.core.engage_scoring import (
    DEFAULT_WEIGHTS,
    EngageWeights,
    ParamValue,
    Question,
    Reason,
    ReasonCode,
    RoleFit,
    Scores,
    matches_question,
    role_fits,
)
from speelveld.core.role_catalogue import LeaveTo, RoleCatalogue, leave_to_advice

__all__ = [
    "DEFAULT_WEIGHTS",
    "Candidate",
    "EngageIndex",
    "HandoverRecord",
    "Party",
    "Tie",
    "EngageAnswer",
    "EngageError",
    "EngageWeights",
    "Match",
    "Nearby",
    "OrganisationMatch",
    "Question",
    "Reason",
    "ReasonCode",
    "engage_rank",
]


@dataclass(frozen=True, slots=True)
class Match:
    """A ranked candidate. ``fits`` says it matches the question and works in or next to the
    area; ``sum(r.points for r in reasons) == score`` always."""

    candidate: int
    role: str
    organisation: int | None
    score: int
    proximity: Proximity
    fits: bool
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class OrganisationMatch:
    """An organisation, scored as its best-scoring player (whose reasons it carries)."""

    organisation: int
    score: int
    candidate: int
    candidates: int
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class Nearby:
    """A candidate who matches the question but works further away: how far (see
    ``EngageAnswer.distance_unit``) and in which of their areas."""

    candidate: int
    role: str
    organisation: int | None
    distance: float
    area: str


@dataclass(frozen=True, slots=True)
class EngageAnswer:
    """Ranked players and organisations, the roles not to ask (``leave_to``), and — when nobody
    who matches works in or next to the area — ``nobody_nearby`` and the ``nearest``."""

    question: Question
    matches: tuple[Match, ...]
    organisations: tuple[OrganisationMatch, ...]
    leave_to: tuple[LeaveTo, ...]
    nobody_nearby: bool
    nearest: tuple[Nearby, ...]
    considered: int
    distance_unit: str


class EngageError(ValueError):
    """A question that cannot be answered; ``code`` and ``params`` word the message."""

    def __init__(self, code: str, params: Mapping[str, ParamValue]) -> None:
        super().__init__(code, dict(params))
        self.code = code
        self.params = dict(params)


def _index_of(
    source: EngageIndex | Iterable[Candidate],
    catalogue: RoleCatalogue | None,
    areas: AreaGraph | None,
) -> EngageIndex:
    if isinstance(source, EngageIndex):
        return source
    return EngageIndex.build(source, catalogue or {}, areas)


def engage_rank(
    question: Question,
    candidates: EngageIndex | Iterable[Candidate],
    catalogue: RoleCatalogue | None = None,
    *,
    areas: AreaGraph | None = None,
    weights: EngageWeights = DEFAULT_WEIGHTS,
    limit: int = 10,
) -> EngageAnswer:
    """Rank the active candidates in and around ``question.area`` and explain each score.

    ``candidates`` is an :class:`EngageIndex` (build it once for repeated questions; its own
    catalogue and areas are used) or any iterable of :class:`Candidate` (indexed on the fly
    with ``catalogue`` and ``areas``). Considered are the active candidates who work anywhere in
    the asked area's gemeente, next to it, or across its wijk or gemeente. Ties in score are
    broken by proximity, then by candidate id, so answers are deterministic.

    >>> from speelveld.core.role_catalogue import RoleProfile
    >>> cat = {"opbouwwerker": RoleProfile("opbouwwerker", frozenset({"consultatie"}))}
    >>> answer = engage_rank(Question("BU00340101", activity_type="consultatie"),
    ...                      [Candidate(1, "opbouwwerker", ("BU00340101",))], cat)
    >>> m = answer.matches[0]
    >>> m.score, [r.code.value for r in m.reasons], sum(r.points for r in m.reasons)
    (50, ['role_core_activity_type', 'presence_in_area', 'capacity_unknown'], 50)

    Complexity: O(A + P·k + L) for A areas in the graph (one int8 array), P candidates in the
    asked gemeente and next to it with k areas/ties each (vectorised), and L = ``limit`` Python
    reason lists. When nobody matches nearby, the nearest search adds O(N·k) vectorised over
    all N candidates. Raises :class:`EngageError` (``unknown_area``) for an area not in the
    graph.
    """
    index = _index_of(candidates, catalogue, areas)
    area = index.areas.index.get(question.area)
    if area is None:
        raise EngageError("unknown_area", {"area": question.area})
    lvl = index.areas.proximity_around(area)
    pool = np.unique(csr_gather(index.area_cands, np.flatnonzero(lvl)))
    pool = pool[index.active[pool]]
    fits = role_fits(index, question, weights)
    s = Scores(index, question, weights, pool, lvl, fits)
    order = np.lexsort((index.ids[pool], -s.prox, -s.total))
    nearby = s.topical & (s.prox >= Proximity.NEIGHBOUR)
    matches = tuple(
        Match(
            candidate=int(index.ids[pool[j]]),
            role=index.role_keys[int(index.role[pool[j]])],
            organisation=_org(index.organisation[pool[j]]),
            score=int(s.total[j]),
            proximity=Proximity(int(s.prox[j])),
            fits=bool(nearby[j]),
            reasons=s.reasons(int(j)),
        )
        for j in order[:limit]
    )
    nobody = not bool(nearby.any())
    return EngageAnswer(
        question=question,
        matches=matches,
        organisations=_organisations(index, s, order, limit),
        leave_to=leave_to_advice(index.catalogue, question.activity_type, question.phase),
        nobody_nearby=nobody,
        nearest=_nearest(index, question, fits, area, limit) if nobody else (),
        considered=int(pool.size),
        distance_unit=index.areas.distance_unit,
    )


def _org(value: np.int64) -> int | None:
    return None if value < 0 else int(value)


def _organisations(
    index: EngageIndex, s: Scores, order: IntArray, limit: int
) -> tuple[OrganisationMatch, ...]:
    ranked = order[index.organisation[s.rows[order]] >= 0]
    orgs = index.organisation[s.rows[ranked]]
    uniq, first, counts = np.unique(orgs, return_index=True, return_counts=True)
    best = ranked[first]  # the first occurrence in rank order is the best player
    by = np.lexsort((uniq, -counts, -s.total[best]))[:limit]
    return tuple(
        OrganisationMatch(
            organisation=int(uniq[k]),
            score=int(s.total[best[k]]),
            candidate=int(index.ids[s.rows[best[k]]]),
            candidates=int(counts[k]),
            reasons=s.reasons(int(best[k])),
        )
        for k in by
    )


def _nearest(
    index: EngageIndex,
    q: Question,
    fits: list[RoleFit],
    area: int,
    limit: int,
) -> tuple[Nearby, ...]:
    lens = index.cand_areas.lengths()
    rows = np.flatnonzero(index.active & (lens > 0))
    rows = rows[matches_question(index, q, fits, rows)]
    if rows.size == 0:
        return ()
    dist = index.areas.distances_from(area)
    pos, _ = csr_segments(index.cand_areas, rows)
    starts = np.cumsum(lens[rows]) - lens[rows]
    nearest = np.minimum.reduceat(dist[index.cand_areas.idx[pos]], starts)
    keep = np.isfinite(nearest)
    rows, nearest = rows[keep], nearest[keep]
    out = []
    for j in np.lexsort((index.ids[rows], nearest))[:limit]:
        p = int(rows[j])
        where = min(index.cand_areas.row(p), key=lambda a: dist[a])
        out.append(
            Nearby(
                candidate=int(index.ids[p]),
                role=index.role_keys[int(index.role[p])],
                organisation=_org(index.organisation[p]),
                distance=float(nearest[j]),
                area=index.areas.codes[int(where)],
            )
        )
    return tuple(out)
