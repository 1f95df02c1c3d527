"""The area graph and the role catalogue that matching reads (plain data, no database)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from speelveld.catalogue.seed_data import ROLES
from speelveld.core.area_graph import AreaGraph, AreaNode, Proximity
from speelveld.core.csr import csr_from_pairs, csr_gather
from speelveld.core.role_catalogue import Delegation, leave_to_advice, role_catalogue


def grid() -> AreaGraph:
    # wijk 01: 0101-0102 ; wijk 02: 0201 (touches 0101) ; gemeente 0035: 0001 touches 0201
    return AreaGraph.build(
        [
            AreaNode("BU00340101", ("BU00340102", "BU00340201"), (0.0, 0.0)),
            AreaNode("BU00340102", (), (3.0, 4.0)),
            AreaNode("BU00340201", ("BU00350001",), (0.0, 1.0)),
            AreaNode("BU00350001", (), (0.0, 2.0)),
        ]
    )


def test_missing_parents_are_added_and_adjacency_is_symmetric() -> None:
    g = grid()
    assert set(g.codes) == {
        "BU00340101", "BU00340102", "BU00340201", "BU00350001",
        "WK003401", "WK003402", "WK003500", "GM0034", "GM0035",
    }  # fmt: skip
    at = g.index
    assert at["BU00340101"] in g.neighbours.row(at["BU00340102"])
    assert g.codes[g.gemeente[at["BU00340201"]]] == "GM0034"
    assert g.codes[g.wijk[at["BU00340201"]]] == "WK003402"
    assert sorted(g.codes[i] for i in g.descendants.row(at["GM0034"])) == [
        "BU00340101", "BU00340102", "BU00340201", "WK003401", "WK003402",
    ]  # fmt: skip


def test_proximity_around_a_buurt_reaches_over_the_municipal_border() -> None:
    g = grid()
    lvl = g.proximity_around(g.index["BU00340201"])
    named = {g.codes[i]: Proximity(int(v)).name for i, v in enumerate(lvl)}
    assert named == {
        "BU00340201": "IN_AREA",
        "WK003402": "WIJK_WIDE",
        "BU00340101": "NEIGHBOUR",
        "WK003401": "NEIGHBOUR",  # the wijk holding an adjacent buurt
        "BU00350001": "NEIGHBOUR",
        "WK003500": "NEIGHBOUR",
        "GM0035": "NEIGHBOUR",  # a neighbouring gemeente's wide workers work next door
        "BU00340102": "SAME_GEMEENTE",
        "GM0034": "GEMEENTE_WIDE",
    }


def test_proximity_around_a_gemeente() -> None:
    g = grid()
    lvl = g.proximity_around(g.index["GM0034"])
    inside = [c for c in g.codes if c.startswith(("BU0034", "WK0034", "GM0034"))]
    assert all(lvl[g.index[c]] == Proximity.IN_AREA for c in inside)
    assert lvl[g.index["BU00350001"]] == Proximity.NEIGHBOUR


def test_distances_by_centroid_and_by_hops() -> None:
    g = grid()
    d = g.distances_from(g.index["BU00340101"])
    assert d[g.index["BU00340102"]] == 5.0
    assert d[g.index["WK003401"]] == 0.0 and d[g.index["GM0034"]] == 0.0  # they contain it
    assert d[g.index["GM0035"]] == 2.0  # as near as its nearest buurt
    hops = AreaGraph.build(AreaNode(n.code, n.neighbours) for n in _nodes())
    h = hops.distances_from(hops.index["BU00340102"])
    assert h[hops.index["BU00350001"]] == 3.0
    assert math.isinf(h[hops.index["BU00360001"]])
    assert hops.distance_unit == "hops" and g.distance_unit == "coordinate"


def _nodes() -> list[AreaNode]:
    return [
        AreaNode("BU00340101", ("BU00340102", "BU00340201")),
        AreaNode("BU00340102"),
        AreaNode("BU00340201", ("BU00350001",)),
        AreaNode("BU00350001"),
        AreaNode("BU00360001"),  # an island
    ]


def test_csr_gather_keeps_row_order() -> None:
    rows = csr_from_pairs(np.array([2, 0, 2, 1]), np.array([20, 0, 21, 10]), 4)
    assert csr_gather(rows, np.array([2, 3, 0])).tolist() == [20, 21, 0]


@pytest.mark.parametrize(
    ("activity_type", "phase", "applies"),
    [
        ("consultatie", "organiseren", True),
        ("consultatie", None, True),
        (None, "activeren", True),
        ("consultatie", "analyseren", False),  # the phase contradicts
        ("energie", "organiseren", False),  # the werkvorm contradicts
        (None, None, False),
    ],
)
def test_a_delegation_applies_when_one_dimension_matches_and_none_contradicts(
    activity_type: str | None, phase: str | None, applies: bool
) -> None:
    d = Delegation(
        "opbouwwerker",
        frozenset({"consultatie", "initiatiefondersteuning"}),
        frozenset({"activeren", "organiseren"}),
    )
    assert d.applies(activity_type, phase) is applies


def test_free_text_delegations_never_apply() -> None:
    assert not Delegation("wmo-consulent").applies("schuldhulp", "ondersteunen")


def test_seed_catalogue_keeps_order_and_delegations() -> None:
    cat = role_catalogue(ROLES)
    assert list(cat) == [r.key for r in ROLES]
    for seed in ROLES:
        assert [d.to_role for d in cat[seed.key].delegations] == [d.to_role for d in seed.leave_to]
    advice = leave_to_advice(cat, "schuldhulp", None)
    assert ("opbouwwerker", "maatschappelijk-werker") in {(a.role, a.to_role) for a in advice}
    assert all(a.to_role in cat for a in advice)
