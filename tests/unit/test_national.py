"""The synthetic national field at small scale: deterministic, CBS-shaped, and its planted
duplicates found by the overlap scan with F1 ≥ 0.95 while its hard negatives are not."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from speelveld.core import Label, overlap_find, parse_code
from speelveld.synth.national import NationalField, generate_national, load_national

FILES = ("activities", "areas", "organisations", "partners", "ties", "handovers", "ground_truth")
KINDS = {"duplicate", "same_org_series", "sequential", "partners", "collaboration_tie",
         "other_target_group", "neighbouring_buurt"}  # fmt: skip


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("national") / "seed5"
    generate_national(seed=5, out=out, scale="small")
    return out


@pytest.fixture(scope="module")
def field(small: Path) -> NationalField:
    return load_national(small)


def _digest(d: Path, name: str) -> str:
    return hashlib.sha256(
        repr(pq.read_table(d / f"{name}.parquet").to_pylist()).encode()
    ).hexdigest()


def test_the_same_seed_gives_the_same_field(small: Path, tmp_path: Path) -> None:
    generate_national(seed=5, out=tmp_path / "again", scale="small")
    for name in FILES:
        assert _digest(small, name) == _digest(tmp_path / "again", name), name
    generate_national(seed=6, out=tmp_path / "other", scale="small")
    assert _digest(small, "activities") != _digest(tmp_path / "other", "activities")


def test_areas_have_cbs_codes_with_consistent_parents(small: Path) -> None:
    areas = pq.read_table(small / "areas.parquet").to_pylist()
    assert len({a["gemeente_code"] for a in areas}) == 3 and len(areas) >= 100
    for a in areas:
        assert re.fullmatch(r"BU\d{8}", a["code"]) and re.fullmatch(r"WK\d{6}", a["wijk_code"])
        parsed = parse_code(a["code"])
        assert parsed is not None and parsed.parent == a["wijk_code"]
        assert parsed.gemeente == a["gemeente_code"]
    suppressed = [a for a in areas if a["inhabitants"] is not None and a["inhabitants"] < 50]
    assert all(a["low_income_households"] is None for a in suppressed)


def test_the_field_loads_without_a_database(field: NationalField) -> None:
    t, areas, truth = field
    assert 9_000 <= len(t) <= 12_000 and len(areas) == t.n_areas
    assert len(np.unique(t.ids)) == len(t)
    assert set(truth.kind.tolist()) == KINDS
    assert truth.is_duplicate.sum() > 100 and (~truth.is_duplicate).sum() > 100
    assert (truth.is_duplicate == (truth.kind == "duplicate")).all()
    assert len(t.handover_pairs) + len(t.handover_orgs) > 0 and len(t.org_ties) > 0


def test_planted_duplicates_are_found_and_hard_negatives_are_not(field: NationalField) -> None:
    t, _, truth = field
    result = overlap_find(t)
    found = {tuple(p) for p, lab in zip(result.pair_ids.tolist(), result.labels, strict=True)
             if lab is Label.DUPLICATE}  # fmt: skip
    lo, hi = np.minimum(truth.a, truth.b), np.maximum(truth.a, truth.b)
    pairs = list(zip(lo.tolist(), hi.tolist(), truth.kind.tolist(), strict=True))
    positives = {(a, b) for a, b, k in pairs if k == "duplicate"}
    tp = len(found & positives)
    precision, recall = tp / len(found), tp / len(positives)
    assert 2 * precision * recall / (precision + recall) >= 0.95
    negatives_flagged = [k for a, b, k in pairs if k != "duplicate" and (a, b) in found]
    assert len(negatives_flagged) <= 0.02 * len(pairs)
