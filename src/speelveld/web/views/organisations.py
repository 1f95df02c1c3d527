from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import can_view_municipality
from speelveld.players.models import Organisation


def organisation_page(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation, pk=pk)
    municipalities = [
        m
        for m in organisation.municipalities.select_related("config")
        if can_view_municipality(request.user, m)
    ]
    if not municipalities:
        raise PermissionDenied(_("U heeft geen toegang tot deze organisatie."))
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
