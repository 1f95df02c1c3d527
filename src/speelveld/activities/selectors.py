"""Reads for activities: the filtered list of an area, its facets and the who-does-what matrix.

They count over the municipality's cached facts (``activities.facts``) instead of running one
aggregate query per count, so an area page costs a fixed handful of small queries whatever the
size of the municipality.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.http import QueryDict
from django.utils.translation import gettext as _

from speelveld.activities.facts import Fact, field_facts
from speelveld.activities.models import Activity
from speelveld.catalogue.models import OrganisationType, Phase, Role, TargetGroup, Theme
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Organisation

# facet name -> GET parameter
FACETS: dict[str, str] = {
    "theme": "thema",
    "target_group": "doelgroep",
    "phase": "fase",
    "organisation_type": "organisatietype",
    "role": "rol",
}


def _values(fact: Fact, facet: str) -> Iterable[str]:
    if facet == "theme":
        return fact.themes
    if facet == "target_group":
        return fact.target_groups
    if facet == "phase":
        return (fact.phase,)
    if facet == "organisation_type":
        return (fact.organisation_type,)
    return (fact.role,) if fact.role else ()


@dataclass
class ActivityFilters:
    """What the user filters on; values within a facet are OR-ed, facets are AND-ed."""

    values: dict[str, list[str]] = field(default_factory=dict)
    organisation: int | None = None
    period_from: date | None = None
    period_to: date | None = None
    resident_led: bool | None = None

    @classmethod
    def from_query(cls, query: QueryDict) -> ActivityFilters:
        values = {facet: [v for v in query.getlist(param) if v] for facet, param in FACETS.items()}
        led = query.get("bewonersinitiatief")
        org = query.get("organisatie", "")
        return cls(
            values={k: v for k, v in values.items() if v},
            organisation=int(org) if org.isdigit() else None,
            period_from=_date(query.get("van")),
            period_to=_date(query.get("tot")),
            resident_led={"ja": True, "nee": False}.get(led or ""),
        )

    def failures(self, fact: Fact) -> set[str]:
        """The filters the activity fails: facet names, or "other" for the rest."""
        failed = {
            facet
            for facet, selected in self.values.items()
            if not any(v in selected for v in _values(fact, facet))
        }
        if (
            (self.organisation is not None and fact.organisation != self.organisation)
            or (self.period_from and fact.end is not None and fact.end < self.period_from)
            or (self.period_to and fact.start > self.period_to)
            or (self.resident_led is not None and fact.resident_led != self.resident_led)
        ):
            failed.add("other")
        return failed

    def matches(self, fact: Fact) -> bool:
        """Does the activity pass every filter?"""
        return not self.failures(fact)

    @property
    def active(self) -> bool:
        return bool(
            self.values
            or self.organisation is not None
            or self.period_from
            or self.period_to
            or self.resident_led is not None
        )


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def area_facts(area: Area) -> list[Fact]:
    """The activities of an area: in it, in one of its parts, or covering its wijk (a buurt).

    Kept on the area object, so one request that counts several ways selects them once."""
    cached: list[Fact] | None = getattr(area, "_speelveld_facts", None)
    if cached is None:
        cached = _area_facts(area)
        area._speelveld_facts = cached  # type: ignore[attr-defined]
    return cached


def _area_facts(area: Area) -> list[Fact]:
    municipality = area.own_municipality
    facts = field_facts(municipality.pk).facts
    if area.level == AreaLevel.GEMEENTE:
        return list(facts)
    ids: set[int]
    if area.level == AreaLevel.BUURT:
        ids = {area.pk} | ({area.parent_id} if area.parent_id else set())
    else:
        ids = {area.pk, *Area.objects.filter(parent=area).values_list("pk", flat=True)}
    return [f for f in facts if not f.areas.isdisjoint(ids)]


def activity_list(
    area: Area, filters: ActivityFilters, *, limit: int | None = None
) -> tuple[list[Activity], int]:
    """The filtered activities of an area (sorted by title), at most ``limit``, and the total."""
    facts = area_facts(area)
    matching = (
        [f.id for f in facts if filters.matches(f)] if filters.active else [f.id for f in facts]
    )
    shown = matching[:limit] if limit else matching
    by_id = Activity.objects.select_related(
        "lead_organisation", "phase", "activity_type", "owner"
    ).in_bulk(shown)
    return [by_id[pk] for pk in shown if pk in by_id], len(matching)


@dataclass(frozen=True)
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool


def activity_facets(area: Area, filters: ActivityFilters) -> dict[str, list[FacetValue]]:
    """Counts per facet value, each counted with the OTHER facets applied (so a user sees what
    choosing a value would give)."""
    facts = area_facts(area)
    labels: dict[str, dict[str, str]] = {
        "theme": {t.key: t.label for t in Theme.objects.all()},
        "target_group": {t.key: t.label for t in TargetGroup.objects.all()},
        "phase": {p.key: p.label for p in Phase.objects.order_by("order")},
        "organisation_type": {str(k): str(v) for k, v in OrganisationType.choices},
        "role": {r.key: r.label for r in Role.objects.all()},
    }
    # One pass: an activity that fails no filter counts in every facet; one that fails only
    # facet F still counts in F (what choosing another value of F would give).
    counts: dict[str, Counter[str]] = {facet: Counter() for facet in FACETS}
    if not filters.active:  # the usual first view: plain counts, remembered with the facts
        memo = field_facts(area.own_municipality.pk).memo
        key = ("facets", area.pk)
        if key not in memo:
            for facet in FACETS:
                counter = counts[facet]
                for fact in facts:
                    counter.update(_values(fact, facet))
            memo[key] = counts
        counts = memo[key]  # type: ignore[assignment]
        facts = []
    for fact in facts:
        failed = filters.failures(fact)
        if not failed:
            for facet in FACETS:
                counts[facet].update(_values(fact, facet))
        elif len(failed) == 1 and (only := next(iter(failed))) in counts:
            counts[only].update(_values(fact, only))
    result: dict[str, list[FacetValue]] = {}
    for facet in FACETS:
        selected = set(filters.values.get(facet, []))
        result[facet] = [
            FacetValue(key, label, counts[facet][key], key in selected)
            for key, label in labels[facet].items()
            if counts[facet][key] or key in selected
        ]
    return result


@dataclass(frozen=True)
class Matrix:
    """Who does what: rows (organisations or roles) × themes, with counts."""

    by: str
    columns: list[tuple[str, str]]  # (theme key, label)
    rows: list[dict[str, Any]]  # {"key", "label", "url_key", "cells", "pairs", "total"}
    column_totals: list[int]
    total_rows: int  # rows before the limit


def who_does_what(
    area: Area, filters: ActivityFilters, *, by: str = "organisation", limit: int | None = None
) -> Matrix:
    """Count activities per organisation (or owner's role) and theme; the busiest ``limit`` rows
    first (column totals always count every row)."""
    themes = [(t.key, t.label) for t in Theme.objects.all()]
    index = {key: i for i, (key, _label) in enumerate(themes)}
    cells: dict[Any, list[int]] = defaultdict(lambda: [0] * len(themes))
    totals: Counter[Any] = Counter()
    active = filters.active
    for fact in area_facts(area):
        if active and not filters.matches(fact):
            continue
        key: Any = (fact.role or "") if by == "role" else fact.organisation
        totals[key] += 1
        row = cells[key]
        for theme in fact.themes:
            row[index[theme]] += 1
    names: dict[Any, str]
    if by == "role":
        names = {r.key: r.label for r in Role.objects.all()}
        names[""] = _("zonder eigenaar")
    else:
        names = {
            pk: name
            for pk, name in Organisation.objects.filter(pk__in=list(cells)).values_list(
                "pk", "name"
            )
        }
    ordered = sorted(cells, key=lambda k: (-totals[k], str(names.get(k, ""))))
    matrix_rows = [
        {
            "key": k,
            "url_key": k,
            "label": names.get(k, _("onbekend")),
            "cells": cells[k],
            "pairs": list(zip([key for key, _l in themes], cells[k], strict=True)),
            "total": totals[k],
        }
        for k in ordered
    ]
    column_totals = [sum(r["cells"][i] for r in matrix_rows) for i in range(len(themes))]
    return Matrix(
        by=by,
        columns=themes,
        rows=matrix_rows[:limit] if limit else matrix_rows,
        column_totals=column_totals,
        total_rows=len(matrix_rows),
    )
