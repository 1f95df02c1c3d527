"""The Right to Challenge pathway: every step recorded through core.rtc, refusals in words,
per-municipality deadlines, and overdue steps on the baton dashboard."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from speelveld.activities.models import Activity, RtcStep
from speelveld.activities.rtc_services import rtc_advance
from speelveld.catalogue.models import Phase
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def challenge(demo_municipality: Area) -> Activity:
    lead = Organisation.objects.filter(municipalities=demo_municipality, type="bewoners").first()
    assert lead is not None
    activity = Activity.objects.create(
        municipality=demo_municipality,
        title="Bewoners beheren het speelveld zelf",
        lead_organisation=lead,
        phase=Phase.objects.get(key="organiseren"),
        start=timezone.localdate() + timedelta(weeks=30),
        resident_led=True,
    )
    buurt = Area.objects.filter(municipality=demo_municipality, level=AreaLevel.BUURT).first()
    activity.areas.add(buurt)
    return activity


@pytest.fixture
def beheerder(make_user: Any, demo_municipality: Area) -> Any:
    return make_user("beheerder", demo_municipality)


WALK = [
    "idee",
    "verkenning",
    "ingediend",
    "ontvankelijkheidstoets",
    "kennismakingsgesprek",
    "advies",
    "besluit_college",
    "toegekend",
    "overeenkomst",
    "uitvoering",
    "verantwoording",
    "verlengd",
    "uitvoering",
    "verantwoording",
    "beeindigd",
]


def test_the_whole_pathway_is_recorded_step_by_step(challenge: Activity, beheerder: Any) -> None:
    day = date(2026, 1, 5)
    for n, stage in enumerate(WALK):
        until = day + timedelta(days=365) if stage == "verlengd" else None
        step = rtc_advance(
            actor=beheerder,
            activity=challenge,
            to=stage,
            date=day + timedelta(days=n),
            document_url=f"https://gemeente.example/rtc/{n}.pdf",
            note=f"stap {n}",
            until=until,
        )
        challenge.refresh_from_db()
        assert challenge.rtc_stage == stage and step.actor == beheerder
    steps = list(RtcStep.objects.filter(activity=challenge))
    assert [s.stage for s in steps] == WALK
    assert steps[11].until == day + timedelta(days=365) and steps[0].document_url.endswith("0.pdf")
    assert challenge.history.count() >= len(WALK)
    with pytest.raises(ValidationError) as caught:
        rtc_advance(actor=beheerder, activity=challenge, to="uitvoering", date=day + timedelta(99))
    assert caught.value.code == "rtc_final" and "beëindigd" in caught.value.messages[0]


def test_illegal_steps_are_refused_and_name_what_may_come_next(
    challenge: Activity, beheerder: Any
) -> None:
    day = timezone.localdate()
    with pytest.raises(ValidationError) as caught:
        rtc_advance(actor=beheerder, activity=challenge, to="toegekend", date=day)
    assert caught.value.code == "rtc_not_next"
    assert "Mogelijke volgende stappen: idee" in caught.value.messages[0]
    for stage in WALK[:8]:
        rtc_advance(actor=beheerder, activity=challenge, to=stage, date=day)
    with pytest.raises(ValidationError) as caught:  # withdrawing is only before the decision
        rtc_advance(actor=beheerder, activity=challenge, to="ingetrokken", date=day)
    assert "overeenkomst" in caught.value.messages[0]
    with pytest.raises(ValidationError):
        rtc_advance(actor=beheerder, activity=challenge, to="onzin", date=day)
    with pytest.raises(ValidationError) as caught:
        rtc_advance(
            actor=beheerder, activity=challenge, to="overeenkomst", date=day - timedelta(days=1)
        )
    assert "date" in caught.value.message_dict


def test_an_extension_needs_its_end_date(challenge: Activity, beheerder: Any) -> None:
    day = timezone.localdate()
    for stage in WALK[:11]:
        rtc_advance(actor=beheerder, activity=challenge, to=stage, date=day)
    with pytest.raises(ValidationError) as caught:
        rtc_advance(actor=beheerder, activity=challenge, to="verlengd", date=day)
    assert "until" in caught.value.message_dict


def test_only_the_beheerder_records_steps(
    challenge: Activity, make_user: Any, demo_municipality: Area
) -> None:
    editor = make_user("redacteur", demo_municipality, challenge.lead_organisation)
    with pytest.raises(PermissionDenied):
        rtc_advance(actor=editor, activity=challenge, to="idee", date=timezone.localdate())
    client = Client()
    client.force_login(editor)
    url = reverse("rtc-advance", args=[challenge.pk])
    assert client.post(url, {"to": "idee", "date": "2026-01-01"}).status_code == 403
    html = client.get(reverse("activity", args=[challenge.pk])).content.decode()
    assert 'data-testid="rtc-form"' not in html


def test_the_activity_page_shows_the_pathway_and_next_steps_to_the_beheerder(
    challenge: Activity, beheerder: Any
) -> None:
    client = Client()
    client.force_login(beheerder)
    page = reverse("activity", args=[challenge.pk])
    html = client.get(page).content.decode()
    assert 'data-testid="rtc-form"' in html and "nog niet op het pad" in html
    response = client.post(
        reverse("rtc-advance", args=[challenge.pk]),
        {
            "to": "idee",
            "date": timezone.localdate().isoformat(),
            "document_url": "https://gemeente.example/idee.pdf",
            "note": "Eerste gesprek.",
        },
    )
    assert response.status_code == 302
    html = client.get(page).content.decode()
    assert "Mogelijke volgende stappen: verkenning" in html and "idee.pdf" in html
    bad = client.post(reverse("rtc-advance", args=[challenge.pk]), {"to": "advies", "date": "x"})
    assert bad.status_code == 400  # not a choice now, not a date: the form says so


def test_overdue_steps_follow_the_municipality_terms_and_show_on_the_dashboard(
    challenge: Activity, beheerder: Any, demo_municipality: Area
) -> None:
    today = timezone.localdate()
    submitted = today - timedelta(weeks=12)
    for stage in WALK[:6]:  # … → advies, submitted 12 weeks ago
        rtc_advance(actor=beheerder, activity=challenge, to=stage, date=submitted)
    board = json.loads(Client().get(reverse("baton-json", args=[demo_municipality.code])).content)
    row = next(r for r in board["rtc_overdue"] if r["activity"]["id"] == challenge.pk)
    assert [w["code"] for w in row["warnings"]] == ["decision_overdue"]
    assert row["warnings"][0]["due"] == (submitted + timedelta(weeks=10)).isoformat()
    assert "moeten besluiten" in row["warnings"][0]["text"]

    client = Client()
    client.force_login(beheerder)
    settings_url = reverse("municipality-settings", args=[demo_municipality.code])
    assert 'value="10"' in client.get(settings_url).content.decode()
    response = client.post(settings_url, {"public_view": "on", "rtc_decision_weeks": 14})
    assert response.status_code == 302
    demo_municipality.config.refresh_from_db()
    assert demo_municipality.config.rtc_decision_weeks == 14
    assert demo_municipality.config.rtc_submit_weeks == 18  # left as it was
    board = json.loads(Client().get(reverse("baton-json", args=[demo_municipality.code])).content)
    assert challenge.pk not in {r["activity"]["id"] for r in board["rtc_overdue"]}
    bad = client.post(settings_url, {"rtc_accountability_month": 2, "rtc_accountability_day": 30})
    assert bad.status_code == 400 and "bestaat niet" in bad.content.decode()
