"""Gaps: nothing at all first, rates not counts, suppressed figures are missing, small buurten
folded into their wijk, neighbours soften (no database)."""

from __future__ import annotations

from datetime import date

import numpy as np

from speelveld.core import (
    ActivityRow,
    ActivityTable,
    AreaTable,
    Coverage,
    GapWeights,
    Vocab,
    coverage_count,
    gaps_find,
)

NAN = float("nan")
CODES = ["BU01", "BU02", "BU03", "BU04", "BU05"]


def areas(**figures: list[float]) -> AreaTable:
    base = {
        "inhabitants": [2000.0, 4000.0, 2000.0, 2000.0, 100.0],
        "households": [1000.0, 2000.0, 1000.0, 1000.0, 50.0],
        "low_income_households": [300.0, 600.0, 100.0, NAN, 5.0],
        "age_65_plus": [400.0, 800.0, 200.0, 300.0, 30.0],
    }
    base.update(figures)
    return AreaTable(
        codes=CODES, wijk=np.array([0, 0, 0, 1, 1], np.int32), wijk_codes=["WK01", "WK02"],
        figures={k: np.array(v) for k, v in base.items()},
        neighbour_ptr=np.array([0, 1, 2, 2, 2, 2]), neighbour_idx=np.array([1, 0], np.int32),
    )  # fmt: skip


def cov(themes: list[list[int]]) -> Coverage:
    t = np.array(themes, dtype=np.int64)
    return Coverage(total=t.sum(axis=1), themes=t, groups=np.zeros((len(t), 0), np.int64))


def test_areas_where_nothing_happens_at_all_come_first() -> None:
    gaps = gaps_find(areas(), cov([[2], [4], [0], [3], [1]]), themes=["armoede"])
    assert (gaps[0].area, gaps[0].theme, gaps[0].reasons[0].code) == (
        "BU03", None, "no_activity_at_all",
    )  # fmt: skip


def test_need_is_a_rate_so_a_bigger_buurt_is_not_needier_for_its_size() -> None:
    # BU01 and BU02 have the same share of low incomes; BU02 has twice the people
    gaps = gaps_find(areas(), cov([[0], [0], [1], [1], [1]]), themes=["armoede"])
    need = {g.area: g.need for g in gaps if g.theme == "armoede"}
    assert need["BU01"] == need["BU02"]
    first = next(g for g in gaps if g.theme == "armoede")
    assert {r.code for r in first.reasons} >= {"need_high", "coverage_low"}
    params = next(r.params for r in first.reasons if r.code == "coverage_low")
    assert params["activities"] == 0 and params["per_1000"] == 0.0


def test_suppressed_figures_give_insufficient_data_not_zero() -> None:
    gaps = gaps_find(areas(), cov([[5], [9], [5], [0], [1]]), themes=["armoede"])
    bu04 = [g for g in gaps if g.area == "BU04" and g.theme == "armoede"]
    assert len(bu04) == 1 and bu04[0].score is None and bu04[0].need is None
    assert bu04[0].reasons[0].code == "insufficient_data"
    assert bu04[0].reasons[0].params == {"figures": ["low_income_households"]}
    assert gaps[-1] is bu04[0]  # after every scored gap


def test_small_buurten_are_folded_into_their_wijk() -> None:
    gaps = gaps_find(areas(), cov([[5], [9], [5], [0], [0]]), themes=["ouder-worden"],
                     weights=GapWeights(min_population=250))  # fmt: skip
    folded = [g for g in gaps if g.level == "wijk"]
    assert folded and all(g.area == "WK02" and g.buurten == ("BU05",) for g in folded)
    assert any(r.code == "folded_into_wijk" for r in folded[0].reasons)


def test_activity_next_door_softens_a_gap_and_is_named() -> None:
    plain = gaps_find(areas(), cov([[0], [9], [5], [5], [5]]), themes=["armoede"],
                      weights=GapWeights(neighbour_relief=0.0))  # fmt: skip
    relieved = gaps_find(areas(), cov([[0], [9], [5], [5], [5]]), themes=["armoede"])
    a = next(g for g in plain if g.area == "BU01" and g.theme)
    b = next(g for g in relieved if g.area == "BU01" and g.theme)
    assert b.score is not None and a.score is not None and b.score < a.score
    assert any(r.code == "neighbours_active" for r in b.reasons)


def test_target_group_gaps_use_their_own_figures() -> None:
    t = Coverage(total=np.array([1, 1, 1, 1, 1]), themes=np.zeros((5, 1), np.int64),
                 groups=np.array([[0], [3], [3], [3], [3]]))  # fmt: skip
    gaps = gaps_find(areas(), t, themes=["groen"], target_groups=["ouderen"],
                     weights=GapWeights(min_score=0.3))  # fmt: skip
    for_groups = [g for g in gaps if g.target_group]
    assert for_groups[0].area == "BU01" and for_groups[0].coverage == 0
    assert {g.target_group for g in for_groups} == {"ouderen"}


def test_coverage_counts_a_wide_activity_in_each_buurt() -> None:
    rows = [
        ActivityRow(id=1, org="a", areas=("BU01", "BU02"), start=date(2025, 1, 1),
                    themes=("armoede",), target_groups=("gezinnen",), wide=True),
        ActivityRow(id=2, org="b", areas=("BU02",), start=date(2025, 1, 1),
                    themes=("armoede", "welzijn"), target_groups=("ouderen",)),
    ]  # fmt: skip
    t = ActivityTable.from_rows(rows, vocab=Vocab(areas=tuple(CODES)))
    c = coverage_count(t, len(CODES))
    assert c.total.tolist() == [1, 2, 0, 0, 0]
    assert c.themes[:, 0].tolist() == [1, 2, 0, 0, 0] and c.themes[:, 1].tolist()[1] == 1
    assert c.groups.sum() == 3
