"""Wie schakel ik in? on the demo field: the service built from the database, the page, its
JSON twin and the CLI — ranked, explained candidates, the roles not to ask, and "nobody
nearby" with the nearest."""

from __future__ import annotations

import json
from io import StringIO
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from speelveld.analysis.engage import engage_field, engage_query
from speelveld.catalogue.models import Language, Role
from speelveld.core.engage import Question, engage_rank
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Player

pytestmark = pytest.mark.django_db

OPBOUW, PROCES = "opbouwwerker", "procesmanager-corporatie"


def _buurt_of(role: str, municipality: Area) -> str:
    player = Player.objects.filter(
        municipality=municipality, role__key=role, active_until__isnull=True, areas__level="buurt"
    ).first()
    assert player is not None
    return str(player.areas.filter(level=AreaLevel.BUURT).order_by("code").first().code)  # type: ignore[union-attr]


def _json(municipality: Area, **params: Any) -> Any:
    response = Client().get(reverse("engage-json", args=[municipality.code]), params)
    return response.status_code, json.loads(response.content)


@pytest.mark.parametrize("kind", ["consultatie", "initiatiefondersteuning"])
def test_for_organising_residents_the_community_worker_ranks_above_the_process_manager(
    demo_municipality: Area, kind: str
) -> None:
    buurt = _buurt_of(PROCES, demo_municipality)  # where a process manager really works
    result = engage_query(
        municipality=demo_municipality, area_code=buurt, activity_type=kind, phase="organiseren"
    )
    everyone = engage_rank(result.answer.question, result.field.index, limit=10_000).matches
    rank = {m.role: n for n, m in reversed(list(enumerate(everyone)))}  # best rank per role
    assert rank[OPBOUW] < rank[PROCES]
    best_opbouw = next(m for m in everyone if m.role == OPBOUW)
    best_proces = next(m for m in everyone if m.role == PROCES)
    assert best_opbouw.score > best_proces.score and best_opbouw.fits and not best_proces.fits
    data = result.as_dict()
    assert data["matches"][0]["role"] == OPBOUW
    leave = [d for d in data["do_not_ask"] if d["role"] == PROCES]
    assert leave and leave[0]["leave_to"] == OPBOUW
    assert "niet de procesmanager woningcorporatie, maar de opbouwwerker" in leave[0]["text"]


def test_the_json_twin_gives_ranked_explained_candidates(demo_municipality: Area) -> None:
    buurt = _buurt_of(OPBOUW, demo_municipality)
    status, data = _json(
        demo_municipality,
        gebied=buurt,
        werkvorm="consultatie",
        fase="organiseren",
        thema="participatie",
        aantal=20,
    )
    assert status == 200
    assert data["question"]["area"]["code"] == buurt and not data["nobody_nearby"]
    scores = [m["score"] for m in data["matches"]]
    assert scores == sorted(scores, reverse=True) and len(scores) == 20
    for m in data["matches"]:
        assert sum(r["points"] for r in m["reasons"]) == m["score"]
        assert all(r["text"] and not r["text"].startswith(r["code"]) for r in m["reasons"])
        assert m["url"] == reverse("player", args=[m["id"]])
    top = data["matches"][0]
    codes = {r["code"] for r in top["reasons"]}
    assert {"role_core_activity_type", "role_core_phase"} <= codes
    assert any(r["text"].startswith("Werkt in") for r in top["reasons"])
    assert data["organisations"] and data["organisations"][0]["score"] == top["score"]
    assert "Bewonersconsultatie" in data["question"]["labels"]


def test_the_page_shows_candidates_points_reasons_and_whom_not_to_ask(
    demo_municipality: Area,
) -> None:
    buurt = _buurt_of(OPBOUW, demo_municipality)
    url = reverse("engage", args=[demo_municipality.code])
    client = Client()
    client.get(url, {"gebied": buurt})  # warm the cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(
            url, {"gebied": buurt, "werkvorm": "consultatie", "fase": "organiseren"}
        )
    assert response.status_code == 200
    assert len(queries) <= 25, [q["sql"][:80] for q in queries]
    html = response.content.decode()
    assert html.count('data-testid="candidate"') == 10
    assert "punten" in html and "is een kerntaak van de opbouwwerker" in html
    assert 'data-testid="do-not-ask"' in html and "Vraag hiervoor niet de" in html
    assert reverse("engage-json", args=[demo_municipality.code]) in html
    assert Client().get(url).status_code == 200  # the empty form


