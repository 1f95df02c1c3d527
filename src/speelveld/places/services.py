"""Writes for areas."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

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
    *,
    actor: Any,
    municipality: Area,
    public_view: bool,
    rtc_submit_weeks: int | None = None,
    rtc_decision_weeks: int | None = None,
    rtc_grant_years: int | None = None,
    rtc_accountability_month: int | None = None,
    rtc_accountability_day: int | None = None,
    rtc_extension_years: int | None = None,
) -> MunicipalityConfig:
    """A beheerder decides whether anyone may read the municipality's field without login, and
    sets the Right to Challenge terms of its by-law (``None`` leaves a term as it is)."""
    require(can_admin_municipality(actor, municipality.pk))
    config, _created = MunicipalityConfig.objects.get_or_create(municipality=municipality)
    config.public_view = public_view
    terms = {
        "rtc_submit_weeks": rtc_submit_weeks,
        "rtc_decision_weeks": rtc_decision_weeks,
        "rtc_grant_years": rtc_grant_years,
        "rtc_accountability_month": rtc_accountability_month,
        "rtc_accountability_day": rtc_accountability_day,
        "rtc_extension_years": rtc_extension_years,
    }
    for name, value in terms.items():
        if value is not None:
            setattr(config, name, value)
    try:
        date(2001, config.rtc_accountability_month, config.rtc_accountability_day)
    except ValueError:
        raise ValidationError(
            {"rtc_accountability_day": _("Deze dag bestaat niet in die maand.")}
        ) from None
    config.full_clean(exclude=["municipality"])
    with one_change(config, user=actor, created=_created):
        config.save()
    return config
