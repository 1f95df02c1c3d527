"""Fast bulk writes for imports and restores: many rows in few statements, history included.

Why not ``bulk_create``: building a model instance per row (and per many-to-many link, and per
historical record) costs more than the database work itself, and an import of 100,000 activities
writes about a million rows. Here rows are plain tuples; PostgreSQL receives them with ``COPY``,
other databases with ``executemany``. Values go through each field's ``get_db_prep_save`` only
where the database needs a conversion (dates, decimals, JSON), so what lands in the table is
exactly what the ORM would have written.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from datetime import time as dt_time
from decimal import Decimal
from itertools import islice
from typing import Any
from uuid import UUID

from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, IntegrityError, connection, models, transaction
from django.db.models.expressions import RawSQL
from django.db.transaction import TransactionManagementError
from psycopg.types.json import Jsonb
from simple_history.utils import get_m2m_field_name, get_m2m_reverse_field_name

from speelveld.history import TrackedHistory

# Parameters per statement: SQLite allows 32,766 since 3.32; 900 keeps every backend happy.
CHUNK = 900
_CONVERTED = (models.DateField, models.DecimalField, models.JSONField, models.TimeField)


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def filtered(
    qs: models.QuerySet[Any], field: str, values: Iterable[Any]
) -> Iterator[models.QuerySet[Any]]:
    """``qs`` filtered on ``field`` being one of ``values``, as few querysets as the database
    allows: PostgreSQL takes one array (``IN (SELECT unnest(%s))``) where a list of 20,000
    parameters would cost more to send and plan than to run; SQLite gets chunks of 900."""
    items = list(values)
    if not items:
        return
    if connection.vendor == "postgresql":
        kind = "text" if isinstance(items[0], str) else "bigint"
        yield qs.filter(**{f"{field}__in": RawSQL(f"SELECT unnest(%s::{kind}[])", (items,))})
        return
    for part in chunks(items):
        yield qs.filter(**{f"{field}__in": part})


def _adapters(
    model: type[models.Model], attnames: Sequence[str]
) -> list[Callable[[Any], Any] | None]:
    by_attname = {f.attname: f for f in model._meta.concrete_fields}
    adapters: list[Callable[[Any], Any] | None] = []
    for name in attnames:
        field = by_attname[name]
        if isinstance(field, _CONVERTED):
            adapters.append(_memoised(field))
        else:
            adapters.append(None)
    return adapters


def _memoised(field: models.Field[Any, Any]) -> Callable[[Any], Any]:
    """The field's conversion, remembered per value: an import repeats the same timestamps and
    dates thousands of times, and Django's conversion costs more than the insert."""
    if isinstance(field, models.JSONField):
        return lambda value: field.get_db_prep_save(value, connection)
    cache: dict[Any, Any] = {}

    def adapt(value: Any) -> Any:
        try:
            return cache[value]
        except KeyError:
            cache[value] = converted = field.get_db_prep_save(value, connection)
            return converted

    return adapt


def _adapted(
    rows: Iterable[Sequence[Any]],
    adapters: list[Callable[[Any], Any] | None],
    watched: list[tuple[int, set[Any]]],
) -> Iterable[Sequence[Any]]:
    plan = [(i, a) for i, a in enumerate(adapters) if a is not None]
    if watched:
        rows = rows if isinstance(rows, list) else list(rows)
        for i, seen in watched:
            seen.update(row[i] for row in rows)
    if not plan:
        return rows  # link rows: nothing to convert, no copy
    return _converted(rows, plan)


def _converted(
    rows: Iterable[Sequence[Any]], plan: list[tuple[int, Callable[[Any], Any]]]
) -> Iterator[list[Any]]:
    for row in rows:
        values = list(row)
        for i, adapt in plan:
            if values[i] is not None:
                values[i] = adapt(values[i])
        yield values


class _Writing(threading.local):
    """The bulk writes of this thread's import (each thread has its own connection)."""

    def __init__(self) -> None:
        self.active = False
        self.wanted: dict[type[models.Model], set[Any]] = {}
        self.inserted: dict[type[models.Model], set[Any]] = {}  # ids written in this transaction


_writing = _Writing()


class _References:
    """Foreign keys written while the database does not check them row by row."""

    @classmethod
    def watch(
        cls, model: type[models.Model], attnames: Sequence[str]
    ) -> list[tuple[int, set[Any]]]:
        if not _writing.active:
            return []
        fields = {f.attname: f for f in model._meta.concrete_fields}
        watched = []
        for i, name in enumerate(attnames):
            field = fields[name]
            related = field.related_model
            constrained = getattr(field, "db_constraint", False)
            if isinstance(field, models.ForeignKey) and constrained and isinstance(related, type):
                watched.append((i, _writing.wanted.setdefault(related, set())))
        return watched

    @classmethod
    def own(cls, model: type[models.Model], ids: Iterable[Any]) -> None:
        """Rows this transaction creates: nobody else can delete them, so referring to them
        needs no check."""
        if _writing.active:
            _writing.inserted.setdefault(model, set()).update(ids)


