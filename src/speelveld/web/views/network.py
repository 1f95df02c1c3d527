"""The network page of a municipality and its ``.json`` twin: one selector, two
representations. The graph script on the page loads exactly the ``.json``; without JavaScript the
page shows the same nodes and ties as a table, and focusing works through the GET form."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from speelveld.accounts.permissions import can_view_municipality
from speelveld.places.models import Area, AreaLevel
from speelveld.places.selectors import area_get
from speelveld.players.network import (
    KIND_BOTH,
    KIND_ORGANISATIONS,
    KIND_PLAYERS,
    MAX_STEPS,
    Network,
    NetworkVocabulary,
    Node,
    network_focus,
    network_get,
    network_vocabulary,
)

# Node colours per organisation type (Okabe-Ito and Tol hues, told apart by most colour-blind
# readers; every node also gets a dark outline, so the light ones keep 3:1 against white).
TYPE_COLOURS = {
    "welzijn": "#0072b2",
    "woningcorporatie": "#e69f00",
    "gemeente": "#009e73",
    "bibliotheek": "#cc79a7",
    "kerk": "#7b4f2c",
    "zelfstandige": "#f0e442",
    "bewoners": "#d55e00",
    "zorg": "#56b4e9",
    "politie": "#332288",
    "onderwijs": "#882255",
    "fonds": "#999933",
    "overig": "#8c959f",
}
# The no-JS table stays readable and quick; the graph and the .json carry everything.
TABLE_LIMIT = 250
TIES_PER_ROW = 12
KIND_CHOICES = [
    (KIND_BOTH, gettext_lazy("organisaties en spelers")),
    (KIND_ORGANISATIONS, gettext_lazy("alleen organisaties")),
    (KIND_PLAYERS, gettext_lazy("alleen spelers")),
]
STEP_CHOICES = [
    ("1", gettext_lazy("1 stap: directe partners")),
    ("2", gettext_lazy("2 stappen: ook partners van partners")),
]
LEVEL_LABELS = {
    AreaLevel.STADSDEEL: gettext_lazy("Stadsdelen"),
    AreaLevel.WIJK: gettext_lazy("Wijken"),
    AreaLevel.BUURT: gettext_lazy("Buurten"),
}


class NetworkFilterForm(forms.Form):
    thema = forms.MultipleChoiceField(label=gettext_lazy("Thema's"), required=False)
    gebied = forms.ChoiceField(label=gettext_lazy("Gebied"), required=False)
    soort = forms.ChoiceField(label=gettext_lazy("Toon"), required=False, choices=KIND_CHOICES)
    focus = forms.RegexField(
        label=gettext_lazy("Focus op"),
        regex=r"^[op][1-9][0-9]{0,17}$",
        required=False,
        error_messages={"invalid": gettext_lazy("Kies een partij uit de lijst.")},
    )
    stappen = forms.TypedChoiceField(
        label=gettext_lazy("Omgeving"),
        coerce=int,
        choices=STEP_CHOICES,
        required=False,
        empty_value=None,
    )

    def __init__(self, data: Any, *, vocabulary: NetworkVocabulary) -> None:
        super().__init__(data)
        self.vocabulary = vocabulary
        thema = self.fields["thema"]
        assert isinstance(thema, forms.MultipleChoiceField)
        thema.choices = [(t.key, t.label) for t in vocabulary.themes]
        gebied = self.fields["gebied"]
        assert isinstance(gebied, forms.ChoiceField)
        gebied.choices = [("", "")] + [(a.code, a.name) for a in vocabulary.areas]

    def filters(self) -> dict[str, Any]:
        """Arguments for ``network_get`` (call after ``is_valid``)."""
        data = self.cleaned_data
        return {
            "themes": data.get("thema") or (),
            "area_code": data.get("gebied") or None,
            "kind": data.get("soort") or KIND_BOTH,
        }


def _municipality(request: HttpRequest, code: str) -> Area:
    municipality = area_get(code)
    if municipality.level != AreaLevel.GEMEENTE:
        raise Http404(_("Gebied %(code)s bestaat niet.") % {"code": code})
    if not can_view_municipality(request.user, municipality):
        if not request.user.is_authenticated:
            raise PermissionDenied(_("Log in om deze gemeente te bekijken."))
        raise PermissionDenied(_("U heeft geen toegang tot deze gemeente."))
    return municipality


def _load(
    request: HttpRequest, municipality: Area
) -> tuple[NetworkFilterForm, Network | None, Network | None]:
    """(form, whole filtered network, focused part) — the networks are None on bad input."""
    vocabulary = network_vocabulary(municipality)
    form = NetworkFilterForm(request.GET, vocabulary=vocabulary)  # no parameters: all defaults
    if not form.is_valid():
        return form, None, None
    network = network_get(municipality=municipality, vocabulary=vocabulary, **form.filters())
    focused = None
    focus = form.cleaned_data.get("focus")
    if focus:
        focused = network_focus(network, focus, form.cleaned_data.get("stappen") or 1)
    return form, network, focused


def network_json(request: HttpRequest, code: str) -> JsonResponse:
    """The network as compact JSON (keys documented in ``speelveld.players.network``)."""
    try:
        municipality = _municipality(request, code)
    except PermissionDenied as denied:
        return JsonResponse({"error": str(denied)}, status=403)
    except Http404 as missing:
        return JsonResponse({"error": str(missing)}, status=404)
    form, network, focused = _load(request, municipality)
    if network is None:
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    focus = form.cleaned_data.get("focus")
    if focus and focused is None:
        return JsonResponse(
            {"errors": {"focus": [{"message": _("Deze partij valt buiten de gekozen filters.")}]}},
            status=400,
        )
    return JsonResponse(
        (focused or network).as_json(),
        json_dumps_params={"ensure_ascii": False, "separators": (",", ":")},
    )


def area_network(request: HttpRequest, code: str) -> HttpResponse:
    """``gebied/<code>/netwerk/``: the network page of the area's municipality, filtered to it."""
    area = area_get(code)
    municipality = area.own_municipality
    target = reverse("network", args=[municipality.code])
    if area.pk != municipality.pk:
        target += "?" + urlencode({"gebied": area.code})
    return redirect(target)


