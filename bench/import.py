"""CSV import speed: activities per second into SQLite and into PostgreSQL.

    python bench/import.py [--n 20000] [--repeat 3] [--baseline-n 300] [--skip-postgres]

For each database a child process gets a fresh database (a SQLite file in a temporary folder;
PostgreSQL database ``speelveld_bench`` on 127.0.0.1:5432, created and dropped here), migrates it,
loads the demo municipality (``demo_field`` + ``field_load``) as the base data, writes a CSV of N
synthetic activities that refer to its organisations, players, buurten and vocabularies (as a
municipality's own sheet would), and times ``speelveld import csv --commit`` end to end: reading,
checking every row, writing activities, links and history in one transaction. Each repeat
imports a new file (new extern_ids) into the growing database; the best run counts. It then
times the same file again (everything unchanged, nothing written), and a naive per-row import
(one ``create`` and ``.set()`` per link and one history record per activity, as a form would
save them) on a few hundred rows as the baseline in the same process. On PostgreSQL it also
measures the database alone: the rows of one imported file written once more by ``INSERT …
SELECT`` inside the server (no Python at all, rolled back), and by ``COPY`` of the same rows
rendered as COPY text by the server beforehand: the ceilings of any import there.

Results: printed and written to ``bench/results/import.json``.
"""

# ruff: noqa: S608 (SQL built from model table and column names and the bench's own prefix)
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PG_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_NAME = "speelveld_bench"
TARGETS = {"sqlite": 5_000, "postgresql": 20_000}

HEADERS = [
    "extern_id", "titel", "omschrijving", "werkvorm", "methodiek", "trekker", "eigenaar",
    "partners", "gebieden", "themas", "doelgroepen", "fase", "start", "einde", "status",
    "bereik", "bewonersinitiatief",
]  # fmt: skip


def synthesise(path: Path, *, n: int, prefix: str, seed: int) -> None:
    """A CSV of ``n`` activities of the demo municipality, shaped like the demo's own (about
    1.2 areas, 1.8 themes, 1.7 target groups and 0.8 partners per activity)."""
    from speelveld.catalogue.models import ActivityType, Method, Phase, TargetGroup, Theme
    from speelveld.interop.sheets import write_csv
    from speelveld.places.models import Area, AreaLevel
    from speelveld.players.models import Organisation, Player

    rng = random.Random(seed)
    municipality = Area.objects.get(code="GM9901")
    orgs = list(
        Organisation.objects.filter(municipalities=municipality).values_list("pk", "external_id")
    )
    players_by_org: dict[int, list[str]] = {}
    for org, key in Player.objects.filter(municipality=municipality).values_list(
        "organisation_id", "external_id"
    ):
        players_by_org.setdefault(org, []).append(key)
    buurten = list(
        Area.objects.filter(municipality=municipality, level=AreaLevel.BUURT).values_list(
            "code", flat=True
        )
    )
    themes = list(Theme.objects.values_list("name", flat=True))
    groups = list(TargetGroup.objects.values_list("key", flat=True))
    phases = list(Phase.objects.values_list("key", flat=True))
    types = list(ActivityType.objects.values_list("key", flat=True))
    methods = list(Method.objects.values_list("key", flat=True))
    words = ["Buurt", "Koffie", "Taal", "Moestuin", "Energie", "Huiswerk", "Inloop", "Wandel"]

    def rows() -> Any:
        for i in range(n):
            org_pk, org_key = orgs[rng.randrange(len(orgs))]
            owners = players_by_org.get(org_pk) or [""]
            start = f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.choice([2024, 2025])}"
            yield [
                f"{prefix}-{i:07d}",
                f"{rng.choice(words)}{rng.choice(words).lower()} {i}",
                "Samen met bewoners; elke week, ook voor nieuwkomers.",
                rng.choice(types),
                rng.choice(methods) if rng.random() < 0.5 else "",
                org_key,
                rng.choice(owners),
                " | ".join(
                    k for _p, k in rng.sample(orgs, rng.choice([0, 0, 1, 1, 2])) if k != org_key
                ),
                " | ".join(rng.sample(buurten, rng.choice([1, 1, 1, 2]))),
                " | ".join(rng.sample(themes, rng.choice([1, 2, 2, 3]))),
                " | ".join(rng.sample(groups, rng.choice([1, 2, 2]))),
                rng.choice(phases),
                start,
                "",
                rng.choice(["lopend", "gepland", "afgerond"]),
                rng.randint(5, 300),
                rng.choice(["ja", "nee", "nee"]),
            ]

    with path.open("wb") as handle:
        write_csv(handle, HEADERS, rows())


