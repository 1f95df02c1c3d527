"""Benchmark: overlap, gaps and warn-at-entry on the synthetic national field.

    python bench/overlap.py --scale national [--seed N] [--out DIR]

Generates the field into ``var/bench/<scale>-seed<N>`` (or ``--out``) when it is missing, then
measures, in one process:

- ``overlap_find`` on the whole field: wall time, peak RSS, precision/recall/F1 against the
  planted ground truth (a hard negative that is flagged as a duplicate is a false positive);
- a naive baseline: every pair of activities sharing a buurt, scored one by one in plain Python,
  run on a random sample of buurten and extrapolated by pair count to the whole field;
- a peer: the same blocking and features through ``recordlinkage`` on a 100,000-activity sample
  (whole gemeenten), time and F1 next to ``overlap_find`` on the same sample;
- gaps on the whole field; warn-at-entry latency on a 30,000-activity municipality.

Prints a table and writes ``bench/results/overlap.json``. See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import field_dir, machine, pair_set, peak_rss_gib, prf, write_results  # noqa: E402
from speelveld.core import (  # noqa: E402
    ActivityTable,
    Label,
    OverlapIndex,
    OverlapOptions,
    coverage_count,
    gaps_find,
    overlap_find,
)
from speelveld.core._blocking import candidate_pairs, table_blocks  # noqa: E402
from speelveld.core.overlap import Relations, label_pair, period_share, side_of  # noqa: E402
from speelveld.core.text import _ngrams, stem, tokenize  # noqa: E402
from speelveld.synth.national import GroundTruth, load_national  # noqa: E402


def quality(result_pairs: set[tuple[int, int]], truth: GroundTruth) -> dict[str, Any]:
    positives = pair_set(truth.a[truth.is_duplicate], truth.b[truth.is_duplicate])
    out = prf(result_pairs, positives)
    flagged_negatives: Counter[str] = Counter()
    for a, b, kind, dup in zip(truth.a.tolist(), truth.b.tolist(), truth.kind.tolist(),
                               truth.is_duplicate.tolist(), strict=True):  # fmt: skip
        if not dup and (min(a, b), max(a, b)) in result_pairs:
            flagged_negatives[kind] += 1
    out["hard_negatives_flagged_as_duplicate"] = dict(flagged_negatives)
    out["hard_negatives"] = int((~truth.is_duplicate).sum())
    return out


# --- naive baseline ----------------------------------------------------------------------------


def _py_vector(text: str) -> dict[str, float]:
    """Stems and 3–5-grams of one text as a normalised dict: the plain-Python way."""
    counts: Counter[str] = Counter()
    for w in tokenize(text):
        counts["s:" + stem(w)] += 1
        if len(w) >= 4:
            counts.update("g:" + g for g in set(_ngrams(w, 3, 5)))
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


def _py_cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(k, 0.0) for k, w in a.items())


def naive_baseline(
    t: ActivityTable, n_buurten: int, o: OverlapOptions, seed: int
) -> dict[str, Any]:
    """All pairs within each sampled buurt, each scored in plain Python; extrapolated."""
    area_rows = np.repeat(np.arange(len(t)), np.diff(t.area_ptr))
    order = np.argsort(t.area_idx, kind="stable")
    per_buurt = np.bincount(t.area_idx, minlength=t.n_areas)
    starts = np.concatenate(([0], np.cumsum(per_buurt)))
    total_pairs = int((per_buurt * (per_buurt - 1) // 2).sum())
    busy = np.flatnonzero(per_buurt >= 2)
    sample = np.random.default_rng(seed).choice(busy, size=min(n_buurten, len(busy)), replace=False)
    t0 = time.perf_counter()
    vectors: dict[int, tuple[dict[str, float], dict[str, float]]] = {}
    pairs = flagged = 0
    for b in sample.tolist():
        rows = area_rows[order[starts[b] : starts[b + 1]]].tolist()
        for x in range(len(rows)):
            i = rows[x]
            for y in range(x + 1, len(rows)):
                j = rows[y]
                pairs += 1
                if t.org[i] == t.org[j] or not (t.themes[i] & t.themes[j]):
                    continue
                if not (t.target_groups[i] & t.target_groups[j]):
                    continue
                if t.start[i] > t.end[j] or t.start[j] > t.end[i]:
                    continue
                for r in (i, j):
                    if r not in vectors:
                        vectors[r] = (_py_vector(t.text("titles", r)),
                                      _py_vector(t.text("descriptions", r)))  # fmt: skip
                ti, tj = int(t.activity_type[i]), int(t.activity_type[j])
                same_type = 0.5 if ti < 0 or tj < 0 else float(ti == tj)
                gi, gj = int(t.target_groups[i]), int(t.target_groups[j])
                hi, hj = int(t.themes[i]), int(t.themes[j])
                per = float(period_share(t.start[i : i + 1], t.end[i : i + 1], t.start[j : j + 1],
                                         t.end[j : j + 1], o.open_end_days)[0])  # fmt: skip
                score = (
                    o.w_title * _py_cos(vectors[i][0], vectors[j][0])
                    + o.w_description * _py_cos(vectors[i][1], vectors[j][1])
                    + o.w_type * same_type
                    + o.w_groups * (gi & gj).bit_count() / (gi | gj).bit_count()
                    + o.w_themes * (hi & hj).bit_count() / (hi | hj).bit_count()
                    + o.w_period * per
                    + o.w_method * float(t.method[i] >= 0 and t.method[i] == t.method[j])
                )
                flagged += score >= o.threshold
    elapsed = time.perf_counter() - t0
    return {
        "sample_buurten": len(sample),
        "sample_pairs": pairs,
        "sample_seconds": round(elapsed, 2),
        "field_pairs": total_pairs,
        "extrapolated_seconds": round(elapsed * total_pairs / max(pairs, 1), 1),
        "extrapolation": "sample seconds × (all within-buurt pairs / sampled pairs)",
    }


# --- recordlinkage peer ------------------------------------------------------------------------

STRING_METHOD = "levenshtein"  # the best F1 of cosine, qgram, jarowinkler, levenshtein here


def _gemeente_sample(t: ActivityTable, size: int) -> np.ndarray:
    """Whole gemeenten (by code order) until ``size`` activities: blocks stay intact."""
    gm_of_area = np.array([int(c[2:6]) for c in t.vocab.areas])
    gm = gm_of_area[t.area_idx[t.area_ptr[:-1]]]
    counts = np.bincount(gm)
    chosen, total = [], 0
    for g in np.flatnonzero(counts).tolist():
        chosen.append(g)
        total += int(counts[g])
        if total >= size:
            break
    return np.flatnonzero(np.isin(gm, chosen))


def recordlinkage_peer(
    t: ActivityTable, truth: GroundTruth, size: int, o: OverlapOptions
) -> dict[str, Any]:
    import pandas as pd
    import recordlinkage

    rows = _gemeente_sample(t, size)
    sub = t.select(rows)
    ids = set(sub.ids.tolist())
    keep = np.array([a in ids and b in ids for a, b in zip(truth.a.tolist(), truth.b.tolist(),
                                                           strict=True)])  # fmt: skip
    positives = pair_set(truth.a[keep & truth.is_duplicate], truth.b[keep & truth.is_duplicate])

    t0 = time.perf_counter()
    ours = overlap_find(sub, options=o)
    ours_s = time.perf_counter() - t0
    ours_pairs = {tuple(p) for p, lab in zip(ours.pair_ids.tolist(), ours.labels, strict=True)
                  if lab is Label.DUPLICATE}  # fmt: skip

    t0 = time.perf_counter()
    blocks = table_blocks(sub)
    members = pd.DataFrame({"key": blocks.keys, "row": blocks.rows})
    indexer = recordlinkage.Index()
    indexer.block("key")
    links = indexer.index(members)
    a = members["row"].to_numpy()[links.get_level_values(0)]
    b = members["row"].to_numpy()[links.get_level_values(1)]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    code = np.unique(lo * len(sub) + hi)
    lo, hi = code // len(sub), code % len(sub)
    ok = (lo != hi) & (sub.org[lo] != sub.org[hi])
    ok &= (sub.start[lo] <= sub.end[hi]) & (sub.start[hi] <= sub.end[lo])
    lo, hi = lo[ok], hi[ok]
    frame = pd.DataFrame({
        "title": [sub.text("titles", i) for i in range(len(sub))],
        "description": [sub.text("descriptions", i) for i in range(len(sub))],
        "activity_type": sub.activity_type, "method": sub.method,
    })  # fmt: skip
    pairs_index = pd.MultiIndex.from_arrays([lo, hi])
    compare = recordlinkage.Compare()
    compare.string("title", "title", method=STRING_METHOD, label="title")
    compare.string("description", "description", method=STRING_METHOD, label="description")
    compare.exact("activity_type", "activity_type", label="type")
    compare.exact("method", "method", label="method")
    feats = compare.compute(pairs_index, frame)
    unknown = (sub.activity_type[lo] < 0) | (sub.activity_type[hi] < 0)
    same_type = np.where(unknown, 0.5, feats["type"].to_numpy())
    method = feats["method"].to_numpy() * (sub.method[lo] >= 0)

    def jac(m: np.ndarray) -> np.ndarray:
        return np.bitwise_count(m[lo] & m[hi]) / np.maximum(np.bitwise_count(m[lo] | m[hi]), 1)

    score = (
        o.w_title * feats["title"].to_numpy() + o.w_description * feats["description"].to_numpy()
        + o.w_type * same_type + o.w_groups * jac(sub.target_groups) + o.w_themes * jac(sub.themes)
        + o.w_period * period_share(sub.start[lo], sub.end[lo], sub.start[hi], sub.end[hi],
                                    o.open_end_days)
        + o.w_method * method
    )  # fmt: skip
    rel = Relations.of(sub)
    phases = sub.vocab.index("phases")
    hp = frozenset(phases[p] for p in o.handover_phases if p in phases)
    peer_pairs = set()
    for k in np.flatnonzero(score >= o.threshold).tolist():
        x, y = side_of(sub, int(lo[k])), side_of(sub, int(hi[k]))
        label, _, _ = label_pair(x, y, rel, o, hp, float(score[k]), sub.vocab.organisations)
        if label is Label.DUPLICATE:
            peer_pairs.add((min(x.id, y.id), max(x.id, y.id)))
    peer_s = time.perf_counter() - t0
    return {
        "activities": len(sub),
        "candidate_pairs": int(len(lo)),
        "overlap_find": {"seconds": round(ours_s, 2), **prf(ours_pairs, positives)},
        "recordlinkage": {
            "seconds": round(peer_s, 2),
            **prf(peer_pairs, positives),
            "string_method": STRING_METHOD,
        },  # fmt: skip
        "speed_ratio": round(peer_s / ours_s, 1),
    }


# --- warn at entry -----------------------------------------------------------------------------


def warn_latency(
    t: ActivityTable, truth: GroundTruth, size: int, probes: int, seed: int
) -> dict[str, Any]:
    """Median/95th latency of ``OverlapIndex.check`` on a municipality-size table; probes are
    one side of the planted duplicates in it (re-entered as new), then random activities."""
    gm_of_area = np.array([int(c[2:6]) for c in t.vocab.areas])
    gm = gm_of_area[t.area_idx[t.area_ptr[:-1]]]
    biggest = int(np.bincount(gm).argmax())
    rows = np.flatnonzero(gm == biggest)
    if len(rows) < size:  # add neighbouring gemeenten (by code) until the size is reached
        extra = np.flatnonzero(gm != biggest)
        rows = np.sort(np.concatenate([rows, extra[: size - len(rows)]]))
    rows = rows[:size]
    sub = t.select(rows)
    t0 = time.perf_counter()
    index = OverlapIndex.build(sub)
    build_s = time.perf_counter() - t0
    row_of = {int(i): r for r, i in enumerate(sub.ids.tolist())}
    dup_probes = [(row_of[b], a) for a, b, d in zip(truth.a.tolist(), truth.b.tolist(),
                                                    truth.is_duplicate.tolist(), strict=True)
                  if d and a in row_of and b in row_of]  # fmt: skip
    rng = np.random.default_rng(seed)
    others = [(int(r), -1) for r in rng.choice(len(sub), size=probes, replace=False)]
    times, found = [], 0
    for r, partner in (dup_probes + others)[:probes]:
        new = sub.to_row(r)
        t0 = time.perf_counter()
        res = index.check(new)
        times.append(time.perf_counter() - t0)
        if partner >= 0:
            found += any(partner in f.ids and f.label is Label.DUPLICATE for f in res.findings)
    n_dup = min(len(dup_probes), probes)
    ms = np.array(times) * 1000
    return {
        "activities": len(sub),
        "index_build_seconds": round(build_s, 2),
        "probes": len(times),
        "median_ms": round(float(np.median(ms)), 1),
        "p95_ms": round(float(np.percentile(ms, 95)), 1),
        "duplicate_probes": n_dup,
        "duplicate_found": found,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", default="national", choices=["national", "small"])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="field directory (cache)")
    ap.add_argument("--naive-buurten", type=int, default=300)
    ap.add_argument("--peer-size", type=int, default=100_000)
    ap.add_argument("--warn-size", type=int, default=30_000)
    ap.add_argument("--warn-probes", type=int, default=200)
    args = ap.parse_args(argv)

    d = field_dir(args.scale, args.seed, args.out)
    t0 = time.perf_counter()
    field = load_national(d)
    load_s = time.perf_counter() - t0
    t = field.table
    o = OverlapOptions()
    rss_loaded = peak_rss_gib()
    print(f"loaded {len(t):,} activities in {load_s:.1f} s (peak RSS {rss_loaded:.2f} GiB)")

    t0 = time.perf_counter()
    result = overlap_find(t, options=o)
    overlap_s = time.perf_counter() - t0
    rss_overlap = peak_rss_gib()
    predicted = {tuple(p) for p, lab in zip(result.pair_ids.tolist(), result.labels, strict=True)
                 if lab is Label.DUPLICATE}  # fmt: skip
    q = quality(predicted, field.truth)
    labels = Counter(lab.value for lab in result.labels)
    print(f"overlap: {overlap_s:.1f} s, F1 {q['f1']}")

    t0 = time.perf_counter()
    cov = coverage_count(t, len(field.areas))
    gaps = gaps_find(field.areas, cov, themes=t.vocab.themes, target_groups=t.vocab.target_groups)
    gaps_s = time.perf_counter() - t0
    print(f"gaps: {gaps_s:.1f} s")

    n_cand = len(candidate_pairs(table_blocks(t), t.org, t.start, t.end).left)
    naive = naive_baseline(t, args.naive_buurten, o, args.seed)
    naive["speed_ratio"] = round(naive["extrapolated_seconds"] / overlap_s, 1)
    print(f"naive: {naive['sample_seconds']} s on {naive['sample_buurten']} buurten")
    warn = warn_latency(t, field.truth, args.warn_size, args.warn_probes, args.seed)
    print(f"warn: median {warn['median_ms']} ms")
    peer = recordlinkage_peer(t, field.truth, args.peer_size, o)
    print(f"peer: {peer['recordlinkage']['seconds']} s")

    results = {
        "machine": machine(),
        "scale": args.scale,
        "seed": args.seed,
        "activities": len(t),
        "buurten": len(field.areas),
        "load_seconds": round(load_s, 1),
        "overlap": {
            "seconds": round(overlap_s, 1),
            "peak_rss_gib": round(rss_overlap, 2),
            "peak_rss_after_load_gib": round(rss_loaded, 2),
            "candidate_pairs": n_cand,
            "excluded_same_org": result.excluded_same_org,
            "findings": dict(labels),
            "clusters": len(result.clusters),
            **q,
        },
        "naive": naive,
        "recordlinkage_peer": peer,
        "gaps": {
            "seconds": round(gaps_s, 2),
            "gaps": len(gaps),
            "nothing_at_all": sum(1 for g in gaps if g.theme is None and g.target_group is None),
        },  # fmt: skip
        "warn": warn,
    }
    path = write_results("overlap", results)
    _print(results, path)
    return 0


def _print(r: dict[str, Any], path: Path) -> None:
    ov, nv, pe, ga, wa = r["overlap"], r["naive"], r["recordlinkage_peer"], r["gaps"], r["warn"]
    m = r["machine"]
    rows = [
        ("machine", f"{m['cores']} cores, {m['memory_gib']} GiB, Python {m['python']}", ""),
        ("field", f"{r['activities']:,} activities, {r['buurten']:,} buurten", ""),
        ("overlap wall time", f"{ov['seconds']} s", "≤ 60 s"),
        ("overlap peak RSS", f"{ov['peak_rss_gib']} GiB", "≤ 4 GiB"),
        ("overlap P / R / F1", f"{ov['precision']} / {ov['recall']} / {ov['f1']}", "F1 ≥ 0.95"),
        ("hard negatives flagged", str(ov["hard_negatives_flagged_as_duplicate"]), ""),
        (
            "naive (extrapolated)",
            f"{nv['extrapolated_seconds']} s from {nv['sample_seconds']} s "
            f"on {nv['sample_buurten']} buurten",
            "",
        ),  # fmt: skip
        ("speed vs naive", f"{nv['speed_ratio']}×", "≥ 10×"),
        ("peer sample", f"{pe['activities']:,} activities", ""),
        ("  overlap_find", f"{pe['overlap_find']['seconds']} s, F1 {pe['overlap_find']['f1']}", ""),
        (
            "  recordlinkage",
            f"{pe['recordlinkage']['seconds']} s, F1 {pe['recordlinkage']['f1']}",
            "",
        ),  # fmt: skip
        ("gaps national", f"{ga['seconds']} s ({ga['gaps']:,} gaps)", "≤ 10 s"),
        (
            "warn at entry",
            f"median {wa['median_ms']} ms, p95 {wa['p95_ms']} ms on {wa['activities']:,}",
            "≤ 200 ms",
        ),  # fmt: skip
        ("  duplicates found", f"{wa['duplicate_found']}/{wa['duplicate_probes']}", ""),
    ]
    width = max(len(a) for a, _, _ in rows)
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<60} {target}")
    print(f"results: {path}")


if __name__ == "__main__":
    raise SystemExit(main())
