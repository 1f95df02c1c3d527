"""Data in: spreadsheet, CBS and boundary imports. Every entry point (CLI, upload page) calls
these. A dry run is the default; with ``commit`` everything is written in one transaction, or
nothing (unless ``keep_valid`` asks to write the valid rows and skip the others).

``actor=None`` is the operator at the command line, who may do everything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from speelveld.accounts.permissions import (
    access_for,
    can_create_in,
    editable_organisation_ids,
    require,
)
from speelveld.core.cbs import parse_code
from speelveld.interop.areas_io import Wanted, plan_areas, write_areas
from speelveld.interop.bulkio import unchecked_writes
from speelveld.interop.cbs import KwbRow, read_kwb
from speelveld.interop.cells import norm_header
from speelveld.interop.columns import Entity, entity_for_headers, entity_for_name, entity_named
from speelveld.interop.figures import plan_figures, write_figures
from speelveld.interop.geojson import read_features
from speelveld.interop.plan import Progress, Rights
from speelveld.interop.report import WARNING, ImportReport, problem
from speelveld.interop.sheet_check import SheetChecker
from speelveld.interop.sheet_write import PlanWriter
from speelveld.interop.sheets import SheetError, Table, read_csv, read_xlsx
from speelveld.places.models import Area

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm"}
# Sheets of our own workbooks that are not entities: explanations, and areas (CBS import).
AREA_SHEETS = {"gebieden", "areas"}
OTHER_SHEETS = {"toelichting", "uitleg", "help", *AREA_SHEETS}


def rights_for(actor: Any | None, municipality: Area) -> Rights:
    """The operator (``None``) and superusers may do all; others per their memberships."""
    if actor is None:
        return Rights(operator=True, editable=None)
    require(can_create_in(actor, municipality.pk))
    access = access_for(actor)
    editable = editable_organisation_ids(actor, municipality.pk)
    return Rights(
        operator=access.superuser,
        editable=None if editable is None else frozenset(editable),
        admin_of=access.admin_of,
    )


def _user_id(actor: Any | None) -> int | None:
    if actor is not None and getattr(actor, "is_authenticated", False):
        return int(actor.pk)
    return None


def read_tables(
    paths: Sequence[Path], names: Sequence[str], entity: str | None, report: ImportReport
) -> list[tuple[Entity, Table]]:
    """Read the files and decide which entity each sheet or CSV file holds."""
    chosen = entity_named(entity) if entity else None
    if entity and chosen is None:
        report.add(problem(gettext_noop("Onbekend soort gegevens: %(value)s."), value=entity))
        return []
    found: list[tuple[Entity, Table]] = []
    for path, name in zip(paths, names, strict=True):
        try:
            if path.suffix.lower() in SPREADSHEET_SUFFIXES:
                tables = read_xlsx(path)
            else:
                tables = [read_csv(path, name=Path(name).stem)]
        except (SheetError, UnicodeDecodeError):
            report.add(
                problem(
                    gettext_noop("%(value)s is geen leesbaar CSV- of Excel-bestand."),
                    value=name,
                    sheet=name,
                )
            )
            continue
        for table in tables:
            is_csv = table.encoding != "xlsx"
            if not is_csv and norm_header(table.name) in OTHER_SHEETS:
                if norm_header(table.name) in AREA_SHEETS:
                    report.add(
                        problem(
                            gettext_noop(
                                "Blad %(value)s wordt hier niet ingelezen (gebieden en "
                                "kerncijfers: speelveld import cbs)."
                            ),
                            value=table.name,
                            sheet=table.name,
                            severity=WARNING,
                        )
                    )
                continue
            match = (chosen if is_csv and chosen else None) or entity_for_name(table.name)
            match = match or entity_for_headers(table.headers)
            if match is None:
                report.add(
                    problem(
                        gettext_noop(
                            "Van %(value)s is niet te zien welke gegevens het bevat; noem het "
                            "blad of bestand naar organisaties, spelers, activiteiten, "
                            "samenwerkingen of overdrachten (of kies het soort)."
                        ),
                        value=table.name,
                        sheet=table.name,
                        severity=WARNING if not is_csv else "error",
                    )
                )
                continue
            found.append((match, table))
    return found


def sheet_import(
    *,
    paths: Sequence[Path],
    municipality: Area,
    actor: Any | None,
    commit: bool,
    keep_valid: bool = False,
    entity: str | None = None,
    names: Sequence[str] | None = None,
    progress: Progress | None = None,
    before_commit: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Check (and with ``commit`` write) CSV/XLSX files of organisations, players, activities,
    collaborations and hand-overs for one municipality. ``before_commit`` runs inside the
    import's transaction once everything is written (to record the result with the rows)."""
    rights = rights_for(actor, municipality)
    shown = list(names) if names else [p.name for p in paths]
    report = ImportReport(source=", ".join(shown), keep_valid=keep_valid)
    tables = read_tables(paths, shown, entity, report)
    if not commit:
        SheetChecker(
            municipality=municipality,
            rights=rights,
            report=report,
            keep_valid=keep_valid,
            progress=progress,
        ).check(tables)
        return report
    when = timezone.now()
    try:
        with unchecked_writes():
            # check inside the transaction: what was checked is what gets written
            plan = SheetChecker(
                municipality=municipality,
                rights=rights,
                report=report,
                keep_valid=keep_valid,
                progress=progress,
            ).check(tables)
            if not report.ok and not keep_valid:
                return report
            PlanWriter(
                user_id=_user_id(actor),
                reason=f"import {', '.join(shown)}"[:100],
                when=when,
                progress=progress,
            ).write(plan)
            report.committed = True
            if before_commit is not None:
                before_commit(report)
    except DatabaseError as error:
        report.committed = False
        report.add(
            problem(
                gettext_noop("Schrijven mislukt, er is niets opgeslagen: %(value)s"), value=error
            )
        )
    return report


