"""The role catalogue (portretten): core tasks, strengths, what to leave to whom, who holds the
role in the municipalities the user may see."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from speelveld.catalogue.models import Role
from speelveld.i18n import localized
from speelveld.places.selectors import municipality_list
from speelveld.players.models import Player
from speelveld.web.representations import json_response


def _roles() -> list[Role]:
    return list(Role.objects.prefetch_related("delegations__to_role").order_by("order", "name"))


def role_list(request: HttpRequest) -> HttpResponse:
    return render(request, "web/roles.html", {"roles": _roles()})


def role_list_json(request: HttpRequest) -> HttpResponse:
    return json_response([_role_data(role) for role in _roles()])


def _role(key: str) -> Role:
    return get_object_or_404(
        Role.objects.prefetch_related(
            "delegations__to_role", "delegations__activity_types", "delegations__phases",
            "typical_partners", "core_activity_types", "core_phases",
        ),
        key=key,
    )  # fmt: skip


def _holders(request: HttpRequest, role: Role) -> list[Player]:
    visible = municipality_list(user=request.user)
    return list(
        Player.objects.filter(role=role, municipality__in=visible)
        .select_related("organisation", "municipality")
        .order_by("municipality__name", "name")[:300]
    )


def _role_data(role: Role) -> dict[str, Any]:
    return {
        "key": role.key,
        "name": role.label,
        "summary": localized(role, "summary"),
        "core_tasks": role.core_task_list(),
        "strengths": role.strength_list(),
        "leave_to": [
            {"role": d.to_role.key, "role_name": d.to_role.label, "what": d.text}
            for d in role.delegations.all()
        ],
        "url": reverse("role", args=[role.key]),
    }


def role_page(request: HttpRequest, key: str) -> HttpResponse:
    role = _role(key)
    return render(
        request,
        "web/role.html",
        {"role": role, "holders": _holders(request, role), "leaves": role.delegations.all(),
         "taken_from": role.delegated.select_related("role")},
    )  # fmt: skip


def role_json(request: HttpRequest, key: str) -> HttpResponse:
    role = _role(key)
    data = _role_data(role)
    data["partners"] = [r.key for r in role.typical_partners.all()]
    data["core_activity_types"] = [t.key for t in role.core_activity_types.all()]
    data["core_phases"] = [p.key for p in role.core_phases.all()]
    data["holders"] = [
        {"id": p.pk, "name": p.name, "municipality": p.municipality.code,
         "organisation": p.organisation.name if p.organisation else None}
        for p in _holders(request, role)
    ]  # fmt: skip
    return json_response(data)
