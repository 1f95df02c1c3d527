"""Everything an import needs to know from the database, fetched in a few bulk queries before
the first row is checked (no query per row)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.utils import translation

from speelveld.activities.models import Activity, ActivityStatus, Handover, HandoverState, RtcStage
from speelveld.catalogue.models import (
    ActivityType,
    Language,
    Method,
    OrganisationType,
    Phase,
    Role,
    TargetGroup,
    Theme,
)
from speelveld.i18n import lines
from speelveld.interop.bulkio import filtered
from speelveld.interop.cells import norm_label
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Collaboration, Intensity, Organisation, Player, Sign

MODELS: dict[str, type[models.Model]] = {
    "organisations": Organisation,
    "players": Player,
    "activities": Activity,
    "collaborations": Collaboration,
    "handovers": Handover,
}

VOCABULARIES: dict[str, type[models.Model]] = {
    "themes": Theme,
    "target_groups": TargetGroup,
    "phases": Phase,
    "activity_types": ActivityType,
    "methods": Method,
    "roles": Role,
    "languages": Language,
}

CHOICES: dict[str, type[models.Choices]] = {
    "org_type": OrganisationType,
    "activity_status": ActivityStatus,
    "rtc_stage": RtcStage,
    "handover_state": HandoverState,
    "intensity": Intensity,
    "sign": Sign,
}


# Records made on a page have no extern_id; exports name them "speelveld-<id>" and imports find
# them by that name again (their extern_id stays empty).
LOCAL_ID = re.compile(r"speelveld-(\d+)")


def external_key(external_id: str, pk: int) -> str:
    """The key a spreadsheet uses for a record: its extern_id, or ``speelveld-<id>``."""
    return external_id or f"speelveld-{pk}"


class Vocabulary:
    """Find a vocabulary entry by key, Dutch or English name, or (if unambiguous) synonym."""

    def __init__(self, entries: Iterable[tuple[int, str, Iterable[str], Iterable[str]]]) -> None:
        self.by_name: dict[str, int] = {}
        self.key_of: dict[int, str] = {}
        synonyms: dict[str, set[int]] = {}
        for pk, key, names, extra in entries:
            self.key_of[pk] = key
            for name in (key, *names):
                if name:
                    self.by_name.setdefault(norm_label(name), pk)
            for word in extra:
                synonyms.setdefault(norm_label(word), set()).add(pk)
        for word, pks in synonyms.items():
            if len(pks) == 1 and word not in self.by_name:
                self.by_name[word] = next(iter(pks))

    def get(self, text: str) -> int | None:
        return self.by_name.get(norm_label(text))


def _vocabulary(model: type[models.Model]) -> Vocabulary:
    if model is Language:
        return Vocabulary(
            (pk, code, (name, name_en), ())
            for pk, code, name, name_en in Language.objects.values_list(
                "pk", "code", "name", "name_en"
            )
        )
    if model is Role:
        return Vocabulary(
            (pk, key, (name, name_en), ())
            for pk, key, name, name_en in Role.objects.values_list("pk", "key", "name", "name_en")
        )
    return Vocabulary(
        (pk, key, (name, name_en), lines(synonyms))
        for pk, key, name, name_en, synonyms in model._default_manager.values_list(
            "pk", "key", "name", "name_en", "synonyms"
        )
    )


def _choice_index(choices: type[models.Choices]) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for value, label in choices.choices:
        for language in ("nl", "en"):
            with translation.override(language):
                index.setdefault(norm_label(str(label)), value)
        index[norm_label(str(value))] = value
    if choices is Sign:
        index["+1"] = Sign.STRENGTHENS
    return index


@dataclass
class Existing:
    """Database rows of one entity that an import touches: by extern_id, with every field."""

    rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_pk: dict[int, dict[str, Any]] = field(default_factory=dict)
    links: dict[str, dict[int, set[int]]] = field(default_factory=dict)  # m2m field → pk → ids

    def pk(self, external_id: str) -> int | None:
        row = self.rows.get(external_id)
        return row["id"] if row else None


def m2m_fields(model: type[models.Model]) -> list[models.ManyToManyField[Any, Any]]:
    return [f for f in model._meta.many_to_many if isinstance(f, models.ManyToManyField)]


def through_of(m2m: models.ManyToManyField[Any, Any]) -> type[models.Model]:
    """The link table of a many-to-many field."""
    through = m2m.remote_field.through
    assert through is not None and not isinstance(through, str)
    return through


def load_existing(
    model: type[models.Model], external_ids: set[str], *, links: set[str]
) -> Existing:
    """Rows with these external ids, and the many-to-many links of those in ``links``' fields."""
    existing = Existing()
    attnames = [f.attname for f in model._meta.concrete_fields]
    ids = sorted(i for i in external_ids if i)
    keyed = model._default_manager.exclude(external_id="")  # the partial unique index
    for qs in filtered(keyed, "external_id", ids):
        for row in qs.values(*attnames):
            existing.rows[row["external_id"]] = row
            existing.by_pk[row["id"]] = row
    local = {int(m[1]): i for i in ids if i not in existing.rows and (m := LOCAL_ID.fullmatch(i))}
    for qs in filtered(model._default_manager.filter(external_id=""), "pk", sorted(local)):
        for row in qs.values(*attnames):
            existing.rows[local[row["id"]]] = row
            existing.by_pk[row["id"]] = row
    pks = [row["id"] for row in existing.rows.values()]
    for m2m in m2m_fields(model):
        if m2m.name not in links:
            continue
        through = through_of(m2m)
        source = m2m.m2m_field_name()
        target = m2m.m2m_reverse_field_name()
        per: dict[int, set[int]] = {pk: set() for pk in pks}
        for qs in filtered(through._default_manager.all(), f"{source}_id", pks):
            for obj, other in qs.values_list(f"{source}_id", f"{target}_id"):
                per[obj].add(other)
        existing.links[m2m.name] = per
    return existing


