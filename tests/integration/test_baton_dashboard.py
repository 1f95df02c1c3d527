"""The baton dashboard of a municipality and its JSON twin: pending and overdue hand-overs,
initiatives without an active owner, late phases without a planned hand-over."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from speelveld.activities.models import Activity, ActivityStatus, Handover
from speelveld.catalogue.models import Phase
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Player

pytestmark = pytest.mark.django_db


def _board(municipality: Area) -> dict[str, Any]:
    response = Client().get(reverse("baton-json", args=[municipality.code]))
    assert response.status_code == 200
    return json.loads(response.content)


def _running_with_owner(municipality: Area) -> Activity:
    activity = (
        Activity.objects.filter(
            municipality=municipality,
            status=ActivityStatus.RUNNING,
            owner__isnull=False,
            owner__active_until__isnull=True,
            end__isnull=True,
        )
        .exclude(phase__key__in=["borgen-overdragen", "loslaten"])
        .order_by("pk")
        .first()
    )
    assert activity is not None
    return activity


def test_an_initiative_whose_owner_leaves_appears_on_the_dashboard(
    demo_municipality: Area,
) -> None:
    activity = _running_with_owner(demo_municipality)
    orphan_ids = {o["activity"]["id"] for o in _board(demo_municipality)["orphans"]}
    assert activity.pk not in orphan_ids
    left = timezone.localdate() - timedelta(days=20)
    Player.objects.filter(pk=activity.owner_id).update(active_until=left)
    board = _board(demo_municipality)
    entry = next(o for o in board["orphans"] if o["activity"]["id"] == activity.pk)
    assert [r["code"] for r in entry["reasons"]] == ["owner_left"]
    assert entry["reasons"][0]["params"] == {"since": left.isoformat()}
    assert "vertrokken" in entry["reasons"][0]["text"]
    html = Client().get(reverse("baton", args=[demo_municipality.code])).content.decode()
    assert activity.title in html and "De eigenaar is vertrokken" in html


def test_no_owner_and_ended_without_a_handover_are_orphans_too(demo_municipality: Area) -> None:
    activity = _running_with_owner(demo_municipality)
    Activity.objects.filter(pk=activity.pk).update(
        owner=None, end=timezone.localdate() - timedelta(days=3)
    )
    entry = next(
        o for o in _board(demo_municipality)["orphans"] if o["activity"]["id"] == activity.pk
    )
    assert [r["code"] for r in entry["reasons"]] == ["no_owner", "ended_without_handover"]


def test_overdue_is_derived_from_the_due_date(demo_municipality: Area) -> None:
    activity = _running_with_owner(demo_municipality)
    today = timezone.localdate()
    handover = Handover.objects.create(
        activity=activity,
        from_player=activity.owner,
        to_residents=True,
        reason="Loslaten.",
        due=today - timedelta(days=4),
        state="accepted",
    )
    board = _board(demo_municipality)
    row = next(h for h in board["handovers"] if h["id"] == handover.pk)
    assert row["overdue"] and row["days_late"] == 4 and row["receiver"]["kind"] == "residents"
    assert board["counts"]["overdue"] == sum(h["overdue"] for h in board["handovers"])
    Handover.objects.filter(pk=handover.pk).update(due=today)
    row = next(h for h in _board(demo_municipality)["handovers"] if h["id"] == handover.pk)
    assert not row["overdue"]  # due today is not late yet
    Handover.objects.filter(pk=handover.pk).update(state="completed")
    assert handover.pk not in {h["id"] for h in _board(demo_municipality)["handovers"]}


def test_late_phase_without_a_planned_handover(demo_municipality: Area) -> None:
    activity = _running_with_owner(demo_municipality)
    Activity.objects.filter(pk=activity.pk).update(phase=Phase.objects.get(key="loslaten"))
    ids = {o["activity"]["id"] for o in _board(demo_municipality)["unplanned"]}
    assert activity.pk in ids
    Handover.objects.create(
        activity=activity,
        to_residents=True,
        reason="Bewoners nemen het over.",
        due=timezone.localdate() + timedelta(days=9),
        state="proposed",
    )
    ids = {o["activity"]["id"] for o in _board(demo_municipality)["unplanned"]}
    assert activity.pk not in ids


def test_the_dashboard_loads_in_a_few_queries_and_links_from_the_area_page(
    demo_municipality: Area,
) -> None:
    client = Client()
    client.get(reverse("baton", args=[demo_municipality.code]))  # warm
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("baton", args=[demo_municipality.code]))
    assert response.status_code == 200
    assert len(queries) <= 12, [q["sql"][:80] for q in queries]
    html = response.content.decode()
    for testid in ("overdue", "pending", "orphans", "unplanned"):
        assert f'data-testid="{testid}"' in html  # the demo has some of each
    area = Client().get(reverse("area", args=[demo_municipality.code])).content.decode()
    assert reverse("baton", args=[demo_municipality.code]) in area
    assert reverse("engage", args=[demo_municipality.code]) in area


def test_only_for_a_municipality_and_only_for_those_who_may_see_it(
    demo_municipality: Area,
) -> None:
    buurt = Area.objects.filter(municipality=demo_municipality, level=AreaLevel.BUURT).first()
    assert buurt is not None
    assert Client().get(reverse("baton", args=[buurt.code])).status_code == 404
    config = demo_municipality.config
    config.public_view = False
    config.save()
    assert Client().get(reverse("baton", args=[demo_municipality.code])).status_code == 403
    assert Client().get(reverse("baton-json", args=[demo_municipality.code])).status_code == 403
