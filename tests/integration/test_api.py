"""The JSON API: its OpenAPI document and self-contained docs page, pagination, filters, the
same permissions as the pages, token authentication, errors in Dutch and English, the writes
through the services, and the token page and command."""

from __future__ import annotations

import re
from datetime import date, timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import include, path

from speelveld.activities.models import Activity, Handover
from speelveld.api.models import ApiToken
from speelveld.api.services import token_create
from speelveld.places.models import Area, AreaLevel, MunicipalityConfig
from speelveld.players.models import Collaboration, Organisation, Player

pytestmark = pytest.mark.django_db

# The account pages are wired into the project's urls.py at account/; here they are wired for
# the tests too, so the page can be tested whatever the project's urls.py holds.
urlpatterns = [
    path("account/", include("speelveld.api.account_urls")),
    path("", include("speelveld.urls")),
]


def _client(user: Any = None) -> Client:
    if user is None:
        return Client()
    _token, key = token_create(actor=None, user=user, name="test")
    return Client(headers={"Authorization": f"Bearer {key}"})


def _private(municipality: Area) -> None:
    MunicipalityConfig.objects.update_or_create(
        municipality=municipality, defaults={"public_view": False}
    )


@pytest.fixture
def orgs(demo_municipality: Area) -> tuple[Organisation, Organisation]:
    found = (
        Organisation.objects.filter(municipalities=demo_municipality, led_activities__isnull=False)
        .distinct()
        .order_by("external_id")
    )
    return found[0], found[1]


# ---- the document and the docs page ----------------------------------------------------------


def test_openapi_document_lists_every_resource() -> None:
    doc = Client().get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    paths = set(doc["paths"])
    for resource in ("municipalities", "areas", "organisations", "players", "activities",
                     "collaborations", "handovers", "roles", "themes", "target-groups",
                     "phases", "activity-types"):  # fmt: skip
        assert f"/api/{resource}" in paths, resource
    assert "/api/municipalities/{code}/engage" in paths
    assert doc["paths"]["/api/activities"]["post"]["security"] == [{"BearerToken": []}]
    assert doc["paths"]["/api/activities"]["get"]["security"] == [{}, {"BearerToken": []}]


def test_docs_page_renders_and_loads_nothing_from_elsewhere() -> None:
    response = Client().get("/api/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "GET /api/activities" in html and "PATCH /api/activities/{id}" in html
    assert 'id="schema-ActivityOut"' in html
    targets = re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)["']""", html)
    assert targets
    for target in targets:
        assert target.startswith(("/", "#")) and not target.startswith("//"), target
    assert "<script" not in html.replace('<script src="/static/', "")


# ---- reading ---------------------------------------------------------------------------------


def test_pagination(demo_municipality: Area) -> None:
    client = Client()
    first = client.get("/api/activities", {"limit": 7}).json()
    total = Activity.objects.filter(municipality=demo_municipality).count()
    assert first["count"] == total and first["limit"] == 7 and len(first["items"]) == 7
    second = client.get("/api/activities", {"limit": 7, "offset": 7}).json()
    assert {a["id"] for a in first["items"]}.isdisjoint(a["id"] for a in second["items"])
    last = client.get("/api/activities", {"limit": 200, "offset": total - 3}).json()
    assert len(last["items"]) == 3
    too_many = client.get("/api/activities", {"limit": 201})
    assert too_many.status_code == 422
    body = too_many.json()
    assert body["fields"][0]["field"] == "limit"
    assert body["message_nl"] and body["message_en"]


def test_filters(demo_municipality: Area, orgs: tuple[Organisation, Organisation]) -> None:
    client = Client()
    everything = Activity.objects.filter(municipality=demo_municipality)
    activity = everything.filter(themes__isnull=False, target_groups__isnull=False).first()
    assert activity is not None
    theme = activity.themes.first()
    target = activity.target_groups.first()
    assert theme is not None and target is not None

    def ids(**params: Any) -> set[int]:
        found: set[int] = set()
        while True:  # every page
            data = client.get("/api/activities", {**params, "limit": 200,
                                                   "offset": len(found)}).json()  # fmt: skip
            found |= {a["id"] for a in data["items"]}
            if len(found) >= data["count"] or not data["items"]:
                return found

    def pks(queryset: Any) -> set[int]:
        return set(queryset.values_list("pk", flat=True))

    assert ids(theme=theme.key) == pks(everything.filter(themes=theme))
    both = everything.filter(themes=theme, target_groups=target)
    assert ids(theme=theme.key, target_group=target.key) == pks(both)
    phase = activity.phase.key
    assert ids(phase=phase) == pks(everything.filter(phase__key=phase))
    lead = orgs[0]
    assert activity.pk not in ids(theme="bestaat-niet")
    by_org = ids(organisation=lead.pk)
    assert set(everything.filter(lead_organisation=lead).values_list("pk", flat=True)) <= by_org

    buurt = Area.objects.filter(municipality=demo_municipality, level=AreaLevel.BUURT,
                                activities_in__isnull=False).first()  # fmt: skip
    assert buurt is not None and buurt.parent is not None
    in_buurt = ids(area=buurt.code)
    expected_buurt = everything.filter(areas__in=[buurt.pk, buurt.parent_id]).distinct()
    assert in_buurt == set(expected_buurt.values_list("pk", flat=True))
    wijk = client.get("/api/activities", {"area": buurt.parent.code}).json()["count"]
    assert wijk >= len(in_buurt)

    players = client.get("/api/players", {"area": buurt.code, "limit": 200}).json()
    assert all(set(p["areas"]) & {buurt.code, buurt.parent.code} for p in players["items"])
    organisations = client.get("/api/organisations", {"theme": theme.key, "limit": 200}).json()
    assert activity.lead_organisation_id in {o["id"] for o in organisations["items"]}
    assert client.get("/api/activities", {"municipality": "GM0000"}).status_code == 404


