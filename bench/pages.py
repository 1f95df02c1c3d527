"""Page benchmark: median server time of the largest municipality's pages.

Builds a municipality of about 500 buurten, 5,000 players and 30,000 activities
(``speelveld.synth.large``), plus the demo municipality as the in-run baseline, and times the
municipality page, its largest buurt page and its network ``.json`` through Django's test client
(server time in-process, no network). Target (BRIEF): median ≤ 300 ms.

    python bench/pages.py [--database sqlite|postgres] [--repeat 15]

Results are printed and written to ``bench/results/pages.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
PG_URL = "postgres://postgres@127.0.0.1:5432/speelveld_bench_pages"


def _prepare_database(kind: str, data_dir: str) -> None:
    os.environ["SPEELVELD_DATA_DIR"] = data_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "speelveld.settings"
    os.environ["SPEELVELD_ALLOWED_HOSTS"] = "testserver"
    if kind == "postgres":
        import psycopg

        with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
            c.execute("DROP DATABASE IF EXISTS speelveld_bench_pages WITH (FORCE)")
            c.execute("CREATE DATABASE speelveld_bench_pages")
        os.environ["SPEELVELD_DATABASE_URL"] = PG_URL
    else:
        os.environ["SPEELVELD_DATABASE_URL"] = ""


def _time(client: object, url: str, repeat: int) -> list[float]:
    get = client.get  # type: ignore[attr-defined]
    for _ in range(2):  # warm caches (templates, query plans)
        assert get(url).status_code == 200, url
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        _prepare_database(args.database, data_dir)
        import django

        django.setup()
        from django.core.management import call_command
        from django.db.models import Count
        from django.test import Client

        from speelveld.demo.load import field_load
        from speelveld.places.models import Area, AreaLevel
        from speelveld.synth.demo import demo_field
        from speelveld.synth.large import large_field

        call_command("migrate", verbosity=0)
        start = time.perf_counter()
        demo = field_load(demo_field(seed=7))
        large = field_load(large_field(seed=1))
        print(f"loaded in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        biggest = (
            Area.objects.filter(municipality=large, level=AreaLevel.BUURT)
            .annotate(n=Count("activities_in"))
            .order_by("-n")
            .first()
        )
        assert biggest is not None
        client = Client()
        pages = {
            "baseline: demo municipality page (24 buurten, ~500 activities)":
                f"/gebied/{demo.code}/",
            "municipality page (500 buurten, 30,000 activities)": f"/gebied/{large.code}/",
            f"largest buurt page ({biggest.code})": f"/gebied/{biggest.code}/",
            "network .json (5,000 players)": f"/gemeente/{large.code}/netwerk.json",
        }  # fmt: skip
        results = {}
        base = None
        for label, url in pages.items():
            times = _time(client, url, args.repeat)
            median = statistics.median(times)
            base = base or median
            results[label] = {"url": url, "median_ms": round(median, 1),
                              "p90_ms": round(sorted(times)[int(0.9 * len(times)) - 1], 1),
                              "ratio_to_baseline": round(median / base, 2)}  # fmt: skip
        print(f"\nPages on {args.database}, {os.cpu_count()} cores, {platform.python_version()}")
        print(f"{'page':<66} {'median':>9} {'p90':>9} {'× base':>7}")
        for label, r in results.items():
            ok = "" if "baseline" in label else ("  ok" if r["median_ms"] <= 300 else "  SLOW")
            print(f"{label:<66} {r['median_ms']:>7.1f}ms {r['p90_ms']:>7.1f}ms "
                  f"{r['ratio_to_baseline']:>6.2f}×{ok}")  # fmt: skip
        RESULTS.mkdir(exist_ok=True)
        out = RESULTS / f"pages-{args.database}.json"
        out.write_text(json.dumps({"database": args.database, "target_ms": 300,
                                   "results": results}, indent=2))  # fmt: skip
        print(f"written to {out}")


if __name__ == "__main__":
    main()
