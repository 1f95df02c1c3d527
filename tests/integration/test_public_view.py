"""A municipality's beheerder switches the public read-only view on and off."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from speelveld.places.models import Area

pytestmark = pytest.mark.django_db


def test_beheerder_switches_public_view_off_and_on(make_user: Any, demo_municipality: Area):
    client = Client()
    client.force_login(make_user("beheerder", demo_municipality))
    url = reverse("municipality-settings", args=[demo_municipality.code])
    page = reverse("area", args=[demo_municipality.code])
    assert Client().get(page).status_code == 200

    assert client.post(url, {}).status_code == 302  # unchecked box: off
    assert Client().get(page).status_code == 403
    config = demo_municipality.config
    config.refresh_from_db()
    assert config.public_view is False
    assert config.history.count() >= 1

    assert client.post(url, {"public_view": "on"}).status_code == 302
    assert Client().get(page).status_code == 200


@pytest.mark.parametrize("role", ["redacteur", "opdrachtgever"])
def test_others_cannot_change_the_setting(
    make_user: Any, demo_municipality: Area, role: str
) -> None:
    organisation = demo_municipality.organisations.first() if role == "redacteur" else None
    client = Client()
    client.force_login(make_user(role, demo_municipality, organisation))
    url = reverse("municipality-settings", args=[demo_municipality.code])
    assert client.get(url).status_code == 403
    assert client.post(url, {}).status_code == 403
    demo_municipality.config.refresh_from_db()
    assert demo_municipality.config.public_view is True