@dataclass
class AreaIndex:
    """The areas an import may name: the municipality's indeling, and every gemeente."""

    year: int
    own: dict[str, int]  # code → pk within the municipality's indeling
    elsewhere: dict[str, int]  # code → year, for codes that exist in other years or places
    gemeenten: dict[str, int]  # GM code → pk (newest indeling)


def area_index(municipality: Area) -> AreaIndex:
    own = {municipality.code: municipality.pk}
    own.update(Area.objects.filter(municipality=municipality).values_list("code", "pk"))
    gemeenten: dict[str, int] = {}
    for code, pk in (
        Area.objects.filter(level=AreaLevel.GEMEENTE).order_by("year").values_list("code", "pk")
    ):
        gemeenten[code] = pk  # the newest year wins
    return AreaIndex(year=municipality.year, own=own, elsewhere={}, gemeenten=gemeenten)


def other_area_years(codes: set[str]) -> dict[str, int]:
    """For codes not in the municipality: the newest year in which each exists at all."""
    found: dict[str, int] = {}
    for qs in filtered(Area.objects.all(), "code", sorted(codes)):
        for code, year in qs.values_list("code", "year"):
            found[code] = max(year, found.get(code, 0))
    return found


class Lookups:
    """Vocabularies and choice lists, each loaded on first use."""

    def __init__(self) -> None:
        self._vocab: dict[str, Vocabulary] = {}
        self._choices: dict[str, dict[str, Any]] = {}

    def vocabulary(self, name: str) -> Vocabulary:
        if name not in self._vocab:
            self._vocab[name] = _vocabulary(VOCABULARIES[name])
        return self._vocab[name]

    def choice(self, name: str) -> dict[str, Any]:
        if name not in self._choices:
            self._choices[name] = _choice_index(CHOICES[name])
        return self._choices[name]
