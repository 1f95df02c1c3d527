"""The findings of a municipality: *dubbelop*, gaps (with a map of gap scores per buurt) and
role fit, each explained; a beheerder marks findings *bewust zo* or *opgelost*.

- ``gemeente/<code>/bevindingen/`` (``findings``) and ``bevindingen.json`` (``findings-json``):
  GET parameters ``gebied`` (a wijk or buurt code: only what concerns it), ``gemarkeerd=1``
  (also the marked findings) and, for the page, ``alle=1`` (every finding instead of the first
  :data:`PAGE_LIMIT` per section; the JSON always has all).
- ``gemeente/<code>/bevindingen/markeren/`` (``finding-mark``) and ``…/markering-weg/``
  (``finding-unmark``): POST ``soort``, ``sleutel``, ``oordeel`` (bewust-zo | opgelost),
  ``toelichting``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from speelveld.accounts.permissions import can_admin_municipality
from speelveld.activities.models import Activity
from speelveld.analysis.loading import field_tables
from speelveld.analysis.results import GapItem
from speelveld.analysis.services import (
    finding_mark,
    finding_unmark,
    findings_ready,
    gap_scores,
    gaps_result,
    gaps_run,
    overlap_run,
    rolefit_run,
)
from speelveld.analysis.texts import capfirst, number, rate_text
from speelveld.places.models import Area, AreaLevel
from speelveld.places.selectors import area_get
from speelveld.web.maps import svg_map
from speelveld.web.representations import json_response
from speelveld.web.views.areas import require_view

PAGE_LIMIT = 25
# From this many activities the first view after a change takes seconds (about 5 s for
# 30,000): the page first says the findings are being computed, then computes them.
WAIT_PAGE_FROM = 5_000
GAP_LIMIT = 60  # gaps are shown grouped per area: a few areas with all their themes
STATES = {"bewust-zo": "intended", "opgelost": "resolved"}
# ColorBrewer "Oranges": sequential and colour-blind safe; warm, so a gap never reads like the
# teal "much activity" of the area map. Nothing at all gets the darkest tone.
# The ramp stops at a mid orange so the dark map labels stay readable on every step.
GAP_RAMP = ["#fff5eb", "#fee6ce", "#fdd0a2", "#fdae6b", "#fd8d3c"]
NOTHING = "#a63603"


def _municipality(request: HttpRequest, code: str) -> Area:
    municipality = area_get(code)
    if municipality.level != AreaLevel.GEMEENTE:
        raise Http404(_("Bevindingen staan per gemeente."))
    require_view(request, municipality)
    return municipality


def _scope(request: HttpRequest, municipality: Area) -> Area | None:
    code = request.GET.get("gebied", "").strip().upper()
    if not code or code == municipality.code:
        return None
    area = Area.objects.filter(code=code, municipality=municipality).order_by("-year").first()
    if area is None:
        raise Http404(_("Gebied %(code)s hoort niet bij deze gemeente.") % {"code": code})
    return area


def _gap_map(municipality: Area, scope: Area | None) -> dict[str, Any]:
    tables = field_tables(municipality)
    scores = gap_scores(tables)
    nothing = {
        b
        for g, _fp in gaps_result(tables)
        if g.theme is None and g.target_group is None
        for b in (g.buurten or (g.area,))
    }  # fmt: skip
    buurten = Area.objects.filter(municipality=municipality, level=AreaLevel.BUURT)
    if scope is not None:
        wijk = scope.pk if scope.level == AreaLevel.WIJK else scope.parent_id
        buurten = buurten.filter(parent_id=wijk)
    rows = list(buurten.values_list("code", "name", "geometry").order_by("code"))
    top = max(scores.values(), default=0.0) or 1.0
    shapes, width, height, _legend = svg_map(
        (code, name, reverse("area", args=[code]), geometry,
         None if code in nothing else round(scores.get(code, 0.0), 1),
         _("hier gebeurt helemaal niets") if code in nothing
         else _("gatscore %(score)s") % {"score": number(scores.get(code, 0.0), 1)})
        for code, name, geometry in rows
    )  # fmt: skip
    steps = len(GAP_RAMP)
    coloured = [
        replace(s, fill=NOTHING if s.code in nothing
                else GAP_RAMP[min(steps - 1, int(steps * (s.value or 0.0) / top))])
        for s in shapes
    ]  # fmt: skip
    legend = [(GAP_RAMP[0], _("geen of klein gat"))]
    legend += [(c, f"{number(top * i / steps, 1)}–{number(top * (i + 1) / steps, 1)}")
               for i, c in enumerate(GAP_RAMP) if i]  # fmt: skip
    legend.append((NOTHING, _("hier gebeurt niets")))
    return {"shapes": coloured, "width": width, "height": height, "legend": legend,
            "highlight": scope.code if scope else ""}  # fmt: skip


def gap_groups(items: Iterable[GapItem], municipality: str) -> list[dict[str, Any]]:
    """Gaps grouped per area, areas in the order of their first (strongest) gap. Where nothing
    happens at all, every theme is a gap: those are summed up (the needs once, the themes and
    target groups by score) instead of listed one by one."""
    groups: dict[str, dict[str, Any]] = {}
    for item in items:
        group = groups.setdefault(item.area, {
            "area": item.area, "name": item.area_name, "url": item.url, "level": item.level,
            "nothing": None, "items": [], "needs": [],
        })  # fmt: skip
        if item.theme is None and item.target_group is None:
            group["nothing"] = item
        else:
            group["items"].append(item)
    for group in groups.values():
        if group["nothing"] is not None:
            rates = {rate["figure"]: rate for i in group["items"] for r in i.reasons
                     if r.code == "need_high" for rate in r.params.get("rates", ())}  # fmt: skip
            group["needs"] = [capfirst(rate_text(rate, municipality)) for rate in rates.values()]
    return list(groups.values())


def _context(request: HttpRequest, code: str, *, limit: int | None) -> dict[str, Any]:
    municipality = _municipality(request, code)
    scope = _scope(request, municipality)
    marked = request.GET.get("gemarkeerd") == "1"
    try:
        kwargs: dict[str, Any] = {"municipality": municipality, "area": scope,
                                  "include_marked": marked}  # fmt: skip
        gap_limit = None if limit is None else max(limit, GAP_LIMIT)
        overlap = overlap_run(**kwargs, limit=limit)
        gaps = gaps_run(**kwargs, limit=gap_limit)
        rolefit = rolefit_run(**kwargs, limit=limit)
    except ValidationError as error:
        raise Http404(" ".join(error.messages)) from error
    return {
        "municipality": municipality,
        "scope": scope,
        "show_marked": marked,
        "overlap": overlap,
        "gaps": gaps,
        "rolefit": rolefit,
    }


def _waiting(request: HttpRequest, code: str) -> HttpResponse | None:
    """A status page while a large municipality's findings still have to be computed; the
    browser then asks again with ``berekenen=1``, and that request computes them."""
    if request.GET.get("berekenen") == "1":
        return None
    municipality = _municipality(request, code)
    if findings_ready(municipality):
        return None
    count = Activity.objects.filter(municipality=municipality).count()
    if count < WAIT_PAGE_FROM:
        return None
    query = request.GET.copy()
    query["berekenen"] = "1"
    return render(request, "web/findings_wait.html", {
        "municipality": municipality, "count": count,
        "onward": f"{request.path}?{query.urlencode()}",
    })  # fmt: skip


def findings_page(request: HttpRequest, code: str) -> HttpResponse:
    if (waiting := _waiting(request, code)) is not None:
        return waiting
    everything = request.GET.get("alle") == "1"
    context = _context(request, code, limit=None if everything else PAGE_LIMIT)
    municipality = context["municipality"]
    wijken = Area.objects.filter(municipality=municipality, level=AreaLevel.WIJK).order_by("code")
    areas = [(w, list(w.children.order_by("code"))) for w in wijken]
    query = request.GET.copy()
    for name in ("gemarkeerd", "alle", "berekenen"):
        query.pop(name, None)
    context.update(
        can_mark=can_admin_municipality(request.user, municipality.pk),
        gap_map=_gap_map(municipality, context["scope"]),
        gap_groups=gap_groups(context["gaps"].items, municipality.name),
        wijken=areas,
        everything=everything,
        limit=PAGE_LIMIT,
        gap_limit=GAP_LIMIT,
        base_query=query.urlencode(),
        json_url=request.get_full_path().replace("/bevindingen/", "/bevindingen.json", 1),
    )
    return render(request, "web/findings.html", context)


def findings_json(request: HttpRequest, code: str) -> HttpResponse:
    c = _context(request, code, limit=None)
    scores = gap_scores(field_tables(c["municipality"]))
    return json_response(
        {
            "municipality": {"code": c["municipality"].code, "name": c["municipality"].name},
            "area": {"code": c["scope"].code, "name": c["scope"].name} if c["scope"] else None,
            "overlap": c["overlap"].as_dict(),
            "gaps": c["gaps"].as_dict(),
            "rolefit": c["rolefit"].as_dict(),
            "gap_scores": {b: round(s, 4) for b, s in sorted(scores.items())},
        }
    )


def _back(request: HttpRequest, municipality: Area) -> HttpResponse:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("findings", args=[municipality.code])
    return redirect(target)


@login_required
@require_POST
def finding_mark_view(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(request, code)
    state = STATES.get(request.POST.get("oordeel", ""), "")
    try:
        finding_mark(
            actor=request.user,
            municipality=municipality,
            kind=request.POST.get("soort", ""),
            key=request.POST.get("sleutel", ""),
            state=state,
            note=request.POST.get("toelichting", ""),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if state == "intended":
            messages.success(request, _("Gemarkeerd als bewust zo. De bevinding komt terug als "
                                        "een van de activiteiten verandert."))  # fmt: skip
        else:
            messages.success(request, _("Gemarkeerd als opgelost. De bevinding komt terug als "
                                        "een van de activiteiten verandert."))  # fmt: skip
    return _back(request, municipality)


@login_required
@require_POST
def finding_unmark_view(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(request, code)
    try:
        finding_unmark(
            actor=request.user,
            municipality=municipality,
            kind=request.POST.get("soort", ""),
            key=request.POST.get("sleutel", ""),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Markering weggehaald; de bevinding staat weer open."))
    return _back(request, municipality)
