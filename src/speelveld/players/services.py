"""Writes for players and collaborations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import (
    can_edit_collaboration,
    can_edit_for,
    can_edit_player,
    require,
)
from speelveld.catalogue.models import Language, Role, TargetGroup, Theme
from speelveld.history import one_change
from speelveld.places.models import Area
from speelveld.players.models import Collaboration, Organisation, Player


@dataclass
class PlayerFields:
    name: str
    role: Role
    organisation: Organisation | None
    is_group: bool = False
    email: str = ""
    phone: str = ""
    hours_per_week: Decimal | None = None
    active_from: date | None = None
    active_until: date | None = None
    areas: list[Area] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    target_groups: list[TargetGroup] = field(default_factory=list)
    languages: list[Language] = field(default_factory=list)

    SCALARS = ("name", "role", "organisation", "is_group", "email", "phone", "hours_per_week",
               "active_from", "active_until")  # fmt: skip


def _check_player(municipality: Area, fields: PlayerFields) -> None:
    outside = [a.code for a in fields.areas if a.own_municipality.pk != municipality.pk]
    if outside:
        raise ValidationError(
            {"areas": _("Deze gebieden liggen niet in %(gemeente)s: %(codes)s.")
             % {"gemeente": municipality.name, "codes": ", ".join(outside)}}
        )  # fmt: skip


def _save_player(player: Player, fields: PlayerFields, *, actor: Any, created: bool) -> Player:
    for name in PlayerFields.SCALARS:
        setattr(player, name, getattr(fields, name))
    player.full_clean(exclude=["areas", "themes", "target_groups", "languages"])
    with one_change(player, user=actor, created=created):
        player.save()
        player.areas.set(fields.areas)
        player.themes.set(fields.themes)
        player.target_groups.set(fields.target_groups)
        player.languages.set(fields.languages)
    return player


@transaction.atomic
def player_create(*, actor: Any, municipality: Area, fields: PlayerFields) -> Player:
    """Add a professional or resident group to the field, for an organisation the actor edits."""
    organisation_id = fields.organisation.pk if fields.organisation else None
    require(can_edit_for(actor, municipality.pk, organisation_id))
    _check_player(municipality, fields)
    return _save_player(Player(municipality=municipality), fields, actor=actor, created=True)


@transaction.atomic
def player_update(*, actor: Any, player: Player, fields: PlayerFields) -> Player:
    """Change a player; the stored record decides who may (a form may have changed it)."""
    require(can_edit_player(actor, Player.objects.get(pk=player.pk)))
    organisation_id = fields.organisation.pk if fields.organisation else None
    require(can_edit_for(actor, player.municipality_id, organisation_id))
    _check_player(player.municipality, fields)
    return _save_player(player, fields, actor=actor, created=False)


@dataclass
class CollaborationFields:
    a_player: Player | None
    a_organisation: Organisation | None
    b_player: Player | None
    b_organisation: Organisation | None
    intensity: int = 1
    sign: int = 1
    context: str = ""
    since: date | None = None
    theme: Theme | None = None
    trust: Decimal | None = None
    value: Decimal | None = None

    NAMES = ("a_player", "a_organisation", "b_player", "b_organisation", "intensity", "sign",
             "context", "since", "theme", "trust", "value")  # fmt: skip


def _save_collaboration(
    collaboration: Collaboration, fields: CollaborationFields, *, actor: Any, created: bool
) -> Collaboration:
    for name in CollaborationFields.NAMES:
        setattr(collaboration, name, getattr(fields, name))
    for side in (fields.a_player, fields.b_player):
        if side is not None and side.municipality_id != collaboration.municipality_id:
            raise ValidationError(_("Een speler uit een andere gemeente kan hier niet meedoen."))
    collaboration.full_clean()
    # an editor may only record ties that involve their own organisation
    require(can_edit_collaboration(actor, collaboration))
    with one_change(collaboration, user=actor, created=created):
        collaboration.save()
    return collaboration


@transaction.atomic
def collaboration_create(
    *, actor: Any, municipality: Area, fields: CollaborationFields
) -> Collaboration:
    """Record a tie between two players and/or organisations."""
    collaboration = Collaboration(municipality=municipality)
    return _save_collaboration(collaboration, fields, actor=actor, created=True)


@transaction.atomic
def collaboration_update(
    *, actor: Any, collaboration: Collaboration, fields: CollaborationFields
) -> Collaboration:
    """Change a tie; the actor needs rights on it as stored and as changed."""
    require(can_edit_collaboration(actor, Collaboration.objects.get(pk=collaboration.pk)))
    return _save_collaboration(collaboration, fields, actor=actor, created=False)