@contextmanager
def unchecked_writes() -> Iterator[None]:
    """Write without per-row foreign key checks where the database allows it, and check the
    references written once, set-wise, before the transaction commits.

    Databases check every foreign key of every inserted row: SQLite with two lookups per link
    row, PostgreSQL with a trigger per row that runs at commit (about 40 % of an import's
    time). SQLite can switch that off outside any transaction (as Django's ``loaddata`` does);
    PostgreSQL skips its triggers for the bulk statements of this block when the database
    role may set ``session_replication_role`` (a superuser, or after ``GRANT SET ON PARAMETER
    session_replication_role``, see docs/deployment.md). Every reference an import writes was
    resolved against the database when checking, so this is a safety net: the distinct ids
    referred to (other than rows this transaction wrote itself) are looked up at the end,
    locked on PostgreSQL as its own check would, and a missing one raises IntegrityError,
    which rolls everything back. Where neither is possible, the database keeps checking."""
    if _writing.active:  # nested: the outer block checks
        with transaction.atomic():
            yield
        return
    if connection.vendor == "postgresql":
        with transaction.atomic():
            _writing.active, _writing.wanted, _writing.inserted = _may_skip_triggers(), {}, {}
            try:
                yield
                if _writing.active:
                    _verify(_writing.wanted, _writing.inserted)
            finally:
                _writing.active, _writing.wanted, _writing.inserted = False, {}, {}
        return
    disabled = connection.disable_constraint_checking()
    _writing.active, _writing.wanted, _writing.inserted = disabled, {}, {}
    try:
        with transaction.atomic():
            yield
            if disabled:
                _verify(_writing.wanted, _writing.inserted)
    finally:
        _writing.active, _writing.wanted, _writing.inserted = False, {}, {}
        if disabled:
            connection.enable_constraint_checking()


def _may_skip_triggers() -> bool:
    """Whether this PostgreSQL role may switch off triggers (foreign key checks) for a while."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT has_parameter_privilege(current_user, 'session_replication_role', 'SET')"
            if getattr(connection, "pg_version", 0) >= 150000
            else "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
        )
        row = cursor.fetchone()
    return bool(row and row[0])


@contextmanager
def _triggers_skipped(cursor: Any) -> Iterator[None]:
    """PostgreSQL: no triggers for the statements inside (see ``unchecked_writes``)."""
    if not (_writing.active and connection.vendor == "postgresql"):
        yield
        return
    cursor.execute("SET LOCAL session_replication_role = replica")
    try:
        yield
    except BaseException:
        with suppress(DatabaseError):  # an aborted transaction refuses it; its rollback resets
            cursor.execute("SET LOCAL session_replication_role = origin")
        raise
    cursor.execute("SET LOCAL session_replication_role = origin")


def _verify(
    wanted: dict[type[models.Model], set[Any]], inserted: dict[type[models.Model], set[Any]]
) -> None:
    for model, ids in wanted.items():
        ids.discard(None)
        ids -= inserted.get(model, set())
        if not ids:
            continue
        found: set[Any] = set()
        if connection.vendor == "postgresql":
            # FOR KEY SHARE, as PostgreSQL's own check: nobody deletes them before we commit
            table = connection.ops.quote_name(model._meta.db_table)
            pk = connection.ops.quote_name(model._meta.pk.column)
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT {pk} FROM {table} WHERE {pk} = ANY(%s) FOR KEY SHARE",  # noqa: S608
                    [sorted(ids)],
                )
                found.update(row[0] for row in cursor.fetchall())
        else:
            for qs in filtered(model._default_manager.all(), "pk", sorted(ids)):
                found.update(qs.values_list("pk", flat=True))
        missing = ids - found
        if missing:
            raise IntegrityError(
                f"{model._meta.label}: {len(missing)} missing ids, e.g. {sorted(missing)[:5]}"
            )


def insert_rows(
    model: type[models.Model], attnames: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Insert ``rows`` (tuples in the order of ``attnames``) into the model's table."""
    table = connection.ops.quote_name(model._meta.db_table)
    columns = [_column(model, a) for a in attnames]
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    watched = _References.watch(model, attnames)
    if _writing.active and model._meta.pk.attname in attnames:
        rows = rows if isinstance(rows, list) else list(rows)
        where = list(attnames).index(model._meta.pk.attname)
        _References.own(model, (row[where] for row in rows))
    prepared = _adapted(rows, _adapters(model, attnames), watched)
    count = 0
    with connection.cursor() as cursor, _triggers_skipped(cursor):
        if connection.vendor == "postgresql":
            # COPY is the fastest way into PostgreSQL; the text is written here, in blocks
            line = _copy_line(model, attnames)
            with cursor.cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                pending = iter(prepared)
                while batch := list(islice(pending, 5000)):
                    copy.write("".join([line(row) for row in batch]))
                    count += len(batch)
        else:
            placeholders = ", ".join(["%s"] * len(columns))
            sql = f"INSERT INTO {table} ({quoted}) VALUES ({placeholders})"  # noqa: S608 (names from the model)
            pending = iter(prepared)
            while batch := list(islice(pending, 5000)):
                cursor.executemany(sql, batch)
                count += len(batch)
    return count


