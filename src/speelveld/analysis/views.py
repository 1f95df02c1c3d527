"""*Wie schakel ik in?*: the question form with its ranked, explained answer, and the JSON twin.

GET parameters (page and JSON alike): ``gebied`` (a wijk or buurt code of the municipality, or
the gemeente), ``thema`` and ``doelgroep`` (repeatable keys), ``werkvorm`` (kind of help),
``fase``, ``taal`` and, for JSON, ``aantal`` (how many, at most 50).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from speelveld.accounts.permissions import can_view_municipality
from speelveld.analysis.engage import EngageResult, engage_field, engage_query
from speelveld.analysis.engage_field import Labels, pick
from speelveld.core.engage import DEFAULT_WEIGHTS
from speelveld.places.models import Area, AreaLevel
from speelveld.places.selectors import area_get
from speelveld.web.representations import json_response

FIELD_PARAM = {
    "area": "gebied",
    "themes": "thema",
    "target_groups": "doelgroep",
    "activity_type": "werkvorm",
    "phase": "fase",
    "language": "taal",
}


def _choices(pairs: dict[str, tuple[str, str]], empty: str) -> list[tuple[str, str]]:
    return [("", empty)] + sorted(
        ((k, pick(v, k)) for k, v in pairs.items()), key=lambda kv: kv[1].lower()
    )


class EngageForm(forms.Form):
    gebied = forms.ChoiceField(label=gettext_lazy("Gebied"))
    thema = forms.ChoiceField(label=gettext_lazy("Thema"), required=False)
    doelgroep = forms.ChoiceField(label=gettext_lazy("Doelgroep"), required=False)
    werkvorm = forms.ChoiceField(label=gettext_lazy("Soort hulp (werkvorm)"), required=False)
    fase = forms.ChoiceField(label=gettext_lazy("Fase"), required=False)
    taal = forms.ChoiceField(label=gettext_lazy("Gesproken taal"), required=False)

    def __init__(self, *args: Any, municipality: Area, labels: Labels, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        wijken = sorted(
            (code, name) for code, (name, level) in labels.areas.items() if level == AreaLevel.WIJK
        )
        groups: list[tuple[str, Any]] = [
            ("", _("— kies een buurt of wijk —")),
            (municipality.code, _("hele gemeente %(name)s") % {"name": municipality.name}),
        ]
        for wijk, name in wijken:
            buurten = sorted(
                (code, n)
                for code, (n, level) in labels.areas.items()
                if level == AreaLevel.BUURT and code[2:8] == wijk[2:8]
            )
            options = [(wijk, _("hele wijk %(name)s") % {"name": name})] + buurten
            groups.append((_("Wijk %(name)s") % {"name": name}, options))
        self.fields["gebied"].choices = groups  # type: ignore[attr-defined]
        self.fields["thema"].choices = _choices(labels.themes, _("— elk thema —"))  # type: ignore[attr-defined]
        self.fields["doelgroep"].choices = _choices(labels.target_groups, _("— elke doelgroep —"))  # type: ignore[attr-defined]
        self.fields["werkvorm"].choices = _choices(labels.activity_types, _("— elke werkvorm —"))  # type: ignore[attr-defined]
        phases = [("", _("— elke fase —"))] + [(k, pick(v, k)) for k, v in labels.phases.items()]
        self.fields["fase"].choices = phases  # type: ignore[attr-defined]
        self.fields["taal"].choices = _choices(labels.languages, _("— elke taal —"))  # type: ignore[attr-defined]


def _municipality(request: HttpRequest, code: str) -> Area:
    municipality = area_get(code)
    if municipality.level != AreaLevel.GEMEENTE:
        raise Http404(_("Wie schakel ik in? vraagt u per gemeente."))
    if not can_view_municipality(request.user, municipality):
        if not request.user.is_authenticated:
            raise PermissionDenied(_("Log in om deze gemeente te bekijken."))
        raise PermissionDenied(_("U heeft geen toegang tot deze gemeente."))
    return municipality


def _ask(municipality: Area, query: QueryDict, limit: int) -> EngageResult:
    def many(name: str) -> list[str]:
        return [v for v in query.getlist(name) if v]

    return engage_query(
        municipality=municipality,
        area_code=query.get("gebied", ""),
        themes=many("thema"),
        target_groups=many("doelgroep"),
        activity_type=query.get("werkvorm") or None,
        phase=query.get("fase") or None,
        language=query.get("taal") or None,
        limit=limit,
    )


def _errors(error: ValidationError) -> dict[str, list[str]]:
    if hasattr(error, "error_dict"):
        return {FIELD_PARAM.get(k, k): v for k, v in error.message_dict.items()}
    return {"__all__": error.messages}


def engage_page(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(request, code)
    field = engage_field(municipality)
    asked = bool(request.GET.get("gebied"))
    form = EngageForm(
        request.GET if asked else None, municipality=municipality, labels=field.labels
    )
    result = errors = None
    if asked:
        try:
            result = _ask(municipality, request.GET, limit=10)
        except ValidationError as error:
            errors = _errors(error)
    context: dict[str, Any] = {
        "municipality": municipality,
        "form": form,
        "errors": errors,
        "answer": result.as_dict() if result else None,
        "w": DEFAULT_WEIGHTS,
        "json_url": request.get_full_path().replace(
            "/wie-schakel-ik-in/", "/wie-schakel-ik-in.json", 1
        ),
    }
    return render(request, "analysis/engage.html", context, status=400 if errors else 200)


def engage_json(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(request, code)
    raw = request.GET.get("aantal", "10")
    limit = int(raw) if raw.isdigit() else 10
    try:
        result = _ask(municipality, request.GET, limit=limit)
    except ValidationError as error:
        response = json_response({"errors": _errors(error)})
        response.status_code = 400
        return response
    return json_response(result.as_dict())
