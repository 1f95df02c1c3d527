"""Reading CBS *Kerncijfers wijken en buurten* (KWB): OData JSON, JSON keyed by region code,
and CSV downloads. No models here: this turns a file into rows of figures.

CBS column keys carry a numeric suffix that changes every year (``AantalInwoners_5`` in 2024
may be ``AantalInwoners_6`` elsewhere), so columns are matched on their *base name*. A suffix of
four digits that looks like a year (``aantal_inwoners_2024``) is read as the figures' year.
Suppressed values (``.``, ``x``, empty, JSON ``null``) are ``None`` — never 0.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils.translation import gettext_noop

from speelveld.core.cbs import normalise, parse_code
from speelveld.interop.report import WARNING, ImportReport, problem
from speelveld.interop.sheets import SheetError, read_csv

# KWB dataset per year (reference/domain.md §3.2).
KWB_DATASETS = {
    2013: "82339NED",
    2014: "82931NED",
    2015: "83220NED",
    2016: "83487NED",
    2017: "83765NED",
    2018: "84286NED",
    2019: "84583NED",
    2020: "84799NED",
    2021: "85039NED",
    2022: "85318NED",
    2023: "85618NED",
    2024: "85984NED",
    2025: "86165NED",
}

# Base name (lower case, letters and digits only) → AreaFigures field.
FIGURES = {
    "aantalinwoners": "inhabitants",
    "k0tot15jaar": "age_0_15",
    "k15tot25jaar": "age_15_25",
    "k25tot45jaar": "age_25_45",
    "k45tot65jaar": "age_45_65",
    "k65jaarofouder": "age_65_plus",
    "huishoudenstotaal": "households",
    "eenpersoonshuishoudens": "one_person_households",
    "huishoudensmetkinderen": "households_with_children",
    "huishoudensmetlaaginkomen": "low_income_households",
    "nederland": "origin_netherlands",
    "herkomstnederland": "origin_netherlands",
    "europaexclusiefnederland": "origin_europe",
    "herkomsteuropaexclusiefnederland": "origin_europe",
    "buiteneuropa": "origin_outside_europe",
    "herkomstbuiteneuropa": "origin_outside_europe",
}
# KWB publishes the share of low-income households as a percentage of households.
LOW_INCOME_SHARE = "huishoudensmeteenlaaginkomen"

CODE_KEYS = ("codering", "statcode", "gwbcodering", "regiocode", "code")
NAME_KEYS = ("statnaam", "regionaam", "naam", "name")
DESCRIPTIVE = {
    "id",
    "wijkenenbuurten",
    "gemeentenaam",
    "soortregio",
    "codering",
    "statcode",
    "statnaam",
    "jrstatcode",
    "gwbcodering",
    "regiocode",
    "regionaam",
    "code",
    "naam",
    "name",
    "niveau",
    "ligtin",
    "stadsdeel",
    "stadsdeelafgeleid",
    "indeling",
    "peiljaar",
    "bron",
    "indelingswijziginggemeentewijkbuurt",
    "meestvoorkomendepostcode",
    "dekkingspercentage",
}
LEVEL_WORDS = {"gemeente": "gemeente", "wijk": "wijk", "buurt": "buurt", "stadsdeel": "stadsdeel"}

_SUFFIX = re.compile(r"^(.*?)_(\d+)$")
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")
SUPPRESSED = {"", ".", "x", "-", "?", "..", "nan"}


@dataclass(frozen=True)
class KwbColumn:
    key: str  # as in the file
    base: str  # without the numeric suffix, as in the file
    norm: str  # base, lower case letters and digits: the key in ``extra``
    order: int  # the numeric suffix (CBS topic number), for picking the first of equal bases
    year: int | None  # a year suffix (``_2024``)


@dataclass
class KwbRow:
    row: int | None
    code: str
    name: str = ""
    level: str = ""  # from SoortRegio / niveau, to check against the code
    layer: str = ""
    indeling: int | None = None
    year: int | None = None
    source: str = ""
    figures: dict[str, int | None] = field(default_factory=dict)
    extra: dict[str, float | int | None] = field(default_factory=dict)


@dataclass
class KwbFile:
    rows: list[KwbRow]
    figures_year: int | None  # from year suffixes of the columns
    file_year: int | None  # from the file name


def column_of(key: str, position: int) -> KwbColumn:
    match = _SUFFIX.match(key)
    base, order, year = key, 10_000 + position, None
    if match:
        number = int(match[2])
        if len(match[2]) == 4 and 1980 <= number <= 2100:
            base, year = match[1], number
        else:
            base, order = match[1], number
    norm = re.sub(r"[^0-9a-z]", "", base.casefold())
    return KwbColumn(key=key, base=base, norm=norm, order=order, year=year)


def number(value: Any) -> int | float | None:
    """A figure: int or float; ``None`` for suppressed or non-numeric values."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if isinstance(value, float) and value.is_integer() else value
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if text.casefold() in SUPPRESSED:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        parsed = float(text)
    except ValueError:
        return None
    return int(parsed) if parsed.is_integer() else parsed


