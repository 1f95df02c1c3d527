"""The field's pages and their JSON twins, through the real views."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from speelveld.activities.models import Activity
from speelveld.catalogue.models import Role, Theme
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Collaboration, Organisation, Player

pytestmark = pytest.mark.django_db


def _buurt(municipality: Area) -> Area:
    return (
        Area.objects.filter(municipality=municipality, level=AreaLevel.BUURT)
        .order_by("code")
        .first()
    )  # type: ignore[return-value]


def test_area_page_has_matrix_facets_and_lists_without_javascript(demo_municipality: Area):
    buurt = _buurt(demo_municipality)
    html = Client().get(reverse("area", args=[buurt.code])).content.decode()
    assert 'data-testid="matrix"' in html  # the who-does-what matrix is server-rendered
    assert 'data-testid="activities"' in html
    assert 'class="facets"' in html
    assert "<svg" in html  # the map works without JavaScript too


def test_area_json_twin_matches_the_page(demo_municipality: Area) -> None:
    buurt = _buurt(demo_municipality)
    data = json.loads(Client().get(reverse("area-json", args=[buurt.code])).content)
    assert data["code"] == buurt.code and data["level"] == "buurt"
    assert data["municipality"] == demo_municipality.code
    assert data["activities"]["total"] == len(data["activities"]["items"]) or (
        data["activities"]["total"] > len(data["activities"]["items"])
    )
    page = Client().get(reverse("area", args=[buurt.code])).content.decode()
    assert f"<strong>{data['activities']['total']}</strong>" in page
    themes = set(Theme.objects.values_list("key", flat=True))
    assert set(data["matrix"]["columns"]) == themes
    for row in data["matrix"]["rows"]:
        assert row["total"] >= max(row["cells"])


def test_geojson_twin_is_what_the_map_draws(demo_municipality: Area) -> None:
    response = Client().get(reverse("area-geojson", args=[demo_municipality.code]))
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    buurten = [f for f in data["features"] if not f["properties"].get("outline")]
    assert (
        len(buurten)
        == Area.objects.filter(municipality=demo_municipality, level=AreaLevel.BUURT).count()
    )
    assert all(f["geometry"]["type"] in {"Polygon", "MultiPolygon"} for f in buurten)
    per_1000 = json.loads(
        Client()
        .get(reverse("area-geojson", args=[demo_municipality.code]), {"maat": "per1000"})
        .content
    )
    assert per_1000["measure"] == "per1000"


def test_facets_filter_the_activity_list(demo_municipality: Area) -> None:
    url = reverse("area-json", args=[demo_municipality.code])
    everything = json.loads(Client().get(url).content)
    theme = everything["facets"]["theme"][0]
    filtered = json.loads(Client().get(url, {"thema": theme["key"]}).content)
    assert filtered["activities"]["total"] == theme["count"]
    expected = Activity.objects.filter(
        municipality=demo_municipality, themes__key=theme["key"]
    ).distinct()
    assert filtered["activities"]["total"] == expected.count()
    both = json.loads(
        Client().get(url, {"thema": theme["key"], "bewonersinitiatief": "ja"}).content
    )
    assert both["activities"]["total"] == expected.filter(resident_led=True).count()


def test_matrix_by_role_counts_owners_roles(demo_municipality: Area) -> None:
    url = reverse("area-json", args=[demo_municipality.code])
    data = json.loads(Client().get(url, {"matrix": "rol"}).content)
    assert data["matrix"]["by"] == "role"
    keys = {row["key"] for row in data["matrix"]["rows"]}
    assert keys <= set(Role.objects.values_list("key", flat=True)) | {""}


@pytest.mark.parametrize("name", ["activity", "organisation", "player"])
def test_detail_pages_have_json_twins(demo_municipality: Area, name: str) -> None:
    model = {"activity": Activity, "organisation": Organisation, "player": Player}[name]
    obj: Any = model.objects.order_by("pk").first()
    assert Client().get(reverse(name, args=[obj.pk])).status_code == 200
    data = json.loads(Client().get(reverse(f"{name}-json", args=[obj.pk])).content)
    assert data["id"] == obj.pk


def test_role_catalogue_pages(demo_municipality: Area) -> None:
    role = Role.objects.get(key="procesmanager-corporatie")
    html = Client().get(reverse("role", args=[role.key])).content.decode()
    assert "Beter overlaten aan" in html
    assert Role.objects.get(key="opbouwwerker").name in html  # leaves organising to them
    data = json.loads(Client().get(reverse("role-json", args=[role.key])).content)
    assert any(d["role"] == "opbouwwerker" for d in data["leave_to"])
    assert data["holders"], "the demo has process managers"
    listing = json.loads(Client().get(reverse("roles-json")).content)
    assert len(listing) >= 12


def test_search_finds_each_kind(demo_municipality: Area) -> None:
    activity = Activity.objects.filter(municipality=demo_municipality).first()
    assert activity is not None
    word = activity.title.split()[0]
    data = json.loads(Client().get(reverse("search-json"), {"q": word}).content)
    assert (
        any(r["label"] == activity.title for r in data["results"]["activities"])
        or len(data["results"]["activities"]) == 25
    )
    areas = json.loads(Client().get(reverse("search-json"), {"q": demo_municipality.name}).content)
    assert areas["results"]["areas"]
    roles = json.loads(Client().get(reverse("search-json"), {"q": "opbouwwerker"}).content)
    assert roles["results"]["roles"]


def test_search_hides_private_municipalities(demo_municipality: Area) -> None:
    demo_municipality.config.public_view = False
    demo_municipality.config.save()
    data = json.loads(Client().get(reverse("search-json"), {"q": "buurt"}).content)
    assert data["results"]["activities"] == [] and data["results"]["areas"] == []


def test_private_twins_are_closed_too(demo_municipality: Area) -> None:
    demo_municipality.config.public_view = False
    demo_municipality.config.save()
    activity = Activity.objects.filter(municipality=demo_municipality).first()
    assert activity is not None
    for url in [
        reverse("area-json", args=[demo_municipality.code]),
        reverse("area-geojson", args=[demo_municipality.code]),
        reverse("activity-json", args=[activity.pk]),
    ]:
        assert Client().get(url).status_code == 403


def test_redacteur_edits_own_player_not_anothers(make_user: Any, demo_municipality: Area) -> None:
    player = Player.objects.filter(municipality=demo_municipality, organisation__isnull=False)
    own = player.first()
    assert own is not None
    other = player.exclude(organisation=own.organisation).first()
    assert other is not None
    client = Client()
    client.force_login(make_user("redacteur", demo_municipality, own.organisation))
    assert client.get(reverse("player-edit", args=[own.pk])).status_code == 200
    data = {
        "name": "Nieuwe Naam", "role": own.role_id, "organisation": own.organisation_id,
        "email": "", "phone": "", "hours_per_week": "24", "active_from": "",
        "active_until": "", "areas": list(own.areas.values_list("pk", flat=True)),
    }  # fmt: skip
    assert client.post(reverse("player-edit", args=[own.pk]), data).status_code == 302
    own.refresh_from_db()
    assert own.name == "Nieuwe Naam"
    assert client.get(reverse("player-edit", args=[other.pk])).status_code == 403
    assert client.post(reverse("player-edit", args=[other.pk]), data).status_code == 403


def test_redacteur_records_ties_of_their_own_organisation_only(
    make_user: Any, demo_municipality: Area
) -> None:
    orgs = list(Organisation.objects.filter(municipalities=demo_municipality).order_by("pk")[:3])
    client = Client()
    client.force_login(make_user("redacteur", demo_municipality, orgs[0]))
    url = reverse("collaboration-new", args=[demo_municipality.code])
    before = Collaboration.objects.count()
    others = {"a_organisation": orgs[1].pk, "b_organisation": orgs[2].pk, "intensity": 2,
              "sign": 1}  # fmt: skip
    assert client.post(url, others).status_code == 403
    own = {"a_organisation": orgs[0].pk, "b_organisation": orgs[2].pk, "intensity": 2, "sign": 1,
           "context": "Samen de buurtmaaltijd in De Bloemhof"}  # fmt: skip
    assert client.post(url, own).status_code == 302
    assert Collaboration.objects.count() == before + 1


def test_inline_validation_returns_errors_without_saving(
    make_user: Any, demo_municipality: Area
) -> None:
    activity = Activity.objects.filter(municipality=demo_municipality).first()
    assert activity is not None
    client = Client()
    client.force_login(make_user("beheerder", demo_municipality))
    response = client.post(
        reverse("activity-edit", args=[activity.pk]) + "?check=1",
        {"title": "", "start": "2026-01-01", "end": "2025-01-01"},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert 'hx-swap-oob="true"' in html and "<html" not in html  # only the error slots
    assert "Dit veld is verplicht" in html
    activity.refresh_from_db()
    assert activity.title


def test_organisations_on_a_municipality_page_count_the_activities_they_lead_there(
    demo_municipality: Area,
) -> None:
    """An organisation working in two municipalities: each municipality page counts only the
    activities it leads in that municipality (as its own page lists them)."""
    from speelveld.catalogue.models import Phase

    other = Area.objects.create(code="GM9903", year=demo_municipality.year, level="gemeente",
                                name="Elders")  # fmt: skip
    org = Organisation.objects.filter(municipalities=demo_municipality).order_by("pk").first()
    assert org is not None
    org.municipalities.add(other)
    here = Activity.objects.filter(municipality=demo_municipality, lead_organisation=org).count()
    for i in range(3):
        Activity.objects.create(municipality=other, title=f"Elders {i}", lead_organisation=org,
                                phase=Phase.objects.first(), start="2025-01-01")  # fmt: skip
    html = Client().get(reverse("area", args=[demo_municipality.code])).content.decode()
    table = html[html.index('id="organisaties-titel"') :]
    row = table[table.index(reverse("organisation", args=[org.pk])) :]
    row = row[: row.index("</tr>")]
    assert f'<td class="num">{here}</td>' in row
