"""Areas named by CBS code in a data file: find them in one year's indeling, and (when asked)
create the missing ones with their parents, names and stadsdeel layer. Used by the CBS key
figures and the boundary imports."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.utils.translation import gettext_noop

from speelveld.accounts.permissions import can_admin_municipality
from speelveld.core.cbs import parse_code
from speelveld.interop.report import CREATED, UNCHANGED, UPDATED, WARNING, ImportReport, problem
from speelveld.places.models import Area, AreaLevel

LEVEL_ORDER = [AreaLevel.GEMEENTE, AreaLevel.STADSDEEL, AreaLevel.WIJK, AreaLevel.BUURT]
ENTITY = "gebieden"


@dataclass
class Wanted:
    code: str
    row: int | None
    name: str = ""
    layer: str = ""  # the stadsdeel (by name) a wijk belongs to
    geometry: dict[str, Any] | None = None


@dataclass
class AreaPlan:
    """What the file asks of the areas of one year."""

    year: int
    wanted: dict[str, Wanted] = field(default_factory=dict)
    areas: dict[str, Area] = field(default_factory=dict)  # code → existing or new area
    created: list[Area] = field(default_factory=list)
    renamed: list[Area] = field(default_factory=list)
    reshaped: list[Area] = field(default_factory=list)
    layered: list[Area] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)  # new areas named by their code


def plan_areas(
    wanted: Iterable[Wanted],
    *,
    year: int,
    create: bool,
    actor: Any | None,
    report: ImportReport,
    sheet: str,
) -> AreaPlan:
    """Match codes to the areas of ``year``; plan new areas (with ``create``), new names,
    geometries and stadsdeel layers. Problems go to the report."""
    plan = AreaPlan(year=year)
    for item in wanted:
        plan.wanted.setdefault(item.code, item)
    codes = set(plan.wanted)
    for item in plan.wanted.values():
        parsed = parse_code(item.code)
        if parsed is not None:
            codes.add(parsed.gemeente)
            if parsed.parent:
                codes.add(parsed.parent)
    existing = {
        a.code: a
        for a in Area.objects.filter(year=year, code__in=sorted(codes)).select_related("layer")
    }
    gemeenten = {c for c in codes if c.startswith("GM")}
    layers: dict[tuple[str, str], Area] = {
        (a.gemeente_code, a.name.casefold()): a
        for a in Area.objects.filter(year=year, level=AreaLevel.STADSDEEL)
        if a.gemeente_code in gemeenten
    }
    ordered = sorted(
        plan.wanted.values(),
        key=lambda w: (LEVEL_ORDER.index(AreaLevel(_level(w.code))), w.code),
    )
    for item in ordered:
        area = existing.get(item.code) or plan.areas.get(item.code)
        if area is None:
            if not create:
                report.add(
                    problem(
                        gettext_noop(
                            "Gebied %(value)s bestaat niet in de indeling %(year)d; gebruik "
                            "--create-areas om het aan te maken."
                        ),
                        row=item.row,
                        column="code",
                        value=item.code,
                        sheet=sheet,
                        year=year,
                    )
                )
                continue
            area = _new(item, plan, existing)
        plan.areas[item.code] = area
        if area.pk is not None:
            if item.name and item.name != area.name:
                area.name = item.name
                plan.renamed.append(area)
            if item.geometry is not None and item.geometry != area.geometry:
                area.geometry = item.geometry
                plan.reshaped.append(area)
        if item.layer and area.level == AreaLevel.WIJK:
            _layer(area, item, plan, layers, create, report, sheet)
    if plan.unnamed:
        report.add(
            problem(
                gettext_noop(
                    "Het bestand noemt geen naam voor %(count)d nieuwe gebieden (%(value)s); hun "
                    "code is hun naam tot een bestand met namen (CBS-kerncijfers met namen, "
                    "GeoJSON met statnaam) het aanvult."
                ),
                column="code",
                value=", ".join(plan.unnamed[:5]) + ("…" if len(plan.unnamed) > 5 else ""),
                sheet=sheet,
                severity=WARNING,
                count=len(plan.unnamed),
            )
        )
    _check_rights(plan, actor, report, sheet)
    report.count(ENTITY, CREATED, len(plan.created))
    changed = {a.code for a in [*plan.renamed, *plan.reshaped, *plan.layered] if a.pk}
    report.count(ENTITY, UPDATED, len(changed))
    report.count(
        ENTITY,
        UNCHANGED,
        sum(
            1
            for code in plan.wanted
            if code in plan.areas and plan.areas[code].pk and code not in changed
        ),
    )
    return plan


def _level(code: str) -> str:
    parsed = parse_code(code)
    return parsed.level.value if parsed else AreaLevel.BUURT


def _new(item: Wanted, plan: AreaPlan, existing: dict[str, Area]) -> Area:
    parsed = parse_code(item.code)
    assert parsed is not None  # codes are checked when read
    parent = None
    if parsed.parent is not None:
        parent = existing.get(parsed.parent) or plan.areas.get(parsed.parent)
        if parent is None:  # e.g. wijken without their gemeente in the file
            parent = _new(Wanted(parsed.parent, item.row), plan, existing)
            plan.areas[parsed.parent] = parent
    name = item.name
    if not name:
        name = item.code
        plan.unnamed.append(item.code)
    area = Area(
        code=item.code,
        year=plan.year,
        level=parsed.level.value,
        name=name,
        parent=parent,
        geometry=item.geometry,
    )
    area.municipality = (
        None
        if parent is None
        else (parent if parent.level == AreaLevel.GEMEENTE else parent.municipality)
    )
    plan.created.append(area)
    return area


def _layer(
    area: Area,
    item: Wanted,
    plan: AreaPlan,
    layers: dict[tuple[str, str], Area],
    create: bool,
    report: ImportReport,
    sheet: str,
) -> None:
    gemeente = area.gemeente_code
    key = (gemeente, item.layer.casefold())
    layer = layers.get(key)
    if layer is None:
        if not create:
            report.add(
                problem(
                    gettext_noop(
                        "Stadsdeel %(value)s bestaat niet; gebruik --create-areas om het aan "
                        "te maken."
                    ),
                    row=item.row,
                    column="stadsdeel",
                    value=item.layer,
                    sheet=sheet,
                )
            )
            return
        used = {a.code for a in layers.values() if a.gemeente_code == gemeente}
        number = 1
        while f"SD{gemeente[2:]}{number:02d}" in used:
            number += 1
        municipality = plan.areas.get(gemeente) or Area.objects.get(code=gemeente, year=plan.year)
        layer = Area(
            code=f"SD{gemeente[2:]}{number:02d}",
            year=plan.year,
            level=AreaLevel.STADSDEEL,
            name=item.layer,
            parent=municipality,
            municipality=municipality,
        )
        layers[key] = layer
        plan.created.append(layer)
    if area.layer is not layer and (area.layer_id is None or area.layer_id != layer.pk):
        area.layer = layer
        if area.pk is not None:
            plan.layered.append(area)


def _check_rights(plan: AreaPlan, actor: Any | None, report: ImportReport, sheet: str) -> None:
    """The operator may do all; a beheerder changes the areas of their own municipality."""
    if actor is None or getattr(actor, "is_superuser", False):
        return
    for area in {id(a): a for a in [*plan.created, *plan.renamed, *plan.reshaped]}.values():
        municipality = area if area.level == AreaLevel.GEMEENTE else area.municipality
        if (
            municipality is None
            or municipality.pk is None
            or not can_admin_municipality(actor, municipality.pk)
        ):
            report.add(
                problem(
                    gettext_noop("U mag de gebieden van deze gemeente niet wijzigen: %(value)s."),
                    column="code",
                    value=area.code,
                    sheet=sheet,
                )
            )


def write_areas(plan: AreaPlan, *, user: Any | None, reason: str, when: datetime) -> None:
    """Create, rename, reshape and layer the planned areas, with history records."""
    for level in LEVEL_ORDER:
        # parents (and layers) were saved with the level before; Django copies their new ids
        Area.objects.bulk_create([a for a in plan.created if a.level == level])
    Area.history.bulk_history_create(
        plan.created, default_user=user, default_change_reason=reason, default_date=when
    )
    if plan.renamed:
        Area.objects.bulk_update(plan.renamed, ["name"])
    if plan.reshaped:
        Area.objects.bulk_update(plan.reshaped, ["geometry"])
    new_layers = [a for a in plan.layered if a.pk]
    if new_layers:
        Area.objects.bulk_update(new_layers, ["layer"])
    changed = list({a.pk: a for a in [*plan.renamed, *new_layers]}.values())
    if changed:
        # geometry is not part of an area's history (the model leaves it out: too big)
        Area.history.bulk_history_create(
            changed,
            update=True,
            default_user=user,
            default_change_reason=reason,
            default_date=when,
        )