def _records(
    path: Path, report: ImportReport
) -> list[tuple[int | None, str | None, dict[str, Any]]]:
    """(row, code from the key, record) from any of the supported shapes."""
    if path.suffix.lower() == ".json":
        data = json.loads(path.read_bytes())
        if isinstance(data, dict) and isinstance(data.get("value"), list):
            data = data["value"]  # OData: {"odata.metadata": …, "value": [rows]}
        if isinstance(data, dict):  # keyed by region code: {"GM0034": {…}, …}
            return [
                (i + 1, str(k), v) for i, (k, v) in enumerate(data.items()) if isinstance(v, dict)
            ]
        if isinstance(data, list):
            return [(i + 1, None, v) for i, v in enumerate(data) if isinstance(v, dict)]
        raise SheetError("json")
    table = read_csv(path)
    return [
        (number_, None, dict(zip(table.headers, cells, strict=False)))
        for number_, cells in table.rows
    ]


def read_kwb(path: Path, report: ImportReport) -> KwbFile:
    """Read a KWB file into rows with mapped figures, extra figures and descriptive fields."""
    sheet = path.name
    records = _records(path, report)
    keys: dict[str, KwbColumn] = {}
    for _row, _code, record in records:
        for key in record:
            if key not in keys:
                keys[key] = column_of(key, len(keys))
    columns = sorted(keys.values(), key=lambda c: c.order)
    # the first column (lowest topic number) of each base name gives the mapped figure
    mapped: dict[str, str] = {}
    extra_name: dict[str, str] = {}
    seen: set[str] = set()
    for column in columns:
        if column.norm in DESCRIPTIVE:
            continue
        target = FIGURES.get(column.norm)
        if column.norm in seen:  # a second topic with the same base name (Nederland_20)
            extra_name[column.key] = f"{column.norm}_{column.order}"
        elif target is not None and target not in mapped.values():
            mapped[column.key] = target
        else:
            extra_name[column.key] = column.norm
        seen.add(column.norm)
    years = {c.year for c in columns if c.year}
    rows = []
    for row, key_code, record in records:
        by_norm = {keys[k].norm: v for k, v in record.items()}
        code = key_code or _code_of(by_norm)
        if not code:
            report.add(
                problem(
                    gettext_noop("Deze rij heeft geen CBS-code."),
                    row=row,
                    sheet=sheet,
                    severity=WARNING,
                )
            )
            continue
        code = normalise(code)
        if parse_code(code) is None:
            report.add(
                problem(
                    gettext_noop(
                        "CBS-code %(value)s is ongeldig: verwacht GM + 4 cijfers, WK + 6 of "
                        "BU + 8 tekens, bijvoorbeeld WK003401."
                    ),
                    row=row,
                    column="code",
                    value=code,
                    sheet=sheet,
                )
            )
            continue
        item = KwbRow(row=row, code=code)
        _describe(item, by_norm)
        for key, value in record.items():
            if key in mapped:
                item.figures[mapped[key]] = _count(number(value), item, keys[key], report, sheet)
            elif key in extra_name:
                parsed = number(value)
                if parsed is not None or not isinstance(value, str) or value.strip() in SUPPRESSED:
                    item.extra[extra_name[key]] = parsed
        share = item.extra.get(LOW_INCOME_SHARE)
        households = item.figures.get("households")
        if "low_income_households" not in item.figures and share is not None and households:
            # a count for need weighting, from the rounded share and the household total
            item.figures["low_income_households"] = round(households * float(share) / 100)
        rows.append(item)
    return KwbFile(
        rows=rows,
        figures_year=min(years) if len(years) == 1 else None,
        file_year=year_in_name(path.name),
    )


