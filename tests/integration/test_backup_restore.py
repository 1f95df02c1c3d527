"""Full backup and exact restore: SQLite → PostgreSQL gives identical exports.

The PostgreSQL part creates (and drops) its own database ``speelveld_restore_test`` on
127.0.0.1:5432 and is skipped only when no server answers there. Volatile, and so ignored in
the comparison: the manifest's ``created_at`` and ``database`` (the vendor that made the file).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from speelveld.interop.backup import backup_export, backup_restore, covered_models
from speelveld.interop.services import sheet_import

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data"
PG_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_NAME = "speelveld_restore_test"
VOLATILE = ("created_at", "database")


def contents(path: Path) -> dict[str, Any]:
    """Everything in a backup but its volatile fields."""
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        for key in VOLATILE:
            manifest.pop(key)
        tables = {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}
    return {"manifest": manifest, "tables": tables}


@pytest.fixture
def rich_field(demo_municipality: Any, make_user: Callable[..., Any]) -> Any:
    """The demo, plus an import (history with a user), accounts and memberships."""
    from speelveld.players.models import Organisation

    admin = make_user("beheerder", demo_municipality)
    make_user("redacteur", demo_municipality, Organisation.objects.order_by("pk").first())
    make_user("onderzoeker")
    report = sheet_import(
        paths=[DATA / "activiteiten_fixed.csv"],
        municipality=demo_municipality,
        actor=admin,
        commit=True,
    )
    assert report.committed
    return demo_municipality


def test_backup_holds_every_table_with_accounts(rich_field: Any, tmp_path: Path) -> None:
    path = tmp_path / "backup.zip"
    with path.open("wb") as handle:
        manifest = backup_export(out=handle)
    labels = {t["model"] for t in manifest["tables"]}
    assert {
        "places.area",
        "places.areafigures",
        "catalogue.role",
        "players.organisation",
        "activities.activity",
        "activities.activity_areas",
        "activities.historicalactivity",
        "accounts.membership",
        "auth.user",
        "interop.importbatch",
    } <= labels
    assert "sessions.session" not in labels and "auth.permission" not in labels
    with zipfile.ZipFile(path) as archive:
        users = [json.loads(line) for line in archive.read("tables/auth.user.jsonl").splitlines()]
    columns = next(t["columns"] for t in manifest["tables"] if t["model"] == "auth.user")
    password = columns.index("password")
    assert all(u[password].startswith("pbkdf2_") for u in users)  # hashes, never plain text
    assert len(labels) == len(covered_models())


def test_restore_refuses_a_database_that_is_not_empty(rich_field: Any, tmp_path: Path) -> None:
    path = tmp_path / "backup.zip"
    with path.open("wb") as handle:
        backup_export(out=handle)
    report = backup_restore(path=path, commit=True)
    assert not report.committed
    assert "--replace" in report.errors[0].message_nl


def test_replace_restores_exactly_in_the_same_database(rich_field: Any, tmp_path: Path) -> None:
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    with first.open("wb") as handle:
        backup_export(out=handle)
    report = backup_restore(path=first, commit=True, replace=True)
    assert report.committed and report.errors == []
    with second.open("wb") as handle:
        backup_export(out=handle)
    assert contents(first) == contents(second)


def test_something_else_is_not_a_backup(tmp_path: Path) -> None:
    report = backup_restore(path=DATA / "activiteiten_fixed.csv", commit=False)
    assert not report.ok


@pytest.fixture
def postgres_database() -> Iterator[str]:
    psycopg = pytest.importorskip("psycopg")
    try:
        server = psycopg.connect(PG_SERVER, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432")
    with server:
        server.execute(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")
        server.execute(f"CREATE DATABASE {PG_NAME}")
        try:
            yield f"postgres://postgres@127.0.0.1:5432/{PG_NAME}"
        finally:
            server.execute(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")


def speelveld(*args: str, url: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "speelveld.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env={**os.environ, "SPEELVELD_DATABASE_URL": url, "SPEELVELD_DATA_DIR": str(data_dir)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_sqlite_backup_restored_into_postgresql_exports_identically(
    rich_field: Any, tmp_path: Path, postgres_database: str
) -> None:
    from_sqlite = tmp_path / "sqlite.zip"
    call_command("export", "all", "--out", str(from_sqlite), "--no-progress", stdout=StringIO())
    speelveld("migrate", url=postgres_database, data_dir=tmp_path)
    dry = speelveld("import", "all", str(from_sqlite), url=postgres_database, data_dir=tmp_path)
    assert "Proefdraai" in dry.stdout
    speelveld(
        "import",
        "all",
        str(from_sqlite),
        "--commit",
        "--no-progress",
        url=postgres_database,
        data_dir=tmp_path,
    )
    from_postgres = tmp_path / "postgres.zip"
    speelveld(
        "export",
        "all",
        "--out",
        str(from_postgres),
        "--no-progress",
        url=postgres_database,
        data_dir=tmp_path,
    )
    with zipfile.ZipFile(from_postgres) as archive:
        assert json.loads(archive.read("manifest.json"))["database"] == "postgresql"
    sqlite, postgres = contents(from_sqlite), contents(from_postgres)
    assert sqlite["manifest"] == postgres["manifest"]
    differing = [n for n in sqlite["tables"] if sqlite["tables"][n] != postgres["tables"][n]]
    assert differing == []
