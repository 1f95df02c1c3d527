"""Benchmark: warn at entry through the Django path, on a municipality of 30,000 activities.

Loads the large synthetic municipality (``speelveld.synth.large``: ~500 buurten, 5,000
players, 30,000 activities) and the demo municipality into a fresh database, then times:

- ``analysis.warn.overlap_warn`` — what the activity form calls before saving: the change stamp
  (ten aggregate queries), the cached tables and warn index, the core's check, and the wording
  of the warning. Probes are existing activities re-entered as new by another organisation
  (so each should find its original), measured warm; target (issue 4): median ≤ 200 ms;
- the same through HTTP (Django's test client): the form's htmx warning request
  ``/gemeente/<code>/activiteit/nieuw/?check=1&waarschuwing=1`` with form validation;
- the cold start: the first warning after a change to the municipality (bulk load of the
  tables and the index build), once after the load and once after one edit;
- the demo municipality (~500 activities) as the in-run baseline.

    python bench/warn.py [--database sqlite|postgres] [--probes 200]

Results are printed and written to ``bench/results/warn-<database>.json``.
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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import _prepare_database  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
TARGET_MS = 200.0


def _ms(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"median_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(ordered[max(0, int(0.95 * len(ordered)) - 1)], 1),
            "max_ms": round(ordered[-1], 1)}  # fmt: skip


def _probes(municipality: Any, n: int) -> list[tuple[Any, dict[str, Any], int]]:
    """(fields, form data, original id) for n activities re-entered by another organisation."""
    from speelveld.activities.models import Activity
    from speelveld.activities.services import ActivityFields
    from speelveld.players.models import Organisation

    orgs = list(Organisation.objects.filter(municipalities=municipality).order_by("pk"))
    typed = Activity.objects.filter(municipality=municipality, activity_type__isnull=False)
    ids = list(typed.order_by("pk").values_list("pk", flat=True))
    sample = ids[:: max(1, len(ids) // n)][:n]  # spread over the whole municipality
    chosen = (typed.filter(pk__in=sample).order_by("pk")
              .select_related("lead_organisation", "phase", "activity_type", "method")
              .prefetch_related("areas", "themes", "target_groups"))  # fmt: skip
    out = []
    for k, a in enumerate(chosen):
        other = next(o for o in orgs[k % len(orgs) :] + orgs if o.pk != a.lead_organisation_id)
        fields = ActivityFields(
            title=f"{a.title} (nieuw)", description=a.description, lead_organisation=other,
            phase=a.phase, start=a.start, end=a.end, areas=list(a.areas.all()),
            activity_type=a.activity_type, method=a.method, themes=list(a.themes.all()),
            target_groups=list(a.target_groups.all()),
        )  # fmt: skip
        data = {
            "title": fields.title, "description": fields.description,
            "activity_type": a.activity_type_id, "lead_organisation": other.pk,
            "areas": [x.pk for x in fields.areas], "themes": [x.pk for x in fields.themes],
            "target_groups": [x.pk for x in fields.target_groups], "phase": a.phase_id,
            "start": a.start.isoformat(), "end": a.end.isoformat() if a.end else "",
            "status": "lopend", "rtc_stage": "",
        }  # fmt: skip
        out.append((fields, data, a.pk))
    return out


def _measure(municipality: Any, probes: list[tuple[Any, dict[str, Any], int]],
             client: Any) -> dict[str, Any]:  # fmt: skip
    from speelveld.analysis.warn import overlap_warn

    start = time.perf_counter()
    overlap_warn(municipality=municipality, fields=probes[0][0])
    cold = (time.perf_counter() - start) * 1000
    service, found, shown = [], 0, 0
    for fields, _data, original in probes:
        start = time.perf_counter()
        warning = overlap_warn(municipality=municipality, fields=fields)
        service.append((time.perf_counter() - start) * 1000)
        found += any(d.activity.id == original for d in warning.duplicates)
        # a partner of the original organisation sees it as complementary: shown, no stop
        shown += any(d.activity.id == original for d in warning.duplicates + warning.partners)
    url = f"/gemeente/{municipality.code}/activiteit/nieuw/?check=1&waarschuwing=1"
    http = []
    for _fields, data, _original in probes:
        start = time.perf_counter()
        response = client.post(url, data, HTTP_HX_REQUEST="true")
        http.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    return {"cold_ms": round(cold, 1), "service": _ms(service), "http": _ms(http),
            "probes": len(probes), "original_found": found, "original_shown": shown}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--probes", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        _prepare_database(args.database, data_dir)
        import django

        django.setup()
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client

        from speelveld.activities.models import Activity
        from speelveld.activities.services import ActivityFields, activity_update
        from speelveld.analysis.warn import overlap_warn
        from speelveld.demo.load import field_load
        from speelveld.synth.demo import demo_field
        from speelveld.synth.large import large_field

        call_command("migrate", verbosity=0)
        start = time.perf_counter()
        demo = field_load(demo_field(seed=7))
        large = field_load(large_field(seed=1))
        print(f"loaded in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        admin = get_user_model().objects.create_superuser("bench", password="bench-Pw-2026")
        client = Client()
        client.force_login(admin)

        results: dict[str, Any] = {}
        for label, municipality in (("baseline: demo municipality (~500 activities)", demo),
                                    ("large municipality (30,000 activities)", large)):  # fmt: skip
            n = Activity.objects.filter(municipality=municipality).count()
            probes = _probes(municipality, args.probes)
            results[label] = {"activities": n, **_measure(municipality, probes, client)}
            print(f"{label}: done", file=sys.stderr)

        # the first warning after an edit rebuilds the tables and the index (then cached)
        edited = Activity.objects.filter(municipality=large).order_by("pk").first()
        assert edited is not None
        fields = ActivityFields(
            title=edited.title + " (gewijzigd)", lead_organisation=edited.lead_organisation,
            phase=edited.phase, start=edited.start, end=edited.end,
            areas=list(edited.areas.all()), description=edited.description,
            activity_type=edited.activity_type, themes=list(edited.themes.all()),
            target_groups=list(edited.target_groups.all()),
        )  # fmt: skip
        activity_update(actor=admin, activity=edited, fields=fields)
        start = time.perf_counter()
        overlap_warn(municipality=large, fields=_probes(large, 1)[0][0])
        after_edit = round((time.perf_counter() - start) * 1000, 1)

        big = results["large municipality (30,000 activities)"]
        base = results["baseline: demo municipality (~500 activities)"]
        print(f"\nWarn at entry on {args.database}, {os.cpu_count()} cores, "
              f"Python {platform.python_version()}")  # fmt: skip
        print(f"{'':<48} {'median':>9} {'p95':>9} {'max':>9} {'× base':>7}")
        for label, r in results.items():
            for path in ("service", "http"):
                m = r[path]
                ratio = m["median_ms"] / base[path]["median_ms"]
                ok = "" if "baseline" in label else (
                    "  ok" if m["median_ms"] <= TARGET_MS else "  SLOW")  # fmt: skip
                name = f"{label[:38]} {path}"
                print(f"{name:<48} {m['median_ms']:>7.1f}ms {m['p95_ms']:>7.1f}ms "
                      f"{m['max_ms']:>7.1f}ms {ratio:>6.2f}×{ok}")  # fmt: skip
        for label, r in (("large", big), ("demo", base)):
            n = r["probes"]
            print(f"originals ({label}): {r['original_found']}/{n} as a duplicate, "
                  f"{r['original_shown']}/{n} shown (the rest: partners' work)")  # fmt: skip
        print(f"cold start (tables + index), large: {big['cold_ms'] / 1000:.2f} s after the "
              f"load, {after_edit / 1000:.2f} s after one edit")  # fmt: skip
        RESULTS.mkdir(exist_ok=True)
        out = RESULTS / f"warn-{args.database}.json"
        out.write_text(json.dumps({"database": args.database, "target_ms": TARGET_MS,
                                   "results": results, "cold_after_edit_ms": after_edit},
                                  indent=2))  # fmt: skip
        print(f"written to {out}")


if __name__ == "__main__":
    main()
