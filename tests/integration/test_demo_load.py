"""The demo loads reproducibly: loading the same seed again gives the same data, and the field
has what the issue asks of a realistic municipality."""

from __future__ import annotations

from typing import Any

import pytest
from django.db.models import Count, Q

from speelveld.activities.models import Activity, Handover, HandoverState
from speelveld.catalogue.models import OrganisationType, Phase, TargetGroup, Theme
from speelveld.demo.load import field_load
from speelveld.demo.users import demo_users_create
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Collaboration, Organisation, Player
from speelveld.synth.demo import demo_field
from speelveld.synth.records import FieldRecords

pytestmark = pytest.mark.django_db


def snapshot(code: str) -> dict[str, Any]:
    """Everything of a municipality's field by natural keys (database ids differ per load)."""
    municipality = Area.objects.get(code=code)

    def codes(qs: Any) -> list[str]:
        return sorted(qs.values_list("code", flat=True))

    def keys(qs: Any) -> list[str]:
        return sorted(qs.values_list("key", flat=True))

    return {
        "areas": [
            (
                a.code,
                a.name,
                a.level,
                a.parent.code if a.parent else None,
                a.geometry,
                list(a.figures.values_list("inhabitants", "low_income_households")),
            )
            for a in Area.objects.filter(
                Q(pk=municipality.pk) | Q(municipality=municipality)
            ).order_by("code")
        ],
        "organisations": sorted(
            (o.external_id, o.name, o.type)
            for o in Organisation.objects.filter(municipalities=municipality)
        ),
        "players": sorted(
            (
                p.external_id,
                p.name,
                p.role.key,
                p.organisation.external_id if p.organisation else None,
                codes(p.areas),
                keys(p.themes),
                str(p.hours_per_week),
                p.active_until,
            )
            for p in Player.objects.filter(municipality=municipality)
        ),
        "activities": sorted(
            (
                a.external_id,
                a.title,
                a.description,
                a.lead_organisation.external_id,
                a.owner.external_id if a.owner else None,
                a.phase.key,
                a.start,
                a.end,
                a.status,
                codes(a.areas),
                keys(a.themes),
                keys(a.target_groups),
                sorted(a.partners.values_list("external_id", flat=True)),
            )
            for a in Activity.objects.filter(municipality=municipality)
        ),
        "collaborations": sorted(
            (c.external_id, c.intensity, c.sign, c.context)
            for c in Collaboration.objects.filter(municipality=municipality)
        ),
        "handovers": sorted(
            (h.external_id, h.state, h.due, h.reason)
            for h in Handover.objects.filter(activity__municipality=municipality)
        ),
    }


def test_loading_the_same_seed_again_gives_the_same_data(demo_records: FieldRecords) -> None:
    before = snapshot(demo_records.municipality_code)
    field_load(demo_field(seed=7))
    assert snapshot(demo_records.municipality_code) == before
    assert before["activities"], "the snapshot must not be empty"


def test_another_seed_gives_another_field(demo_records: FieldRecords) -> None:
    before = snapshot(demo_records.municipality_code)
    field_load(demo_field(seed=8))
    assert snapshot(demo_records.municipality_code) != before


def test_demo_field_is_realistic(demo_municipality: Area) -> None:
    areas = Area.objects.filter(municipality=demo_municipality)
    assert 4 <= areas.filter(level=AreaLevel.WIJK).count() <= 6
    assert 15 <= areas.filter(level=AreaLevel.BUURT).count() <= 30
    assert all(a.geometry for a in areas.filter(level=AreaLevel.BUURT))
    orgs = Organisation.objects.filter(municipalities=demo_municipality)
    assert 40 <= orgs.count() <= 60
    assert set(orgs.values_list("type", flat=True)) == set(OrganisationType.values)
    players = Player.objects.filter(municipality=demo_municipality)
    assert players.count() >= 150
    assert players.values("role").distinct().count() >= 12
    activities = Activity.objects.filter(municipality=demo_municipality)
    assert activities.count() >= 400
    assert set(activities.values_list("themes__key", flat=True)) >= set(
        Theme.objects.values_list("key", flat=True)
    )
    assert set(activities.values_list("phase__key", flat=True)) == set(
        Phase.objects.values_list("key", flat=True)
    )
    assert set(activities.values_list("target_groups__key", flat=True)) >= set(
        TargetGroup.objects.values_list("key", flat=True)
    )
    states = set(
        Handover.objects.filter(activity__municipality=demo_municipality).values_list(
            "state", flat=True
        )
    )
    # every state the demo plants (a withdrawn proposal is only made through the workflow)
    assert states == set(HandoverState.values) - {HandoverState.WITHDRAWN}
    assert Collaboration.objects.filter(municipality=demo_municipality).count() > 100
    # some buurten are neglected on purpose: no activity in them or in their wijk
    empty = areas.filter(level=AreaLevel.BUURT).annotate(n=Count("activities_in")).filter(n=0)
    assert empty.count() >= 2


def test_demo_accounts_cover_every_role(demo_municipality: Area) -> None:
    accounts = demo_users_create(municipality=demo_municipality)
    assert {a.role for a in accounts} == {"beheerder", "redacteur", "opdrachtgever", "onderzoeker"}
    assert len({a.password for a in accounts}) == len(accounts)
    assert all(len(a.password) >= 12 for a in accounts)
