"""Full backup and exact restore: every table of the product in one zip file.

What is in it: every table of Speelveld's own apps (catalogue, areas, key figures, organisations,
players, activities and their links, collaborations, hand-overs, memberships, import records)
including all history tables, and the accounts: users *with their password hashes* (so people
can log in after a restore; treat the file as secret), groups, their links, and the admin log.
Left out: sessions (volatile), and content types and permissions (``migrate`` makes them; rows
that refer to them are written by natural key and mapped back).

Layout: ``manifest.json`` (format, schema as migrations per app, per table its columns, row count
and id sequence position) and ``tables/<app>.<model>.jsonl``, one JSON array per row in primary
key order. Everything but ``created_at`` and ``database`` in the manifest is the same whichever
database made the backup, so two backups of the same data compare equal.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from decimal import Decimal
from typing import IO, Any
from uuid import UUID

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_noop

import speelveld
from speelveld.interop.bulkio import insert_rows
from speelveld.interop.plan import Progress, no_progress
from speelveld.interop.report import CREATED, ImportReport, problem

FORMAT = "speelveld-backup"
VERSION = 1
ACCOUNT_MODELS = {
    "auth.User",
    "auth.Group",
    "auth.User_groups",
    "auth.User_user_permissions",
    "auth.Group_permissions",
    "admin.LogEntry",
}
SCHEMA_APPS = ("auth", "admin", "contenttypes")
# Tables that ``migrate`` fills by itself (the seed vocabularies and roles, with the history of
# the roles): a database with only these is still empty.
SEEDED_APPS = {"catalogue"}
_EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed zip entry times, so equal data gives equal files


def covered_models() -> list[type[models.Model]]:
    """Every table of the product, including link and history tables, in a stable order."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        own = apps.get_app_config(meta.app_label).name.startswith("speelveld.")
        if own or meta.label in ACCOUNT_MODELS:
            found.append(model)
    return sorted(found, key=lambda m: m._meta.label_lower)


def _schema_apps() -> list[str]:
    labels = {m._meta.app_label for m in covered_models()}
    return sorted(labels | set(SCHEMA_APPS))


def _migrations() -> dict[str, list[str]]:
    applied = MigrationRecorder(connection).applied_migrations()
    wanted = set(_schema_apps())
    result: dict[str, list[str]] = {}
    for app, name in applied:
        if app in wanted:
            result.setdefault(app, []).append(name)
    return {app: sorted(names) for app, names in sorted(result.items())}


def _sequence_position(model: type[models.Model]) -> int:
    """The highest id the table ever handed out (0 when none), whatever the database."""
    pk = model._meta.pk
    if not isinstance(pk, models.AutoField | models.BigAutoField | models.SmallAutoField):
        return 0
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            row = cursor.fetchone()
            return int(row[0]) if row else 0
        cursor.execute(
            "SELECT pg_get_serial_sequence(%s, %s)", [connection.ops.quote_name(table), pk.column]
        )
        sequence = cursor.fetchone()[0]
        if not sequence:
            return 0
        # the name comes from pg_get_serial_sequence, already quoted where needed
        cursor.execute(f"SELECT last_value, is_called FROM {sequence}")  # noqa: S608
        last, called = cursor.fetchone()
        return int(last) if called else 0


def _set_sequence_position(model: type[models.Model], position: int) -> None:
    pk = model._meta.pk
    if position <= 0 or not isinstance(
        pk, models.AutoField | models.BigAutoField | models.SmallAutoField
    ):
        return
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DELETE FROM sqlite_sequence WHERE name = %s", [table])
            cursor.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, position]
            )
            return
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence(%s, %s), %s, true)",
            [connection.ops.quote_name(table), pk.column, position],
        )


def _natural_keys() -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    content_types = {ct.pk: [ct.app_label, ct.model] for ct in ContentType.objects.all()}
    permissions = {
        pk: [app, codename]
        for pk, app, codename in Permission.objects.values_list(
            "pk", "content_type__app_label", "codename"
        )
    }
    return content_types, permissions


def _encoder(
    field: models.Field[Any, Any], keys: tuple[dict[int, Any], dict[int, Any]]
) -> Callable[[Any], Any]:
    related = field.related_model if field.is_relation else None
    if related is ContentType:
        return lambda v: None if v is None else keys[0][v]
    if related is Permission:
        return lambda v: None if v is None else keys[1][v]
    return _plain


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def _rows(model: type[models.Model], attnames: list[str]) -> Iterator[tuple[Any, ...]]:
    qs = model._default_manager.order_by(model._meta.pk.attname).values_list(*attnames)
    return qs.iterator(chunk_size=5000)


def backup_export(*, out: IO[bytes], progress: Progress | None = None) -> dict[str, Any]:
    """Write every table into a zip file; returns the manifest."""
    say = progress or no_progress
    keys = _natural_keys()
    chosen = covered_models()
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "speelveld": getattr(speelveld, "__version__", ""),
        "created_at": timezone.now().isoformat(),
        "database": connection.vendor,
        "migrations": _migrations(),
        "tables": [],
    }
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for index, model in enumerate(chosen, start=1):
            fields = list(model._meta.concrete_fields)
            attnames = [f.attname for f in fields]
            encoders = [_encoder(f, keys) for f in fields]
            name = f"tables/{model._meta.label_lower}.jsonl"
            count = 0
            with archive.open(zipfile.ZipInfo(name, _EPOCH), "w") as entry:
                writer = io.TextIOWrapper(entry, encoding="utf-8", newline="\n")
                for row in _rows(model, attnames):
                    values = [encode(v) for encode, v in zip(encoders, row, strict=True)]
                    writer.write(
                        json.dumps(
                            values, ensure_ascii=False, sort_keys=True, separators=(",", ":")
                        )
                    )
                    writer.write("\n")
                    count += 1
                writer.flush()
                writer.detach()
            manifest["tables"].append(
                {
                    "model": model._meta.label_lower,
                    "table": model._meta.db_table,
                    "columns": attnames,
                    "rows": count,
                    "sequence": _sequence_position(model),
                    "file": name,
                }
            )
            say("export", index, len(chosen))
        archive.writestr(
            zipfile.ZipInfo("manifest.json", _EPOCH),
            json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True),
        )
    return manifest


