"""Boundaries in and out as GeoJSON: CBS/PDOK wijk- en buurtkaart features (``statcode``,
``statnaam``; also ``jrstatcode`` like ``2023WK003401``) in WGS84 or RD New, and our own
areas out (with their newest key figures)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from django.db.models import Q
from django.utils.translation import gettext_noop

from speelveld.core.cbs import normalise, parse_code
from speelveld.interop.areas_io import Wanted
from speelveld.interop.cbs import year_in_name
from speelveld.interop.rdnew import looks_like_rd, reproject
from speelveld.interop.report import ImportReport, problem
from speelveld.places.models import Area, AreaFigures

CODE_PROPERTIES = ("statcode", "code", "buurtcode", "wijkcode", "gemeentecode", "gm_code")
NAME_PROPERTIES = ("statnaam", "naam", "name", "buurtnaam", "wijknaam", "gemeentenaam")
SHAPES = {"Polygon", "MultiPolygon"}


def _crs_is_rd(collection: dict[str, Any]) -> bool | None:
    crs = collection.get("crs")
    if isinstance(crs, dict):
        name = str((crs.get("properties") or {}).get("name", ""))
        if "28992" in name:
            return True
        if "4326" in name or "CRS84" in name:
            return False
    return None


def read_features(
    path: Path, report: ImportReport, *, year: int | None
) -> tuple[int | None, list[Wanted]]:
    """The areas (code, name, WGS84 geometry) in a FeatureCollection, and the indeling year
    (``--year``, else from ``jrstatcode``, else from the file name)."""
    sheet = path.name
    try:
        collection = json.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError):
        report.add(
            problem(
                gettext_noop("%(value)s is geen geldig GeoJSON-bestand."),
                value=path.name,
                sheet=sheet,
            )
        )
        return year, []
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list):
        report.add(
            problem(
                gettext_noop("%(value)s bevat geen FeatureCollection."),
                value=path.name,
                sheet=sheet,
            )
        )
        return year, []
    declared = _crs_is_rd(collection)
    found_year: int | None = None
    wanted: list[Wanted] = []
    for number, feature in enumerate(features, start=1):
        properties = (feature.get("properties") or {}) if isinstance(feature, dict) else {}
        lowered = {str(k).casefold(): v for k, v in properties.items()}
        code = next((str(lowered[k]) for k in CODE_PROPERTIES if lowered.get(k)), "")
        jr = str(lowered.get("jrstatcode") or "")
        if not code and len(jr) > 4:
            code = jr[4:]
        if jr[:4].isdigit():
            found_year = found_year or int(jr[:4])
        code = normalise(code)
        if parse_code(code) is None:
            report.add(
                problem(
                    gettext_noop(
                        "Feature %(feature)d heeft geen geldige CBS-code (statcode): %(value)s."
                    ),
                    row=number,
                    feature=number,
                    column="statcode",
                    value=code,
                    sheet=sheet,
                )
            )
            continue
        geometry = feature.get("geometry")
        if not isinstance(geometry, dict) or geometry.get("type") not in SHAPES:
            report.add(
                problem(
                    gettext_noop(
                        "Feature %(feature)d (%(value)s) heeft geen vlak (Polygon of "
                        "MultiPolygon) als geometrie."
                    ),
                    row=number,
                    feature=number,
                    column="geometry",
                    value=code,
                    sheet=sheet,
                )
            )
            continue
        coordinates = geometry.get("coordinates")
        rd = declared if declared is not None else looks_like_rd(coordinates)
        try:
            shape = {"type": geometry["type"], "coordinates": reproject(coordinates, rd=rd)}
        except (TypeError, ValueError, IndexError):
            report.add(
                problem(
                    gettext_noop("Feature %(feature)d (%(value)s) heeft ongeldige coördinaten."),
                    row=number,
                    feature=number,
                    column="geometry",
                    value=code,
                    sheet=sheet,
                )
            )
            continue
        name = next((str(lowered[k]).strip() for k in NAME_PROPERTIES if lowered.get(k)), "")
        wanted.append(Wanted(code=code, row=number, name=name, geometry=shape))
    return year or found_year or year_in_name(path.name), wanted


def geojson_export(*, municipality: Area, out: IO[bytes], level: str | None = None) -> int:
    """The municipality's areas as a FeatureCollection (WGS84) with CBS-style properties."""
    areas = Area.objects.filter(Q(pk=municipality.pk) | Q(municipality=municipality))
    if level:
        areas = areas.filter(level=level)
    areas = areas.select_related("parent", "layer").order_by("code")
    figures: dict[int, AreaFigures] = {}
    for record in AreaFigures.objects.filter(area__in=areas).order_by("area_id", "-year"):
        figures.setdefault(record.area_id, record)
    features = []
    for area in areas:
        f = figures.get(area.pk)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "statcode": area.code,
                    "statnaam": area.name,
                    "jrstatcode": f"{area.year}{area.code}",
                    "niveau": area.level,
                    "ligt_in": area.parent.code if area.parent else None,
                    "stadsdeel": area.layer.name if area.layer else None,
                    "aantal_inwoners": f.inhabitants if f else None,
                    "peiljaar": f.year if f else None,
                    "bron": f.source if f else None,
                },
                "geometry": area.geometry,
            }
        )
    data = {"type": "FeatureCollection", "features": features}
    out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    return len(features)