def test_nobody_nearby_says_so_plainly_and_names_the_nearest(demo_municipality: Area) -> None:
    index = engage_field(demo_municipality).index
    graph = index.areas
    home, far = "BU99010101", None
    centroids = graph.centroids
    assert centroids is not None and graph.distance_unit == "coordinate"
    near = set(graph.codes[i] for i in graph.neighbours.row(graph.index[home]))
    buurten = [c for c in graph.codes if c.startswith("BU") and c[:8] != home[:8]]
    far = max(
        (c for c in buurten if c not in near),
        key=lambda c: float(
            ((centroids[graph.index[c]] - centroids[graph.index[home]]) ** 2).sum()
        ),
    )
    language = Language.objects.create(code="zzx", name="Testtaal", name_en="Test language")
    speaker = Player.objects.create(
        municipality=demo_municipality, name="Nadia Testtaal", role=Role.objects.get(key=OPBOUW)
    )
    speaker.areas.add(Area.objects.get(code=home, municipality=demo_municipality))
    speaker.languages.add(language)
    status, data = _json(demo_municipality, gebied=far, taal="zzx")
    assert status == 200 and data["nobody_nearby"]
    nearest = data["nearest"][0]
    assert nearest["id"] == speaker.pk and nearest["area"]["code"] == home
    assert nearest["distance_unit"] == "km" and "km verderop" in nearest["distance_text"]
    html = (
        Client()
        .get(reverse("engage", args=[demo_municipality.code]), {"gebied": far, "taal": "zzx"})
        .content.decode()
    )
    assert "Niemand in of naast" in html and "Nadia Testtaal" in html


def test_bad_questions_are_refused_by_field(demo_municipality: Area) -> None:
    status, data = _json(demo_municipality, gebied="BU99010101", thema="bestaat-niet")
    assert status == 400 and "bestaat-niet" in data["errors"]["thema"][0]
    status, data = _json(demo_municipality, gebied="BU03630001")
    assert status == 400 and "gebied" in data["errors"]
    with pytest.raises(ValidationError):
        engage_query(municipality=demo_municipality, area_code="BU99010101", phase="later")
    page = Client().get(reverse("engage", args=[demo_municipality.code]), {"gebied": "XX"})
    assert page.status_code == 400 and "hoort er niet bij" in page.content.decode()


def test_the_index_is_cached_until_the_field_changes(demo_municipality: Area) -> None:
    first = engage_field(demo_municipality)
    assert engage_field(demo_municipality) is first
    player = Player.objects.filter(municipality=demo_municipality).order_by("pk").first()
    assert player is not None
    player.hours_per_week = 3  # type: ignore[assignment]
    player.save()
    assert engage_field(demo_municipality) is not first


def test_neighbours_come_from_shared_borders(demo_municipality: Area) -> None:
    graph = engage_field(demo_municipality).index.areas
    row = graph.neighbours.row(graph.index["BU99010101"])
    assert {graph.codes[i] for i in row} >= {"BU99010102"}
    q = Question("BU99010101", activity_type="consultatie")
    answer = engage_rank(q, engage_field(demo_municipality).index, limit=500)
    assert any(m.proximity.name == "NEIGHBOUR" for m in answer.matches)


def test_the_cli_shares_the_service(demo_municipality: Area) -> None:
    out = StringIO()
    call_command(
        "engage",
        "--area",
        "BU99010101",
        "--type",
        "consultatie",
        "--phase",
        "organiseren",
        "--format",
        "json",
        "--limit",
        "5",
        stdout=out,
    )
    data = json.loads(out.getvalue())
    assert len(data["matches"]) == 5 and data["matches"][0]["role"] == OPBOUW
    same = engage_query(
        municipality=demo_municipality,
        area_code="BU99010101",
        activity_type="consultatie",
        phase="organiseren",
        limit=5,
    ).as_dict()
    assert [m["id"] for m in same["matches"]] == [m["id"] for m in data["matches"]]
    out = StringIO()
    call_command(
        "engage",
        "--gemeente",
        demo_municipality.code,
        "--area",
        "BU99010101",
        "--theme",
        "participatie",
        stdout=out,
    )
    assert " 1. " in out.getvalue() and "Werkt in" in out.getvalue()


def test_without_geometry_the_buurten_of_a_wijk_are_neighbours(db: None) -> None:
    gm = Area.objects.create(code="GM9977", year=2024, level=AreaLevel.GEMEENTE, name="Kale")
    wijken = [
        Area.objects.create(
            code=f"WK99770{w}", year=2024, level=AreaLevel.WIJK, name=f"Wijk {w}", parent=gm
        )
        for w in (1, 2)
    ]
    for wijk in wijken:
        for b in (1, 2, 3):
            Area.objects.create(
                code=f"BU{wijk.code[2:]}0{b}",
                year=2024,
                level=AreaLevel.BUURT,
                name=f"Buurt {b}",
                parent=wijk,
            )
    graph = engage_field(gm).index.areas
    row = graph.neighbours.row(graph.index["BU99770101"])
    assert {graph.codes[i] for i in row} == {"BU99770102", "BU99770103"}
    assert graph.distance_unit == "hops"
    assert engage_query(municipality=gm, area_code="BU99770101").answer.considered == 0
