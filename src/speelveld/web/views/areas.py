from __future__ import annotations

from collections import Counter

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import (
    can_admin_municipality,
    can_create_in,
    can_view_municipality,
)
from speelveld.activities.models import Activity
from speelveld.history import ACTIONS
from speelveld.places.models import Area, AreaLevel
from speelveld.places.selectors import (
    activities_in,
    activity_counts,
    area_get,
    areas_of,
    latest_figures,
)
from speelveld.places.services import area_create
from speelveld.players.models import Organisation, Player
from speelveld.web.forms import AreaForm
from speelveld.web.maps import svg_map
from speelveld.web.views.common import add_service_errors


def _require_view(request: HttpRequest, area: Area) -> Area:
    municipality = area.own_municipality
    if not can_view_municipality(request.user, municipality):
        if not request.user.is_authenticated:
            raise PermissionDenied(_("Log in om deze gemeente te bekijken."))
        raise PermissionDenied(_("U heeft geen toegang tot deze gemeente."))
    return municipality


def _map(municipality: Area, counts: Counter[int], level: str, within: Area | None = None):  # type: ignore[no-untyped-def]
    areas = [a for a in areas_of(municipality) if a.level == level]
    if within is not None:
        areas = [a for a in areas if a.parent_id == within.pk or a.pk == within.pk]
    return svg_map(
        (
            a.code,
            a.name,
            reverse("area", args=[a.code]),
            a.geometry,
            float(counts[a.pk]),
            _("%(n)s activiteiten") % {"n": counts[a.pk]},
        )
        for a in areas
    )


def area_page(request: HttpRequest, code: str) -> HttpResponse:
    area = area_get(code)
    municipality = _require_view(request, area)
    counts = activity_counts(municipality)
    children = (
        list(areas_of(municipality).filter(parent=area)) if area.level != AreaLevel.BUURT else []
    )
    if area.level == AreaLevel.GEMEENTE:
        children = [a for a in areas_of(municipality) if a.level == AreaLevel.WIJK]
    figures = latest_figures([area, *children])
    shapes, width, height, legend = _map(
        municipality,
        counts,
        AreaLevel.BUURT,
        None
        if area.level == AreaLevel.GEMEENTE
        else (area if area.level == AreaLevel.WIJK else area.parent),
    )
    activities = activities_in(area).order_by("title")
    players = (
        Player.objects.filter(municipality=municipality)
        if area.level == AreaLevel.GEMEENTE
        else Player.objects.filter(areas__in=[area.pk, area.parent_id]).distinct()
    ).select_related("role", "organisation")
    organisations = (
        Organisation.objects.filter(municipalities=municipality)
        .annotate(n=Count("led_activities", distinct=True))
        .order_by("type", "name")
    )
    recent = list(
        Activity.history.filter(municipality_id=municipality.pk)
        .select_related("history_user")
        .order_by("-history_date")[:8]
    )
    for record in recent:
        record.action = ACTIONS.get(record.history_type, "")
    context = {
        "area": area,
        "municipality": municipality,
        "children": [(c, counts[c.pk], figures.get(c.pk)) for c in children],
        "figures": figures.get(area.pk),
        "map": {
            "shapes": shapes,
            "width": width,
            "height": height,
            "legend": legend,
            "highlight": area.code,
        },
        "activities": activities[:200],
        "activity_total": activities.count(),
        "players": players[:200],
        "organisations": organisations if area.level == AreaLevel.GEMEENTE else [],
        "recent": recent,
        "can_create": can_create_in(request.user, municipality.pk),
        "can_admin": can_admin_municipality(request.user, municipality.pk),
        "neglected": [c for c in children if c.level == AreaLevel.BUURT and not counts[c.pk]],
    }
    return render(request, "web/area.html", context)


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
