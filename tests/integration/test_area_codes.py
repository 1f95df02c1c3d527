"""Through the real views: a beheerder adds areas; bad CBS codes are refused in Dutch and
English, naming the code."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from speelveld.places.models import Area, AreaLevel

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(make_user: Any, demo_municipality: Area) -> Client:
    client = Client()
    client.force_login(make_user("beheerder", demo_municipality))
    return client


def _post(client: Client, municipality: Area, language: str = "nl", **data: Any) -> Any:
    return client.post(
        reverse("area-new", args=[municipality.code]), data, HTTP_ACCEPT_LANGUAGE=language
    )


def test_valid_buurt_is_created_under_its_wijk(admin_client: Client, demo_municipality: Area):
    wijk = Area.objects.filter(municipality=demo_municipality, level=AreaLevel.WIJK).first()
    assert wijk is not None
    code = f"BU{wijk.code[2:]}99"
    response = _post(
        admin_client,
        demo_municipality,
        level="buurt",
        code=code.lower(),
        name="Nieuwe Buurt",
        parent=wijk.pk,
    )
    assert response.status_code == 302
    created = Area.objects.get(code=code, year=wijk.year)
    assert created.parent == wijk
    assert created.municipality == demo_municipality
    assert created.history.count() == 1


def test_invalid_code_is_refused_in_dutch(admin_client: Client, demo_municipality: Area) -> None:
    before = Area.objects.count()
    response = _post(
        admin_client,
        demo_municipality,
        level="wijk",
        code="WK99X",
        name="Foute wijk",
        parent=demo_municipality.pk,
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "CBS-code WK99X is ongeldig" in text
    assert Area.objects.count() == before


def test_invalid_code_is_refused_in_english(admin_client: Client, demo_municipality: Area):
    response = _post(
        admin_client,
        demo_municipality,
        language="en",
        level="wijk",
        code="WK99X",
        name="Wrong",
        parent=demo_municipality.pk,
    )
    assert response.status_code == 400
    assert "CBS code WK99X is invalid" in response.content.decode()


def test_buurt_code_that_does_not_fit_its_wijk_is_refused(
    admin_client: Client, demo_municipality: Area
) -> None:
    wijken = list(Area.objects.filter(municipality=demo_municipality, level=AreaLevel.WIJK))
    first, second = wijken[0], wijken[1]
    code = f"BU{first.code[2:]}98"  # belongs to the first wijk ...
    response = _post(
        admin_client, demo_municipality, level="buurt", code=code, name="Verkeerd", parent=second.pk
    )  # ... but is placed under the second
    assert response.status_code == 400
    text = response.content.decode()
    assert f"CBS-code {code} past niet bij het bovenliggende gebied {second.code}" in text
    assert f"hoort het bij {first.code}" in text
    english = _post(
        admin_client,
        demo_municipality,
        language="en",
        level="buurt",
        code=code,
        name="Wrong",
        parent=second.pk,
    ).content.decode()
    assert f"CBS code {code} does not fit its parent area {second.code}" in english
    assert not Area.objects.filter(code=code).exists()


def test_only_a_beheerder_may_add_areas(make_user: Any, demo_municipality: Area) -> None:
    client = Client()
    client.force_login(make_user("opdrachtgever", demo_municipality))
    response = _post(
        client,
        demo_municipality,
        level="wijk",
        code="WK990199",
        name="X",
        parent=demo_municipality.pk,
    )
    assert response.status_code == 403
    assert not Area.objects.filter(code="WK990199").exists()
