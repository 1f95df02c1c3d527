"""Generate the national field onto Parquet files, and load it back without a database."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.parquet as pq

from speelveld.core.gaps import AreaTable
from speelveld.core.table import ActivityTable, Vocab
from speelveld.synth.demo.vocabulary import (
    METHODS,
    PHASES,
    ROLES,
    TARGET_GROUPS,
    THEMES,
)
from speelveld.synth.national.field import (
    ATYPES,
    OPEN,
    TARGET,
    Columns,
    background_draw,
    organisations_draw,
    texts_render,
    ties_draw,
)
from speelveld.synth.national.geography import FIGURES, geography_draw
from speelveld.synth.national.planted import areas_csr, offending_pairs, plant

Progress = Callable[[str, float], None]
FORMAT_VERSION = 1


@dataclass(frozen=True, eq=False)
class GroundTruth:
    """Planted pairs by activity id: duplicates (``is_duplicate``) and hard negatives (kind)."""

    a: npt.NDArray[np.int64]
    b: npt.NDArray[np.int64]
    kind: npt.NDArray[np.str_]
    is_duplicate: npt.NDArray[np.bool_]

    def __len__(self) -> int:
        return len(self.a)


class NationalField(NamedTuple):
    table: ActivityTable
    areas: AreaTable
    truth: GroundTruth


def _concat(cols: Columns, extra: dict[str, list[int]]) -> Columns:
    out = {}
    for f in fields(Columns):
        base = getattr(cols, f.name)
        out[f.name] = np.concatenate([base, np.array(extra[f.name], dtype=base.dtype)])
    return Columns(**out)


def _take(cols: Columns, rows: npt.NDArray[np.int64]) -> Columns:
    return Columns(**{f.name: getattr(cols, f.name)[rows] for f in fields(Columns)})


def generate_national(
    *, seed: int, out: Path, scale: str = "national", progress: Progress | None = None
) -> dict[str, Any]:
    """Write the synthetic field for ``seed`` into ``out``; returns the manifest.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     m = generate_national(seed=1, out=Path(d), scale="small")
    >>> m["counts"]["gemeenten"], m["counts"]["activities"] > 9_000
    (3, True)

    O(activities); national: about 20–30 s and 1.5 GiB peak on 2 cores.
    """
    if scale not in TARGET:
        raise ValueError(f"unknown scale {scale!r}; choose from {sorted(TARGET)}")
    report = progress or (lambda step, share: None)
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    geo = geography_draw(rng, scale)
    orgs = organisations_draw(rng, geo)
    report("geography", 0.05)
    target = TARGET[scale]
    n_bg = target + target // 50  # the cleaning step removes about as many as are planted
    cols = background_draw(rng, geo, orgs, n_bg)
    ties = {(int(a), int(b)) for a, b in ties_draw(rng, orgs).tolist()}
    report("activities", 0.15)
    titles, descs = texts_render(seed, geo, orgs, cols, np.arange(n_bg))
    report("texts", 0.5)
    planted = plant(seed + 1, geo, orgs, cols, ties, titles, descs, n_scenarios=target // 40)
    cols = _concat(cols, planted.rows)
    titles += planted.titles
    descs += planted.descs
    report("planted", 0.6)

    # cleaning: remove what a twin accidentally duplicates (see planted.py)
    twin_scenario = {n_bg + k: s for k, s in enumerate(planted.scenario)}
    dropped_rows: set[int] = set()
    dropped_scen: set[int] = set()
    for _ in range(4):
        truth = {(min(a, b), max(a, b)) for a, b, _k, _d, s in planted.truth
                 if s not in dropped_scen}  # fmt: skip
        linked = {(min(a, b), max(a, b)) for a, b in planted.handover_pairs}
        work = _take(cols, np.arange(len(cols.home)))
        gone = np.array(sorted(dropped_rows | {r for r, s in twin_scenario.items()
                                               if s in dropped_scen}), dtype=np.int64)  # fmt: skip
        work.themes[gone] = 0  # out of every block
        bad = offending_pairs(geo, work, truth, linked, ties)
        if not bad:
            break
        for i, j in bad:
            si, sj = twin_scenario.get(i), twin_scenario.get(j)
            if si is not None and (sj is not None or j in planted.bases):
                dropped_scen.add(si if sj is None else max(si, sj))
            elif sj is not None and i in planted.bases:
                dropped_scen.add(sj)
            elif si is not None:
                dropped_rows.add(j)
            elif sj is not None:
                dropped_rows.add(i)
            else:
                dropped_rows.add(j if j not in planted.bases else i)
    report("cleaned", 0.7)

    keep = np.ones(len(cols.home), dtype=np.bool_)
    keep[list(dropped_rows)] = False
    keep[[r for r, s in twin_scenario.items() if s in dropped_scen]] = False
    order = np.flatnonzero(keep)
    order = order[np.argsort(cols.home[order], kind="stable")]
    new_of = np.full(len(cols.home), -1, dtype=np.int64)
    new_of[order] = np.arange(len(order))
    ids = np.random.default_rng(seed + 2).permutation(len(order)).astype(np.int64) + 1
    final = _take(cols, order)
    ptr, idx = areas_csr(geo, final)

    out.mkdir(parents=True, exist_ok=True)
    partner_rows = np.concatenate([np.flatnonzero(final.partner >= 0),
                                   np.flatnonzero(final.partner2 >= 0)])  # fmt: skip
    partner_orgs = np.concatenate([final.partner[final.partner >= 0],
                                   final.partner2[final.partner2 >= 0]])  # fmt: skip
    activities = pa.table({
        "id": pa.array(ids, pa.int64()),
        "org": pa.array(final.org, pa.int32()),
        "activity_type": pa.array(final.shown_type, pa.int16()),
        "method": pa.array(final.method, pa.int16()),
        "phase": pa.array(final.phase, pa.int8()),
        "start": pa.array(final.start, pa.int32()),
        "end": pa.array(final.end, pa.int32(), mask=final.end == OPEN),
        "themes": pa.array(final.themes, pa.uint64()),
        "target_groups": pa.array(final.groups, pa.uint64()),
        "areas": pa.ListArray.from_arrays(pa.array(ptr.astype(np.int32)), pa.array(idx)),
        "wide": pa.array(final.wide),
        "title": pa.array([titles[r] for r in order.tolist()], pa.string()),
        "description": pa.array([descs[r] for r in order.tolist()], pa.string()),
        "lead_role": pa.array(final.role, pa.int16()),
        "gemeente": pa.array(geo.bu_gm[final.home], pa.int32()),
    })  # fmt: skip
    pq.write_table(activities, out / "activities.parquet", row_group_size=256_000)
    pq.write_table(pa.table({"activity": ids[partner_rows], "org": partner_orgs.astype(np.int32)}),
                   out / "partners.parquet")  # fmt: skip
    tie_arr = np.array(sorted(ties), dtype=np.int32).reshape(-1, 2)
    pq.write_table(pa.table({"org_a": tie_arr[:, 0], "org_b": tie_arr[:, 1]}),
                   out / "ties.parquet")  # fmt: skip
    dropped = {r for r, s in twin_scenario.items() if s in dropped_scen} | dropped_rows
    hp = [(ids[new_of[a]], ids[new_of[b]]) for a, b in planted.handover_pairs
          if a not in dropped and b not in dropped]  # fmt: skip
    ho = [(ids[new_of[a]], o) for a, o in planted.handover_orgs if a not in dropped]
    pq.write_table(pa.table({
        "activity": pa.array([a for a, _ in hp] + [a for a, _ in ho], pa.int64()),
        "to_activity": pa.array([b for _, b in hp] + [None] * len(ho), pa.int64()),
        "to_org": pa.array([None] * len(hp) + [o if o >= 0 else None for _, o in ho], pa.int32()),
        "to_residents": pa.array([False] * len(hp) + [o < 0 for _, o in ho]),
    }), out / "handovers.parquet")  # fmt: skip
    truth_rows = [(ids[new_of[a]], ids[new_of[b]], k, d) for a, b, k, d, s in planted.truth
                  if s not in dropped_scen]  # fmt: skip
    pq.write_table(pa.table({
        "a": pa.array([t[0] for t in truth_rows], pa.int64()),
        "b": pa.array([t[1] for t in truth_rows], pa.int64()),
        "kind": pa.array([t[2] for t in truth_rows], pa.string()),
        "is_duplicate": pa.array([t[3] for t in truth_rows], pa.bool_()),
    }), out / "ground_truth.parquet")  # fmt: skip
    nb_lists = pa.ListArray.from_arrays(pa.array(geo.nb_ptr.astype(np.int32)), pa.array(geo.nb_idx))
    area_cols: dict[str, Any] = {
        "index": pa.array(np.arange(geo.n_buurten, dtype=np.int32)),
        "code": geo.bu_code, "name": geo.bu_name,
        "wijk_code": [geo.wk_code[w] for w in geo.bu_wk.tolist()],
        "gemeente_code": [geo.gm_code[g] for g in geo.bu_gm.tolist()],
        "gemeente_name": [geo.gm_name[g] for g in geo.bu_gm.tolist()],
        "neighbours": nb_lists,
    }  # fmt: skip
    for name in FIGURES:
        v = geo.figures[name]
        area_cols[name] = pa.array(v, pa.float64(), mask=np.isnan(v))
    pq.write_table(pa.table(area_cols), out / "areas.parquet")
    pq.write_table(pa.table({
        "index": pa.array(np.arange(len(orgs.key), dtype=np.int32)), "key": orgs.key,
        "name": orgs.name, "type": orgs.type,
        "gemeente_code": [geo.gm_code[g] for g in orgs.gm.tolist()],
    }), out / "organisations.parquet")  # fmt: skip
    manifest = {
        "format": FORMAT_VERSION, "seed": seed, "scale": scale,
        "vocab": {"themes": THEMES, "target_groups": TARGET_GROUPS, "activity_types": ATYPES,
                  "methods": METHODS, "phases": PHASES, "roles": ROLES},
        "counts": {"gemeenten": len(geo.gm_code), "wijken": len(geo.wk_code),
                   "buurten": geo.n_buurten, "organisations": len(orgs.key),
                   "activities": len(order), "ties": len(tie_arr),
                   "duplicates": sum(1 for t in truth_rows if t[3]),
                   "hard_negatives": sum(1 for t in truth_rows if not t[3]),
                   "removed_by_cleaning": len(dropped_rows),
                   "scenarios_dropped": len(dropped_scen)},
        "seconds": round(time.perf_counter() - t0, 1),
    }  # fmt: skip
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    report("written", 1.0)
    return manifest


def load_national(directory: Path) -> NationalField:
    """Read a generated field: (ActivityTable, AreaTable, GroundTruth), no database.

    O(activities), Arrow all the way: text columns stay Arrow arrays.
    """
    d = Path(directory)
    manifest = json.loads((d / "manifest.json").read_text())
    areas_t = pq.read_table(d / "areas.parquet")
    orgs_t = pq.read_table(d / "organisations.parquet", columns=["key"])
    v = manifest["vocab"]
    vocab = Vocab(
        areas=tuple(areas_t.column("code").to_pylist()),
        organisations=tuple(orgs_t.column("key").to_pylist()),
        themes=tuple(v["themes"]), target_groups=tuple(v["target_groups"]),
        activity_types=tuple(v["activity_types"]), methods=tuple(v["methods"]),
        phases=tuple(v["phases"]), roles=tuple(v["roles"]),
    )  # fmt: skip
    acts = pq.read_table(d / "activities.parquet")
    ids = np.asarray(acts.column("id").to_numpy(), dtype=np.int64)
    partners = pq.read_table(d / "partners.parquet")
    p_act = np.asarray(partners.column("activity").to_numpy(), dtype=np.int64)
    p_org = np.asarray(partners.column("org").to_numpy(), dtype=np.int32)
    order = np.argsort(ids)
    p_row = order[np.searchsorted(ids[order], p_act)]
    srt = np.argsort(p_row, kind="stable")
    counts = np.bincount(p_row, minlength=len(ids))
    offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int32)
    acts = acts.append_column(
        "partners", pa.ListArray.from_arrays(pa.array(offsets), pa.array(p_org[srt]))
    )
    ties = pq.read_table(d / "ties.parquet")
    hand = pq.read_table(d / "handovers.parquet")
    has_to = np.asarray(hand.column("to_activity").is_valid().to_numpy(zero_copy_only=False))
    h_act = np.asarray(hand.column("activity").to_numpy(), dtype=np.int64)
    h_to = np.asarray(hand.column("to_activity").fill_null(0).to_numpy(), dtype=np.int64)
    h_org = np.asarray(hand.column("to_org").fill_null(-1).to_numpy(), dtype=np.int64)
    table = ActivityTable.from_arrow(
        acts, vocab=vocab,
        ties=np.stack([ties.column("org_a").to_numpy(), ties.column("org_b").to_numpy()], 1),
        handover_pairs=np.stack([h_act[has_to], h_to[has_to]], axis=1),
        handover_orgs=np.stack([h_act[~has_to], h_org[~has_to]], axis=1),
    )  # fmt: skip
    wk_codes = areas_t.column("wijk_code").to_pylist()
    wijken, wijk_of = np.unique(np.array(wk_codes), return_inverse=True)
    nb = areas_t.column("neighbours").combine_chunks()
    areas = AreaTable(
        codes=vocab.areas, wijk=wijk_of.astype(np.int32), wijk_codes=wijken.tolist(),
        figures={n: np.asarray(areas_t.column(n).to_numpy(zero_copy_only=False), np.float64)
                 for n in FIGURES},
        neighbour_ptr=np.asarray(nb.offsets.to_numpy(), dtype=np.int64),
        neighbour_idx=np.asarray(nb.values.to_numpy(), dtype=np.int32),
    )  # fmt: skip
    gt = pq.read_table(d / "ground_truth.parquet")
    truth = GroundTruth(
        a=np.asarray(gt.column("a").to_numpy(), dtype=np.int64),
        b=np.asarray(gt.column("b").to_numpy(), dtype=np.int64),
        kind=np.array(gt.column("kind").to_pylist(), dtype=np.str_),
        is_duplicate=np.asarray(gt.column("is_duplicate").to_numpy(zero_copy_only=False), bool),
    )
    return NationalField(table, areas, truth)
