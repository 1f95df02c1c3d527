"""Key figures of areas: compare a KWB file with what is stored, and write the differences.

One record per area and figures year (``AreaFigures``); the file's columns replace the stored
values of the same fields (a suppressed value replaces a number: the newest delivery decides),
fields the file does not have stay as they are, and other topics are merged into ``extra``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_noop

from speelveld.interop.areas_io import AreaPlan
from speelveld.interop.cbs import KwbFile, KwbRow, source_for
from speelveld.interop.report import CREATED, UNCHANGED, UPDATED, ImportReport, problem
from speelveld.places.models import AreaFigures

ENTITY = "kerncijfers"


@dataclass
class FiguresPlan:
    created: list[AreaFigures] = field(default_factory=list)
    updated: list[AreaFigures] = field(default_factory=list)
    fields: set[str] = field(default_factory=set)


def plan_figures(
    groups: dict[int, list[KwbRow]],
    plans: dict[int, AreaPlan],
    kwb: KwbFile,
    figures_year: int | None,
    dataset: str | None,
    report: ImportReport,
) -> FiguresPlan:
    """Which figures records to create or change."""
    result = FiguresPlan()
    wanted: list[tuple[Any, int, KwbRow]] = []
    for indeling, rows in groups.items():
        for row in rows:
            area = plans[indeling].areas.get(row.code)
            if area is None or not (row.figures or row.extra):
                continue
            year = figures_year or row.year or kwb.figures_year or indeling
            wanted.append((area, year, row))
    stored = {
        (f.area_id, f.year): f
        for f in AreaFigures.objects.filter(
            area_id__in=[a.pk for a, _y, _r in wanted if a.pk],
            year__in=sorted({y for _a, y, _r in wanted}),
        )
    }
    seen: dict[tuple[str, int], int | None] = {}
    for area, year, row in wanted:
        if (row.code, year) in seen:
            report.add(
                problem(
                    gettext_noop(
                        "Dubbele rij: de kerncijfers van %(value)s (%(year)d) staan al in "
                        "rij %(first)s."
                    ),
                    row=row.row,
                    column="code",
                    value=row.code,
                    sheet=report.source,
                    year=year,
                    first=seen[(row.code, year)],
                )
            )
            continue
        seen[(row.code, year)] = row.row
        source = source_for(year, dataset) if dataset or not row.source else row.source
        current = stored.get((area.pk, year)) if area.pk else None
        if current is None:
            result.created.append(
                AreaFigures(
                    area=area, year=year, source=source, extra=dict(row.extra), **row.figures
                )
            )
            report.count(ENTITY, CREATED)
            continue
        changed = [name for name, value in row.figures.items() if getattr(current, name) != value]
        extra = {**current.extra, **row.extra}
        if extra != current.extra:
            changed.append("extra")
        if source != current.source:
            changed.append("source")
        if not changed:
            report.count(ENTITY, UNCHANGED)
            continue
        for name, value in row.figures.items():
            setattr(current, name, value)
        current.extra = extra
        current.source = source
        result.updated.append(current)
        result.fields.update(changed)
        report.count(ENTITY, UPDATED)
    return result


def write_figures(plan: FiguresPlan) -> None:
    """Write the planned figures (areas must be saved first). Key figures are reference data
    from CBS and carry no history of their own: the source and year say where they came from."""
    AreaFigures.objects.bulk_create(plan.created)
    if plan.updated:
        AreaFigures.objects.bulk_update(plan.updated, sorted(plan.fields))
