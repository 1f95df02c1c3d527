"""One organisation cannot change another's records; readers see and change nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from speelveld.activities.models import Activity
from speelveld.places.models import Area
from speelveld.players.models import Organisation

pytestmark = pytest.mark.django_db


def _form_data(activity: Activity, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": activity.title,
        "description": activity.description,
        "activity_type": activity.activity_type_id or "",
        "method": activity.method_id or "",
        "lead_organisation": activity.lead_organisation_id,
        "owner": activity.owner_id or "",
        "partners": list(activity.partners.values_list("pk", flat=True)),
        "areas": list(activity.areas.values_list("pk", flat=True)),
        "themes": list(activity.themes.values_list("pk", flat=True)),
        "target_groups": list(activity.target_groups.values_list("pk", flat=True)),
        "phase": activity.phase_id,
        "start": activity.start.isoformat(),
        "end": activity.end.isoformat() if activity.end else "",
        "status": activity.status,
        "reach": activity.reach or "",
        "rtc_stage": activity.rtc_stage,
    }
    if activity.resident_led:
        data["resident_led"] = "on"
    data.update(overrides)
    return data


@pytest.fixture
def two_orgs(demo_municipality: Area) -> tuple[Organisation, Organisation]:
    orgs = (
        Organisation.objects.filter(municipalities=demo_municipality, led_activities__isnull=False)
        .distinct()
        .order_by("external_id")
    )
    return orgs[0], orgs[1]


def test_redacteur_edits_own_organisations_activity(
    make_user: Any, demo_municipality: Area, two_orgs: tuple[Organisation, Organisation]
) -> None:
    own, _other = two_orgs
    client = Client()
    client.force_login(make_user("redacteur", demo_municipality, own))
    activity = Activity.objects.filter(lead_organisation=own).first()
    assert activity is not None
    url = reverse("activity-edit", args=[activity.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, _form_data(activity, title="Nieuwe titel van de eigen activiteit"))
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.title == "Nieuwe titel van de eigen activiteit"


def test_redacteur_gets_403_on_another_organisations_activity(
    make_user: Any, demo_municipality: Area, two_orgs: tuple[Organisation, Organisation]
) -> None:
    own, other = two_orgs
    client = Client()
    client.force_login(make_user("redacteur", demo_municipality, own))
    activity = Activity.objects.filter(lead_organisation=other).first()
    assert activity is not None
    url = reverse("activity-edit", args=[activity.pk])
    assert client.get(url).status_code == 403
    response = client.post(url, _form_data(activity, title="Overgenomen!"))
    assert response.status_code == 403
    activity.refresh_from_db()
    assert activity.title != "Overgenomen!"
    # nor can it take another organisation's activity by moving its own one there
    mine = Activity.objects.filter(lead_organisation=own).first()
    assert mine is not None
    response = client.post(
        reverse("activity-edit", args=[mine.pk]), _form_data(mine, lead_organisation=other.pk)
    )
    assert response.status_code in (400, 403)
    mine.refresh_from_db()
    assert mine.lead_organisation == own


def test_redacteur_cannot_create_for_another_organisation(
    make_user: Any, demo_municipality: Area, two_orgs: tuple[Organisation, Organisation]
) -> None:
    own, other = two_orgs
    client = Client()
    client.force_login(make_user("redacteur", demo_municipality, own))
    template = Activity.objects.filter(lead_organisation=other).first()
    assert template is not None
    before = Activity.objects.count()
    response = client.post(
        reverse("activity-new", args=[demo_municipality.code]),
        _form_data(template, title="Namens een ander", lead_organisation=other.pk),
    )
    assert response.status_code == 400  # the other organisation is not a valid choice
    assert Activity.objects.count() == before


@pytest.mark.parametrize("role", ["opdrachtgever", "onderzoeker"])
def test_readers_see_but_cannot_edit(make_user: Any, demo_municipality: Area, role: str) -> None:
    client = Client()
    client.force_login(make_user(role, None if role == "onderzoeker" else demo_municipality))
    activity = Activity.objects.filter(municipality=demo_municipality).first()
    assert activity is not None
    page = client.get(reverse("activity", args=[activity.pk]))
    assert page.status_code == 200
    assert reverse("activity-edit", args=[activity.pk]) not in page.content.decode()
    assert client.get(reverse("activity-edit", args=[activity.pk])).status_code == 403


def test_private_municipality_is_closed_to_strangers(
    make_user: Any, demo_municipality: Area
) -> None:
    demo_municipality.config.public_view = False
    demo_municipality.config.save()
    url = reverse("area", args=[demo_municipality.code])
    assert Client().get(url).status_code == 403
    assert demo_municipality.code not in Client().get(reverse("home")).content.decode()
    client = Client()
    client.force_login(make_user("opdrachtgever", demo_municipality))
    assert client.get(url).status_code == 200


def test_public_view_shows_the_field_without_login(demo_municipality: Area) -> None:
    response = Client().get(reverse("area", args=[demo_municipality.code]))
    assert response.status_code == 200
    assert demo_municipality.name in response.content.decode()
