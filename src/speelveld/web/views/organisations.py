from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import can_view_municipality
from speelveld.places.models import Area
from speelveld.players.models import Organisation
from speelveld.web.representations import json_response


def _visible(request: HttpRequest, pk: int) -> tuple[Organisation, list[Area]]:
    organisation = get_object_or_404(Organisation, pk=pk)
    municipalities = [
        m
        for m in organisation.municipalities.select_related("config")
        if can_view_municipality(request.user, m)
    ]
    if not municipalities:
        raise PermissionDenied(_("U heeft geen toegang tot deze organisatie."))
    return organisation, municipalities


def organisation_json(request: HttpRequest, pk: int) -> HttpResponse:
    organisation, municipalities = _visible(request, pk)
    ids = [m.pk for m in municipalities]
    return json_response(
        {
            "id": organisation.pk,
            "name": organisation.name,
            "type": organisation.type,
            "description": organisation.description,
            "website": organisation.website,
            "municipalities": [m.code for m in municipalities],
            "leads": list(
                organisation.led_activities.filter(municipality_id__in=ids).values("id", "title")
            ),
            "partner_in": list(
                organisation.partner_activities.filter(municipality_id__in=ids).values(
                    "id", "title"
                )
            ),
            "players": list(
                organisation.players.filter(municipality_id__in=ids).values("id", "name")
            ),
        }
    )


def organisation_page(request: HttpRequest, pk: int) -> HttpResponse:
    organisation, municipalities = _visible(request, pk)
    ids = [m.pk for m in municipalities]
    context = {
        "organisation": organisation,
        "municipality": municipalities[0],
        "led": organisation.led_activities.filter(municipality_id__in=ids)
        .select_related("phase", "activity_type")
        .order_by("title"),
        "partnered": organisation.partner_activities.filter(municipality_id__in=ids)
        .select_related("lead_organisation")
        .order_by("title"),
        "players": organisation.players.filter(municipality_id__in=ids).select_related("role"),
    }
    return render(request, "web/organisation.html", context)
