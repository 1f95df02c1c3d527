"""The analysis tables loaded from the database in bulk: wijk-wide work expanded to its buurten,
the owner's role as lead role, ties and hand-overs, neighbours from shared borders, versions
that change with the activity, a cache that follows every change, and few queries."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from speelveld.activities.models import Activity
from speelveld.activities.services import ActivityFields, activity_update
from speelveld.analysis.loading import buurt_neighbours, field_tables, field_tables_load
from speelveld.places.models import Area, AreaLevel

pytestmark = pytest.mark.django_db


def test_rows_match_the_database(demo_municipality: Area) -> None:
    tables = field_tables(demo_municipality)
    t = tables.table
    assert len(t) == Activity.objects.filter(municipality=demo_municipality).count()
    assert t.vocab.areas == tuple(tables.areas.codes)  # one buurt index for overlap and gaps
    wide = (Activity.objects.filter(municipality=demo_municipality, areas__level=AreaLevel.WIJK)
            .select_related("owner__role").first())  # fmt: skip
    assert wide is not None
    row = t.to_row(int(t.rows_of([wide.pk])[0]))
    wijk = wide.areas.get(level=AreaLevel.WIJK)
    buurten = set(wijk.children.values_list("code", flat=True))
    assert row.wide and buurten <= set(row.areas)
    assert row.org == str(wide.lead_organisation_id)
    assert row.lead_role == (wide.owner.role.key if wide.owner else None)
    assert set(row.themes) == set(wide.themes.values_list("key", flat=True))
    assert len(t.org_ties) > 0  # the demo's collaborations between organisations
    assert len(t.handover_orgs) > 0  # and its accepted or completed hand-overs


def test_neighbours_come_from_shared_borders(demo_municipality: Area) -> None:
    areas = field_tables(demo_municipality).areas
    counts = np.diff(areas.neighbour_ptr)
    assert counts.min() >= 1 and counts.max() <= 8
    # symmetric
    ptr, idx = areas.neighbour_ptr, areas.neighbour_idx
    pairs = {(i, int(j)) for i in range(len(areas)) for j in idx[ptr[i] : ptr[i + 1]]}
    assert all((j, i) in pairs for i, j in pairs)
    assert np.isfinite(areas.figures["inhabitants"]).all()


def test_without_geometry_a_wijks_buurten_are_neighbours() -> None:
    def square(x: int, y: int) -> dict[str, Any]:
        ring = [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]
        return {"type": "Polygon", "coordinates": [ring]}

    square_a, touching, corner = square(0, 0), square(1, 0), square(2, 1)
    wijk = {"A": "W1", "B": "W1", "C": "W1", "D": "W2", "E": "W2"}
    out = buurt_neighbours(list(wijk), wijk, {"A": square_a, "B": touching, "C": corner})
    assert out["A"] == {"B"} and "C" not in out["B"]  # a shared corner is no border
    assert out["D"] == {"E"} and out["E"] == {"D"}  # no geometry: the same wijk


def test_the_cache_follows_changes_and_versions_change_fingerprints(
    demo_municipality: Area, make_user: Any
) -> None:
    first = field_tables(demo_municipality)
    assert field_tables(demo_municipality) is first
    activity = Activity.objects.filter(municipality=demo_municipality).order_by("pk").first()
    assert activity is not None
    row = int(first.table.rows_of([activity.pk])[0])
    before = int(first.table.versions[row])  # type: ignore[index]
    values = {name: getattr(activity, name) for name in ActivityFields.SCALARS}
    fields = ActivityFields(**{**values, "title": activity.title + " (nieuw)"},
                            areas=list(activity.areas.all()), themes=list(activity.themes.all()),
                            target_groups=list(activity.target_groups.all()),
                            partners=list(activity.partners.all()))  # fmt: skip
    activity_update(actor=make_user("beheerder", demo_municipality), activity=activity,
                    fields=fields)  # fmt: skip
    second = field_tables(demo_municipality)
    assert second is not first
    assert int(second.table.versions[row]) != before  # type: ignore[index]
    assert second.activities[activity.pk].title.endswith("(nieuw)")


def test_loading_is_a_few_flat_queries(demo_municipality: Area) -> None:
    from django.utils import timezone

    with CaptureQueriesContext(connection) as queries:
        field_tables_load(demo_municipality, today=timezone.localdate())
    assert len(queries) <= 30  # whatever the size of the municipality