def naive_baseline(path: Path, municipality: Any) -> float:
    """Activities per second of a per-row import: what a form does, once per row."""
    from speelveld.activities.models import Activity
    from speelveld.catalogue.models import ActivityType, Phase, TargetGroup, Theme
    from speelveld.history import one_change
    from speelveld.interop.cells import parse_date, split_codes, split_list
    from speelveld.interop.sheets import read_csv
    from speelveld.places.models import Area
    from speelveld.players.models import Organisation, Player

    table = read_csv(path)
    start = time.perf_counter()
    for _number, cells in table.rows:
        row = dict(zip(HEADERS, cells, strict=False))
        activity = Activity(
            municipality=municipality,
            external_id=row["extern_id"],
            title=row["titel"],
            description=row["omschrijving"],
            activity_type=ActivityType.objects.get(key=row["werkvorm"]),
            lead_organisation=Organisation.objects.get(external_id=row["trekker"]),
            owner=Player.objects.filter(external_id=row["eigenaar"]).first(),
            phase=Phase.objects.get(key=row["fase"]),
            start=parse_date(row["start"]),
            status=row["status"],
            reach=int(row["bereik"]),
        )
        with one_change(activity, created=True):
            activity.save()
            activity.areas.set(
                Area.objects.filter(code__in=split_codes(row["gebieden"]), year=municipality.year)
            )
            activity.themes.set(Theme.objects.filter(name__in=split_list(row["themas"])))
            activity.target_groups.set(
                TargetGroup.objects.filter(key__in=split_list(row["doelgroepen"]))
            )
            activity.partners.set(
                Organisation.objects.filter(external_id__in=split_list(row["partners"]))
            )
    return len(table.rows) / (time.perf_counter() - start)


def database_floor(prefix: str) -> float | None:
    """Activities per second that PostgreSQL itself writes, with no Python in the loop: the
    rows of one imported file (activities, their links, history records and the history of
    their links) copied once more by ``INSERT … SELECT`` inside the server, with the same
    trigger setting as the import, and rolled back. What an import can reach at best here."""
    from django.db import connection

    from speelveld.activities.models import Activity
    from speelveld.interop.lookups import m2m_fields, through_of

    q = connection.ops.quote_name
    table = q(Activity._meta.db_table)
    history = Activity.history.model  # type: ignore[attr-defined]
    columns = [f.column for f in Activity._meta.concrete_fields if f.column != "id"]
    picked = ", ".join(
        f"a.{q(c)}" if c != "external_id" else "a.external_id || '+'" for c in columns
    )
    listed = ", ".join(q(c) for c in columns)
    tracked = [f.column for f in history.tracked_fields]
    statements = [
        f"CREATE TEMP TABLE floor_ids ON COMMIT DROP AS SELECT id AS old, nextval("
        f"pg_get_serial_sequence('{table}', 'id')) AS new FROM {table} "
        f"WHERE external_id LIKE '{prefix}-%'",
        f"INSERT INTO {table} (id, {listed}) SELECT m.new, {picked} FROM {table} a "
        "JOIN floor_ids m ON m.old = a.id",
    ]
    for m2m in m2m_fields(Activity):
        through = through_of(m2m)
        src, tgt = f"{m2m.m2m_field_name()}_id", f"{m2m.m2m_reverse_field_name()}_id"
        statements.append(
            f"INSERT INTO {q(through._meta.db_table)} ({src}, {tgt}) SELECT m.new, t.{tgt} "
            f"FROM {q(through._meta.db_table)} t JOIN floor_ids m ON m.old = t.{src}"
        )
    h_cols = ", ".join(q(c) for c in tracked)
    statements.append(
        f"INSERT INTO {q(history._meta.db_table)} ({h_cols}, history_date, history_type, "
        f"history_change_reason) SELECT {', '.join(f'a.{q(c)}' for c in tracked)}, now(), '+', "
        f"'floor' FROM {table} a JOIN floor_ids m ON m.new = a.id"
    )
    for m2m in m2m_fields(Activity):
        through = through_of(m2m)
        src, tgt = f"{m2m.m2m_field_name()}_id", f"{m2m.m2m_reverse_field_name()}_id"
        target = _m2m_history_table(m2m)
        statements.append(
            f"INSERT INTO {q(target)} (id, {src}, {tgt}, history_id) "
            f"SELECT t.id, t.{src}, t.{tgt}, h.history_id FROM {q(through._meta.db_table)} t "
            f"JOIN floor_ids m ON m.new = t.{src} JOIN {q(history._meta.db_table)} h "
            "ON h.id = m.new"
        )
    if connection.vendor != "postgresql":
        return None

    def work(cursor: Any) -> None:
        for sql in statements:
            cursor.execute(sql)

    return _per_second_rolled_back(prefix, work)


