"""Speelveld's vocabularies as HSDS taxonomies, their terms, and the attributes that apply them.

HSDS has no fields for theme, target group, phase or werkvorm: an ``attribute`` links a
``taxonomy_term`` to a service or organisation, and ``link_type`` says what it describes. The
texts here are data (they go into the file), so they are fixed Dutch strings with the English in
the Speelveld profile, never the active language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils import translation

from speelveld.catalogue.models import (
    ActivityType,
    Method,
    OrganisationType,
    Phase,
    TargetGroup,
    Theme,
)
from speelveld.interop.hsds.ids import derived

TAXONOMY_VERSION = "1"
TERM_LANGUAGE = "nl"


@dataclass(frozen=True)
class Taxonomy:
    kind: str  # also the attribute's link_type
    name: str
    description: str
    link_entity: str  # the HSDS table its attributes hang on
    model: type[models.Model] | None  # None: the organisation types (a fixed choice list)
    many: bool  # several terms per record (themes) or one (phase)

    @property
    def id(self) -> str:
        return derived("taxonomy", self.kind)

    def term_id(self, key: str) -> str:
        return derived("taxonomy_term", self.kind, key)

    def as_hsds(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "version": TAXONOMY_VERSION,
        }


TAXONOMIES: tuple[Taxonomy, ...] = (
    Taxonomy("theme", "Speelveld thema's", "Thema's van samenlevingsopbouw (Speelveld).",
             "service", Theme, True),
    Taxonomy("target_group", "Speelveld doelgroepen", "Doelgroepen van activiteiten (Speelveld).",
             "service", TargetGroup, True),
    Taxonomy("phase", "Speelveld fases",
             "Fases van een initiatief, van signaleren tot evalueren (Speelveld).",
             "service", Phase, False),
    Taxonomy("activity_type", "Speelveld werkvormen",
             "Wat een activiteit doet en in welke vorm (Speelveld).", "service", ActivityType,
             False),
    Taxonomy("method", "Speelveld methodieken", "Methodieken van samenlevingsopbouw (Speelveld).",
             "service", Method, False),
    Taxonomy("organization_type", "Speelveld organisatietypen",
             "Soorten organisaties in het speelveld (Speelveld).", "organization", None, False),
)  # fmt: skip
BY_KIND = {t.kind: t for t in TAXONOMIES}
SERVICE_KINDS = tuple(t.kind for t in TAXONOMIES if t.link_entity == "service")


@dataclass(frozen=True)
class TermData:
    """One vocabulary entry, as plain data."""

    kind: str
    key: str
    name: str
    name_en: str
    description: str
    description_en: str
    order: int
    parent: str | None = None  # parent key (themes)

    def as_hsds(self, *, full: bool) -> dict[str, Any]:
        taxonomy = BY_KIND[self.kind]
        term: dict[str, Any] = {
            "id": taxonomy.term_id(self.key),
            "code": self.key,
            "name": self.name,
            "description": self.description,
            "taxonomy_id": taxonomy.id,
        }
        if not full:
            return term
        term["language"] = TERM_LANGUAGE
        if self.parent:
            term["parent_id"] = taxonomy.term_id(self.parent)
        term["speelveld"] = {
            "name_en": self.name_en,
            "description_en": self.description_en,
            "order": self.order,
        }
        return term


def vocabulary(kind: str) -> dict[str, TermData]:
    """Every entry of one vocabulary by key (a few dozen rows)."""
    taxonomy = BY_KIND[kind]
    if taxonomy.model is None:
        result = {}
        for order, (key, label) in enumerate(OrganisationType.choices):
            with translation.override("nl"):
                name = str(label)
            with translation.override("en"):
                name_en = str(label)
            result[str(key)] = TermData(kind, str(key), name, name_en, "", "", order)
        return result
    parents: dict[int, str] = {}
    if taxonomy.model is Theme:
        parents = dict(Theme.objects.values_list("pk", "key"))
    rows: list[Any] = list(taxonomy.model._default_manager.all())
    return {
        row.key: TermData(
            kind=kind,
            key=row.key,
            name=row.name,
            name_en=row.name_en,
            description=row.description,
            description_en=row.description_en,
            order=row.order,
            parent=parents.get(getattr(row, "parent_id", None) or 0),
        )
        for row in rows
    }


def attribute(link_id: str, term: TermData) -> dict[str, Any]:
    """The attribute that applies ``term`` to the object ``link_id``."""
    taxonomy = BY_KIND[term.kind]
    return {
        "id": derived("attribute", link_id, term.kind, term.key),
        "link_id": link_id,
        "link_entity": taxonomy.link_entity,
        "link_type": term.kind,
        "taxonomy_term_id": taxonomy.term_id(term.key),
        "taxonomy_term": term.as_hsds(full=False),
    }


def term_index() -> dict[str, tuple[str, str]]:
    """HSDS term id → (kind, key) for every entry of every vocabulary."""
    index: dict[str, tuple[str, str]] = {}
    for taxonomy in TAXONOMIES:
        for key in vocabulary(taxonomy.kind):
            index[taxonomy.term_id(key)] = (taxonomy.kind, key)
    return index