_ESCAPED = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_INTEGERS = (models.IntegerField, models.AutoField, models.BigAutoField, models.ForeignKey)


def _copy_value(value: Any) -> str:
    """One value in COPY's text format (what psycopg's ``write_row`` would send); a type this
    does not know is refused rather than written as its ``str()``."""
    if value is None:
        return "\\N"
    kind = type(value)
    if kind is int:
        return str(value)
    if kind is bool:
        return "t" if value else "f"
    if kind is str:
        text = value
    elif isinstance(value, str):  # SafeString and the like
        text = str(value)
    elif isinstance(value, Jsonb):
        text = (value.dumps or json.dumps)(value.obj)
    elif isinstance(value, date | dt_time):  # datetime too; aware ones keep their offset
        return value.isoformat()
    elif isinstance(value, int | float | Decimal | UUID):
        return str(value)
    elif isinstance(value, bytes | bytearray | memoryview):
        return "\\\\x" + bytes(value).hex()  # bytea hex input, its backslash escaped
    else:
        raise TypeError(f"no COPY text for {kind.__name__}")
    if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
        return str(text.translate(_ESCAPED))
    return str(text)


def _copy_line(model: type[models.Model], attnames: Sequence[str]) -> Callable[[Any], str]:
    """A row as one line of COPY text: ``%d`` formatting when every column is a required
    integer (the link rows, most of an import), else value by value."""
    fields = {f.attname: f for f in model._meta.concrete_fields}
    chosen = [fields[a] for a in attnames]

    def values(row: Any) -> str:
        return "\t".join(map(_copy_value, row)) + "\n"

    if not all(isinstance(f, _INTEGERS) and not f.null for f in chosen) or not all(
        isinstance(f.target_field, (models.AutoField, models.BigAutoField, models.IntegerField))
        for f in chosen
        if isinstance(f, models.ForeignKey)
    ):
        return values
    template = "\t".join(["%d"] * len(chosen)) + "\n"

    def integers(row: Any) -> str:
        try:
            return template % tuple(row)
        except TypeError:  # a None: written as NULL, for the database to refuse
            return values(row)

    return integers


def _column(model: type[models.Model], attname: str) -> str:
    for field in model._meta.concrete_fields:
        if field.attname == attname:
            return str(field.column)
    raise KeyError(attname)


def update_rows(
    model: type[models.Model], attnames: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """``UPDATE … SET attnames = … WHERE pk = …`` for rows ``(*values, pk)``."""
    table = connection.ops.quote_name(model._meta.db_table)
    sets = ", ".join(f"{connection.ops.quote_name(_column(model, a))} = %s" for a in attnames)
    pk = connection.ops.quote_name(model._meta.pk.column)
    sql = f"UPDATE {table} SET {sets} WHERE {pk} = %s"  # noqa: S608 (names from the model)
    adapters = [*_adapters(model, attnames), None]
    batch = list(_adapted(rows, adapters, _References.watch(model, [*attnames, "id"])))
    with connection.cursor() as cursor, _triggers_skipped(cursor):
        for part in chunks(batch, 5000):
            cursor.executemany(sql, list(part))
    return len(batch)


def delete_links(through: type[models.Model], source: str, source_ids: Sequence[int]) -> None:
    """Remove the many-to-many links of these objects (before writing their new ones)."""
    for qs in filtered(through._default_manager.all(), source, source_ids):
        qs._raw_delete(through._default_manager.db)


def allocate_ids(model: type[models.Model], count: int) -> list[int]:
    """Reserve ``count`` primary keys of the model's table, so rows can be written with their
    ids (and linked, and recorded in history) without reading them back. Call it inside the
    transaction that writes the rows.

    PostgreSQL hands out sequence values (``nextval``, one round trip for all; safe beside
    other writers and never handed out twice, not necessarily consecutive). SQLite continues
    after the highest id ever used (``sqlite_sequence``), which is safe because Speelveld opens
    SQLite write transactions with ``BEGIN IMMEDIATE``: no other writer until this one commits."""
    if count == 0:
        return []
    if not connection.in_atomic_block:
        raise TransactionManagementError("allocate_ids needs the transaction that writes the rows")
    table = model._meta.db_table
    column = model._meta.pk.column
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT pg_get_serial_sequence(%s, %s)",
                [connection.ops.quote_name(table), column],
            )
            sequence = cursor.fetchone()[0]
            # the sequence as a constant: nextval() costs under a microsecond per id
            cursor.execute(
                "SELECT array_agg(nextval(%s::regclass)) FROM generate_series(1, %s)",
                [sequence, count],
            )
            return list(cursor.fetchone()[0])
        if connection.vendor != "sqlite":
            raise ImproperlyConfigured(
                f"Speelveld runs on PostgreSQL or SQLite, not on {connection.vendor}."
            )
        quoted = connection.ops.quote_name(table)
        cursor.execute(
            f"SELECT max({connection.ops.quote_name(column)}) FROM {quoted}"  # noqa: S608
        )
        highest = cursor.fetchone()[0] or 0
        cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        row = cursor.fetchone()
        start = max(highest, row[0] if row else 0) + 1
        return list(range(start, start + count))


