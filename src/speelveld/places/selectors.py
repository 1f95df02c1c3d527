"""Reads for areas."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import access_for
from speelveld.activities.models import Activity
from speelveld.places.models import Area, AreaFigures, AreaLevel


def area_get(code: str) -> Area:
    """The area with this code in the newest indeling that has it."""
    area = (
        Area.objects.select_related("parent", "municipality", "layer", "config")
        .filter(code=code.strip().upper())
        .order_by("-year")
        .first()
    )
    if area is None:
        raise Http404(_("Gebied %(code)s bestaat niet.") % {"code": code})
    return area


def municipality_list(*, user: Any) -> QuerySet[Area]:
    """Municipalities the user may see."""
    qs = Area.objects.filter(level=AreaLevel.GEMEENTE).select_related("config").order_by("name")
    access = access_for(user)
    if access.superuser or access.researcher:
        return qs
    return qs.filter(Q(pk__in=access.reader_of) | Q(config__public_view=True))


def areas_of(municipality: Area) -> QuerySet[Area]:
    return Area.objects.filter(municipality=municipality).order_by("level", "code")


def latest_figures(areas: list[Area]) -> dict[int, AreaFigures]:
    """The newest key figures per area, in one query."""
    result: dict[int, AreaFigures] = {}
    for figures in AreaFigures.objects.filter(area__in=areas).order_by("area_id", "-year"):
        result.setdefault(figures.area_id, figures)
    return result


def activity_counts(municipality: Area) -> Counter[int]:
    """Distinct activities per area id, from the municipality's cached facts. A buurt counts its
    own activities and the ones covering its whole wijk; a wijk counts its own and those of its
    buurten. Kept on the municipality object for the rest of the request."""
    cached = getattr(municipality, "_speelveld_counts", None)
    if isinstance(cached, Counter):
        return cached
    from speelveld.activities.facts import field_facts

    field = field_facts(municipality.pk)
    memo_key = ("activity_counts", municipality.pk)
    counts = field.memo.get(memo_key)
    if not isinstance(counts, Counter):
        counts = _spread(municipality, [(f.id, area) for f in field.facts for area in f.areas])
        field.memo[memo_key] = counts
    municipality._speelveld_counts = counts  # type: ignore[attr-defined]
    return counts


MEASURES = ("activiteiten", "spelers", "per1000", "thema")


def player_counts(municipality: Area) -> Counter[int]:
    """Distinct players per area id; a player working in a wijk counts for its buurten too."""
    through = Area.players_working.through
    pairs = through.objects.filter(player__municipality=municipality).values_list(
        "player_id", "area_id"
    )
    return _spread(municipality, pairs)


def _spread(municipality: Area, pairs: Any) -> Counter[int]:
    parent_of = dict(
        Area.objects.filter(municipality=municipality, level=AreaLevel.BUURT).values_list(
            "pk", "parent_id"
        )
    )
    children: dict[int, list[int]] = {}
    for buurt, wijk in parent_of.items():
        children.setdefault(wijk, []).append(buurt)
    touched: dict[int, set[int]] = {}
    for item_id, area_id in pairs:
        touched.setdefault(area_id, set()).add(item_id)
        if area_id in parent_of:
            touched.setdefault(parent_of[area_id], set()).add(item_id)
        for child in children.get(area_id, []):
            touched.setdefault(child, set()).add(item_id)
    return Counter({area_id: len(ids) for area_id, ids in touched.items()})


def area_measure(
    municipality: Area, measure: str, theme: str | None = None
) -> tuple[dict[int, float | None], str]:
    """Values per area id for the map, and a label for the legend."""
    if measure == "spelers":
        counts = player_counts(municipality)
        return {k: float(v) for k, v in counts.items()}, _("spelers")
    if measure == "thema" and theme:
        through = Activity.areas.through
        pairs = through.objects.filter(
            activity__municipality=municipality, activity__themes__key=theme
        ).values_list("activity_id", "area_id")
        counts = _spread(municipality, pairs)
        return {k: float(v) for k, v in counts.items()}, _("activiteiten met dit thema")
    counts = activity_counts(municipality)
    if measure == "per1000":
        areas = list(Area.objects.filter(municipality=municipality))
        figures = latest_figures(areas)
        values: dict[int, float | None] = {}
        for area in areas:
            fig = figures.get(area.pk)
            values[area.pk] = (
                round(1000 * counts[area.pk] / fig.inhabitants, 1)
                if fig and fig.inhabitants
                else None
            )
        return values, _("activiteiten per 1.000 inwoners")
    return {k: float(v) for k, v in counts.items()}, _("activiteiten")
