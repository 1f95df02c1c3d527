"""Warn at entry on the activity form: "Er loopt al iets vergelijkbaars: …" before saving.

Two helpers for ``activity_new`` and ``activity_edit``:

- :func:`overlap_checked` answers the form's htmx inline check (``?check=1``): the form body
  with its errors plus the warning out of band, or, while the editor types
  (``?check=1&waarschuwing=1``), the warning alone;
- :func:`save_warning` stops a save (the page comes back with status 200, the warning and a
  "Toch opslaan" checkbox named ``bevestigd``) when likely duplicates exist and the editor has
  not confirmed yet. This path needs no JavaScript.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from speelveld.activities.models import Activity
from speelveld.analysis.warn import OverlapWarning, overlap_warn, overlap_warn_data
from speelveld.places.models import Area
from speelveld.web.forms import ActivityForm

CONFIRM = "bevestigd"


def overlap_checked(
    request: HttpRequest, form: ActivityForm, *, activity: Activity | None, municipality: Area
) -> HttpResponse:
    """Inline validation plus the overlap warning; saves nothing."""
    form.is_valid()
    warning = overlap_warn_data(
        municipality=municipality,
        data=form.cleaned_data,
        activity_id=activity.pk if activity else None,
    )
    context: dict[str, Any] = {
        "form": form,
        "activity": activity,
        "municipality": municipality,
        "overlap_warning": warning,
        "confirmed": bool(request.POST.get(CONFIRM)),
    }
    if request.GET.get("waarschuwing"):
        return render(request, "web/_overlap_warning.html", context)
    return render(request, "web/_form_check.html", context)


def save_warning(
    request: HttpRequest, form: ActivityForm, *, activity: Activity | None, municipality: Area
) -> OverlapWarning | None:
    """The warning that should stop this save, or ``None`` to go ahead (call after a successful
    ``form.is_valid()``)."""
    if request.POST.get(CONFIRM):
        return None
    warning = overlap_warn(
        municipality=municipality,
        fields=form.to_fields(),
        activity_id=activity.pk if activity else None,
    )
    return warning if warning.blocks else None
