"""A deterministic synthetic field for matching at any size, and invariants checked on it.

``synthetic_field`` lays buurten on a grid, cuts a snake path through it into gemeenten of
skewed sizes (a few large cities, many small towns) and those into wijken, and scatters players
over it. Run this file as a script to time questions on national-size data::

    .venv/bin/python tests/unit/test_engage_speed_fixture.py 200000 14500

(The tests below only check invariants on a small field; timings belong in ``bench/``.)
"""

from __future__ import annotations

import statistics
import sys
import time

import numpy as np

from speelveld.catalogue.seed_data import (
    ACTIVITY_TYPES,
    LANGUAGES,
    PHASES,
    ROLES,
    TARGET_GROUPS,
    THEMES,
)
from speelveld.core.area_graph import AreaGraph, AreaNode, Proximity
from speelveld.core.engage import (
    Candidate,
    EngageIndex,
    HandoverRecord,
    Party,
    Question,
    Tie,
    engage_rank,
)
from speelveld.core.role_catalogue import role_catalogue

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _two(n: int) -> str:
    """Two characters as CBS uses them: digits up to 99, letters beyond."""
    return f"{n:02d}" if n < 100 else _DIGITS[n // 36] + _DIGITS[n % 36]


def synthetic_areas(n_buurten: int, seed: int, n_gemeenten: int = 342) -> AreaGraph:
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(n_buurten)))
    cells = [(r, c if r % 2 == 0 else side - 1 - c) for r in range(side) for c in range(side)]
    cells = cells[:n_buurten]  # a snake path keeps consecutive buurten adjacent
    n_gemeenten = min(n_gemeenten, max(1, n_buurten // 3))
    sizes = rng.lognormal(0.0, 0.9, n_gemeenten)
    sizes = np.maximum(3, np.round(sizes / sizes.sum() * n_buurten)).astype(int)
    sizes[-1] = max(1, n_buurten - sizes[:-1].sum())
    codes: list[str] = []
    at = 0
    for g, size in enumerate(sizes):
        size = min(size, n_buurten - at)
        wijk_sizes = []
        left = size
        while left > 0:
            wijk_sizes.append(min(left, int(rng.integers(2, 9))))
            left -= wijk_sizes[-1]
        for w, wsize in enumerate(wijk_sizes):
            codes += [f"BU{g + 1:04d}{_two(w)}{_two(b)}" for b in range(wsize)]
        at += size
    where = {cell: codes[i] for i, cell in enumerate(cells[: len(codes)])}
    nodes = []
    for (r, c), code in where.items():
        around = ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
        nodes.append(
            AreaNode(code, tuple(where[x] for x in around if x in where), (float(c), float(r)))
        )
    return AreaGraph.build(nodes)


def synthetic_field(n_players: int, n_buurten: int, seed: int) -> tuple[AreaGraph, list[Candidate]]:
    graph = synthetic_areas(n_buurten, seed)
    rng = np.random.default_rng(seed + 1)
    buurten = np.flatnonzero(graph.level == 2)
    roles = [r.key for r in ROLES]
    themes = [t.key for t in THEMES]
    groups = [t.key for t in TARGET_GROUPS]
    languages = [lang.code for lang in LANGUAGES if lang.code != "dse"]  # dse: kept rare
    home = buurten[rng.integers(0, buurten.size, n_players)]
    organisations = rng.integers(0, max(1, n_players // 25), n_players)
    players = []
    for i in range(n_players):
        b = int(home[i])
        areas = [graph.codes[b]]
        pick = rng.random()
        if pick < 0.10:
            areas.append(graph.codes[int(graph.wijk[b])])
        elif pick < 0.13:
            areas.append(graph.codes[int(graph.gemeente[b])])
        elif pick < 0.50 and graph.neighbours.row(b).size:
            areas.append(graph.codes[int(rng.choice(graph.neighbours.row(b)))])
        ties = tuple(
            Tie(Party("player", int(rng.integers(0, n_players))), int(rng.integers(1, 5)))
            for _ in range(int(rng.integers(0, 4)))
        )
        players.append(
            Candidate(
                id=i,
                role=roles[int(rng.integers(0, len(roles)))],
                areas=tuple(areas),
                organisation=int(organisations[i]),
                themes=tuple(rng.choice(themes, int(rng.integers(1, 4)), replace=False)),
                target_groups=tuple(rng.choice(groups, int(rng.integers(0, 3)), replace=False)),
                languages=(
                    "nl",
                    *rng.choice(languages, int(rng.integers(0, 2))),
                    *(("dse",) if i % 2_000 == 0 else ()),
                ),
                hours_per_week=None if rng.random() < 0.2 else float(rng.integers(8, 37)),
                active_activities=int(rng.integers(0, 6)),
                ties=ties,
                handovers=HandoverRecord(*(int(v) for v in rng.integers(0, 3, 3))),
                active=bool(rng.random() > 0.03),
            )
        )
    return graph, players


def random_questions(graph: AreaGraph, n: int, seed: int) -> list[Question]:
    rng = np.random.default_rng(seed)
    buurten = np.flatnonzero(graph.level == 2)
    kinds = [a.key for a in ACTIVITY_TYPES]
    return [
        Question(
            area=graph.codes[int(rng.choice(buurten))],
            themes=(THEMES[int(rng.integers(0, len(THEMES)))].key,),
            target_groups=(TARGET_GROUPS[int(rng.integers(0, len(TARGET_GROUPS)))].key,),
            activity_type=kinds[int(rng.integers(0, len(kinds)))],
            phase=PHASES[int(rng.integers(0, len(PHASES)))].key,
            language="ar" if rng.random() < 0.3 else None,
        )
        for _ in range(n)
    ]


def test_synthetic_field_answers_are_consistent() -> None:
    graph, players = synthetic_field(4_000, 600, seed=3)
    index = EngageIndex.build(players, role_catalogue(ROLES), graph)
    assert index.skipped_areas == 0
    for q in random_questions(graph, 25, seed=4):
        answer = engage_rank(q, index, limit=15)
        scores = [m.score for m in answer.matches]
        assert scores == sorted(scores, reverse=True)
        gemeente = graph.gemeente[graph.index[q.area]]
        for m in answer.matches:
            assert sum(r.points for r in m.reasons) == m.score
            assert m.proximity >= Proximity.SAME_GEMEENTE
            player = players[m.candidate]
            assert player.active
            places = [graph.index[a] for a in player.areas]
            assert gemeente in graph.gemeente[places] or m.proximity >= Proximity.NEIGHBOUR
        for org in answer.organisations:
            assert sum(r.points for r in org.reasons) == org.score


def test_synthetic_areas_use_valid_cbs_codes() -> None:
    graph = synthetic_areas(2_000, seed=1)
    assert (graph.level == 2).sum() == 2_000
    assert all(code[:2] in {"BU", "WK", "GM"} for code in graph.codes)
    assert graph.neighbours.idx.size > 2 * 2_000  # a grid: most buurten have 2-4 neighbours


def _time(n_players: int, n_buurten: int, n_questions: int = 300) -> None:
    t0 = time.perf_counter()
    graph, players = synthetic_field(n_players, n_buurten, seed=7)
    t1 = time.perf_counter()
    index = EngageIndex.build(players, role_catalogue(ROLES), graph)
    t2 = time.perf_counter()
    questions = random_questions(graph, n_questions, seed=8)
    engage_rank(questions[0], index)  # warm-up
    times, pools, nobody = [], [], 0
    for q in questions:
        start = time.perf_counter()
        answer = engage_rank(q, index)
        times.append((time.perf_counter() - start) * 1000)
        pools.append(answer.considered)
        nobody += answer.nobody_nearby
    far = [Question(graph.codes[int(b)], language="dse")
           for b in np.flatnonzero(graph.level == 2)[:50]]  # fmt: skip
    far_times = []
    for q in far:
        start = time.perf_counter()
        answer = engage_rank(q, index)
        far_times.append((time.perf_counter() - start) * 1000)
        nobody += answer.nobody_nearby
    print(f"generate {t1 - t0:.1f} s, index build {t2 - t1:.1f} s")
    print(
        f"{n_questions} questions: median {statistics.median(times):.2f} ms, "
        f"p95 {np.percentile(times, 95):.2f} ms, max {max(times):.2f} ms; "
        f"median considered {statistics.median(pools):.0f}, max {max(pools)}"
    )
    print(
        f"rare-language questions (nearest search): median "
        f"{statistics.median(far_times):.2f} ms; nobody-nearby answers {nobody}"
    )


if __name__ == "__main__":
    _time(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000,
          int(sys.argv[2]) if len(sys.argv) > 2 else 14_500)  # fmt: skip
