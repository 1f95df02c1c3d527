"""From the ids, codes and keys of a request to the records a service takes, limited to the
municipality as the page forms limit their choices. Every field that does not resolve is
named in one 422 answer."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import gettext_noop

from speelveld.api.errors import FIELD_REQUIRED, ApiError, both
from speelveld.catalogue.models import (
    ActivityType,
    Language,
    Method,
    Phase,
    Role,
    TargetGroup,
    Theme,
)
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Organisation, Player

VOCABULARIES: dict[str, tuple[type[models.Model], str, str]] = {
    # field: (model, lookup field, message for an unknown value)
    "activity_type": (ActivityType, "key", gettext_noop("Onbekende werkvorm: %(value)s.")),
    "method": (Method, "key", gettext_noop("Onbekende methodiek: %(value)s.")),
    "phase": (Phase, "key", gettext_noop("Onbekende fase: %(value)s.")),
    "theme": (Theme, "key", gettext_noop("Onbekend thema: %(value)s.")),
    "themes": (Theme, "key", gettext_noop("Onbekend thema: %(value)s.")),
    "target_groups": (TargetGroup, "key", gettext_noop("Onbekende doelgroep: %(value)s.")),
    "role": (Role, "key", gettext_noop("Onbekende rol: %(value)s.")),
    "languages": (Language, "code", gettext_noop("Onbekende taal: %(value)s.")),
}
ORGANISATIONS = {"lead_organisation", "partners", "organisation", "a_organisation",
                 "b_organisation", "to_organisation"}  # fmt: skip
PLAYERS = {"owner", "a_player", "b_player", "to_player"}
REQUIRED = {"title", "lead_organisation", "phase", "start", "areas", "name", "role",
            "status", "resident_led", "rtc_stage", "is_group", "intensity", "sign"}  # fmt: skip
EMPTY_TEXT = {"description", "email", "phone", "context"}  # null means "" for these


class Resolver:
    def __init__(self, municipality: Area) -> None:
        self.municipality = municipality
        self.errors: list[tuple[str | None, str, str]] = []

    def _fail(self, field: str, message: tuple[str, str]) -> None:
        self.errors.append((field, *message))

    def _organisations(self, field: str, ids: list[int]) -> list[Organisation]:
        found = Organisation.objects.filter(municipalities=self.municipality).in_bulk(ids)
        for pk in ids:
            if pk not in found:
                self._fail(field, both(gettext_noop(
                    "Deze organisatie is niet actief in deze gemeente.")))  # fmt: skip
        return [found[pk] for pk in ids if pk in found]

    def _players(self, field: str, ids: list[int]) -> list[Player]:
        found = Player.objects.filter(municipality=self.municipality).in_bulk(ids)
        for pk in ids:
            if pk not in found:
                self._fail(field, both(gettext_noop("Deze speler werkt niet in deze gemeente.")))
        return [found[pk] for pk in ids if pk in found]

    def _areas(self, field: str, codes: list[str]) -> list[Area]:
        wanted = [c.upper() for c in codes]
        found = {
            a.code: a
            for a in Area.objects.filter(
                municipality=self.municipality,
                level__in=[AreaLevel.WIJK, AreaLevel.BUURT],
                code__in=wanted,
            )
        }
        outside = [c for c in wanted if c not in found]
        if outside:
            self._fail(field, both(
                gettext_noop("Deze gebieden liggen niet in %(gemeente)s: %(codes)s."),
                gemeente=self.municipality.name, codes=", ".join(outside),
            ))  # fmt: skip
        return [found[c] for c in wanted if c in found]

    def _vocabulary(self, field: str, values: list[str]) -> list[Any]:
        model, lookup, message = VOCABULARIES[field]
        found = {getattr(row, lookup): row for row in
                 model._default_manager.filter(**{f"{lookup}__in": values})}  # fmt: skip
        for value in values:
            if value not in found:
                self._fail(field, both(message, value=value))
        return [found[v] for v in values if v in found]

    def _value(self, field: str, value: Any) -> Any:
        many = isinstance(value, list)
        items = value if many else [value]
        if field in ORGANISATIONS:
            resolved: list[Any] = self._organisations(field, items)
        elif field in PLAYERS:
            resolved = self._players(field, items)
        elif field == "areas":
            resolved = self._areas(field, items)
        elif field in VOCABULARIES:
            resolved = self._vocabulary(field, items)
        else:
            return value
        return resolved if many else (resolved[0] if resolved else None)

    def resolve(self, given: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
        """``current`` updated with the resolved ``given`` values; 422 on any that fails."""
        values = dict(current)
        for field, value in given.items():
            if value is None and field in EMPTY_TEXT:
                values[field] = ""
            elif value is None and field in REQUIRED:
                self.errors.append((field, *both(FIELD_REQUIRED)))
            elif value is None:
                values[field] = None
            else:
                values[field] = self._value(field, value)
        if self.errors:
            raise ApiError(422, "invalid", both(gettext_noop("De gegevens zijn niet in orde.")),
                           self.errors)  # fmt: skip
        return values

    def receiver(self, given: dict[str, Any]) -> dict[str, Any]:
        names = ("to_player", "to_organisation", "to_residents")
        return self.resolve({k: given[k] for k in names if k in given}, {})