Links = dict[int, list[tuple[int, int]]]  # object id → [(link id, other id)]


def read_links(through: type[models.Model], source: str, target: str, ids: Sequence[int]) -> Links:
    """The link rows (with their own ids) of these objects."""
    links: Links = {}
    table = connection.ops.quote_name(through._meta.db_table)
    src = connection.ops.quote_name(f"{source}_id")
    tgt = connection.ops.quote_name(f"{target}_id")
    select = f"SELECT id, {src}, {tgt} FROM {table} WHERE {src}"  # noqa: S608
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # one array parameter instead of many
            parts: Iterable[Sequence[int]] = [list(ids)]
        else:
            parts = chunks(list(ids))
        for part in parts:
            if connection.vendor == "postgresql":
                cursor.execute(f"{select} = ANY(%s)", [list(part)])
            else:
                cursor.execute(f"{select} IN ({', '.join(['%s'] * len(part))})", list(part))
            for link_id, obj, other in cursor.fetchall():
                links.setdefault(obj, []).append((link_id, other))
    return links


def write_links(
    through: type[models.Model], source: str, target: str, pairs: Sequence[tuple[int, int]]
) -> Links:
    """Insert ``(object id, other id)`` links; returns them with their new ids."""
    if not pairs:
        return {}
    ids = allocate_ids(through, len(pairs))
    insert_rows(
        through,
        ["id", f"{source}_id", f"{target}_id"],
        ((link_id, a, b) for link_id, (a, b) in zip(ids, pairs, strict=True)),
    )
    links: Links = {}
    for link_id, (a, b) in zip(ids, pairs, strict=True):
        links.setdefault(a, []).append((link_id, b))
    return links


def history_write(
    model: type[models.Model],
    rows: Sequence[dict[str, Any]],
    *,
    created: bool,
    user_id: int | None,
    reason: str,
    when: datetime,
    links: dict[str, Links] | None = None,
) -> int:
    """One historical record per row (the full state after the change, many-to-many included),
    as ``one_change``/``record_bulk`` would write them, but in bulk and with user and reason.

    ``rows`` hold every tracked field by attname, ``id`` included. ``links`` gives the
    many-to-many state per field where the caller just wrote it; the rest is read."""
    if not rows:
        return 0
    tracker = TrackedHistory.registry[model]
    history = model.history.model  # type: ignore[attr-defined]
    tracked = [f.attname for f in history.tracked_fields]
    attnames = [
        "history_id",
        *tracked,
        "history_date",
        "history_user_id",
        "history_change_reason",
        "history_type",
    ]
    kind = "+" if created else "~"
    history_ids = allocate_ids(history, len(rows))
    insert_rows(
        history,
        attnames,
        (
            [history_id, *[row[name] for name in tracked], when, user_id, reason[:100], kind]
            for history_id, row in zip(history_ids, rows, strict=True)
        ),
    )
    history_of = {row["id"]: h for h, row in zip(history_ids, rows, strict=True)}
    for field, m2m_history in tracker.m2m_models.items():
        if field.model is not model:  # simple-history keeps one dict for all models
            continue
        through = getattr(model, field.name).through
        source = get_m2m_field_name(field)
        target = get_m2m_reverse_field_name(field)
        known = dict((links or {}).get(field.name, {}))
        missing = [obj for obj in history_of if obj not in known]
        if missing:
            known.update(read_links(through, source, target, missing))
        entries = [
            (link_id, obj, other, history_of[obj])
            for obj in history_of
            for link_id, other in known.get(obj, [])
        ]
        # nothing refers to these rows: the database numbers them
        insert_rows(m2m_history, ["id", f"{source}_id", f"{target}_id", "history_id"], entries)
    return len(rows)
