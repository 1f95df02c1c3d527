"""Writes for areas."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from speelveld.accounts.permissions import can_admin_municipality, require
from speelveld.history import one_change
from speelveld.places.models import Area, AreaLevel, MunicipalityConfig


@transaction.atomic
def area_create(
    *,
    actor: Any,
    municipality: Area,
    code: str,
    name: str,
    level: str,
    parent: Area | None,
    geometry: dict[str, Any] | None = None,
) -> Area:
    """Add a wijk or buurt (or stadsdeel) to a municipality's indeling; the code must fit."""
    require(can_admin_municipality(actor, municipality.pk))
    area = Area(
        code=code.strip().upper(),
        name=name.strip(),
        level=level,
        parent=parent,
        year=parent.year if parent else municipality.year,
        geometry=geometry,
    )
    area.full_clean()
    if level != AreaLevel.GEMEENTE:
        # the parent chain must end in this municipality
        area.municipality = (
            parent
            if parent and parent.level == AreaLevel.GEMEENTE
            else getattr(parent, "municipality", None)
        )
    with one_change(area, user=actor, created=True):
        area.save()
    return area


@transaction.atomic
def municipality_config_update(
    *, actor: Any, municipality: Area, public_view: bool
) -> MunicipalityConfig:
    """A beheerder decides whether anyone may read the municipality's field without login."""
    require(can_admin_municipality(actor, municipality.pk))
    config, _created = MunicipalityConfig.objects.get_or_create(municipality=municipality)
    config.public_view = public_view
    with one_change(config, user=actor, created=_created):
        config.save()
    return config
