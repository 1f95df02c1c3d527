"""Lists out: every entity of a municipality as CSV or XLSX rows with the template's headers, so
that an export imports again without a change; templates; areas with their key figures.

Rows are built from a handful of bulk queries per entity, never a query per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO, Any

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from speelveld.activities.models import Activity, Handover
from speelveld.interop.cells import LIST_JOIN
from speelveld.interop.columns import ENTITIES, Column, Entity, Kind
from speelveld.interop.lookups import (
    CHOICES,
    MODELS,
    VOCABULARIES,
    external_key,
    m2m_fields,
    through_of,
)
from speelveld.interop.sheets import Cell, write_csv, write_xlsx
from speelveld.places.models import Area, AreaFigures, AreaLevel
from speelveld.players.models import Collaboration, Organisation, Player

# Export columns of areas; the CBS import reads them back (matching on the base name).
AREA_HEADERS = [
    "statcode",
    "statnaam",
    "niveau",
    "ligt_in",
    "stadsdeel",
    "indeling",
    "peiljaar",
    "bron",
    "aantal_inwoners",
    "k_0_tot_15_jaar",
    "k_15_tot_25_jaar",
    "k_25_tot_45_jaar",
    "k_45_tot_65_jaar",
    "k_65_jaar_of_ouder",
    "huishoudens_totaal",
    "eenpersoonshuishoudens",
    "huishoudens_met_kinderen",
    "huishoudens_met_laag_inkomen",
    "herkomst_nederland",
    "herkomst_europa_exclusief_nederland",
    "herkomst_buiten_europa",
]
AREA_FIGURES = [
    "inhabitants",
    "age_0_15",
    "age_15_25",
    "age_25_45",
    "age_45_65",
    "age_65_plus",
    "households",
    "one_person_households",
    "households_with_children",
    "low_income_households",
    "origin_netherlands",
    "origin_europe",
    "origin_outside_europe",
]


def records_of(entity: str, municipality: Area) -> models.QuerySet[Any]:
    """The records of one entity that belong to a municipality's field."""
    if entity == "organisations":
        return Organisation.objects.filter(municipalities=municipality)
    if entity == "handovers":
        return Handover.objects.filter(activity__municipality=municipality)
    model: type[models.Model] = {
        "players": Player,
        "activities": Activity,
        "collaborations": Collaboration,
    }[entity]
    return model._default_manager.filter(municipality=municipality)


def _keys(model: type[models.Model], ids: set[int]) -> dict[int, str]:
    """Spreadsheet keys (extern_id or speelveld-<id>) of the records with these ids."""
    result: dict[int, str] = {}
    pks = sorted(ids)
    for start in range(0, len(pks), 900):
        for pk, external_id in model._default_manager.filter(
            pk__in=pks[start : start + 900]
        ).values_list("pk", "external_id"):
            result[pk] = external_key(external_id, pk)
    return result


def _vocab_keys(target: str) -> dict[int, str]:
    model = VOCABULARIES[target]
    field = "code" if target == "languages" else "key"
    return dict(model._default_manager.values_list("pk", field))


def entity_rows(entity: Entity, municipality: Area) -> Iterator[list[Cell]]:
    """The rows of ``entity`` for ``municipality``, ordered by key, as spreadsheet cells."""
    model = MODELS[entity.key]
    attnames = [f.attname for f in model._meta.concrete_fields]
    rows = list(records_of(entity.key, municipality).order_by("pk").values(*attnames))
    pks = [r["id"] for r in rows]
    links: dict[str, dict[int, list[int]]] = {}
    for m2m in m2m_fields(model):
        through = through_of(m2m)
        source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
        per: dict[int, list[int]] = {}
        for start in range(0, len(pks), 900):
            for obj, other in through._default_manager.filter(
                **{f"{source}_id__in": pks[start : start + 900]}
            ).values_list(f"{source}_id", f"{target}_id"):
                per.setdefault(obj, []).append(other)
        links[m2m.name] = per
    names: dict[str, dict[int, str]] = {}
    for column in entity.columns:
        if column.kind in (Kind.VOCAB, Kind.VOCABS):
            names[column.key] = _vocab_keys(column.target)
        elif column.kind in (Kind.REF, Kind.REFS):
            if column.kind is Kind.REF:
                ids = {r[column.key + "_id"] for r in rows if r[column.key + "_id"]}
            else:
                ids = {i for per in links[column.key].values() for i in per}
            names[column.key] = _keys(MODELS[column.target], ids)
        elif column.kind is Kind.AREAS:
            ids = {i for per in links[column.key].values() for i in per}
            names[column.key] = dict(Area.objects.filter(pk__in=ids).values_list("pk", "code"))
    result = []
    for row in rows:
        cells: list[Cell] = []
        for column in entity.columns:
            kind = column.kind
            if column.key == "external_id":
                cells.append(external_key(row["external_id"], row["id"]))
            elif kind in (Kind.VOCAB, Kind.REF):
                ref = row[column.key + "_id"]
                cells.append(names[column.key][ref] if ref else None)
            elif kind in (Kind.VOCABS, Kind.REFS, Kind.AREAS):
                keyed = names[column.key]
                items = sorted(keyed[i] for i in links[column.key].get(row["id"], []))
                cells.append(LIST_JOIN.join(items) if items else None)
            elif kind is Kind.BOOL:
                cells.append("ja" if row[column.key] else "nee")
            else:
                value = row[column.key]
                cells.append(None if value == "" else value)
        result.append(cells)
    result.sort(key=lambda cells: str(cells[0]))
    return iter(result)


