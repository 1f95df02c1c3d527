"""Every change is recorded (who, when, before/after) and can be reverted, many-to-many too."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from speelveld.activities.models import Activity
from speelveld.catalogue.models import Theme
from speelveld.places.models import Area
from tests.integration.test_permissions import _form_data

pytestmark = pytest.mark.django_db


def test_change_shows_in_history_and_can_be_reverted(
    make_user: Any, demo_municipality: Area
) -> None:
    beheerder = make_user("beheerder", demo_municipality)
    client = Client()
    client.force_login(beheerder)
    activity = Activity.objects.filter(municipality=demo_municipality).order_by("pk").first()
    assert activity is not None
    old_title = activity.title
    old_themes = set(activity.themes.values_list("key", flat=True))
    new_theme = Theme.objects.exclude(key__in=old_themes).order_by("key").first()
    assert new_theme is not None

    response = client.post(
        reverse("activity-edit", args=[activity.pk]),
        _form_data(activity, title="Buurtkamer op zaterdag", themes=[new_theme.pk]),
    )
    assert response.status_code == 302
    activity.refresh_from_db()
    assert set(activity.themes.values_list("key", flat=True)) == {new_theme.key}

    # one user action gives one historical record, by that user
    latest = activity.history.order_by("-history_date", "-history_id").first()
    assert latest is not None and latest.history_user == beheerder
    assert activity.history.count() == 2

    page = client.get(reverse("history", args=["activiteit", activity.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert old_title in text and "Buurtkamer op zaterdag" in text  # before and after
    assert beheerder.username in text
    assert new_theme.name in text

    original = activity.history.order_by("history_date", "history_id").first()
    assert original is not None
    revert = client.post(
        reverse("history-revert", args=["activiteit", activity.pk, original.history_id])
    )
    assert revert.status_code == 302
    activity.refresh_from_db()
    assert activity.title == old_title
    assert set(activity.themes.values_list("key", flat=True)) == old_themes
    # the revert is itself a recorded change, so it can be undone as well
    assert activity.history.count() == 3
    assert "Teruggezet" in (activity.history.first().history_change_reason or "")  # type: ignore[union-attr]


def test_history_of_another_organisation_is_closed(make_user: Any, demo_municipality: Area) -> None:
    activity = Activity.objects.filter(municipality=demo_municipality).order_by("pk").first()
    assert activity is not None
    other_org = activity.municipality.organisations.exclude(
        pk=activity.lead_organisation_id
    ).first()
    client = Client()
    client.force_login(make_user("redacteur", demo_municipality, other_org))
    assert client.get(reverse("history", args=["activiteit", activity.pk])).status_code == 403
    record = activity.history.first()
    assert record is not None
    response = client.post(
        reverse("history-revert", args=["activiteit", activity.pk, record.history_id])
    )
    assert response.status_code == 403
