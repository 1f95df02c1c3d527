"""Player pages and the forms for players and collaborations."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import (
    can_create_in,
    can_edit_collaboration,
    can_edit_player,
    can_view_municipality,
    editable_organisation_ids,
    require,
)
from speelveld.places.selectors import area_get
from speelveld.players.models import Collaboration, Player
from speelveld.players.services import (
    collaboration_create,
    collaboration_update,
    player_create,
    player_update,
)
from speelveld.web.forms import CollaborationForm, PlayerForm
from speelveld.web.representations import json_response
from speelveld.web.views.common import add_service_errors


def _player(request: HttpRequest, pk: int) -> Player:
    player = get_object_or_404(
        Player.objects.select_related("role", "organisation", "municipality__config"), pk=pk
    )
    if not can_view_municipality(request.user, player.municipality):
        raise PermissionDenied(_("U heeft geen toegang tot deze gemeente."))
    return player


def _ties(player: Player) -> list[Collaboration]:
    side = Q(a_player=player) | Q(b_player=player)
    if player.organisation_id:
        side |= Q(a_organisation_id=player.organisation_id)
        side |= Q(b_organisation_id=player.organisation_id)
    return list(
        Collaboration.objects.filter(side, municipality_id=player.municipality_id).select_related(
            "a_player", "b_player", "a_organisation", "b_organisation", "theme"
        )
    )


def player_page(request: HttpRequest, pk: int) -> HttpResponse:
    player = _player(request, pk)
    context = {
        "player": player,
        "municipality": player.municipality,
        "owned": player.owned_activities.select_related("phase").order_by("title"),
        "ties": _ties(player),
        "can_edit": can_edit_player(request.user, player),
    }
    return render(request, "web/player.html", context)


def player_json(request: HttpRequest, pk: int) -> HttpResponse:
    player = _player(request, pk)
    return json_response(
        {
            "id": player.pk,
            "name": player.name,
            "is_group": player.is_group,
            "role": player.role.key,
            "organisation": player.organisation_id,
            "municipality": player.municipality.code,
            "areas": sorted(player.areas.values_list("code", flat=True)),
            "themes": sorted(player.themes.values_list("key", flat=True)),
            "target_groups": sorted(player.target_groups.values_list("key", flat=True)),
            "languages": sorted(player.languages.values_list("code", flat=True)),
            "hours_per_week": player.hours_per_week,
            "active_from": player.active_from,
            "active_until": player.active_until,
            "owned_activities": [
                {"id": a.pk, "title": a.title, "url": reverse("activity", args=[a.pk])}
                for a in player.owned_activities.order_by("title")
            ],
        }
    )


def _render_form(request: HttpRequest, template: str, **context: object) -> HttpResponse:
    form = context["form"]
    status = 400 if getattr(form, "errors", None) else 200
    return render(request, template, context, status=status)


@login_required
def player_new(request: HttpRequest, code: str) -> HttpResponse:
    municipality = area_get(code)
    require(can_create_in(request.user, municipality.pk))
    form = PlayerForm(
        request.POST if request.method == "POST" else None,
        municipality=municipality,
        organisation_ids=editable_organisation_ids(request.user, municipality.pk),
    )
    if request.method == "POST" and form.is_valid():
        try:
            player = player_create(
                actor=request.user, municipality=municipality, fields=form.to_fields()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("player", pk=player.pk)
    return _render_form(
        request, "web/player_form.html", form=form, player=None, municipality=municipality
    )


@login_required
def player_edit(request: HttpRequest, pk: int) -> HttpResponse:
    player = _player(request, pk)
    require(can_edit_player(request.user, player))
    form = PlayerForm(
        request.POST if request.method == "POST" else None,
        instance=player,
        municipality=player.municipality,
        organisation_ids=editable_organisation_ids(request.user, player.municipality_id),
    )
    if request.method == "POST" and form.is_valid():
        try:
            player_update(actor=request.user, player=player, fields=form.to_fields())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("player", pk=player.pk)
    return _render_form(
        request, "web/player_form.html", form=form, player=player, municipality=player.municipality
    )


@login_required
def collaboration_new(request: HttpRequest, code: str) -> HttpResponse:
    municipality = area_get(code)
    require(can_create_in(request.user, municipality.pk))
    form = CollaborationForm(
        request.POST if request.method == "POST" else None, municipality=municipality
    )
    if request.method == "POST" and form.is_valid():
        try:
            collaboration_create(
                actor=request.user, municipality=municipality, fields=form.to_fields()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("network", code=municipality.code)
    return _render_form(
        request,
        "web/collaboration_form.html",
        form=form,
        collaboration=None,
        municipality=municipality,
    )


@login_required
def collaboration_edit(request: HttpRequest, pk: int) -> HttpResponse:
    collaboration = get_object_or_404(
        Collaboration.objects.select_related("municipality", "a_player", "b_player"), pk=pk
    )
    require(can_edit_collaboration(request.user, collaboration))
    form = CollaborationForm(
        request.POST if request.method == "POST" else None,
        instance=collaboration,
        municipality=collaboration.municipality,
    )
    if request.method == "POST" and form.is_valid():
        try:
            collaboration_update(
                actor=request.user, collaboration=collaboration, fields=form.to_fields()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("network", code=collaboration.municipality.code)
    return _render_form(
        request,
        "web/collaboration_form.html",
        form=form,
        collaboration=collaboration,
        municipality=collaboration.municipality,
    )