def _describe(node: Node, network: Network) -> str:
    labels = network.labels
    if node.kind == "o":
        return labels["types"].get(node.type, "")
    text = labels["roles"].get(node.role, node.role)
    organisation = network.node(node.organisation) if node.organisation else None
    if organisation is not None:
        text = f"{text}, {organisation.name}"
    return text


def _rows(network: Network, shown: Network) -> list[dict[str, Any]]:
    """Table rows of ``shown`` (the focused part or the whole): most-connected first."""
    if shown.focus is not None:
        order = sorted(shown.nodes, key=lambda n: (n.steps or 0, -n.degree, n.name.casefold()))
    else:
        order = sorted(shown.nodes, key=lambda n: (-n.degree, n.name.casefold(), n.id))
    ties = shown.ties()
    labels = network.labels
    rows = []
    for node in order[:TABLE_LIMIT]:
        mine = sorted(
            ties.get(node.id, []),
            key=lambda tie: (-tie[0].intensity, (shown.node(tie[1]) or node).name.casefold()),
        )
        limit = len(mine) if node.id == shown.focus else TIES_PER_ROW
        rows.append(
            {
                "node": node,
                "describe": _describe(node, network),
                "colour": TYPE_COLOURS.get(node.type, TYPE_COLOURS["overig"]),
                "ties": [
                    {
                        "edge": edge,
                        "other": shown.node(other),
                        "intensity": labels["intensities"].get(str(edge.intensity), ""),
                        "theme": labels["themes"].get(edge.theme, "") if edge.theme else "",
                    }
                    for edge, other in mine[:limit]
                ],
                "more": max(0, len(mine) - limit),
            }
        )
    return rows


def _focus_options(network: Network, selected: str) -> SafeString:
    """The <option>s of the focus list: one per node, thousands in a large municipality, so
    joined here (escaped by format_html) rather than looped over in the template."""
    return format_html_join(
        "",
        '<option value="{}"{}>{}{}</option>',
        (
            (
                node.id,
                mark_safe(" selected") if node.id == selected else "",
                node.name,
                f" — {describe}" if (describe := _describe(node, network)) else "",
            )
            for node in network.nodes
        ),
    )


