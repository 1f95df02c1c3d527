"""Check spreadsheet rows and plan the writes: the dry run *is* this module.

Every problem is reported with its row (as the user sees it), column and value; nothing is
written here. The result is a :class:`Plan` of rows to create or update; unchanged rows are
counted and left alone, so importing the same file twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db import models
from django.utils.translation import gettext_noop

from speelveld.core.cbs import parse_code
from speelveld.interop import cells
from speelveld.interop.columns import ENTITIES, Column, Entity, Kind
from speelveld.interop.lookups import (
    LOCAL_ID,
    MODELS,
    AreaIndex,
    Existing,
    Lookups,
    area_index,
    load_existing,
    other_area_years,
)
from speelveld.interop.plan import Pending, Plan, Progress, Rights, RowPlan, no_progress
from speelveld.interop.report import (
    CREATED,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    WARNING,
    ImportProblem,
    ImportReport,
    problem,
)
from speelveld.interop.sheet_rules import RULES, SCOPE
from speelveld.interop.sheets import Table
from speelveld.places.models import Area

DECIMAL_LIMITS = {
    "hours_per_week": (1, Decimal("999.9")),
    "trust": (2, Decimal(4)),
    "value": (2, Decimal(4)),
}


LINK_KINDS = frozenset({Kind.VOCABS, Kind.REFS, Kind.AREAS})
# A text parsed without a problem gives the same value in the next row with the same text, so
# it is parsed once: most cells repeat (themes, dates, phases, the lead organisation). That holds
# for references too: they point at rows of earlier entities, all checked before this one.
MEMO_KINDS = frozenset(
    {
        Kind.DATE,
        Kind.INT,
        Kind.DECIMAL,
        Kind.BOOL,
        Kind.CHOICE,
        Kind.VOCAB,
        Kind.VOCABS,
        Kind.AREAS,
        Kind.REF,
        Kind.REFS,
    }
)
_MISS = object()


@dataclass
class Mapped:
    entity: Entity
    table: Table
    columns: list[tuple[int, Column]]
    missing: list[Column] = field(default_factory=list)  # required, but not in the file

    def header(self, column: Column | None) -> str:
        """The column's header as the file spells it (``Thema's``), for the report."""
        if column is None:
            return ""
        index = next((i for i, c in self.columns if c.key == column.key), None)
        return self.table.headers[index] if index is not None else column.header

    @property
    def readers(self) -> list[tuple[int, Column, dict[str, Any] | None, bool, str]]:
        """Per column: index, spec, memo of parsed texts, is it a list, where the value goes."""
        if not hasattr(self, "_readers"):
            self._readers: list[tuple[int, Column, dict[str, Any] | None, bool, str]] = [
                (
                    index,
                    column,
                    {} if column.kind in MEMO_KINDS else None,
                    column.kind in LINK_KINDS,
                    column.key if column.kind in LINK_KINDS else column.attname,
                )
                for index, column in self.columns
            ]
        return self._readers


def field_default(model: type[models.Model], name: str) -> Any:
    field = model._meta.get_field(name)
    assert isinstance(field, models.Field)
    return field.get_default()


def cells_in(table: Table, index: int) -> list[str]:
    """The non-empty cells of one column."""
    return [row[index] for _n, row in table.rows if index < len(row) and row[index]]


class SheetChecker:
    """Checks the tables of one import against the database and each other."""

    def __init__(
        self,
        *,
        municipality: Area,
        rights: Rights,
        report: ImportReport,
        keep_valid: bool = False,
        progress: Progress | None = None,
    ) -> None:
        self.municipality = municipality
        self.rights = rights
        self.report = report
        self.keep_valid = keep_valid
        self.progress = progress or no_progress
        self.lookups = Lookups()
        self.areas: AreaIndex = area_index(municipality)
        self.existing: dict[str, Existing] = {}
        self.in_file: dict[str, dict[str, RowPlan]] = {key: {} for key in ENTITIES}
        self.now = datetime.now().astimezone()

    # -- headers -----------------------------------------------------------------------------

    def map_headers(self, entity: Entity, table: Table) -> Mapped | None:
        by_name = {name: column for column in entity.columns for name in column.names()}
        columns: list[tuple[int, Column]] = []
        seen: dict[str, str] = {}
        ok = True
        for index, header in enumerate(table.headers):
            column = by_name.get(cells.norm_header(header))
            if column is None:
                if header:
                    self.report.add(
                        problem(
                            gettext_noop("Onbekende kolom %(value)s: deze wordt niet ingelezen."),
                            row=1,
                            column=header,
                            value=header,
                            sheet=table.name,
                            severity=WARNING,
                        )
                    )
                continue
            if column.key in seen:
                self.report.add(
                    problem(
                        gettext_noop(
                            "Kolom %(value)s staat twee keer in de kop (ook als %(other)s)."
                        ),
                        row=1,
                        column=header,
                        value=header,
                        sheet=table.name,
                        other=seen[column.key],
                    )
                )
                ok = False
                continue
            seen[column.key] = header
            columns.append((index, column))
        # A required column may be left out of a sheet that only changes existing records
        # (``extern_id`` and ``status``, say); rows that create a record need it.
        missing = [c for c in entity.columns if c.required and c.key not in seen]
        if any(c.key == "external_id" for c in missing):
            self.report.add(
                problem(
                    gettext_noop("Verplichte kolom %(value)s ontbreekt."),
                    row=1,
                    column="extern_id",
                    value="extern_id",
                    sheet=table.name,
                )
            )
            ok = False
        return Mapped(entity, table, columns, missing) if ok else None

    # -- the whole check ---------------------------------------------------------------------

    def check(self, tables: list[tuple[Entity, Table]]) -> Plan:
        mapped = [m for entity, table in tables if (m := self.map_headers(entity, table))]
        self._prefetch(mapped)
        plan = Plan()
        total = sum(len(m.table) for m in mapped)
        done = 0
        for key in ENTITIES:
            for m in (m for m in mapped if m.entity.key == key):
                for number, row in m.table.rows:
                    planned = self._row(m, number, row)
                    done += 1
                    if done % 2000 == 0:
                        self.progress("check", done, total)
                    if planned is None:
                        continue
                    if not planned.valid:
                        self.report.count(key, SKIPPED)
                    elif planned.pk is None:
                        self.report.count(key, CREATED)
                        plan.rows.setdefault(key, []).append(planned)
                    elif planned.changed or planned.changed_links:
                        self.report.count(key, UPDATED)
                        plan.rows.setdefault(key, []).append(planned)
                    else:
                        self.report.count(key, UNCHANGED)
        self.progress("check", total, total)
        return plan

    def _prefetch(self, mapped: list[Mapped]) -> None:
        own: dict[str, set[str]] = {key: set() for key in ENTITIES}
        referenced: dict[str, set[str]] = {key: set() for key in ENTITIES}
        links: dict[str, set[str]] = {key: set() for key in ENTITIES}
        codes: set[str] = set()
        for m in mapped:
            for index, column in m.columns:
                if column.kind in LINK_KINDS:
                    links[m.entity.key].add(column.key)
                if column.key == "external_id":
                    own[m.entity.key].update(cells_in(m.table, index))
                elif column.kind is Kind.REF:
                    referenced[column.target].update(cells_in(m.table, index))
                elif column.kind is Kind.REFS:
                    for text in set(cells_in(m.table, index)):
                        referenced[column.target].update(cells.split_codes(text))
                elif column.kind is Kind.AREAS:
                    for text in set(cells_in(m.table, index)):
                        codes.update(c.upper() for c in cells.split_codes(text))
        links["organisations"].add("municipalities")  # always kept: see _organisation
        for key, model in MODELS.items():
            ids = own[key] | referenced[key]
            self.existing[key] = load_existing(model, ids, links=links[key] if own[key] else set())
        unknown = {c for c in codes if c not in self.areas.own and c not in self.areas.gemeenten}
        self.areas.elsewhere = other_area_years(unknown) if unknown else {}

    # -- one row -----------------------------------------------------------------------------

    def _row(self, m: Mapped, number: int, row: list[str]) -> RowPlan | None:
        entity, sheet = m.entity, m.table.name
        found: list[ImportProblem] = []
        failed: set[str] = set()

        def fail(msgid: str, column: Column | None, value: Any = "", **params: Any) -> None:
            failed.add(column.header if column else "")
            if "%(header)" in msgid:
                params["header"] = m.header(column)
            found.append(
                problem(
                    msgid,
                    row=number,
                    column=m.header(column),
                    value=value,
                    sheet=sheet,
                    **params,
                )
            )

        def warn(msgid: str, column: Column | None, value: Any = "", **params: Any) -> None:
            found.append(
                problem(
                    msgid,
                    row=number,
                    column=m.header(column),
                    value=value,
                    sheet=sheet,
                    severity=WARNING,
                    **params,
                )
            )

        values: dict[str, Any] = {}
        links: dict[str, list[Any]] = {}
        external_id = ""
        for index, column, memo, is_link, name in m.readers:
            text = row[index] if index < len(row) else ""
            if memo is not None:
                hit = memo.get(text, _MISS)
                if hit is not _MISS:
                    # the same text parsed before without a problem: same value (lists copied)
                    if is_link:
                        links[name] = list(hit)
                    else:
                        values[name] = hit
                    continue
            elif column.key == "external_id":
                external_id = text
            before = len(found)
            try:
                self._cell(entity, column, text, values, links, fail)
            except cells.CellError as error:
                fail(error.msgid, column, text, **error.params)
            if memo is not None and len(found) == before:
                memo[text] = links[name] if is_link else values[name]
        values.pop("external_id", None)  # the key to match on, never a change
        if len(row) > len(m.table.headers) and any(row[len(m.table.headers) :]):
            warn(
                gettext_noop(
                    "Deze rij heeft meer cellen dan er kolomkoppen zijn; %(value)s wordt niet "
                    "ingelezen."
                ),
                None,
                " | ".join(c for c in row[len(m.table.headers) :] if c)[:80],
            )
        if not external_id:
            # reported as a missing required value in _cell; nothing to match on
            self.report.extend(found)
            return None
        first = self.in_file[entity.key].get(external_id)
        if first is not None:
            fail(
                gettext_noop("Dubbele rij: extern_id %(value)s staat al in rij %(first)d."),
                entity.column("external_id"),
                external_id,
                first=first.row,
            )
            self.report.extend(found)
            return None
        plan = RowPlan(entity.key, sheet, number, external_id, values, links, failed=failed)
        current = self.existing[entity.key].rows.get(external_id)
        if current is not None:
            plan.pk = current["id"]
            plan.current = current
        elif LOCAL_ID.fullmatch(external_id):
            fail(
                gettext_noop(
                    "%(value)s is het Speelveld-nummer van een record dat niet bestaat; laat het "
                    "weg of kies een eigen extern_id."
                ),
                entity.column("external_id"),
                external_id,
            )
        if plan.pk is None:
            for column in m.missing:
                fail(
                    gettext_noop("Kolom %(header)s ontbreekt; een nieuwe rij heeft die nodig."),
                    column,
                )
        RULES[entity.key](self, plan, fail, warn)
        if plan.pk is not None:
            self._compare(plan)
        if plan.pk is None or plan.changed or plan.changed_links:
            self._check_rights(plan, fail)
        plan.valid = not any(p.is_error for p in found)
        self.in_file[entity.key][external_id] = plan
        self.report.extend(found)
        return plan

    def _cell(
        self,
        entity: Entity,
        column: Column,
        text: str,
        values: dict[str, Any],
        links: dict[str, list[Any]],
        fail: Callable[..., None],
    ) -> None:
        kind = column.kind
        if not text:
            if column.required:
                fail(gettext_noop("Verplicht veld %(header)s is leeg."), column)
            if kind in LINK_KINDS:
                links[column.key] = []
            elif kind in (Kind.BOOL, Kind.CHOICE):
                values[column.key] = field_default(MODELS[entity.key], column.key)
            else:
                values[column.attname] = "" if kind is Kind.TEXT else None
            return
        if kind is Kind.TEXT:
            if column.max_length and len(text) > column.max_length:
                fail(
                    gettext_noop("Te lang: %(length)d tekens, hoogstens %(max)d."),
                    column,
                    text[:60] + "…",
                    length=len(text),
                    max=column.max_length,
                )
            values[column.key] = text
        elif kind is Kind.DATE:
            values[column.key] = cells.parse_date(text)
        elif kind is Kind.INT:
            values[column.key] = cells.parse_int(text)
        elif kind is Kind.DECIMAL:
            places, maximum = DECIMAL_LIMITS[column.key]
            values[column.key] = cells.parse_decimal(text, places=places, maximum=maximum)
        elif kind is Kind.BOOL:
            values[column.key] = cells.parse_bool(text)
        elif kind is Kind.CHOICE:
            choice = self.lookups.choice(column.target).get(cells.norm_label(text))
            if choice is None:
                fail(gettext_noop("Onbekende waarde %(value)s in kolom %(header)s."), column, text)
            values[column.key] = choice
        elif kind is Kind.VOCAB:
            values[column.attname] = self._term(column, text, fail)
        elif kind is Kind.VOCABS:
            terms = [self._term(column, item, fail) for item in cells.split_list(text)]
            links[column.key] = list(dict.fromkeys(t for t in terms if t is not None))
        elif kind is Kind.REF:
            values[column.attname] = self._ref(column, text, fail)
        elif kind is Kind.REFS:
            refs = [self._ref(column, item, fail) for item in cells.split_codes(text)]
            links[column.key] = list(dict.fromkeys(r for r in refs if r is not None))
        elif kind is Kind.AREAS:
            found = [self._area(column, code.upper(), fail) for code in cells.split_codes(text)]
            links[column.key] = list(dict.fromkeys(a for a in found if a is not None))

    def _term(self, column: Column, text: str, fail: Callable[..., None]) -> int | None:
        pk = self.lookups.vocabulary(column.target).get(text)
        if pk is None:
            fail(VOCAB_MESSAGES[column.target], column, text)
        return pk

    def _ref(self, column: Column, text: str, fail: Callable[..., None]) -> int | Pending | None:
        target = column.target
        planned = self.in_file[target].get(text)
        if planned is not None:
            if planned.pk is not None:
                return planned.pk
            if not planned.valid and self.keep_valid:
                fail(
                    gettext_noop(
                        "%(value)s (rij %(first)d) heeft fouten en wordt niet ingelezen; "
                        "deze rij daarom ook niet."
                    ),
                    column,
                    text,
                    first=planned.row,
                )
                return None
            return Pending(target, text)
        pk = self.existing[target].pk(text)
        if pk is None:
            fail(REF_MESSAGES[target], column, text)
        return pk

    def _area(self, column: Column, code: str, fail: Callable[..., None]) -> int | None:
        if column.target == "gemeente":
            pk = self.areas.gemeenten.get(code)
            if pk is None:
                fail(
                    gettext_noop(
                        "Gemeente %(value)s bestaat niet (verwacht een CBS-code als GM0034)."
                    ),
                    column,
                    code,
                )
            return pk
        pk = self.areas.own.get(code)
        if pk is not None:
            return pk
        if parse_code(code) is None:
            fail(
                gettext_noop(
                    "CBS-code %(value)s is ongeldig: verwacht GM + 4 cijfers, WK + 6 of "
                    "BU + 8 tekens, bijvoorbeeld WK003401."
                ),
                column,
                code,
            )
        elif code in self.areas.elsewhere:
            fail(
                gettext_noop("Gebied %(value)s ligt niet in %(gemeente)s (indeling %(year)d)."),
                column,
                code,
                gemeente=self.municipality.name,
                year=self.areas.year,
            )
        else:
            fail(
                gettext_noop("CBS-code %(value)s bestaat niet in de indeling %(year)d."),
                column,
                code,
                year=self.areas.year,
            )
        return None

    # -- compare and rights ------------------------------------------------------------------

    def _compare(self, plan: RowPlan) -> None:
        current = plan.current or {}
        plan.changed = [k for k, v in plan.values.items() if current.get(k) != v]
        have = self.existing[plan.entity].links
        plan.changed_links = [
            name
            for name, wanted in plan.links.items()
            if set(wanted) != have.get(name, {}).get(plan.pk or 0, set())
        ]

    def org_of(self, entity: str, ref: int | Pending | None) -> int | Pending | None:
        """The organisation a referenced player works for (or the lead of an activity)."""
        if ref is None:
            return None
        attname = "lead_organisation_id" if entity == "activities" else "organisation_id"
        if isinstance(ref, Pending):
            return self.in_file[entity][ref.external_id].values.get(attname)
        row = self.existing[entity].by_pk.get(ref)
        return row.get(attname) if row else None

    def _check_rights(self, plan: RowPlan, fail: Callable[..., None]) -> None:
        rights = self.rights
        if rights.operator:
            return
        if plan.entity == "organisations":
            current = self.existing["organisations"].links.get("municipalities", {})
            active = current.get(plan.pk or 0, set())
            allowed = (
                (rights.editable is None and (plan.pk is None or self.municipality.pk in active))
                or bool(active & rights.admin_of)
                or (rights.editable is not None and plan.pk in rights.editable)
            )
        elif rights.editable is None:
            return
        else:
            # every group needs one organisation the user may edit for (a collaboration: one
            # of its sides; an activity: its lead before and after the change)
            editable = rights.editable
            allowed = all(
                any(isinstance(o, int) and o in editable for o in group)
                for group in SCOPE[plan.entity](self, plan)
            )
        if not allowed:
            fail(
                gettext_noop(
                    "U mag deze rij niet invoeren of wijzigen: die hoort bij een organisatie "
                    "waarvoor u geen rechten heeft."
                ),
                None,
                plan.external_id,
            )


VOCAB_MESSAGES = {
    "themes": gettext_noop("Onbekend thema: %(value)s."),
    "target_groups": gettext_noop("Onbekende doelgroep: %(value)s."),
    "phases": gettext_noop("Onbekende fase: %(value)s."),
    "activity_types": gettext_noop("Onbekende werkvorm: %(value)s."),
    "methods": gettext_noop("Onbekende methodiek: %(value)s."),
    "roles": gettext_noop("Onbekende rol: %(value)s."),
    "languages": gettext_noop("Onbekende taal: %(value)s."),
}
REF_MESSAGES = {
    "organisations": gettext_noop(
        "Organisatie %(value)s niet gevonden (in het bestand noch in Speelveld)."
    ),
    "players": gettext_noop("Speler %(value)s niet gevonden (in het bestand noch in Speelveld)."),
    "activities": gettext_noop(
        "Activiteit %(value)s niet gevonden (in het bestand noch in Speelveld)."
    ),
}
