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
    """Distinct activities per area id, in one query. A buurt counts its own activities and the
    ones covering its whole wijk; a wijk counts its own and those of its buurten."""
    through = Activity.areas.through
    pairs = through.objects.filter(activity__municipality=municipality).values_list(
        "activity_id", "area_id"
    )
    parent_of = dict(
        Area.objects.filter(municipality=municipality, level=AreaLevel.BUURT).values_list(
            "pk", "parent_id"
        )
    )
    children: dict[int, list[int]] = {}
    for buurt, wijk in parent_of.items():
        children.setdefault(wijk, []).append(buurt)
    touched: dict[int, set[int]] = {}
    for activity_id, area_id in pairs:
        touched.setdefault(area_id, set()).add(activity_id)
        if area_id in parent_of:  # a buurt: its wijk counts it too
            touched.setdefault(parent_of[area_id], set()).add(activity_id)
        for child in children.get(area_id, []):  # a wijk: each of its buurten counts it
            touched.setdefault(child, set()).add(activity_id)
    return Counter({area_id: len(ids) for area_id, ids in touched.items()})


def activities_in(area: Area) -> QuerySet[Activity]:
    """Activities in this area: in it, in one of its parts, or covering its wijk."""
    if area.level == AreaLevel.GEMEENTE:
        qs = Activity.objects.filter(municipality=area)
    elif area.level == AreaLevel.BUURT:
        qs = Activity.objects.filter(areas__in=[area.pk, area.parent_id]).distinct()
    else:
        qs = Activity.objects.filter(
            areas__in=[area.pk, *area.children.values_list("pk", flat=True)]
        )
        qs = qs.distinct()
    return qs.select_related("lead_organisation", "phase", "activity_type", "owner")
