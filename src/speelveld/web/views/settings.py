from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import can_admin_municipality, require
from speelveld.places.models import MunicipalityConfig
from speelveld.places.selectors import area_get
from speelveld.places.services import municipality_config_update
from speelveld.web.forms import MunicipalityConfigForm
from speelveld.web.views.common import add_service_errors


@login_required
def municipality_settings(request: HttpRequest, code: str) -> HttpResponse:
    municipality = area_get(code)
    require(can_admin_municipality(request.user, municipality.pk))
    config = MunicipalityConfig.objects.filter(municipality=municipality).first()
    initial: dict[str, Any] = {"public_view": bool(config and config.public_view)}
    terms = config or MunicipalityConfig()  # the model's defaults when nothing was set yet
    initial.update({name: getattr(terms, name) for name in MunicipalityConfigForm.RTC_FIELDS})
    form = MunicipalityConfigForm(
        request.POST if request.method == "POST" else None, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            municipality_config_update(
                actor=request.user,
                municipality=municipality,
                public_view=form.cleaned_data["public_view"],
                **{name: form.cleaned_data[name] for name in MunicipalityConfigForm.RTC_FIELDS},
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("De instellingen zijn opgeslagen."))
            return redirect("municipality-settings", code=municipality.code)
    return render(
        request,
        "web/settings.html",
        {"form": form, "municipality": municipality},
        status=400 if form.errors else 200,
    )