def _count(
    value: int | float | None, item: KwbRow, column: KwbColumn, report: ImportReport, sheet: str
) -> int | None:
    if value is None:
        return None
    if isinstance(value, float) or value < 0:
        report.add(
            problem(
                gettext_noop("%(value)s is geen aantal; dit cijfer blijft leeg."),
                row=item.row,
                column=column.key,
                value=value,
                sheet=sheet,
                severity=WARNING,
            )
        )
        return None
    return value


def _code_of(by_norm: dict[str, Any]) -> str:
    for key in CODE_KEYS:
        value = by_norm.get(key)
        if isinstance(value, str) and value.strip():
            return value
    jr = by_norm.get("jrstatcode")
    if isinstance(jr, str) and len(jr.strip()) > 4:
        return jr.strip()[4:]
    region = by_norm.get("wijkenenbuurten")
    if isinstance(region, str) and parse_code(region) is not None:
        return region
    return ""


def _describe(item: KwbRow, by_norm: dict[str, Any]) -> None:
    """Name, level, layer, years and source, where the file gives them."""
    for key in NAME_KEYS:
        value = by_norm.get(key)
        if isinstance(value, str) and value.strip():
            item.name = value.strip()
            break
    region = by_norm.get("wijkenenbuurten")
    if not item.name and isinstance(region, str) and region.strip() and parse_code(region) is None:
        item.name = region.strip()  # cbsodata replaces the key by the region's title
    municipality = by_norm.get("gemeentenaam")
    if not item.name and item.code.startswith("GM") and isinstance(municipality, str):
        item.name = municipality.strip()
    level = str(by_norm.get("soortregio") or by_norm.get("niveau") or "").strip().casefold()
    item.level = LEVEL_WORDS.get(level, "")
    item.layer = str(by_norm.get("stadsdeel") or by_norm.get("stadsdeelafgeleid") or "").strip()
    for key in ("indeling", "peiljaar"):
        value = number(by_norm.get(key))
        if isinstance(value, int):
            setattr(item, "indeling" if key == "indeling" else "year", value)
    jr = by_norm.get("jrstatcode")
    if isinstance(jr, str) and jr[:4].isdigit() and item.indeling is None:
        item.indeling = int(jr[:4])
    source = by_norm.get("bron")
    if isinstance(source, str):
        item.source = source.strip()


def year_in_name(name: str) -> int | None:
    """A year in a file name: ``kwb2024_almere.json`` → 2024."""
    match = _YEAR.search(name)
    return int(match[1]) if match else None


def source_for(year: int, dataset: str | None) -> str:
    """``CBS 85984NED`` for KWB 2024, or the dataset the user named."""
    if dataset:
        return dataset if dataset.upper().startswith("CBS") else f"CBS {dataset}"
    known = KWB_DATASETS.get(year)
    return f"CBS {known}" if known else f"CBS KWB {year}"