def _decoder(
    field: models.Field[Any, Any], keys: tuple[dict[tuple[str, str], int], ...]
) -> Callable[[Any], Any]:
    related = field.related_model if field.is_relation else None
    if related is ContentType:
        return lambda v: None if v is None else keys[0][tuple(v)]
    if related is Permission:
        return lambda v: None if v is None else keys[1][tuple(v)]
    if isinstance(field, models.DateTimeField):
        return lambda v: None if v is None else parse_datetime(v)
    if isinstance(field, models.DateField):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(field, models.TimeField):
        return lambda v: None if v is None else time.fromisoformat(v)
    if isinstance(field, models.DecimalField):
        return lambda v: None if v is None else Decimal(v)
    if isinstance(field, models.UUIDField):
        return lambda v: None if v is None else UUID(v)
    if isinstance(field, models.BinaryField):
        return lambda v: None if v is None else bytes.fromhex(v)
    return lambda v: v


def _problem(report: ImportReport, msgid: str, value: Any = "", **params: Any) -> ImportReport:
    report.add(problem(msgid, value=value, sheet=report.source, **params))
    return report


def backup_restore(
    *, path: Any, commit: bool, replace: bool = False, progress: Progress | None = None
) -> ImportReport:
    """Check a backup (and with ``commit`` restore it) into a database with the same schema,
    which must be empty unless ``replace``. Everything is written in one transaction."""
    say = progress or no_progress
    report = ImportReport(source=str(getattr(path, "name", path)))
    try:
        archive = zipfile.ZipFile(path)
        manifest = json.loads(archive.read("manifest.json"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return _problem(report, gettext_noop("%(value)s is geen Speelveld-back-up."), report.source)
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        return _problem(
            report, gettext_noop("%(value)s is geen Speelveld-back-up van versie 1."), report.source
        )
    here = _migrations()
    if manifest.get("migrations") != here:
        differ = sorted(
            app
            for app in set(here) | set(manifest.get("migrations", {}))
            if here.get(app) != manifest.get("migrations", {}).get(app)
        )
        return _problem(
            report,
            gettext_noop(
                "De back-up hoort bij een andere versie van de database (%(value)s). Voer eerst "
                "'speelveld migrate' uit met dezelfde versie van Speelveld."
            ),
            ", ".join(differ),
        )
    by_label = {m._meta.label_lower: m for m in covered_models()}
    tables = manifest["tables"]
    unknown = [t["model"] for t in tables if t["model"] not in by_label]
    if unknown:
        return _problem(
            report, gettext_noop("Onbekende tabellen in de back-up: %(value)s."), ", ".join(unknown)
        )
    filled = [
        label
        for label, model in by_label.items()
        if model._meta.app_label not in SEEDED_APPS and model._default_manager.exists()
    ]
    if filled and not replace:
        return _problem(
            report,
            gettext_noop(
                "De database is niet leeg (%(value)s); herstel alleen in een lege database, of "
                "vervang alles met --replace."
            ),
            ", ".join(filled[:5]) + ("…" if len(filled) > 5 else ""),
        )
    for table in tables:
        report.count(table["model"], CREATED, table["rows"])
    if not commit:
        return report
    # like loaddata: SQLite checks the foreign keys once, at the end, not row by row
    disabled = connection.disable_constraint_checking()
    try:
        _restore(archive, tables, by_label, say)
    finally:
        if disabled:
            connection.enable_constraint_checking()
    report.committed = True
    return report


def _restore(
    archive: zipfile.ZipFile,
    tables: list[dict[str, Any]],
    by_label: dict[str, type[models.Model]],
    say: Progress,
) -> None:
    """Replace every table's rows with the backup's, in one transaction."""
    content_types = {(ct.app_label, ct.model): ct.pk for ct in ContentType.objects.all()}
    permissions = {
        (app, codename): pk
        for pk, app, codename in Permission.objects.values_list(
            "pk", "content_type__app_label", "codename"
        )
    }
    with transaction.atomic():
        for model in by_label.values():
            model._default_manager.all()._raw_delete(model._default_manager.db)
        for index, table in enumerate(tables, start=1):
            model = by_label[table["model"]]
            fields = {f.attname: f for f in model._meta.concrete_fields}
            decoders = [_decoder(fields[c], (content_types, permissions)) for c in table["columns"]]
            with archive.open(table["file"]) as entry:
                rows = (
                    [decode(v) for decode, v in zip(decoders, json.loads(line), strict=True)]
                    for line in io.TextIOWrapper(entry, encoding="utf-8")
                )
                insert_rows(model, table["columns"], rows)
            say("restore", index, len(tables))
        if connection.vendor == "postgresql":
            # ids were written explicitly: move each sequence past the highest id first
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), list(by_label.values())):
                    cursor.execute(sql)
        for table in tables:  # then to where the backed-up database had it
            _set_sequence_position(by_label[table["model"]], table["sequence"])
        connection.check_constraints(table_names=[t["table"] for t in tables])
