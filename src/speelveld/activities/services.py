"""Writes for activities. Every page, API endpoint and CLI command changes activities here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import can_edit_activity, can_edit_for, require
from speelveld.activities.models import Activity, ActivityStatus
from speelveld.catalogue.models import ActivityType, Method, Phase, TargetGroup, Theme
from speelveld.history import one_change
from speelveld.places.models import Area
from speelveld.players.models import Organisation, Player


@dataclass
class ActivityFields:
    """What an editor fills in for an activity."""

    title: str
    lead_organisation: Organisation
    phase: Phase
    start: date
    areas: list[Area]
    description: str = ""
    activity_type: ActivityType | None = None
    method: Method | None = None
    owner: Player | None = None
    end: date | None = None
    status: str = ActivityStatus.RUNNING
    reach: int | None = None
    resident_led: bool = False
    rtc_stage: str = ""
    themes: list[Theme] = field(default_factory=list)
    target_groups: list[TargetGroup] = field(default_factory=list)
    partners: list[Organisation] = field(default_factory=list)

    SCALARS = (
        "title",
        "lead_organisation",
        "phase",
        "start",
        "description",
        "activity_type",
        "method",
        "owner",
        "end",
        "status",
        "reach",
        "resident_led",
        "rtc_stage",
    )


def _check_scope(municipality: Area, fields: ActivityFields) -> None:
    """Areas and owner must belong to the activity's municipality."""
    errors: dict[str, str] = {}
    if not fields.areas:
        errors["areas"] = _("Kies minstens één wijk of buurt.")
    outside = [a.code for a in fields.areas if a.own_municipality.pk != municipality.pk]
    if outside:
        errors["areas"] = _("Deze gebieden liggen niet in %(gemeente)s: %(codes)s.") % {
            "gemeente": municipality.name,
            "codes": ", ".join(outside),
        }
    if fields.owner is not None and fields.owner.municipality_id != municipality.pk:
        errors["owner"] = _("De eigenaar werkt niet in deze gemeente.")
    if fields.end is not None and fields.end < fields.start:
        errors["end"] = _("De einddatum ligt vóór de startdatum.")
    if fields.lead_organisation in fields.partners:
        errors["partners"] = _("De trekker staat ook als partner vermeld.")
    if errors:
        raise ValidationError(errors)


def _apply(activity: Activity, fields: ActivityFields) -> None:
    for name in ActivityFields.SCALARS:
        setattr(activity, name, getattr(fields, name))


def _set_relations(activity: Activity, fields: ActivityFields) -> None:
    activity.areas.set(fields.areas)
    activity.themes.set(fields.themes)
    activity.target_groups.set(fields.target_groups)
    activity.partners.set(fields.partners)


@transaction.atomic
def activity_create(*, actor: Any, municipality: Area, fields: ActivityFields) -> Activity:
    """Create an activity for an organisation the actor may edit for."""
    require(can_edit_for(actor, municipality.pk, fields.lead_organisation.pk))
    _check_scope(municipality, fields)
    activity = Activity(municipality=municipality)
    _apply(activity, fields)
    activity.full_clean(exclude=["areas", "themes", "target_groups", "partners"])
    with one_change(activity, user=actor, created=True):
        activity.save()
        _set_relations(activity, fields)
    return activity


@transaction.atomic
def activity_update(*, actor: Any, activity: Activity, fields: ActivityFields) -> Activity:
    """Change an activity. Moving it to another lead organisation needs rights on both."""
    # Check the stored record, not the instance: a model form may already have changed it.
    stored = Activity.objects.get(pk=activity.pk)
    require(can_edit_activity(actor, stored))
    require(can_edit_for(actor, activity.municipality_id, fields.lead_organisation.pk))
    _check_scope(activity.municipality, fields)
    _apply(activity, fields)
    activity.full_clean(exclude=["areas", "themes", "target_groups", "partners"])
    with one_change(activity, user=actor):
        activity.save()
        _set_relations(activity, fields)
    return activity
