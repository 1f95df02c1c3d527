"""Municipality, wijk and buurt pages, with their .json and .geojson twins."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import (
    can_admin_municipality,
    can_create_in,
    can_view_municipality,
)
from speelveld.activities.facts import field_facts
from speelveld.activities.models import Activity, ActivityStatus
from speelveld.activities.selectors import (
    ActivityFilters,
    activity_facets,
    activity_list,
    who_does_what,
)
from speelveld.catalogue.models import OrganisationType, Theme
from speelveld.history import ACTIONS
from speelveld.places.models import Area, AreaLevel
from speelveld.places.selectors import (
    MEASURES,
    activity_counts,
    area_get,
    area_measure,
    areas_of,
    latest_figures,
)
from speelveld.places.services import area_create
from speelveld.players.models import Organisation, Player
from speelveld.web.forms import AreaForm
from speelveld.web.maps import svg_map
from speelveld.web.representations import geojson_response, json_response
from speelveld.web.views.common import add_service_errors

LIST_LIMIT = 200
MATRIX_ROWS = 40  # the busiest rows; "toon alle" shows the rest
FIGURE_FIELDS = [
    "inhabitants", "age_0_15", "age_15_25", "age_25_45", "age_45_65", "age_65_plus",
    "households", "one_person_households", "households_with_children",
    "low_income_households",
]  # fmt: skip


def require_view(request: HttpRequest, area: Area) -> Area:
    """The area's municipality, or 403 when the user may not see it."""
    municipality = area.own_municipality
    if not can_view_municipality(request.user, municipality):
        if not request.user.is_authenticated:
            raise PermissionDenied(_("Log in om deze gemeente te bekijken."))
        raise PermissionDenied(_("U heeft geen toegang tot deze gemeente."))
    return municipality


def _map_areas(area: Area, municipality: Area) -> list[Area]:
    """The buurten drawn on an area's map: all of the municipality, the wijk's, or the buurt's
    siblings (so a buurt is seen among its neighbours)."""
    buurten = [a for a in areas_of(municipality) if a.level == AreaLevel.BUURT]
    if area.level == AreaLevel.GEMEENTE:
        return buurten
    wijk_id = area.pk if area.level == AreaLevel.WIJK else area.parent_id
    return [a for a in buurten if a.parent_id == wijk_id]


def _measure(request: HttpRequest) -> tuple[str, str | None]:
    measure = request.GET.get("maat", "activiteiten")
    if measure not in MEASURES:
        measure = "activiteiten"
    theme = request.GET.get("kaartthema") or None
    return measure, theme


def _map(area: Area, municipality: Area, measure: str, theme: str | None) -> dict[str, Any]:
    values, unit = area_measure(municipality, measure, theme)
    shapes, width, height, legend = svg_map(
        (
            a.code,
            a.name,
            reverse("area", args=[a.code]),
            a.geometry,
            values.get(a.pk, 0.0),
            f"{_format(values.get(a.pk, 0.0))} {unit}",
        )
        for a in _map_areas(area, municipality)
    )
    return {
        "shapes": shapes,
        "width": width,
        "height": height,
        "legend": legend,
        "highlight": area.code,
        "unit": unit,
        "measure": measure,
        "theme": theme,
    }