def test_area_with_figures_and_vocabularies(demo_municipality: Area) -> None:
    client = Client()
    area = client.get(f"/api/areas/{demo_municipality.code}").json()
    assert area["level"] == "gemeente" and area["activities"] > 0
    wijken = client.get("/api/areas", {"municipality": demo_municipality.code,
                                       "level": "wijk"}).json()  # fmt: skip
    assert wijken["count"] > 0 and all(w["level"] == "wijk" for w in wijken["items"])
    assert "inhabitants" in (wijken["items"][0]["figures"] or {"inhabitants": None})
    phases = client.get("/api/phases").json()
    assert [p["key"] for p in phases["items"]][0] == "signaleren"
    role = client.get("/api/roles").json()["items"][0]
    assert client.get(f"/api/roles/{role['key']}").json()["name"] == role["name"]


def test_reads_follow_the_pages_permissions(
    demo_municipality: Area, make_user: Any, orgs: tuple[Organisation, Organisation]
) -> None:
    _private(demo_municipality)
    activity = Activity.objects.filter(municipality=demo_municipality).first()
    assert activity is not None
    anonymous = Client()
    assert anonymous.get("/api/municipalities").json()["count"] == 0
    assert anonymous.get("/api/activities").json()["count"] == 0
    denied = anonymous.get(f"/api/activities/{activity.pk}")
    assert denied.status_code == 403 and denied.json()["code"] == "forbidden"
    filtered = anonymous.get("/api/activities", {"municipality": demo_municipality.code})
    assert filtered.status_code == 403
    member = _client(make_user("opdrachtgever", demo_municipality))
    assert member.get(f"/api/activities/{activity.pk}").status_code == 200
    assert member.get("/api/activities").json()["count"] > 0
    player = Player.objects.filter(municipality=demo_municipality).exclude(phone="").first()
    if player is not None:
        assert member.get(f"/api/players/{player.pk}").json()["phone"] is None
        editor = _client(make_user("beheerder", demo_municipality))
        assert editor.get(f"/api/players/{player.pk}").json()["phone"] == player.phone


# ---- tokens ----------------------------------------------------------------------------------


def test_writes_need_a_valid_token(demo_municipality: Area) -> None:
    body = {"municipality": demo_municipality.code, "title": "x", "lead_organisation": 1,
            "phase": "signaleren", "start": "2025-01-01", "areas": []}  # fmt: skip
    missing = Client().post("/api/activities", body, content_type="application/json")
    assert missing.status_code == 401
    assert missing.json()["code"] == "unauthorized" and missing.json()["message_nl"]
    assert missing["WWW-Authenticate"].startswith("Bearer")
    wrong = Client(headers={"Authorization": "Bearer sv_not-a-key"})
    assert wrong.post("/api/activities", body, content_type="application/json").status_code == 401
    assert wrong.get("/api/activities").status_code == 401  # a wrong key is never anonymous


def test_a_revoked_token_stops_working(make_user: Any, demo_municipality: Area) -> None:
    user = make_user("beheerder", demo_municipality)
    token, key = token_create(actor=None, user=user, name="weg")
    client = Client(headers={"Authorization": f"Bearer {key}"})
    assert client.get("/api/activities").status_code == 200
    token.refresh_from_db()
    assert token.last_used is not None and token.key_hash != key and key.startswith(token.prefix)
    out = StringIO()
    call_command("token", "revoke", "--id", str(token.pk), stdout=out)
    assert client.get("/api/activities").status_code == 401


