"""Benchmark: *Wie schakel ik in?* with the national synthetic field loaded.

    python bench/engage.py [--seed 1] [--questions 300] [--out DIR]

The national field (``speelveld.synth.national``, 342 gemeenten, 14,500 buurten, ~1,000,000
activities) is generated into ``var/bench/national-seed<N>`` when missing (shared with
``bench/overlap.py``). It holds activities, organisations and ties but no players, so a player
set is derived from it (deterministic for the seed):

- activities are grouped by lead organisation and lead role and, within a group, ordered by
  home buurt and cut into runs of 4–10 activities: one player per run — a professional of that
  organisation in that role, working in the buurten of their activities (at most 8; plus the
  wijk when an activity is wijk-wide);
- their themes and target groups are the most frequent ones of those activities (at most 4 and
  3), their current load the activities still open on the reference date (1 November 2026);
- hours per week 8–36 (unknown for one in five), Dutch plus up to one other language (and
  Dutch sign language for one in 2,000), 3 % inactive;
- ties: the organisation's collaboration ties (``ties.parquet``, at most 5, intensity 2);
  hand-overs: the hand-overs an organisation received (``handovers.parquet``) count as on time
  for its first player.

Measured, in one process:

- baseline: the full service ``analysis.engage.engage_query`` on the demo municipality
  (Lindeveen, 163 players) in SQLite — cache-stamp queries, ranking and wording;
- national: ``core.engage.engage_rank`` on the national index (all players of the country in
  one index, every question a random buurt with a theme, target group, werkvorm, phase and
  sometimes a language), and the same plus the wording of the answer
  (``EngageResult.as_dict``) — median, p95 and max; rare-language questions that trigger the
  nearest search over the whole country are timed separately.

Prints a table and writes ``bench/results/engage.json``. Target (BRIEF): median ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import field_dir, machine, peak_rss_gib, write_results  # noqa: E402

REFERENCE = date(2026, 11, 1)
TARGET_MS = 50.0


def _bits(values: np.ndarray, width: int) -> np.ndarray:
    """Unpack uint64 bitmasks into a bool matrix (rows × width)."""
    shifts = np.arange(width, dtype=np.uint64)
    return ((values[:, None] >> shifts) & np.uint64(1)).astype(bool)


def national_candidates(directory: Path, seed: int) -> tuple[Any, list[Any], dict[str, Any]]:
    """The area graph and a derived player set of the national field (see the module doc)."""
    import json

    import pyarrow.parquet as pq

    from speelveld.catalogue.seed_data import LANGUAGES
    from speelveld.core.area_graph import AreaGraph, AreaNode
    from speelveld.core.engage import Candidate, HandoverRecord, Party, Tie

    manifest = json.loads((directory / "manifest.json").read_text())
    vocab = manifest["vocab"]
    areas = pq.read_table(directory / "areas.parquet")
    codes = areas.column("code").to_pylist()
    wijk_of = areas.column("wijk_code").to_pylist()
    neighbours = areas.column("neighbours").to_pylist()
    graph = AreaGraph.build(
        AreaNode(code, tuple(codes[j] for j in nb))
        for code, nb in zip(codes, neighbours, strict=True)
    )
    acts = pq.read_table(
        directory / "activities.parquet",
        columns=["org", "lead_role", "areas", "wide", "themes", "target_groups", "end"],
    )
    org = np.asarray(acts.column("org").to_numpy(), dtype=np.int64)
    role = np.asarray(acts.column("lead_role").to_numpy(), dtype=np.int64)
    area_list = acts.column("areas").combine_chunks()
    ptr = np.asarray(area_list.offsets.to_numpy(), dtype=np.int64)
    idx = np.asarray(area_list.values.to_numpy(), dtype=np.int64)
    home = idx[ptr[:-1]]
    wide = np.asarray(acts.column("wide").to_numpy(zero_copy_only=False), dtype=bool)
    ref = (REFERENCE - date(1970, 1, 1)).days
    end = acts.column("end")
    open_ = ~np.asarray(end.is_valid().to_numpy(zero_copy_only=False)) | (
        np.asarray(end.fill_null(2**31 - 1).to_numpy()) >= ref
    )
    themes = _bits(np.asarray(acts.column("themes").to_numpy()), len(vocab["themes"]))
    groups = _bits(np.asarray(acts.column("target_groups").to_numpy()), len(vocab["target_groups"]))

    rng = np.random.default_rng(seed + 100)
    order = np.lexsort((home, role, org))
    group_key = org[order] * 64 + role[order]
    bounds = np.flatnonzero(np.diff(group_key)) + 1
    starts_all: list[int] = []
    for lo, hi in zip(np.r_[0, bounds], np.r_[bounds, order.size], strict=True):
        at = int(lo)
        while at < hi:
            starts_all.append(at)
            at += int(rng.integers(4, 11))
    starts = np.array(starts_all, dtype=np.int64)
    ends = np.r_[starts[1:], order.size]
    theme_counts = np.add.reduceat(themes[order], starts, axis=0)
    group_counts = np.add.reduceat(groups[order], starts, axis=0)
    load = np.add.reduceat(open_[order].astype(np.int64), starts)

    org_ties: dict[int, list[int]] = defaultdict(list)
    ties = pq.read_table(directory / "ties.parquet")
    for a, b in zip(
        ties.column("org_a").to_pylist(), ties.column("org_b").to_pylist(), strict=True
    ):
        org_ties[a].append(b)
        org_ties[b].append(a)
    received: dict[int, int] = defaultdict(int)
    for to_org in pq.read_table(directory / "handovers.parquet").column("to_org").to_pylist():
        if to_org is not None:
            received[to_org] += 1
    languages = [lang.code for lang in LANGUAGES if lang.code not in ("nl", "dse")]
    theme_keys, group_keys = vocab["themes"], vocab["target_groups"]
    roles = vocab["roles"]
    hours = rng.integers(8, 37, starts.size)
    unknown_hours = rng.random(starts.size) < 0.2
    extra_language = rng.integers(-len(languages), len(languages), starts.size)
    inactive = rng.random(starts.size) < 0.03
    first_player: set[int] = set()
    players = []
    for p, (lo, hi) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        rows = order[lo:hi]
        org_id = int(org[rows[0]])
        buurten, counts = np.unique(home[rows], return_counts=True)
        where = [codes[int(b)] for b in buurten[np.argsort(-counts, kind="stable")][:8]]
        if wide[rows].any():
            where.append(wijk_of[int(home[rows[0]])])
        t = theme_counts[p]
        g = group_counts[p]
        lang = ("nl",) if extra_language[p] < 0 else ("nl", languages[int(extra_language[p])])
        if p % 2_000 == 0:
            lang += ("dse",)
        record = HandoverRecord()
        if org_id not in first_player:
            first_player.add(org_id)
            record = HandoverRecord(on_time=received.get(org_id, 0))
        players.append(
            Candidate(
                id=p,
                role=roles[int(role[rows[0]])],
                areas=tuple(where),
                organisation=org_id,
                themes=tuple(theme_keys[k] for k in np.argsort(-t, kind="stable")[:4] if t[k]),
                target_groups=tuple(
                    group_keys[k] for k in np.argsort(-g, kind="stable")[:3] if g[k]
                ),
                languages=lang,
                hours_per_week=None if unknown_hours[p] else float(hours[p]),
                active_activities=int(load[p]),
                ties=tuple(Tie(Party("organisation", o), 2) for o in org_ties.get(org_id, [])[:5]),
                handovers=record,
                active=not bool(inactive[p]),
            )
        )
    info = {
        "activities": int(org.size),
        "players": len(players),
        "organisations": int(np.unique(org).size),
        "buurten": len(codes),
        "areas_in_graph": graph.n_areas,
        "gemeenten": manifest["counts"]["gemeenten"],
    }
    names = {c: (n, "buurt") for c, n in zip(codes, areas.column("name").to_pylist(), strict=True)}
    return graph, players, {"info": info, "names": names, "vocab": vocab}


def questions(graph: Any, n: int, seed: int, vocab: dict[str, Any]) -> list[Any]:
    from speelveld.core.engage import Question

    rng = np.random.default_rng(seed)
    buurten = np.flatnonzero(graph.level == 2)
    return [
        Question(
            area=graph.codes[int(rng.choice(buurten))],
            themes=(vocab["themes"][int(rng.integers(0, len(vocab["themes"])))],),
            target_groups=(
                vocab["target_groups"][int(rng.integers(0, len(vocab["target_groups"])))],
            ),
            activity_type=vocab["activity_types"][
                int(rng.integers(0, len(vocab["activity_types"])))
            ],
            phase=vocab["phases"][int(rng.integers(0, len(vocab["phases"])))],
            language="ar" if rng.random() < 0.3 else None,
        )
        for _ in range(n)
    ]


def _stats(times: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(float(np.percentile(times, 95)), 2),
        "max_ms": round(max(times), 2),
        "n": len(times),
    }


def _timed(call: Any, items: list[Any]) -> tuple[list[float], list[Any]]:
    call(items[0])  # warm-up
    times, out = [], []
    for item in items:
        start = time.perf_counter()
        out.append(call(item))
        times.append((time.perf_counter() - start) * 1000)
    return times, out


def baseline(n_questions: int) -> dict[str, Any]:
    """The full service on the demo municipality in SQLite."""
    from django.core.management import call_command

    from speelveld.analysis.engage import engage_field, engage_query
    from speelveld.demo.load import field_load
    from speelveld.synth.demo import demo_field

    call_command("migrate", verbosity=0)
    municipality = field_load(demo_field(seed=7))
    start = time.perf_counter()
    field = engage_field(municipality)
    build_ms = (time.perf_counter() - start) * 1000
    graph = field.index.areas
    vocab = {
        "themes": list(field.labels.themes),
        "target_groups": list(field.labels.target_groups),
        "activity_types": list(field.labels.activity_types),
        "phases": list(field.labels.phases),
    }
    asked = questions(graph, n_questions, 11, vocab)

    def ask(q: Any) -> Any:
        return engage_query(
            municipality=municipality, area_code=q.area, themes=q.themes,
            target_groups=q.target_groups, activity_type=q.activity_type, phase=q.phase,
            language=q.language,
        ).as_dict()  # fmt: skip

    times, _ = _timed(ask, asked)
    from speelveld.analysis.engage import _stamp

    stamp_times, _ = _timed(lambda _q: _stamp(municipality, REFERENCE), asked[:50])
    return {
        "what": "engage_query + as_dict, demo municipality (SQLite, cached index)",
        "players": field.index.n_candidates,
        "index_build_from_database_ms": round(build_ms, 1),
        "cache_stamp_median_ms": round(statistics.median(stamp_times), 2),
        **_stats(times),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    directory = field_dir("national", args.seed, args.out)
    with tempfile.TemporaryDirectory() as data_dir:
        os.environ["SPEELVELD_DATA_DIR"] = data_dir
        os.environ["SPEELVELD_DATABASE_URL"] = ""
        os.environ["DJANGO_SETTINGS_MODULE"] = "speelveld.settings"
        import django

        django.setup()
        from speelveld.analysis.engage import EngageResult
        from speelveld.analysis.engage_field import EngageField, PlayerCard, labels_load
        from speelveld.catalogue.seed_data import ROLES
        from speelveld.core.engage import EngageIndex, Question, engage_rank
        from speelveld.core.role_catalogue import role_catalogue

        base = baseline(args.questions)
        print(f"baseline (demo, full service): median {base['median_ms']} ms", flush=True)

        t0 = time.perf_counter()
        graph, players, extra = national_candidates(directory, args.seed)
        t1 = time.perf_counter()
        index = EngageIndex.build(players, role_catalogue(ROLES), graph)
        t2 = time.perf_counter()
        info = extra["info"]
        print(
            f"national: {info['players']:,} players derived from {info['activities']:,} "
            f"activities in {t1 - t0:.1f} s; index built in {t2 - t1:.1f} s",
            flush=True,
        )
        asked = questions(graph, args.questions, args.seed + 7, extra["vocab"])
        rank_times, answers = _timed(lambda q: engage_rank(q, index), asked)

        cards = {c.id: PlayerCard(c.id, f"Speler {c.id}", c.role, c.organisation, False)
                 for c in players}  # fmt: skip
        labels = labels_load(extra["names"])  # the catalogue's words from the test database
        field = EngageField(index, cards, {}, labels)
        municipality = SimpleNamespace(code="NL")

        def worded(q: Any) -> Any:
            answer = engage_rank(q, index)
            return EngageResult(municipality, q.area, answer, field).as_dict()  # type: ignore[arg-type]

        worded_times, _ = _timed(worded, asked)
        buurten = np.flatnonzero(graph.level == 2)
        rare = [Question(graph.codes[int(b)], language="dse") for b in buurten[::290][:50]]
        rare_times, rare_answers = _timed(lambda q: engage_rank(q, index), rare)

    national = _stats(rank_times)
    results = {
        "target_median_ms": TARGET_MS,
        "machine": machine(),
        "seed": args.seed,
        "field": info,
        "index_build_s": round(t2 - t1, 2),
        "derive_players_s": round(t1 - t0, 2),
        "peak_rss_gib": round(peak_rss_gib(), 2),
        "baseline": base,
        "national_rank": {
            "what": "core.engage.engage_rank, national index, random buurt questions",
            **national,
            "median_considered": int(statistics.median(a.considered for a in answers)),
            "nobody_nearby": sum(a.nobody_nearby for a in answers),
            "ratio_to_baseline": round(national["median_ms"] / base["median_ms"], 2),
        },
        "national_rank_and_words": {
            "what": "engage_rank + EngageResult.as_dict (Dutch sentences), national index",
            **_stats(worded_times),
        },
        "national_nearest_search": {
            "what": "rare language (dse): nobody nearby, nearest over the whole country",
            **_stats(rare_times),
            "nobody_nearby": sum(a.nobody_nearby for a in rare_answers),
        },
        "meets_target": national["median_ms"] <= TARGET_MS,
    }
    path = write_results("engage", results)
    print()
    print(f"{'what':<58} {'median':>9} {'p95':>9} {'max':>9}")
    for key in ("baseline", "national_rank", "national_rank_and_words", "national_nearest_search"):
        r = results[key]
        print(f"{r['what'][:58]:<58} {r['median_ms']:>7.2f}ms {r['p95_ms']:>7.2f}ms "
              f"{r['max_ms']:>7.2f}ms")  # fmt: skip
    print(f"\nnational median {national['median_ms']} ms (target ≤ {TARGET_MS:.0f} ms): "
          f"{'met' if results['meets_target'] else 'NOT met'}; "
          f"{results['national_rank']['ratio_to_baseline']}× the demo's full-service median; "
          f"peak RSS {results['peak_rss_gib']} GiB")  # fmt: skip
    print(f"written to {path}")


if __name__ == "__main__":
    main()
