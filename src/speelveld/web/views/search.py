"""Search across areas, organisations, players, activities and roles of the municipalities the
user may see."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from speelveld.activities.models import Activity
from speelveld.catalogue.models import Role
from speelveld.places.models import Area
from speelveld.places.selectors import municipality_list
from speelveld.players.models import Organisation, Player
from speelveld.web.representations import json_response

LIMIT = 25


def search_results(user: Any, query: str) -> dict[str, list[dict[str, Any]]]:
    """Results per kind, each a list of {label, detail, url}; only visible municipalities."""
    query = query.strip()
    if len(query) < 2:
        return {}
    visible = list(municipality_list(user=user).values_list("pk", flat=True))
    areas = Area.objects.filter(
        Q(pk__in=visible) | Q(municipality_id__in=visible),
        Q(name__icontains=query) | Q(code__iexact=query),
    ).select_related("municipality")[:LIMIT]
    organisations = Organisation.objects.filter(
        municipalities__in=visible, name__icontains=query
    ).distinct()[:LIMIT]
    players = Player.objects.filter(municipality_id__in=visible, name__icontains=query)
    activities = Activity.objects.filter(
        Q(title__icontains=query) | Q(description__icontains=query), municipality_id__in=visible
    ).select_related("lead_organisation")
    roles = Role.objects.filter(
        Q(name__icontains=query) | Q(name_en__icontains=query) | Q(summary__icontains=query)
    )
    return {
        "areas": [
            {"label": a.name, "detail": f"{a.get_level_display()} {a.code}"
             + (f" · {a.municipality.name}" if a.municipality else ""),
             "url": reverse("area", args=[a.code])}
            for a in areas
        ],
        "organisations": [
            {"label": o.name, "detail": o.get_type_display(),
             "url": reverse("organisation", args=[o.pk])}
            for o in organisations
        ],
        "players": [
            {"label": p.name, "detail": str(p.role), "url": reverse("player", args=[p.pk])}
            for p in players.select_related("role")[:LIMIT]
        ],
        "activities": [
            {"label": a.title, "detail": a.lead_organisation.name,
             "url": reverse("activity", args=[a.pk])}
            for a in activities[:LIMIT]
        ],
        "roles": [
            {"label": r.label, "detail": "", "url": reverse("role", args=[r.key])}
            for r in roles[:LIMIT]
        ],
    }  # fmt: skip


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")
    return render(
        request, "web/search.html", {"query": query, "results": search_results(request.user, query)}
    )


def search_json(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")
    return json_response({"query": query, "results": search_results(request.user, query)})