def database_copy_floor(prefix: str) -> float | None:
    """Activities per second that PostgreSQL takes by ``COPY`` alone: the rows of one imported
    file (with shifted ids) are first rendered as COPY text by the server itself (``COPY
    (SELECT …) TO STDOUT``, not timed), then only ``COPY … FROM STDIN`` of those bytes is
    timed, with the import's trigger setting, and rolled back. No parsing, no checks, no
    Python formatting: the fastest way in that PostgreSQL has."""
    from django.db import connection

    from speelveld.activities.models import Activity
    from speelveld.interop.lookups import m2m_fields, through_of

    if connection.vendor != "postgresql":
        return None
    q = connection.ops.quote_name
    act = q(Activity._meta.db_table)
    history = Activity.history.model  # type: ignore[attr-defined]
    hist = q(history._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT max(id) FROM {act}")
        off_a = cursor.fetchone()[0] + 1_000_000
        cursor.execute(f"SELECT max(history_id) FROM {hist}")
        off_h = cursor.fetchone()[0] + 1_000_000
        ids = f"SELECT id FROM {act} WHERE external_id LIKE '{prefix}-%'"
        created = f"SELECT history_id FROM {hist} WHERE id IN ({ids}) AND history_type = '+'"

        def shifted(column: str) -> str:
            return {"id": f"id + {off_a}", "history_id": f"history_id + {off_h}",
                    "external_id": "external_id || '+'"}.get(column, q(column))  # fmt: skip

        a_cols = [f.column for f in Activity._meta.concrete_fields]
        plan = [(act, a_cols, f"SELECT {', '.join(map(shifted, a_cols))} FROM {act} "
                              f"WHERE id IN ({ids})")]  # fmt: skip
        for m2m in m2m_fields(Activity):
            through = q(through_of(m2m)._meta.db_table)
            src, tgt = f"{m2m.m2m_field_name()}_id", f"{m2m.m2m_reverse_field_name()}_id"
            select = f"SELECT {src} + {off_a}, {tgt} FROM {through} WHERE {src} IN ({ids})"
            plan.append((through, [src, tgt], select))
        h_cols = [f.column for f in history._meta.concrete_fields]
        plan.append((hist, h_cols, f"SELECT {', '.join(map(shifted, h_cols))} FROM {hist} "
                                   f"WHERE history_id IN ({created})"))  # fmt: skip
        for m2m in m2m_fields(Activity):
            src, tgt = f"{m2m.m2m_field_name()}_id", f"{m2m.m2m_reverse_field_name()}_id"
            table = q(_m2m_history_table(m2m))
            select = (f"SELECT id, {src} + {off_a}, {tgt}, history_id + {off_h} FROM {table} "
                      f"WHERE history_id IN ({created})")  # fmt: skip
            plan.append((table, ["id", src, tgt, "history_id"], select))
        rendered = []
        for table, columns, select in plan:
            text = bytearray()
            with cursor.cursor.copy(f"COPY ({select}) TO STDOUT") as copy:
                for chunk in copy:
                    text += chunk
            rendered.append((table, ", ".join(q(c) for c in columns), bytes(text)))

    def work(cursor: Any) -> None:
        for table, columns, text in rendered:
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                copy.write(text)

    return _per_second_rolled_back(prefix, work)


class _RolledBack(Exception):
    pass


def _per_second_rolled_back(prefix: str, work: Any) -> float:
    """Activities of the file ``prefix`` per second that ``work(cursor)`` writes, timed in a
    transaction with the import's trigger setting and rolled back."""
    from django.db import connection, transaction

    from speelveld.activities.models import Activity
    from speelveld.interop.bulkio import _may_skip_triggers

    n = Activity.objects.filter(external_id__startswith=f"{prefix}-").count()
    with connection.cursor() as cursor:
        try:
            with transaction.atomic():
                if _may_skip_triggers():
                    cursor.execute("SET LOCAL session_replication_role = replica")
                started = time.perf_counter()
                work(cursor)
                seconds = time.perf_counter() - started
                raise _RolledBack
        except _RolledBack:
            pass
    return n / seconds


def _m2m_history_table(m2m: Any) -> str:
    from speelveld.history import TrackedHistory

    for field, model in TrackedHistory.registry[m2m.model].m2m_models.items():
        if field is m2m:
            return str(model._meta.db_table)
    raise LookupError(m2m.name)


def worker(backend: str, n: int, repeat: int, baseline_n: int, out: Path) -> None:
    """Runs inside the child, with SPEELVELD_DATABASE_URL pointing at a fresh database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speelveld.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from speelveld.demo.load import field_load
    from speelveld.interop.services import sheet_import
    from speelveld.synth.demo import demo_field

    call_command("migrate", interactive=False, verbosity=0)
    municipality = field_load(demo_field(seed=7))
    folder = Path(tempfile.mkdtemp(prefix="sv-bench-csv-"))
    runs: list[dict[str, float]] = []
    for attempt in range(repeat):
        path = folder / f"activiteiten-{attempt}.csv"
        synthesise(path, n=n, prefix=f"bench{attempt}", seed=attempt)
        started = time.perf_counter()
        report = sheet_import(paths=[path], municipality=municipality, actor=None, commit=True)
        seconds = time.perf_counter() - started
        assert report.committed and report.counts["activities"]["created"] == n, report.errors[:3]
        runs.append({"seconds": round(seconds, 3), "per_s": round(n / seconds)})
        print(
            f"  {backend} run {attempt + 1}: {n} activities in {seconds:.2f} s "
            f"= {n / seconds:,.0f}/s",
            flush=True,
        )
    started = time.perf_counter()
    again = sheet_import(
        paths=[folder / "activiteiten-0.csv"], municipality=municipality, actor=None, commit=True
    )
    unchanged_seconds = time.perf_counter() - started
    assert again.changes == 0 and again.counts["activities"]["unchanged"] == n
    baseline_path = folder / "baseline.csv"
    synthesise(baseline_path, n=baseline_n, prefix="naive", seed=99)
    baseline = naive_baseline(baseline_path, municipality)
    best = max(r["per_s"] for r in runs)
    floor = database_floor("bench0") if connection.vendor == "postgresql" else None
    copy_floor = database_copy_floor("bench0")
    if connection.vendor == "postgresql":
        version = f"PostgreSQL {connection.pg_version // 10000}.{connection.pg_version % 10000}"
    else:
        version = f"SQLite {sqlite3.sqlite_version}"
    result = {
        "n": n,
        "runs": runs,
        "activities_per_s": best,
        "target_per_s": TARGETS[backend],
        "ratio_to_target": round(best / TARGETS[backend], 2),
        "reimport_unchanged_per_s": round(n / unchanged_seconds),
        "naive_per_row_per_s": round(baseline),
        "speedup_vs_naive": round(best / baseline, 1),
        "database_version": version,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    if floor and copy_floor:
        result["database_alone_per_s"] = round(floor)
        result["share_of_database_alone"] = round(best / floor, 2)
        result["database_copy_alone_per_s"] = round(copy_floor)
        result["share_of_database_copy_alone"] = round(best / copy_floor, 2)
    out.write_text(json.dumps(result))


def run_child(backend: str, url: str, args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    out = folder / f"{backend}.json"
    env = {**os.environ, "SPEELVELD_DATABASE_URL": url, "SPEELVELD_DATA_DIR": str(folder)}
    subprocess.run(
        [
            sys.executable,
            __file__,
            "--worker",
            backend,
            "--n",
            str(args.n),
            "--repeat",
            str(args.repeat),
            "--baseline-n",
            str(args.baseline_n),
            "--result",
            str(out),
        ],
        env=env,
        check=True,
    )
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def postgres(args: argparse.Namespace, folder: Path) -> dict[str, Any] | None:
    import psycopg

    try:
        server = psycopg.connect(PG_SERVER, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        print(f"  PostgreSQL not reachable ({error}); skipped", flush=True)
        return None
    with server:
        server.execute(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")
        server.execute(f"CREATE DATABASE {PG_NAME}")
        try:
            url = f"postgres://postgres@127.0.0.1:5432/{PG_NAME}"
            return run_child("postgresql", url, args, folder)
        finally:
            server.execute(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="activities per import")
    parser.add_argument("--repeat", type=int, default=3, help="imports per database (best counts)")
    parser.add_argument("--baseline-n", type=int, default=300, help="rows of the naive baseline")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--worker", choices=sorted(TARGETS), help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    if args.worker:
        worker(args.worker, args.n, args.repeat, args.baseline_n, args.result)
        return
    sys.path.insert(0, str(ROOT / "bench"))
    from _common import machine

    results: dict[str, Any] = {"benchmark": "csv import", "machine": machine()}
    with tempfile.TemporaryDirectory(prefix="sv-bench-import-") as tmp:
        folder = Path(tmp)
        print(f"SQLite: {args.n} activities x {args.repeat}", flush=True)
        results["sqlite"] = run_child(
            "sqlite", f"sqlite:///{folder / 'bench.sqlite3'}", args, folder
        )
        if not args.skip_postgres:
            print(f"PostgreSQL: {args.n} activities x {args.repeat}", flush=True)
            results["postgresql"] = postgres(args, folder)
    print()
    for backend in TARGETS:
        r = results.get(backend)
        if not r:
            continue
        print(
            f"{backend:<11} {r['activities_per_s']:>8,}/s  target {r['target_per_s']:,}/s "
            f"(x{r['ratio_to_target']})  re-import unchanged {r['reimport_unchanged_per_s']:,}/s"
            f"  naive per-row {r['naive_per_row_per_s']:,}/s (bulk x{r['speedup_vs_naive']})"
        )
        if r.get("database_alone_per_s"):
            print(
                f"{'':<11} the database alone (INSERT ... SELECT of the same rows, no Python): "
                f"{r['database_alone_per_s']:,}/s; the import reaches "
                f"{r['share_of_database_alone']:.0%} of that"
            )
            print(
                f"{'':<11} the database alone by COPY of ready-made rows (no Python): "
                f"{r['database_copy_alone_per_s']:,}/s; the import reaches "
                f"{r['share_of_database_copy_alone']:.0%} of that"
            )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "import.json").write_text(json.dumps(results, indent=1) + "\n")
    print(f"written: {RESULTS / 'import.json'}")


if __name__ == "__main__":
    main()