def _year_problem(report: ImportReport) -> ImportReport:
    report.add(
        problem(
            gettext_noop(
                "Uit het bestand blijkt niet om welk jaar van de indeling het gaat; geef het op "
                "met --year."
            )
        )
    )
    return report


def cbs_import(
    *,
    path: Path,
    actor: Any | None,
    commit: bool,
    create_areas: bool = False,
    year: int | None = None,
    figures_year: int | None = None,
    dataset: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import CBS key figures (KWB: OData JSON, JSON by code, CSV) for the areas of one
    indeling year, creating missing areas when asked."""
    report = ImportReport(source=path.name)
    try:
        kwb = read_kwb(path, report)
    except (SheetError, ValueError, UnicodeDecodeError):
        report.add(
            problem(
                gettext_noop("%(value)s is geen leesbaar CBS-bestand (JSON of CSV)."),
                value=path.name,
                sheet=path.name,
            )
        )
        return report
    indeling = year or kwb.file_year or kwb.figures_year
    if indeling is None and any(row.indeling is None for row in kwb.rows):
        return _year_problem(report)
    groups: dict[int, list[KwbRow]] = {}
    for row in kwb.rows:
        parsed = parse_code(row.code)
        if parsed is not None and row.level and row.level != parsed.level.value:
            report.add(
                problem(
                    gettext_noop(
                        "%(value)s staat als %(level)s in het bestand, maar de code hoort "
                        "bij een ander niveau."
                    ),
                    row=row.row,
                    column="SoortRegio",
                    value=row.code,
                    sheet=path.name,
                    level=row.level,
                )
            )
            continue
        groups.setdefault(row.indeling or indeling or 0, []).append(row)
    plans = {
        y: plan_areas(
            [Wanted(r.code, r.row, r.name, r.layer) for r in rows],
            year=y,
            create=create_areas,
            actor=actor,
            report=report,
            sheet=path.name,
        )
        for y, rows in groups.items()
    }
    figures = plan_figures(groups, plans, kwb, figures_year, dataset, report)
    if progress:
        progress("check", len(kwb.rows), len(kwb.rows))
    if commit and report.ok:
        when = timezone.now()
        user = actor if _user_id(actor) else None
        with transaction.atomic():
            for plan in plans.values():
                write_areas(plan, user=user, reason=f"import {path.name}"[:100], when=when)
            write_figures(figures)
        report.committed = True
    return report


def geojson_import(
    *,
    path: Path,
    actor: Any | None,
    commit: bool,
    create_areas: bool = False,
    year: int | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import boundaries (CBS/PDOK GeoJSON, WGS84 or RD New) for the areas of one indeling
    year; names come along, and missing areas are created when asked."""
    report = ImportReport(source=path.name)
    indeling, wanted = read_features(path, report, year=year)
    if indeling is None:
        return _year_problem(report)
    plan = plan_areas(
        wanted, year=indeling, create=create_areas, actor=actor, report=report, sheet=path.name
    )
    if progress:
        progress("check", len(wanted), len(wanted))
    if commit and report.ok:
        user = actor if _user_id(actor) else None
        with transaction.atomic():
            write_areas(plan, user=user, reason=f"import {path.name}"[:100], when=timezone.now())
        report.committed = True
    return report
