"""The columnar input: constructors, round trips and the CSR contract."""

from __future__ import annotations

from datetime import date

import numpy as np
import pyarrow as pa
import pytest

from speelveld.core import OPEN_END, ActivityRow, ActivityTable, HandoverLink, Vocab
from speelveld.core.table import date_to_day, day_to_date

ROWS = [
    ActivityRow(id=10, org="a", areas=("BU1", "BU2"), start=date(2025, 1, 1),
                themes=("welzijn",), target_groups=("jongeren", "ouderen"), title="Eén",
                partners=("b",), wide=True, activity_type="taal", lead_role="opbouwwerker"),
    ActivityRow(id=20, org="b", areas=("BU2",), start=date(2024, 1, 1), end=date(2024, 6, 1),
                phase="activeren"),
]  # fmt: skip


def test_from_rows_codes_keys_as_indices_and_bitmasks() -> None:
    t = ActivityTable.from_rows(ROWS, ties=[("b", "a")], handovers=[HandoverLink(20, to_org="a")])
    assert t.vocab.areas == ("BU1", "BU2") and t.areas_of(0).tolist() == [0, 1]
    assert t.vocab.target_groups == ("jongeren", "ouderen") and int(t.target_groups[0]) == 3
    assert t.org_ties.tolist() == [[0, 1]]
    assert t.handover_orgs.tolist() == [[20, 0]]
    assert int(t.end[0]) == OPEN_END and day_to_date(int(t.end[1])) == date(2024, 6, 1)
    assert int(t.activity_type[1]) == -1 and t.partners_of(0).tolist() == [1]


def test_a_shared_vocabulary_keeps_known_indices() -> None:
    v = Vocab(areas=("BU2", "BU9"), themes=("groen", "welzijn"))
    t = ActivityTable.from_rows(ROWS, vocab=v)
    assert t.vocab.areas == ("BU2", "BU9", "BU1") and int(t.themes[0]) == 2


def test_to_row_and_select_round_trip() -> None:
    t = ActivityTable.from_rows(ROWS)
    assert t.to_row(0) == ROWS[0] and t.to_row(1) == ROWS[1]
    sub = t.select(np.array([False, True]))
    assert sub.ids.tolist() == [20] and sub.to_row(0) == ROWS[1]
    assert t.rows_of([20, 10, 99]).tolist() == [1, 0, -1]


def test_from_arrow_reads_the_integer_coded_contract() -> None:
    table = pa.table({
        "id": pa.array([1, 2], pa.int64()), "org": pa.array([0, 1], pa.int32()),
        "activity_type": pa.array([3, -1], pa.int16()),
        "start": pa.array([date(2025, 1, 1), date(2025, 2, 1)], pa.date32()),
        "end": pa.array([None, date(2025, 3, 1)], pa.date32()),
        "themes": pa.array([1, 3], pa.uint64()), "target_groups": pa.array([2, 2], pa.uint64()),
        "areas": pa.array([[0, 1], [1]], pa.list_(pa.int32())),
        "partners": pa.array([[], [0]], pa.list_(pa.int32())),
        "title": ["x", None], "description": ["", "y"],
    })  # fmt: skip
    t = ActivityTable.from_arrow(table, vocab=Vocab(), ties=[[1, 0]])
    assert int(t.end[0]) == OPEN_END and int(t.start[0]) == date_to_day(date(2025, 1, 1))
    assert t.area_ptr.tolist() == [0, 2, 3] and t.partners_of(1).tolist() == [0]
    assert t.text("titles", 1) == "" and int(t.phase[0]) == -1
    assert t.org_ties.tolist() == [[0, 1]]


def test_inconsistent_columns_are_refused() -> None:
    t = ActivityTable.from_rows(ROWS)
    with pytest.raises(ValueError, match="org"):
        ActivityTable(**{**t.__dict__, "org": t.org[:1]})