def area_rows(municipality: Area) -> Iterator[list[Cell]]:
    """The municipality and its areas, each with its newest key figures."""
    areas = list(
        Area.objects.filter(Q(pk=municipality.pk) | Q(municipality=municipality))
        .select_related("parent", "layer")
        .order_by("code")
    )
    figures: dict[int, AreaFigures] = {}
    for record in AreaFigures.objects.filter(area__in=areas).order_by("area_id", "-year"):
        figures.setdefault(record.area_id, record)
    level_order = {
        AreaLevel.GEMEENTE: 0,
        AreaLevel.STADSDEEL: 1,
        AreaLevel.WIJK: 2,
        AreaLevel.BUURT: 3,
    }
    areas.sort(key=lambda a: (level_order.get(AreaLevel(a.level), 9), a.code))
    for area in areas:
        f = figures.get(area.pk)
        yield [
            area.code,
            area.name,
            area.level,
            area.parent.code if area.parent else None,
            area.layer.name if area.layer else None,
            area.year,
            f.year if f else None,
            (f.source or None) if f else None,
            *[getattr(f, name) if f else None for name in AREA_FIGURES],
        ]


def list_export(
    *, municipality: Area, entities: Iterable[str], fmt: str, out: IO[bytes], delimiter: str = ";"
) -> int:
    """Write the lists of ``entities`` (keys of ENTITIES, or ``areas``) as CSV (one entity) or
    XLSX (one sheet each); returns the number of rows."""
    sheets: list[tuple[str, list[str], Iterable[list[Cell]]]] = []
    for key in entities:
        if key == "areas":
            sheets.append(("gebieden", AREA_HEADERS, area_rows(municipality)))
        else:
            entity = ENTITIES[key]
            sheets.append((entity.sheet, entity.headers, entity_rows(entity, municipality)))
    if fmt == "csv":
        if len(sheets) != 1:
            raise ValueError("a CSV file holds one list")
        _name, headers, rows = sheets[0]
        return write_csv(out, headers, rows, delimiter=delimiter)
    return write_xlsx(out, sheets)


def _explain(column: Column) -> str:
    """What a cell of this column holds, in the active language."""
    kind = column.kind
    if kind is Kind.CHOICE:
        values = [str(v) for v, _label in CHOICES[column.target].choices if str(v)]
        text = _("een van: %(values)s (of de naam)") % {"values": ", ".join(values)}
    elif kind in (Kind.VOCAB, Kind.VOCABS):
        text = _("sleutel, Nederlandse of Engelse naam uit de lijst %(list)s") % {
            "list": column.target
        }
    elif kind in (Kind.REF, Kind.REFS):
        text = _("extern_id van een record uit %(sheet)s") % {
            "sheet": ENTITIES[column.target].sheet
        }
    elif kind is Kind.AREAS:
        text = _("CBS-code(s), bijvoorbeeld BU00340101 of WK003401")
    else:
        text = str(KIND_TEXT[kind])
    if kind in (Kind.VOCABS, Kind.REFS, Kind.AREAS):
        text += "; " + _("meerdere gescheiden door | of ;")
    if column.max_length:
        text += "; " + _("hoogstens %(n)d tekens") % {"n": column.max_length}
    if column.help:
        text += ". " + str(column.help)
    return text


KIND_TEXT = {
    Kind.TEXT: _lazy("tekst"),
    Kind.DATE: _lazy("datum: jjjj-mm-dd of dd-mm-jjjj"),
    Kind.INT: _lazy("geheel getal"),
    Kind.DECIMAL: _lazy("getal (komma of punt)"),
    Kind.BOOL: _lazy("ja of nee"),
}


def explanation_rows(entities: Iterable[Entity]) -> Iterator[list[Cell]]:
    """One row per column: sheet, header, required, what it holds, English header."""
    for entity in entities:
        for column in entity.columns:
            english = next((a for a in column.aliases if a.isascii()), column.key)
            yield [
                entity.sheet,
                column.header,
                _("ja") if column.required else _("nee"),
                _explain(column),
                english,
            ]


def template_export(*, fmt: str, out: IO[bytes], entity: str | None = None) -> None:
    """Empty templates with the Dutch headers: one sheet per entity and an explanation (XLSX),
    or one CSV file."""
    chosen = [ENTITIES[entity]] if entity else list(ENTITIES.values())
    if fmt == "csv":
        write_csv(out, chosen[0].headers, [])
        return
    sheets: list[tuple[str, list[str], Iterable[list[Cell]]]] = [
        (e.sheet, e.headers, []) for e in chosen
    ]
    sheets.append(
        (
            "toelichting",
            [_("blad"), _("kolom"), _("verplicht"), _("inhoud"), _("Engelse kop")],
            explanation_rows(chosen),
        )
    )
    write_xlsx(out, sheets)
