from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import (
    can_create_in,
    can_edit_activity,
    can_view_municipality,
    editable_organisation_ids,
    require,
)
from speelveld.activities.models import Activity
from speelveld.activities.services import activity_create, activity_update
from speelveld.catalogue.models import Phase
from speelveld.places.selectors import area_get
from speelveld.web.forms import ActivityForm
from speelveld.web.representations import json_response
from speelveld.web.views.baton import handover_section
from speelveld.web.views.common import add_service_errors


def _activity(pk: int) -> Activity:
    return get_object_or_404(
        Activity.objects.select_related(
            "municipality__config",
            "lead_organisation",
            "owner__role",
            "phase",
            "activity_type",
            "method",
        ),
        pk=pk,
    )


def activity_page(request: HttpRequest, pk: int) -> HttpResponse:
    activity = _activity(pk)
    if not can_view_municipality(request.user, activity.municipality):
        raise PermissionDenied(_("U heeft geen toegang tot deze gemeente."))
    phases = list(Phase.objects.order_by("order"))
    handovers = list(
        activity.handovers.select_related(
            "from_player", "from_organisation", "to_player", "to_organisation"
        ).order_by("due")
    )
    return render(
        request,
        "web/activity.html",
        {
            "activity": activity,
            "municipality": activity.municipality,
            "phases": phases,
            "handovers": handovers,
            "can_edit": can_edit_activity(request.user, activity),
            **handover_section(request, activity, handovers),
        },
    )


def activity_json(request: HttpRequest, pk: int) -> HttpResponse:
    activity = _activity(pk)
    if not can_view_municipality(request.user, activity.municipality):
        raise PermissionDenied(_("U heeft geen toegang tot deze gemeente."))
    return json_response(
        {
            "id": activity.pk,
            "title": activity.title,
            "description": activity.description,
            "municipality": activity.municipality.code,
            "activity_type": activity.activity_type.key if activity.activity_type else None,
            "method": activity.method.key if activity.method else None,
            "lead_organisation": {"id": activity.lead_organisation_id,
                                  "name": activity.lead_organisation.name},
            "owner": {"id": activity.owner_id, "name": activity.owner.name}
            if activity.owner else None,
            "partners": [{"id": o.pk, "name": o.name} for o in activity.partners.all()],
            "areas": sorted(activity.areas.values_list("code", flat=True)),
            "themes": sorted(activity.themes.values_list("key", flat=True)),
            "target_groups": sorted(activity.target_groups.values_list("key", flat=True)),
            "phase": activity.phase.key,
            "start": activity.start,
            "end": activity.end,
            "status": activity.status,
            "reach": activity.reach,
            "resident_led": activity.resident_led,
            "rtc_stage": activity.rtc_stage,
            "handovers": [
                {"id": h.pk, "state": h.state, "due": h.due, "reason": h.reason,
                 "to": h.receiver_label}
                for h in activity.handovers.select_related("to_player", "to_organisation")
            ],
        }
    )  # fmt: skip


@login_required
def activity_edit(request: HttpRequest, pk: int) -> HttpResponse:
    activity = _activity(pk)
    require(can_edit_activity(request.user, activity))
    municipality = activity.municipality
    form = ActivityForm(
        request.POST if request.method == "POST" else None,
        instance=activity,
        municipality=municipality,
        organisation_ids=editable_organisation_ids(request.user, municipality.pk),
    )
    from speelveld.web.views.overlap_warn import overlap_checked, save_warning

    if request.method == "POST" and request.headers.get("HX-Request") and "check" in request.GET:
        return overlap_checked(request, form, activity=activity, municipality=municipality)
    warning = None  # likely duplicates: shown before saving, until the editor confirms
    if (
        request.method == "POST"
        and form.is_valid()
        and not (warning := save_warning(request, form, activity=activity,
                                         municipality=municipality))
    ):  # fmt: skip
        try:
            activity_update(actor=request.user, activity=activity, fields=form.to_fields())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("activity", pk=activity.pk)
    return render(
        request,
        "web/activity_form.html",
        {
            "form": form,
            "activity": activity,
            "municipality": municipality,
            "overlap_warning": warning,
        },
        status=400 if form.errors else 200,
    )


@login_required
def activity_new(request: HttpRequest, code: str) -> HttpResponse:
    municipality = area_get(code)
    require(can_create_in(request.user, municipality.pk))
    form = ActivityForm(
        request.POST if request.method == "POST" else None,
        municipality=municipality,
        organisation_ids=editable_organisation_ids(request.user, municipality.pk),
    )
    from speelveld.web.views.overlap_warn import overlap_checked, save_warning

    if request.method == "POST" and request.headers.get("HX-Request") and "check" in request.GET:
        return overlap_checked(request, form, activity=None, municipality=municipality)
    warning = None  # likely duplicates: shown before saving, until the editor confirms
    if (
        request.method == "POST"
        and form.is_valid()
        and not (warning := save_warning(request, form, activity=None,
                                         municipality=municipality))
    ):  # fmt: skip
        try:
            activity = activity_create(
                actor=request.user, municipality=municipality, fields=form.to_fields()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("activity", pk=activity.pk)
    return render(
        request,
        "web/activity_form.html",
        {"form": form, "activity": None, "municipality": municipality, "overlap_warning": warning},
        status=400 if form.errors else 200,
    )