def test_token_command_creates_a_working_key(make_user: Any, demo_municipality: Area) -> None:
    user = make_user("beheerder", demo_municipality)
    out, err = StringIO(), StringIO()
    call_command("token", "create", "--user", user.username, "--name", "script", stdout=out,
                 stderr=err)  # fmt: skip
    key = out.getvalue().strip()
    assert Client(headers={"Authorization": f"Bearer {key}"}).get(
        "/api/activities").status_code == 200  # fmt: skip
    listing = StringIO()
    call_command("token", "list", "--user", user.username, stdout=listing)
    assert "script" in listing.getvalue() and key not in listing.getvalue()


@pytest.mark.urls(__name__)
def test_token_page_creates_shows_once_and_revokes(make_user: Any, demo_municipality: Area) -> None:
    user = make_user("redacteur", demo_municipality, Organisation.objects.first())
    client = Client()
    assert client.get("/account/tokens/").status_code == 302  # log in first
    client.force_login(user)
    page = client.get("/account/tokens/")
    assert page.status_code == 200
    created = client.post("/account/tokens/", {"action": "create", "name": "Mijn script"})
    assert created.status_code == 201
    key = re.search(r"<code>(sv_[^<]+)</code>", created.content.decode())
    assert key is not None
    token = ApiToken.objects.get(user=user)
    assert token.name == "Mijn script" and key.group(1) not in client.get(
        "/account/tokens/").content.decode()  # fmt: skip
    other = make_user("beheerder", demo_municipality)
    theirs, _key = token_create(actor=None, user=other, name="van een ander")
    not_mine = client.post("/account/tokens/", {"action": "revoke", "token": theirs.pk})
    assert not_mine.status_code == 404 and ApiToken.objects.filter(pk=theirs.pk).exists()
    client.post("/account/tokens/", {"action": "revoke", "token": token.pk})
    assert not ApiToken.objects.filter(pk=token.pk).exists()
    empty = client.post("/account/tokens/", {"action": "create", "name": " "})
    assert empty.status_code == 400


# ---- writing ---------------------------------------------------------------------------------


def _activity_body(municipality: Area, lead: Organisation, **extra: Any) -> dict[str, Any]:
    buurt = Area.objects.filter(municipality=municipality, level=AreaLevel.BUURT).first()
    assert buurt is not None
    return {"municipality": municipality.code, "title": "Taalcafé in de bibliotheek",
            "lead_organisation": lead.pk, "phase": "activeren", "start": "2025-03-01",
            "areas": [buurt.code], "themes": ["participatie"], **extra}  # fmt: skip


def test_create_and_change_an_activity_through_the_services(
    demo_municipality: Area, make_user: Any, orgs: tuple[Organisation, Organisation]
) -> None:
    own, _other = orgs
    client = _client(make_user("redacteur", demo_municipality, own))
    created = client.post("/api/activities", _activity_body(demo_municipality, own),
                          content_type="application/json")  # fmt: skip
    assert created.status_code == 201, created.content
    data = created.json()
    activity = Activity.objects.get(pk=data["id"])
    assert activity.title == data["title"] and data["themes"] == ["participatie"]
    assert activity.history.count() == 1  # one history record, as the service writes it
    changed = client.patch(f"/api/activities/{activity.pk}", {"title": "Taalcafé (nieuw)",
                           "end": None}, content_type="application/json")  # fmt: skip
    assert changed.status_code == 200 and changed.json()["title"] == "Taalcafé (nieuw)"
    assert changed.json()["areas"] == data["areas"]  # left out: unchanged


def test_one_organisation_cannot_change_anothers_records(
    demo_municipality: Area, make_user: Any, orgs: tuple[Organisation, Organisation]
) -> None:
    own, other = orgs
    client = _client(make_user("redacteur", demo_municipality, own))
    theirs = Activity.objects.filter(lead_organisation=other).first()
    assert theirs is not None
    response = client.patch(f"/api/activities/{theirs.pk}", {"title": "Overgenomen!"},
                            content_type="application/json")  # fmt: skip
    assert response.status_code == 403
    assert response.json()["message_nl"] == "U heeft geen rechten voor deze handeling."
    theirs.refresh_from_db()
    assert theirs.title != "Overgenomen!"
    as_theirs = client.post("/api/activities", _activity_body(demo_municipality, other),
                            content_type="application/json")  # fmt: skip
    assert as_theirs.status_code == 403
    player = Player.objects.filter(organisation=other).first()
    assert player is not None
    assert client.patch(f"/api/players/{player.pk}", {"name": "X"},
                        content_type="application/json").status_code == 403  # fmt: skip
    tie = Collaboration.objects.exclude(a_organisation=own).exclude(b_organisation=own).filter(
        a_player__isnull=True, b_player__isnull=True).first()  # fmt: skip
    if tie is not None:
        assert client.patch(f"/api/collaborations/{tie.pk}", {"context": "X"},
                            content_type="application/json").status_code == 403  # fmt: skip


