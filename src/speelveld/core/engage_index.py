"""What matching knows about the field: candidate rows, packed once into numpy arrays.

:class:`EngageIndex` turns :class:`Candidate` records into columns (role, capacity, hand-over
record), boolean matrices (themes, target groups, languages), and compressed one-to-many lists
(player → areas, area → players, player → ties), so that a question touches only the players of
one gemeente and its neighbours, in vectorised steps (:func:`speelveld.core.engage.engage_rank`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

from speelveld.core.area_graph import AreaGraph, AreaNode
from speelveld.core.csr import Csr, IntArray, csr_from_pairs
from speelveld.core.role_catalogue import RoleCatalogue

__all__ = ["Candidate", "EngageIndex", "HandoverRecord", "Party", "Tie"]

BoolMatrix = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class Party:
    """One side of a collaboration tie: a player or an organisation, by id."""

    kind: Literal["player", "organisation"]
    id: int


@dataclass(frozen=True, slots=True)
class Tie:
    """A collaboration tie of a candidate: PARTNER intensity 1-4 and sign (+1 strengthens,
    -1 hinders)."""

    party: Party
    intensity: int = 1
    sign: int = 1


@dataclass(frozen=True, slots=True)
class HandoverRecord:
    """A candidate's hand-overs so far: completed on or before the due date, completed late,
    and offered to them and declined."""

    on_time: int = 0
    late: int = 0
    declined: int = 0


@dataclass(frozen=True, slots=True)
class Candidate:
    """A player as matching sees it (an organisation is the aggregate of its players).

    ``areas`` are CBS codes of the work area (buurten, wijken or the gemeente);
    ``active_activities`` counts the activities the player currently owns or runs.
    """

    id: int
    role: str
    areas: tuple[str, ...]
    organisation: int | None = None
    themes: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    hours_per_week: float | None = None
    active_activities: int = 0
    ties: tuple[Tie, ...] = ()
    handovers: HandoverRecord = field(default_factory=HandoverRecord)
    active: bool = True


def _vocabulary(rows: Sequence[tuple[str, ...]]) -> tuple[dict[str, int], BoolMatrix]:
    vocab: dict[str, int] = {}
    pairs = [(i, vocab.setdefault(key, len(vocab))) for i, keys in enumerate(rows) for key in keys]
    matrix = np.zeros((len(rows), len(vocab)), dtype=np.bool_)
    if pairs:
        at = np.array(pairs, dtype=np.int64)
        matrix[at[:, 0], at[:, 1]] = True
    return vocab, matrix


@dataclass(frozen=True, eq=False)
class EngageIndex:
    """Candidates packed for fast questions. Build once per data load with :meth:`build`.

    Arrays are indexed by candidate position ``0..n-1``; ``ids`` maps a position back to the
    candidate's id. ``skipped_areas`` counts area codes not in the area graph (e.g. from
    another year's indeling); they are ignored.
    """

    areas: AreaGraph
    catalogue: RoleCatalogue
    role_keys: tuple[str, ...]
    ids: IntArray
    role: IntArray
    organisation: IntArray
    active: npt.NDArray[np.bool_]
    hours: npt.NDArray[np.float64]
    load: IntArray
    handovers: IntArray
    theme_index: dict[str, int]
    themes: BoolMatrix
    group_index: dict[str, int]
    groups: BoolMatrix
    language_index: dict[str, int]
    languages: BoolMatrix
    cand_areas: Csr
    area_cands: Csr
    party_index: dict[Party, int]
    player_party: IntArray
    organisation_party: IntArray
    ties: Csr
    tie_weight: npt.NDArray[np.float64]
    skipped_areas: int

    @property
    def n_candidates(self) -> int:
        return int(self.ids.size)

    @classmethod
    def build(
        cls,
        candidates: Iterable[Candidate],
        catalogue: RoleCatalogue,
        areas: AreaGraph | None = None,
    ) -> EngageIndex:
        """Pack candidates, the role catalogue and the area graph.

        Without ``areas`` a graph is made from the candidates' own codes (hierarchy only, no
        adjacency) — enough for small fields and tests.

        >>> from speelveld.core.role_catalogue import RoleProfile
        >>> idx = EngageIndex.build([Candidate(7, "opbouwwerker", ("BU00340101",))],
        ...                         {"opbouwwerker": RoleProfile("opbouwwerker")})
        >>> idx.n_candidates, idx.areas.codes
        (1, ('BU00340101', 'WK003401', 'GM0034'))

        O(n·k) for n candidates with k areas, themes, languages and ties each (one Python
        pass; a few seconds for 200,000 players).
        """
        rows = list(candidates)
        if areas is None:
            codes = dict.fromkeys(code for c in rows for code in c.areas)
            areas = AreaGraph.build(AreaNode(code) for code in codes)
        role_index = {key: i for i, key in enumerate(catalogue)}
        for c in rows:
            role_index.setdefault(c.role, len(role_index))
        n = len(rows)
        theme_index, themes = _vocabulary([c.themes for c in rows])
        group_index, groups = _vocabulary([c.target_groups for c in rows])
        language_index, languages = _vocabulary([c.languages for c in rows])
        cand_areas, area_cands, skipped = _pack_areas(rows, areas)
        parties, player_party, organisation_party, ties, tie_weight = _pack_ties(rows)
        return cls(
            areas=areas,
            catalogue=catalogue,
            role_keys=tuple(role_index),
            ids=np.fromiter((c.id for c in rows), dtype=np.int64, count=n),
            role=np.fromiter((role_index[c.role] for c in rows), dtype=np.int64, count=n),
            organisation=np.fromiter(
                (-1 if c.organisation is None else c.organisation for c in rows), np.int64, n
            ),
            active=np.fromiter((c.active for c in rows), dtype=np.bool_, count=n),
            hours=np.fromiter(
                (np.nan if c.hours_per_week is None else c.hours_per_week for c in rows),
                dtype=np.float64,
                count=n,
            ),
            load=np.fromiter((c.active_activities for c in rows), dtype=np.int64, count=n),
            handovers=np.array(
                [(c.handovers.on_time, c.handovers.late, c.handovers.declined) for c in rows],
                dtype=np.int64,
            ).reshape(n, 3),
            theme_index=theme_index,
            themes=themes,
            group_index=group_index,
            groups=groups,
            language_index=language_index,
            languages=languages,
            cand_areas=cand_areas,
            area_cands=area_cands,
            party_index=parties,
            player_party=player_party,
            organisation_party=organisation_party,
            ties=ties,
            tie_weight=tie_weight,
            skipped_areas=skipped,
        )


def _pack_areas(rows: Sequence[Candidate], areas: AreaGraph) -> tuple[Csr, Csr, int]:
    lookup = areas.index
    owners: list[int] = []
    places: list[int] = []
    skipped = 0
    for i, c in enumerate(rows):
        for code in dict.fromkeys(c.areas):
            at = lookup.get(code)
            if at is None:
                skipped += 1
                continue
            owners.append(i)
            places.append(at)
    who = np.array(owners, dtype=np.int64)
    where = np.array(places, dtype=np.int64)
    return csr_from_pairs(who, where, len(rows)), csr_from_pairs(where, who, areas.n_areas), skipped


def _pack_ties(
    rows: Sequence[Candidate],
) -> tuple[dict[Party, int], IntArray, IntArray, Csr, npt.NDArray[np.float64]]:
    parties: dict[Party, int] = {}
    player_party = np.zeros(len(rows), dtype=np.int64)
    organisation_party = np.full(len(rows), -1, dtype=np.int64)
    for i, c in enumerate(rows):  # every candidate and organisation is a party a tie can name
        player_party[i] = parties.setdefault(Party("player", c.id), len(parties))
        if c.organisation is not None:
            org = Party("organisation", c.organisation)
            organisation_party[i] = parties.setdefault(org, len(parties))
    counts = np.zeros(len(rows), dtype=np.int64)
    other: list[int] = []
    weight: list[float] = []
    for i, c in enumerate(rows):
        counts[i] = len(c.ties)
        for tie in c.ties:
            other.append(parties.setdefault(tie.party, len(parties)))
            weight.append(float(tie.intensity * tie.sign))
    ptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    ties = Csr(ptr, np.array(other, dtype=np.int64))
    return parties, player_party, organisation_party, ties, np.array(weight, dtype=np.float64)