def _format(value: float | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


def _figures_dict(figures: Any) -> dict[str, Any] | None:
    if figures is None:
        return None
    data = {name: getattr(figures, name) for name in FIGURE_FIELDS}
    data.update(year=figures.year, source=figures.source)
    return data


def _context(request: HttpRequest, area: Area) -> dict[str, Any]:
    municipality = require_view(request, area)
    filters = ActivityFilters.from_query(request.GET)
    counts = activity_counts(municipality)
    if area.level == AreaLevel.GEMEENTE:
        children = [a for a in areas_of(municipality) if a.level == AreaLevel.WIJK]
    elif area.level == AreaLevel.WIJK:
        children = list(areas_of(municipality).filter(parent=area))
    else:
        children = []
    figures = latest_figures([area, *children])
    activities, total = activity_list(area, filters, limit=LIST_LIMIT)
    # Django's get_FOO_display() re-hashes the lazy choices on every call: label once here.
    status_labels = {key: str(label) for key, label in ActivityStatus.choices}
    for activity in activities:
        activity.status_label = status_labels.get(activity.status, activity.status)  # type: ignore[attr-defined]
    matrix_by = "role" if request.GET.get("matrix") == "rol" else "organisation"
    measure, map_theme = _measure(request)
    players = (
        Player.objects.filter(municipality=municipality)
        if area.level == AreaLevel.GEMEENTE
        else Player.objects.filter(areas__in=[area.pk, area.parent_id]).distinct()
    ).select_related("role", "organisation")
    return {
        "area": area,
        "municipality": municipality,
        "filters": filters,
        "children": [(c, counts[c.pk], figures.get(c.pk)) for c in children],
        "figures": figures.get(area.pk),
        "map": _map(area, municipality, measure, map_theme),
        "measures": [
            ("activiteiten", _("activiteiten")),
            ("spelers", _("spelers")),
            ("per1000", _("activiteiten per 1.000 inwoners")),
            ("thema", _("activiteiten per thema")),
        ],
        "themes": list(Theme.objects.all()),
        "matrix": who_does_what(
            area, filters, by=matrix_by, limit=None if request.GET.get("alle") else MATRIX_ROWS
        ),
        "facets": activity_facets(area, filters),
        "activities": activities,
        "activity_total": total,
        "players": players.order_by("name")[:LIST_LIMIT],
        "player_total": players.count(),
        "neglected": [c for c in children if c.level == AreaLevel.BUURT and not counts[c.pk]],
    }


def area_page(request: HttpRequest, code: str) -> HttpResponse:
    area = area_get(code)
    context = _context(request, area)
    municipality = context["municipality"]
    recent = list(
        Activity.history.filter(municipality_id=municipality.pk)
        .select_related("history_user")
        .order_by("-history_date")[:8]
    )
    for record in recent:
        record.action = ACTIONS.get(record.history_type, "")
    organisations = []
    if area.level == AreaLevel.GEMEENTE:
        # activities each leads in this municipality, from the cached facts (no 30,000-row join)
        led = Counter(fact.organisation for fact in field_facts(municipality.pk).facts)
        organisations = list(
            Organisation.objects.filter(municipalities=municipality).order_by("type", "name")
        )
        type_labels = {key: str(label) for key, label in OrganisationType.choices}
        for organisation in organisations:
            organisation.type_label = type_labels.get(organisation.type, organisation.type)  # type: ignore[attr-defined]
            organisation.n = led.get(organisation.pk, 0)  # type: ignore[attr-defined]
    context.update(
        recent=recent,
        organisations=organisations,
        can_create=can_create_in(request.user, municipality.pk),
        can_admin=can_admin_municipality(request.user, municipality.pk),
        query_without_matrix=_query_without(request, "matrix"),
        query_without_map=_query_without(request, "maat", "kaartthema"),
    )
    return render(request, "web/area.html", context)


def _query_without(request: HttpRequest, *names: str) -> str:
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


def area_json(request: HttpRequest, code: str) -> HttpResponse:
    """The area page's data as JSON (same filters as the page)."""
    area = area_get(code)
    c = _context(request, area)
    matrix = c["matrix"]
    return json_response(
        {
            "code": area.code,
            "name": area.name,
            "level": area.level,
            "year": area.year,
            "parent": area.parent.code if area.parent else None,
            "municipality": c["municipality"].code,
            "figures": _figures_dict(c["figures"]),
            "children": [
                {"code": ch.code, "name": ch.name, "level": ch.level, "activities": n,
                 "inhabitants": fig.inhabitants if fig else None}
                for ch, n, fig in c["children"]
            ],
            "neglected": [a.code for a in c["neglected"]],
            "matrix": {
                "by": matrix.by,
                "columns": [key for key, _label in matrix.columns],
                "rows": [
                    {"key": r["url_key"], "label": r["label"], "cells": r["cells"],
                     "total": r["total"]}
                    for r in matrix.rows
                ],
            },
            "facets": {
                name: [{"key": v.key, "label": v.label, "count": v.count,
                        "selected": v.selected} for v in values]
                for name, values in c["facets"].items()
            },
            "activities": {
                "total": c["activity_total"],
                "items": [
                    {"id": a.pk, "title": a.title, "url": reverse("activity", args=[a.pk]),
                     "type": a.activity_type.key if a.activity_type else None,
                     "lead_organisation": a.lead_organisation.name, "phase": a.phase.key,
                     "status": a.status, "resident_led": a.resident_led}
                    for a in c["activities"]
                ],
            },
            "players": {
                "total": c["player_total"],
                "items": [
                    {"id": p.pk, "name": p.name, "role": p.role.key,
                     "organisation": p.organisation.name if p.organisation else None,
                     "url": reverse("player", args=[p.pk])}
                    for p in c["players"]
                ],
            },
        }
    )  # fmt: skip


def area_geojson(request: HttpRequest, code: str) -> HttpResponse:
    """The buurten of the area's map with the chosen measure, plus the wijk outlines; the map
    script draws exactly this."""
    area = area_get(code)
    municipality = require_view(request, area)
    measure, theme = _measure(request)
    values, unit = area_measure(municipality, measure, theme)
    shapes = {s.code: s for s in _map(area, municipality, measure, theme)["shapes"]}
    features = []
    for a in _map_areas(area, municipality):
        if not a.geometry:
            continue
        shape = shapes.get(a.code)
        features.append(
            {
                "type": "Feature",
                "geometry": a.geometry,
                "properties": {
                    "code": a.code,
                    "name": a.name,
                    "level": a.level,
                    "url": reverse("area", args=[a.code]),
                    "value": values.get(a.pk, 0.0),
                    "label": f"{_format(values.get(a.pk, 0.0))} {unit}",
                    "fill": shape.fill if shape else None,
                    "current": a.code == area.code,
                },
            }
        )
    wijk_ids = {a.parent_id for a in _map_areas(area, municipality)}
    for wijk in Area.objects.filter(pk__in=wijk_ids).exclude(geometry=None):
        features.append(
            {
                "type": "Feature",
                "geometry": wijk.geometry,
                "properties": {"code": wijk.code, "name": wijk.name, "level": wijk.level,
                               "url": reverse("area", args=[wijk.code]), "outline": True},
            }
        )  # fmt: skip
    return geojson_response({"type": "FeatureCollection", "features": features,
                             "measure": measure, "unit": unit})  # fmt: skip


@login_required
def area_new(request: HttpRequest, code: str) -> HttpResponse:
    municipality = area_get(code)
    if not can_admin_municipality(request.user, municipality.pk):
        raise PermissionDenied(_("Alleen een beheerder van deze gemeente kan gebieden toevoegen."))
    form = AreaForm(request.POST if request.method == "POST" else None, municipality=municipality)
    if request.method == "POST" and form.is_valid():
        try:
            area = area_create(
                actor=request.user,
                municipality=municipality,
                code=form.cleaned_data["code"],
                name=form.cleaned_data["name"],
                level=form.cleaned_data["level"],
                parent=form.cleaned_data["parent"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("area", code=area.code)
    status = 400 if form.errors else 200
    return render(
        request, "web/area_form.html", {"form": form, "municipality": municipality}, status=status
    )
