"""The facts of a municipality's activities, loaded in bulk and kept per process.

Area pages count the same activities many ways at once (facets, the who-does-what matrix, map
measures). Doing that with one aggregate query per count costs a join over 30,000 activities each
time; instead the facts are read once with four flat queries, kept in a small per-process cache
keyed by the municipality and a change stamp (count and latest ``updated_at`` of its activities),
and counted in Python. A change through any service or import updates ``updated_at`` (or the
count), so the next request sees it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import Count, Max

from speelveld.activities.models import Activity

CACHE_SIZE = 16  # municipalities per process


@dataclass(frozen=True)
class Fact:
    """One activity, as the area pages count it."""

    id: int
    title: str
    organisation: int
    organisation_type: str
    role: str | None
    phase: str
    resident_led: bool
    start: date
    end: date | None
    themes: frozenset[str]
    target_groups: frozenset[str]
    areas: frozenset[int]


@dataclass(frozen=True)
class FieldFacts:
    stamp: tuple[int, datetime | None]
    facts: tuple[Fact, ...]
    # results derived from these facts (unfiltered facet counts, matrices), valid as long as
    # the facts are: they live and die with this object
    memo: dict[tuple[object, ...], object] = field(default_factory=dict, compare=False)


_cache: OrderedDict[int, FieldFacts] = OrderedDict()
_lock = threading.Lock()


def _stamp(municipality_id: int) -> tuple[int, datetime | None]:
    row = Activity.objects.filter(municipality_id=municipality_id).aggregate(
        n=Count("pk"), latest=Max("updated_at")
    )
    return int(row["n"]), row["latest"]


def _load(municipality_id: int, stamp: tuple[int, datetime | None]) -> FieldFacts:
    acts = Activity.objects.filter(municipality_id=municipality_id)
    themes: dict[int, set[str]] = defaultdict(set)
    for activity_id, key in Activity.themes.through.objects.filter(
        activity__municipality_id=municipality_id
    ).values_list("activity_id", "theme__key"):
        themes[activity_id].add(key)
    groups: dict[int, set[str]] = defaultdict(set)
    for activity_id, key in Activity.target_groups.through.objects.filter(
        activity__municipality_id=municipality_id
    ).values_list("activity_id", "targetgroup__key"):
        groups[activity_id].add(key)
    areas: dict[int, set[int]] = defaultdict(set)
    for activity_id, area_id in Activity.areas.through.objects.filter(
        activity__municipality_id=municipality_id
    ).values_list("activity_id", "area_id"):
        areas[activity_id].add(area_id)
    facts = tuple(
        Fact(
            id=pk, title=title, organisation=org, organisation_type=org_type, role=role,
            phase=phase, resident_led=led, start=start, end=end,
            themes=frozenset(themes.get(pk, ())), target_groups=frozenset(groups.get(pk, ())),
            areas=frozenset(areas.get(pk, ())),
        )
        for pk, title, org, org_type, role, phase, led, start, end in acts.values_list(
            "pk", "title", "lead_organisation_id", "lead_organisation__type",
            "owner__role__key", "phase__key", "resident_led", "start", "end",
        ).order_by("title", "pk")
    )  # fmt: skip
    return FieldFacts(stamp=stamp, facts=facts)


def field_facts(municipality_id: int) -> FieldFacts:
    """The facts of a municipality's activities, from the cache while nothing changed."""
    stamp = _stamp(municipality_id)
    with _lock:
        cached = _cache.get(municipality_id)
        if cached is not None and cached.stamp == stamp:
            _cache.move_to_end(municipality_id)
            return cached
    loaded = _load(municipality_id, stamp)
    with _lock:
        _cache[municipality_id] = loaded
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return loaded