def test_errors_name_the_field_in_dutch_and_english(
    demo_municipality: Area, make_user: Any, orgs: tuple[Organisation, Organisation]
) -> None:
    own, _other = orgs
    client = _client(make_user("redacteur", demo_municipality, own))
    body = _activity_body(demo_municipality, own, themes=["bestaat-niet"], areas=["BU00000000"])
    response = client.post("/api/activities", body, content_type="application/json")
    assert response.status_code == 422
    fields = {f["field"]: f for f in response.json()["fields"]}
    assert fields["themes"]["message_nl"] == "Onbekend thema: bestaat-niet."
    assert fields["areas"]["message_nl"].startswith("Deze gebieden liggen niet in")
    assert fields["themes"]["message_en"]  # English from the catalogue (or the Dutch)
    late = client.post("/api/activities", _activity_body(
        demo_municipality, own, end="2024-01-01"), content_type="application/json")  # fmt: skip
    assert late.status_code == 422
    end = {f["field"]: f for f in late.json()["fields"]}["end"]
    assert end["message_nl"] == "De einddatum ligt vóór de startdatum."
    missing = client.post("/api/activities", {"municipality": demo_municipality.code},
                          content_type="application/json")  # fmt: skip
    assert missing.status_code == 422
    named = {f["field"] for f in missing.json()["fields"]}
    assert {"title", "lead_organisation", "phase", "start", "areas"} <= named
    nul = client.post("/api/activities", _activity_body(demo_municipality, own, title="a\x00b"),
                      content_type="application/json")  # fmt: skip
    assert nul.status_code == 422


def test_players_collaborations_and_the_baton(
    demo_municipality: Area, make_user: Any, orgs: tuple[Organisation, Organisation]
) -> None:
    own, other = orgs
    beheerder = _client(make_user("beheerder", demo_municipality))
    player = beheerder.post("/api/players", {
        "municipality": demo_municipality.code, "name": "Sanne de Vries", "role": "opbouwwerker",
        "organisation": own.pk, "themes": ["participatie"], "languages": ["nl"],
        "hours_per_week": "24.0",
    }, content_type="application/json")  # fmt: skip
    assert player.status_code == 201, player.content
    player_id = player.json()["id"]
    assert player.json()["hours_per_week"] == 24.0
    tie = beheerder.post("/api/collaborations", {
        "municipality": demo_municipality.code, "a_player": player_id,
        "b_organisation": other.pk, "intensity": 2, "trust": "3.5",
    }, content_type="application/json")  # fmt: skip
    assert tie.status_code == 201, tie.content
    assert tie.json()["trust"] == 3.5
    activity = Activity.objects.filter(lead_organisation=own, owner__isnull=False).exclude(
        handovers__state__in=["proposed", "accepted"]).first()  # fmt: skip
    assert activity is not None
    due = (date.today() + timedelta(days=30)).isoformat()
    proposed = beheerder.post(f"/api/activities/{activity.pk}/handovers", {
        "reason": "Bewoners nemen het over", "due": due, "to_residents": True,
    }, content_type="application/json")  # fmt: skip
    assert proposed.status_code == 201, proposed.content
    handover = proposed.json()
    assert handover["state"] == "proposed" and handover["to_residents"]
    accepted = beheerder.post(f"/api/handovers/{handover['id']}/accept", {"note": "Graag"},
                              content_type="application/json")  # fmt: skip
    assert accepted.status_code == 200 and accepted.json()["state"] == "accepted"
    again = beheerder.post(f"/api/handovers/{handover['id']}/accept", {},
                           content_type="application/json")  # fmt: skip
    assert again.status_code == 422  # the core refuses the move, in both languages
    assert again.json()["fields"][0]["message_nl"]
    done = beheerder.post(f"/api/handovers/{handover['id']}/complete", {},
                          content_type="application/json")  # fmt: skip
    assert done.json()["state"] == "completed"
    assert Handover.objects.get(pk=handover["id"]).completed_at is not None


def test_engage(demo_municipality: Area) -> None:
    buurt = Area.objects.filter(municipality=demo_municipality, level=AreaLevel.BUURT).first()
    assert buurt is not None
    client = Client()
    url = f"/api/municipalities/{demo_municipality.code}/engage"
    answer = client.get(url, {"area": buurt.code, "theme": "participatie", "limit": 5})
    assert answer.status_code == 200, answer.content
    assert len(answer.json()["matches"]) <= 5 and answer.json()["considered"] > 0
    wrong = client.get(url, {"area": buurt.code, "theme": "bestaat-niet"})
    assert wrong.status_code == 422 and wrong.json()["fields"][0]["field"] == "theme"
