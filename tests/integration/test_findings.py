"""The findings page of the demo municipality: its planted duplicates and neglected buurten with
reasons, the complementary pair not as a duplicate, the JSON twin, marks that hold until an
activity changes, and who may see and mark."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from speelveld.activities.models import Activity
from speelveld.activities.services import ActivityFields, activity_update
from speelveld.analysis.models import FindingMark
from speelveld.analysis.services import finding_mark, gaps_run, overlap_run
from speelveld.core.overlap import finding_key
from speelveld.places.models import Area
from speelveld.synth.demo.texts_planted import COMPLEMENTARY_TEXTS
from speelveld.synth.records import FieldRecords

pytestmark = pytest.mark.django_db

PREFIX = "GM9901-2024-"


def _ids(keys: list[str]) -> list[int]:
    by_key = dict(Activity.objects.filter(external_id__in=[PREFIX + k for k in keys])
                  .values_list("external_id", "pk"))  # fmt: skip
    return [by_key[PREFIX + k] for k in keys]


def planted_keys(records: FieldRecords) -> set[str]:
    return {finding_key(_ids([a, b])) for a, b in records.planted_duplicates}


def _page(client: Client, municipality: Area, **params: Any) -> str:
    response = client.get(reverse("findings", args=[municipality.code]), params)
    assert response.status_code == 200
    return response.content.decode()


def _json(client: Client, municipality: Area, **params: Any) -> Any:
    response = client.get(reverse("findings-json", args=[municipality.code]), params)
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_page_shows_every_planted_duplicate_with_both_activities_and_reasons(
    demo_municipality: Area, demo_records: FieldRecords
) -> None:
    planted = planted_keys(demo_records)
    assert len(planted) >= 8
    data = _json(Client(), demo_municipality)
    found = {i["key"] for i in data["overlap"]["items"]}
    assert found == planted  # all of them, and no false alarm
    html = _page(Client(), demo_municipality, alle=1)
    for item in data["overlap"]["items"]:
        assert f'data-key="{item["key"]}"' in html
        for activity in item["activities"]:
            assert activity["url"] in html
        codes = {r["code"] for p in item["pairs"] for r in p["reasons"]}
        assert {"same_type", "shared_target_groups", "period_overlap"} <= codes
        assert item["action"] in {"afstemmen", "samenvoegen", "stokje_overdragen"}
    assert "Zelfde werkvorm (" in html and "in dezelfde buurt (" in html
    assert "Lopen tegelijk sinds" in html and "Voorstel:" in html


def test_the_complementary_pair_is_not_a_duplicate_but_explained(
    demo_municipality: Area, demo_records: FieldRecords
) -> None:
    titles = {title for title, _desc in COMPLEMENTARY_TEXTS}  # the corporation and welfare pair
    flat = _ids([a.key for a in demo_records.activities if a.title in titles])
    assert len(flat) == 2
    report = overlap_run(municipality=demo_municipality)
    key = finding_key(flat)
    assert key not in {i.key for i in report.items}
    (look,) = [i for i in report.lookalikes if i.key == key]
    assert look.label == "complementary"
    assert look.pairs[0].reasons[-1].text.startswith("Geen dubbel werk:")


def test_the_neglected_buurten_come_first_with_their_reason(
    demo_municipality: Area, demo_records: FieldRecords
) -> None:
    data = _json(Client(), demo_municipality)
    items = data["gaps"]["items"]
    nothing = [i for i in items if i["reasons"][0]["code"] == "no_activity_at_all"]
    assert {i["area"] for i in nothing} == set(demo_records.neglected_areas)
    assert items[: len(nothing)] == nothing  # they stand out: first
    assert all(i["reasons"][0]["text"].startswith("Hier gebeurt helemaal niets") for i in nothing)
    scored = [i for i in items if i["score"] is not None]
    scores = [i["score"] for i in scored]
    assert scores and scores == sorted(scores, reverse=True)
    need = next(r for i in scored for r in i["reasons"] if r["code"] == "need_high")
    assert "per 1.000" in need["text"] and "doorsnee buurt in Lindeveen" in need["text"]
    html = _page(Client(), demo_municipality)
    neglected = Area.objects.filter(code__in=demo_records.neglected_areas)
    names = neglected.values_list("name", flat=True)
    assert 'data-testid="gap-map"' in html and 'data-testid="nothing-at-all"' in html
    for name in names:
        assert name in html
    assert all(data["gap_scores"][code] > 0 for code in demo_records.neglected_areas)


def test_a_wijk_shows_only_what_concerns_it(demo_municipality: Area) -> None:
    everything = overlap_run(municipality=demo_municipality)
    first = everything.items[0]
    buurt = Area.objects.get(name=first.buurten[0], municipality=demo_municipality)
    wijk = buurt.parent
    assert wijk is not None
    in_wijk = _json(Client(), demo_municipality, gebied=wijk.code)
    assert first.key in {i["key"] for i in in_wijk["overlap"]["items"]}
    assert in_wijk["area"]["code"] == wijk.code
    wijk_buurten = set(wijk.children.values_list("code", flat=True))
    assert all(i["area"] in wijk_buurten or i["area"] == wijk.code
               for i in in_wijk["gaps"]["items"])  # fmt: skip
    other = Area.objects.filter(municipality=demo_municipality, level="wijk").exclude(pk=wijk.pk)
    elsewhere = [_json(Client(), demo_municipality, gebied=w.code) for w in other]
    assert all(first.key not in {i["key"] for i in d["overlap"]["items"]} for d in elsewhere)
    assert Client().get(reverse("findings", args=[demo_municipality.code]),
                        {"gebied": "BU00000000"}).status_code == 404  # fmt: skip


def _fields(activity: Activity, **changes: Any) -> ActivityFields:
    values: dict[str, Any] = {name: getattr(activity, name) for name in ActivityFields.SCALARS}
    values.update(
        areas=list(activity.areas.all()), themes=list(activity.themes.all()),
        target_groups=list(activity.target_groups.all()), partners=list(activity.partners.all()),
    )  # fmt: skip
    values.update(changes)
    return ActivityFields(**values)


def test_marked_bewust_zo_is_hidden_until_an_activity_in_it_changes(
    demo_municipality: Area, make_user: Any
) -> None:
    beheerder = make_user("beheerder", demo_municipality)
    client = Client()
    client.force_login(beheerder)
    item = overlap_run(municipality=demo_municipality).items[0]
    response = client.post(
        reverse("finding-mark", args=[demo_municipality.code]),
        {"soort": "overlap", "sleutel": item.key, "oordeel": "bewust-zo",
         "toelichting": "Afgestemd in het wijkoverleg", "next": "/elders/?x=1"},
    )  # fmt: skip
    assert response.status_code == 302 and response["Location"] == "/elders/?x=1"
    mark = FindingMark.objects.get(municipality=demo_municipality, key=item.key)
    assert (mark.state, mark.user, mark.note) == ("intended", beheerder,
                                                  "Afgestemd in het wijkoverleg")  # fmt: skip
    assert mark.history.count() == 1  # history-tracked

    data = _json(client, demo_municipality)
    assert item.key not in {i["key"] for i in data["overlap"]["items"]}
    assert data["overlap"]["hidden"] == 1
    assert f'data-key="{item.key}"' not in _page(client, demo_municipality)
    shown = _json(client, demo_municipality, gemarkeerd=1)
    (again,) = [i for i in shown["overlap"]["items"] if i["key"] == item.key]
    assert again["mark"]["state"] == "intended" and again["mark"]["current"] is True
    assert "Afgestemd in het wijkoverleg" in _page(client, demo_municipality, gemarkeerd=1)

    # an unrelated change does not bring it back
    other = Activity.objects.filter(municipality=demo_municipality).exclude(
        pk__in=[a.id for a in item.activities]).first()  # fmt: skip
    assert other is not None
    activity_update(actor=beheerder, activity=other, fields=_fields(other, title="Iets anders"))
    assert item.key not in {i.key for i in overlap_run(municipality=demo_municipality).items}

    # a change to one of its activities does
    changed = Activity.objects.get(pk=item.activities[0].id)
    activity_update(actor=beheerder, activity=changed,
                    fields=_fields(changed, description=changed.description + " Nu ook op "
                                   "zaterdag."))  # fmt: skip
    report = overlap_run(municipality=demo_municipality)
    (back,) = [i for i in report.items if i.key == item.key]
    assert back.mark is not None and back.mark.current is False
    assert report.hidden == 0
    assert "sindsdien is er iets veranderd" in _page(client, demo_municipality)


def test_a_gap_marked_opgelost_stays_hidden_and_can_be_unmarked(
    demo_municipality: Area, make_user: Any, demo_records: FieldRecords
) -> None:
    beheerder = make_user("beheerder", demo_municipality)
    key = demo_records.neglected_areas[0]
    finding_mark(actor=beheerder, municipality=demo_municipality, kind="gap", key=key,
                 state="resolved", note="Buurtwerk start in januari")  # fmt: skip
    report = gaps_run(municipality=demo_municipality)
    assert not any(i.area == key for i in report.items)  # its themes too: nothing happens there
    assert report.hidden > 1
    client = Client()
    client.force_login(beheerder)
    response = client.post(reverse("finding-unmark", args=[demo_municipality.code]),
                           {"soort": "gap", "sleutel": key})  # fmt: skip
    assert response.status_code == 302
    assert key in {i.key for i in gaps_run(municipality=demo_municipality).items}
    # marking something that is no finding says so, and writes nothing
    response = client.post(reverse("finding-mark", args=[demo_municipality.code]),
                           {"soort": "gap", "sleutel": "BU00000000", "oordeel": "opgelost"},
                           follow=True)  # fmt: skip
    assert "bestaat niet (meer)" in response.content.decode()
    assert not FindingMark.objects.filter(key="BU00000000").exists()


def test_only_a_beheerder_may_mark(demo_municipality: Area, make_user: Any) -> None:
    from speelveld.players.models import Organisation

    item = overlap_run(municipality=demo_municipality).items[0]
    org = Organisation.objects.get(pk=item.activities[0].organisation_id)
    post = {"soort": "overlap", "sleutel": item.key, "oordeel": "bewust-zo"}
    for user in (make_user("redacteur", demo_municipality, org),
                 make_user("opdrachtgever", demo_municipality)):  # fmt: skip
        client = Client()
        client.force_login(user)
        html = _page(client, demo_municipality)
        assert 'data-testid="mark-form"' not in html  # readers see findings, no buttons
        url = reverse("finding-mark", args=[demo_municipality.code])
        assert client.post(url, post).status_code == 403
    assert Client().post(reverse("finding-mark", args=[demo_municipality.code]),
                         post).status_code == 302  # to the login page  # fmt: skip
    assert not FindingMark.objects.exists()
    beheerder = Client()
    beheerder.force_login(make_user("beheerder", demo_municipality))
    assert 'data-testid="mark-form"' in _page(beheerder, demo_municipality)


def test_a_private_municipalitys_findings_are_closed_to_strangers(
    demo_municipality: Area, make_user: Any
) -> None:
    demo_municipality.config.public_view = False
    demo_municipality.config.save()
    for name in ("findings", "findings-json"):
        url = reverse(name, args=[demo_municipality.code])
        assert Client().get(url).status_code == 403
        stranger = Client()
        stranger.force_login(make_user("opdrachtgever", None))
        assert stranger.get(url).status_code == 403
        member = Client()
        member.force_login(make_user("opdrachtgever", demo_municipality))
        assert member.get(url).status_code == 200


def test_the_municipality_page_links_to_its_findings(demo_municipality: Area) -> None:
    html = Client().get(reverse("area", args=[demo_municipality.code])).content.decode()
    assert reverse("findings", args=[demo_municipality.code]) in html


def test_a_large_field_first_says_the_findings_are_being_computed(
    demo_municipality: Area, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a large municipality the first view after a change takes seconds: the page says so
    at once (a status, with a link for browsers that do not follow the refresh), and the next
    request computes and shows the findings; once computed they show directly."""
    from speelveld.analysis import loading
    from speelveld.web.views import findings

    monkeypatch.setattr(findings, "WAIT_PAGE_FROM", 100)  # the demo has ~500 activities
    loading._cache.clear()
    client = Client()
    url = reverse("findings", args=[demo_municipality.code])
    waiting = client.get(url, {"gebied": "WK990101"})
    html = waiting.content.decode()
    assert waiting.status_code == 200 and 'role="status" data-testid="computing"' in html
    assert "worden berekend" in html
    onward = f"{url}?gebied=WK990101&amp;berekenen=1"
    assert f'http-equiv="refresh" content="0; url={onward}"' in html and f'href="{onward}"' in html
    assert "worden berekend" not in client.get(url, {"berekenen": "1"}).content.decode()
    assert "worden berekend" not in client.get(url).content.decode()  # computed: directly
    english = Client().get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "worden berekend" not in english
    loading._cache.clear()
    assert "being computed" in Client().get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_a_small_field_never_waits(demo_municipality: Area) -> None:
    from speelveld.analysis import loading

    loading._cache.clear()
    html = Client().get(reverse("findings", args=[demo_municipality.code])).content.decode()
    assert "worden berekend" not in html and 'data-testid="findings-summary"' in html