def _js_text() -> dict[str, str]:
    """Labels for graph.js, translated here (the script holds no text of its own)."""
    return {
        "loading": _("Netwerk laden…"),
        "failed": _(
            "Het netwerk kon niet worden geladen. De tabel hieronder toont dezelfde gegevens."
        ),
        "ready": _("Getekend. Partijen: {nodes}; samenwerkingen: {edges}."),
        "empty": _("Geen partijen in deze selectie."),
        "big": _("Groot netwerk: namen verschijnen als u inzoomt."),
        "organisation": _("Organisatie"),
        "player": _("Speler"),
        "group": _("Bewonersgroep"),
        "activities": _("Activiteiten"),
        "ties": _("Samenwerkingen"),
        "hinders": _("waarvan hinderend"),
        "works_at": _("Werkt bij"),
        "outside": _("Buiten het gekozen gebied"),
        "lifted": _("via spelers"),
        "trust": _("Vertrouwen"),
        "value": _("Waarde"),
        "theme": _("Thema"),
        "no_ties": _("Geen samenwerkingen in deze selectie."),
        "focus_1": _("Focus op {name}, 1 stap. Partijen: {nodes}; samenwerkingen: {edges}."),
        "focus_2": _("Focus op {name}, 2 stappen. Partijen: {nodes}; samenwerkingen: {edges}."),
        "org_page": _("Naar de organisatiepagina"),
        "graph_label": _(
            "Netwerkgrafiek. Partijen: {nodes}; samenwerkingen: {edges}. De tabel onder de "
            "grafiek bevat dezelfde gegevens."
        ),
    }


def network_page(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(request, code)
    form, network, focused = _load(request, municipality)
    context: dict[str, Any] = {
        "municipality": municipality,
        "form": form,
        "vocabulary": form.vocabulary,
        "network": network,
        "kind_choices": KIND_CHOICES,
        "step_choices": STEP_CHOICES,
        "area_groups": [
            (label, [a for a in form.vocabulary.areas if a.level == level])
            for level, label in LEVEL_LABELS.items()
        ],
    }
    if network is None:
        return render(request, "web/network.html", context, status=400)
    shown = focused or network
    focus_id = form.cleaned_data.get("focus") or ""
    present_types = {n.type for n in shown.nodes}
    stats = shown.stats()
    query = request.GET.copy()
    for key in ("focus", "stappen"):
        query.pop(key, None)
    context.update(
        {
            "shown": shown,
            "stats": stats,
            "density_all": 100 * stats["density_all"],
            "density_tied": 100 * stats["density_tied"],
            "focus_node": network.node(focused.focus) if focused and focused.focus else None,
            "focus_missing": bool(focus_id) and focused is None,
            "selected_themes": set(form.cleaned_data.get("thema") or ()),
            "selected_area": form.cleaned_data.get("gebied") or "",
            "selected_kind": form.cleaned_data.get("soort") or KIND_BOTH,
            "selected_focus": focus_id,
            "selected_steps": str(form.cleaned_data.get("stappen") or 1),
            "focus_options": _focus_options(network, focus_id),
            "rows": _rows(network, shown),
            "table_limit": TABLE_LIMIT,
            "legend": [
                (TYPE_COLOURS.get(key, TYPE_COLOURS["overig"]), label)
                for key, label in network.labels["types"].items()
                if key in present_types
            ],
            "intensities": list(network.labels["intensities"].items()),
            "filter_query": query.urlencode(),
            "json_url": reverse("network-json", args=[municipality.code])
            + (f"?{request.GET.urlencode()}" if request.GET else ""),
            "graph_config": {
                "json": reverse("network-json", args=[municipality.code]),
                "organisationUrl": reverse("organisation", args=[0]),
                "colours": TYPE_COLOURS,
                "maxSteps": MAX_STEPS,
                "text": _js_text(),
            },
        }
    )
    return render(request, "web/network.html", context)
