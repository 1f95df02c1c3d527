"""Which records a reader may see, and the filters every list shares.

Reads ask ``accounts.permissions`` exactly as the pages do: a municipality's field is visible
to its members, researchers, superusers, and to anyone when its public view is on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import can_view_municipality
from speelveld.places.models import Area, AreaLevel
from speelveld.places.selectors import area_get, municipality_list

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
MAX_OFFSET = 1_000_000


def require_view(actor: Any, municipality: Area) -> None:
    if not can_view_municipality(actor, municipality):
        if not getattr(actor, "is_authenticated", False):
            raise PermissionDenied(_("Log in om deze gemeente te bekijken."))
        raise PermissionDenied(_("U heeft geen toegang tot deze gemeente."))


def municipality_get(actor: Any, code: str) -> Area:
    """A gemeente by CBS code that the actor may see (404, 403 otherwise)."""
    area = area_get(code)
    if area.level != AreaLevel.GEMEENTE:
        raise Http404(_("%(code)s is geen gemeente.") % {"code": area.code})
    require_view(actor, area)
    return area


@dataclass(frozen=True)
class Scope:
    """Municipalities (ids or a queryset) and, when filtering by area, the areas that cover it."""

    municipalities: Any  # QuerySet[Area] | list[int]
    areas: set[int] | None = None

    def of(self, field: str) -> Q:
        """A filter on the municipality FK ``field`` (e.g. ``municipality``)."""
        if isinstance(self.municipalities, QuerySet):
            return Q(**{f"{field}__in": self.municipalities.values("pk")})
        return Q(**{f"{field}__in": self.municipalities})


def covering(area: Area) -> set[int] | None:
    """Area ids whose records count for ``area``: a buurt and its wijk; a wijk and its buurten;
    the whole municipality for a gemeente (``None``: no area filter)."""
    if area.level == AreaLevel.GEMEENTE:
        return None
    if area.level == AreaLevel.BUURT:
        return {area.pk, *([area.parent_id] if area.parent_id else [])}
    return {area.pk, *Area.objects.filter(parent=area).values_list("pk", flat=True)}


def scope(actor: Any, municipality: str | None, area: str | None) -> Scope:
    """The municipalities a list may show, narrowed by the ``municipality`` and ``area``
    filters; a filter on a municipality the actor may not see is a 403, as on the pages."""
    if area:
        found = area_get(area)
        owner = found.own_municipality
        require_view(actor, owner)
        if municipality and municipality.upper() != owner.code:
            return Scope(municipalities=[])
        return Scope(municipalities=[owner.pk], areas=covering(found))
    if municipality:
        return Scope(municipalities=[municipality_get(actor, municipality).pk])
    return Scope(municipalities=municipality_list(user=actor))


def window(queryset: QuerySet[Any], limit: int, offset: int) -> tuple[list[Any], int]:
    """One page of a queryset and the total count."""
    return list(queryset[offset : offset + limit]), queryset.count()
