"""The network page and its .json twin on the demo field: the JSON shape, what each filter
keeps, focusing, permissions, escaping, and a query count that does not grow with the field."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from speelveld.catalogue.models import Role, Theme
from speelveld.places.models import Area, AreaLevel
from speelveld.players.models import Collaboration, Organisation, Player
from speelveld.players.network import network_focus, network_get

pytestmark = pytest.mark.django_db

NODE_KEYS = {"id", "k", "n", "t", "r", "o", "g", "ac", "dg", "hd", "x", "st"}
EDGE_KEYS = {"id", "a", "b", "i", "s", "th", "c", "tr", "va", "l"}


def _json(client: Client, municipality: Area, **params: Any) -> dict[str, Any]:
    response = client.get(reverse("network-json", args=[municipality.code]), params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    data: dict[str, Any] = json.loads(response.content)
    return data


def _check_consistent(data: dict[str, Any]) -> None:
    ids = [n["id"] for n in data["nodes"]]
    assert len(ids) == len(set(ids))
    present = set(ids)
    degree: dict[str, int] = dict.fromkeys(ids, 0)
    for edge in data["edges"]:
        assert set(edge) <= EDGE_KEYS
        assert edge["a"] in present and edge["b"] in present and edge["a"] != edge["b"]
        assert edge["i"] in (1, 2, 3, 4) and edge["s"] in (1, -1)
        degree[edge["a"]] += 1
        degree[edge["b"]] += 1
    for node in data["nodes"]:
        assert set(node) <= NODE_KEYS
        assert node["k"] in ("o", "p") and node["id"][0] == node["k"]
        assert node["t"] in data["labels"]["types"]
        if "st" not in node:  # in a focused view degrees still describe the whole network
            assert node["dg"] == degree[node["id"]]
    stats = data["stats"]
    assert stats["nodes"] == len(data["nodes"]) and stats["edges"] == len(data["edges"])
    assert stats["hinders"] == sum(1 for e in data["edges"] if e["s"] < 0)


def test_json_shape_of_the_whole_municipality(demo_municipality: Area) -> None:
    data = _json(Client(), demo_municipality)
    assert data["v"] == 1
    assert data["municipality"] == {"code": demo_municipality.code, "name": "Lindeveen"}
    assert data["area"] is None
    assert data["filters"] == {
        "themes": [],
        "area": None,
        "kind": "beide",
        "focus": None,
        "steps": 1,
    }
    assert set(data["labels"]) == {"types", "roles", "themes", "intensities", "signs"}
    assert data["labels"]["intensities"]["4"] == "integreren"
    assert data["labels"]["signs"]["-1"] == "hindert"
    _check_consistent(data)
    # every organisation and player of the municipality, every tie
    organisations = Organisation.objects.filter(municipalities=demo_municipality).count()
    players = Player.objects.filter(municipality=demo_municipality).count()
    assert data["stats"]["organisations"] == organisations
    assert data["stats"]["players"] == players
    assert (
        len(data["edges"]) == Collaboration.objects.filter(municipality=demo_municipality).count()
    )
    assert data["stats"]["isolates"] == sum(1 for n in data["nodes"] if n["dg"] == 0) > 0
    assert 0 < data["stats"]["density_all"] < data["stats"]["density_tied"] < 1


def test_node_facts_match_the_database(demo_municipality: Area) -> None:
    data = _json(Client(), demo_municipality)
    nodes = {n["id"]: n for n in data["nodes"]}
    player = (
        Player.objects.filter(municipality=demo_municipality, organisation__isnull=False)
        .select_related("organisation", "role")
        .first()
    )
    assert player is not None
    node = nodes[f"p{player.pk}"]
    assert node["n"] == player.name and node["r"] == player.role.key
    assert node["o"] == f"o{player.organisation_id}"
    assert node["t"] == player.organisation.type  # players take their organisation's colour
    assert node["ac"] == player.owned_activities.count()
    organisation = Organisation.objects.filter(municipalities=demo_municipality).first()
    assert organisation is not None
    led = set(organisation.led_activities.values_list("pk", flat=True))
    partnered = set(organisation.partner_activities.values_list("pk", flat=True))
    assert nodes[f"o{organisation.pk}"]["ac"] == len(led | partnered)


def test_players_without_an_organisation_get_a_colour_of_their_own(demo_municipality: Area) -> None:
    role = Role.objects.first()
    group = Player.objects.create(
        municipality=demo_municipality, name="Buurtgroep", role=role, is_group=True
    )
    loner = Player.objects.create(municipality=demo_municipality, name="Los", role=role)
    nodes = {n["id"]: n for n in _json(Client(), demo_municipality)["nodes"]}
    assert nodes[f"p{group.pk}"]["t"] == "bewoners" and nodes[f"p{group.pk}"]["g"] == 1
    assert nodes[f"p{loner.pk}"]["t"] == "overig" and "g" not in nodes[f"p{loner.pk}"]
    assert "o" not in nodes[f"p{loner.pk}"]


def test_edges_carry_intensity_sign_theme_and_context(demo_municipality: Area) -> None:
    data = _json(Client(), demo_municipality)
    edges = {e["id"]: e for e in data["edges"]}
    tie = (
        Collaboration.objects.filter(municipality=demo_municipality, sign=-1)
        .select_related("theme")
        .first()
    )
    assert tie is not None
    edge = edges[f"c{tie.pk}"]
    assert edge["s"] == -1 and edge["i"] == tie.intensity
    assert edge.get("c", "") == tie.context
    assert edge.get("th") == (tie.theme.key if tie.theme else None)
    a = f"p{tie.a_player_id}" if tie.a_player_id else f"o{tie.a_organisation_id}"
    b = f"p{tie.b_player_id}" if tie.b_player_id else f"o{tie.b_organisation_id}"
    assert {edge["a"], edge["b"]} == {a, b}


def test_theme_filter_keeps_ties_on_the_theme_and_its_sub_themes(demo_municipality: Area) -> None:
    parent = Theme.objects.filter(children__isnull=False).distinct().first()
    assert parent is not None, "the seed has sub-themes"
    family = {parent.key, *parent.children.values_list("key", flat=True)}
    data = _json(Client(), demo_municipality, thema=parent.key)
    _check_consistent(data)
    assert data["filters"]["themes"] == [parent.key]
    expected = Collaboration.objects.filter(
        municipality=demo_municipality, theme__key__in=family
    ).count()
    assert len(data["edges"]) == expected
    assert all(e.get("th") in family for e in data["edges"])
    whole = _json(Client(), demo_municipality)
    assert len(data["nodes"]) < len(whole["nodes"])
    # players who work on the theme stay, with or without a tie on it
    on_theme = set(
        Player.objects.filter(municipality=demo_municipality, themes__key__in=family).values_list(
            "pk", flat=True
        )
    )
    assert {f"p{pk}" for pk in on_theme} <= {n["id"] for n in data["nodes"]}


def test_two_themes_are_a_union(demo_municipality: Area) -> None:
    one = _json(Client(), demo_municipality, thema="groen")
    two = _json(Client(), demo_municipality, thema=["groen", "veiligheid"])
    assert two["filters"]["themes"] == ["groen", "veiligheid"]
    assert {e["id"] for e in one["edges"]} < {e["id"] for e in two["edges"]}


def test_area_filter_keeps_who_is_active_there_and_marks_the_far_ends(
    demo_municipality: Area,
) -> None:
    wijk = Area.objects.filter(municipality=demo_municipality, level=AreaLevel.WIJK).first()
    assert wijk is not None
    data = _json(Client(), demo_municipality, gebied=wijk.code)
    _check_consistent(data)
    assert data["area"] == {"code": wijk.code, "name": wijk.name, "level": "wijk"}
    scope = {wijk.pk, demo_municipality.pk, *wijk.children.values_list("pk", flat=True)}
    if wijk.layer_id:
        scope.add(wijk.layer_id)
    working_there = set(
        Player.objects.filter(areas__in=scope).values_list("pk", flat=True).distinct()
    )
    inside = {n["id"] for n in data["nodes"] if not n.get("x")}
    outside = {n["id"] for n in data["nodes"] if n.get("x")}
    assert {f"p{pk}" for pk in working_there} <= inside
    assert outside, "ties cross the wijk border in the demo"
    assert all(i[0] == "o" or int(i[1:]) not in working_there for i in outside)
    for edge in data["edges"]:  # every tie touches the wijk
        assert edge["a"] in inside or edge["b"] in inside
    assert len(data["nodes"]) < _json(Client(), demo_municipality)["stats"]["nodes"]


def test_buurt_and_theme_together(demo_municipality: Area) -> None:
    buurt = Area.objects.filter(municipality=demo_municipality, level=AreaLevel.BUURT).first()
    assert buurt is not None
    data = _json(Client(), demo_municipality, gebied=buurt.code, thema="participatie")
    _check_consistent(data)
    assert all(e.get("th") == "participatie" for e in data["edges"])


def test_organisations_only_draws_players_ties_between_their_organisations(
    demo_municipality: Area,
) -> None:
    data = _json(Client(), demo_municipality, soort="organisaties")
    _check_consistent(data)
    assert {n["k"] for n in data["nodes"]} == {"o"}
    lifted = [e for e in data["edges"] if e.get("l")]
    assert lifted, "most demo ties are between players"
    tie = Collaboration.objects.get(pk=int(lifted[0]["id"][1:]))
    ends = set()
    for player, organisation in (
        (tie.a_player, tie.a_organisation),
        (tie.b_player, tie.b_organisation),
    ):
        ends.add(f"o{player.organisation_id}" if player else f"o{organisation.pk}")
    assert {lifted[0]["a"], lifted[0]["b"]} == ends
    assert data["stats"]["pairs"] < data["stats"]["edges"]  # several ties per pair of organisations


def test_players_only(demo_municipality: Area) -> None:
    data = _json(Client(), demo_municipality, soort="spelers")
    _check_consistent(data)
    assert {n["k"] for n in data["nodes"]} == {"p"}
    expected = Collaboration.objects.filter(
        municipality=demo_municipality, a_player__isnull=False, b_player__isnull=False
    ).count()
    assert len(data["edges"]) == expected


def test_focus_on_one_and_two_steps(demo_municipality: Area) -> None:
    whole = _json(Client(), demo_municipality)
    hub = max(whole["nodes"], key=lambda n: n["dg"])
    one = _json(Client(), demo_municipality, focus=hub["id"], stappen=1)
    two = _json(Client(), demo_municipality, focus=hub["id"], stappen=2)
    _check_consistent(one)
    _check_consistent(two)
    assert one["filters"]["focus"] == hub["id"] and two["filters"]["steps"] == 2
    neighbours = {e["b"] for e in whole["edges"] if e["a"] == hub["id"]} | {
        e["a"] for e in whole["edges"] if e["b"] == hub["id"]
    }
    by_step = {n["id"]: n["st"] for n in one["nodes"]}
    assert by_step[hub["id"]] == 0
    assert {i for i, st in by_step.items() if st == 1} == neighbours
    assert set(by_step) < {n["id"] for n in two["nodes"]}
    assert max(n["st"] for n in two["nodes"]) == 2
    # the induced subgraph: every tie among the kept nodes, none to outside
    kept = set(by_step)
    assert {e["id"] for e in one["edges"]} == {
        e["id"] for e in whole["edges"] if e["a"] in kept and e["b"] in kept
    }


def test_focus_outside_the_filters_is_refused_in_json_and_explained_on_the_page(
    demo_municipality: Area,
) -> None:
    isolate = next(n for n in _json(Client(), demo_municipality)["nodes"] if n["k"] == "p")
    url = reverse("network-json", args=[demo_municipality.code])
    response = Client().get(url, {"focus": isolate["id"], "soort": "organisaties"})
    assert response.status_code == 400
    assert "focus" in response.json()["errors"]
    page = Client().get(
        reverse("network", args=[demo_municipality.code]),
        {"focus": isolate["id"], "soort": "organisaties"},
    )
    assert page.status_code == 200
    assert "valt buiten deze filters" in page.content.decode()


@pytest.mark.parametrize(
    "params",
    [{"gebied": "WK000001"}, {"soort": "alles"}, {"stappen": "3"}, {"focus": "x1"}, {"thema": "?"}],
)
def test_bad_parameters_are_named(demo_municipality: Area, params: dict[str, str]) -> None:
    url = reverse("network-json", args=[demo_municipality.code])
    response = Client().get(url, params)
    assert response.status_code == 400
    field = next(iter(params))
    assert field in response.json()["errors"]
    page = Client().get(reverse("network", args=[demo_municipality.code]), params)
    assert page.status_code == 400
    assert 'data-testid="network-errors"' in page.content.decode()


def test_area_of_another_municipality_is_refused(demo_municipality: Area) -> None:
    other = Area.objects.create(code="GM9988", year=2024, level=AreaLevel.GEMEENTE, name="Elders")
    wijk = Area.objects.create(
        code="WK998801", year=2024, level=AreaLevel.WIJK, name="Daar", parent=other
    )
    url = reverse("network-json", args=[demo_municipality.code])
    assert Client().get(url, {"gebied": wijk.code}).status_code == 400


def test_a_wijk_code_is_not_a_municipality(demo_municipality: Area) -> None:
    wijk = Area.objects.filter(municipality=demo_municipality, level=AreaLevel.WIJK).first()
    assert wijk is not None
    assert Client().get(reverse("network", args=[wijk.code])).status_code == 404
    assert Client().get(reverse("network-json", args=[wijk.code])).status_code == 404


def test_area_link_redirects_to_the_filtered_page(demo_municipality: Area) -> None:
    buurt = Area.objects.filter(municipality=demo_municipality, level=AreaLevel.BUURT).first()
    assert buurt is not None
    response = Client().get(reverse("area-network", args=[buurt.code]))
    assert response.status_code == 302
    assert response["Location"] == (
        reverse("network", args=[demo_municipality.code]) + f"?gebied={buurt.code}"
    )
    whole = Client().get(reverse("area-network", args=[demo_municipality.code]))
    assert whole["Location"] == reverse("network", args=[demo_municipality.code])


@pytest.fixture
def private(demo_municipality: Area) -> Area:
    config = demo_municipality.config
    config.public_view = False
    config.save()
    return demo_municipality


@pytest.mark.parametrize("name", ["network", "network-json"])
def test_private_municipality_is_closed_to_strangers(
    private: Area, make_user: Any, name: str
) -> None:
    url = reverse(name, args=[private.code])
    assert Client().get(url).status_code == 403
    stranger_home = Area.objects.create(
        code="GM9987", year=2024, level=AreaLevel.GEMEENTE, name="Buurgemeente"
    )
    stranger = Client()
    stranger.force_login(make_user("beheerder", stranger_home))
    response = stranger.get(url)
    assert response.status_code == 403
    if name == "network-json":
        assert response["Content-Type"] == "application/json"
        assert response.json()["error"]


@pytest.mark.parametrize("role", ["opdrachtgever", "beheerder", "onderzoeker"])
def test_private_municipality_is_open_to_its_readers(
    private: Area, make_user: Any, role: str
) -> None:
    client = Client()
    client.force_login(make_user(role, None if role == "onderzoeker" else private))
    assert client.get(reverse("network", args=[private.code])).status_code == 200
    assert client.get(reverse("network-json", args=[private.code])).status_code == 200


def _count_queries(client: Client, url: str, params: dict[str, Any]) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured)


FILTERS: list[dict[str, Any]] = [
    {},
    {"thema": ["welzijn", "groen"]},
    {"gebied": "BU99010101", "thema": "participatie", "soort": "organisaties"},
    {"focus": "o1", "stappen": 2},
]


@pytest.mark.parametrize("params", FILTERS)
def test_query_count_is_bounded_and_does_not_grow_with_the_field(
    demo_municipality: Area, make_user: Any, django_assert_max_num_queries: Any, params: Any
) -> None:
    client = Client()
    client.force_login(make_user("opdrachtgever", demo_municipality))
    url = reverse("network-json", args=[demo_municipality.code])
    if "focus" in params:
        params = {**params, "focus": _json(client, demo_municipality)["nodes"][0]["id"]}
    with django_assert_max_num_queries(16):
        assert client.get(url, params).status_code == 200
    before = _count_queries(client, url, params)
    # a much larger field: 300 more players, each with a tie, all in the same buurt and theme
    role = Role.objects.first()
    buurt = Area.objects.get(code="BU99010101")
    theme = Theme.objects.get(key="participatie")
    organisation = Organisation.objects.filter(municipalities=demo_municipality).first()
    new = Player.objects.bulk_create(
        Player(municipality=demo_municipality, name=f"Extra {i}", role=role) for i in range(300)
    )
    Player.areas.through.objects.bulk_create(
        Player.areas.through(player_id=p.pk, area_id=buurt.pk) for p in new
    )
    Collaboration.objects.bulk_create(
        Collaboration(
            municipality=demo_municipality,
            a_player=p,
            b_organisation=organisation,
            intensity=2,
            theme=theme,
        )
        for p in new
    )
    assert _count_queries(client, url, params) == before
    page = reverse("network", args=[demo_municipality.code])
    with django_assert_max_num_queries(16):
        assert client.get(page, params).status_code == 200


def test_page_without_javascript_lists_nodes_ties_and_counts(demo_municipality: Area) -> None:
    response = Client().get(reverse("network", args=[demo_municipality.code]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-testid="network-table"' in html
    assert html.count('<tr id="node-') == 209  # 46 organisations + 163 players
    assert "?focus=o" in html and "&amp;stappen=1" in html  # each name focuses, without JS
    assert '<section id="network-graph" class="netgraph" hidden' in html  # the script shows it
    assert "/static/vendor/cytoscape/cytoscape.min.js" in html
    assert "/static/speelveld/graph.js" in html
    assert "/static/speelveld/network.css" in html
    assert "http://" not in html.split("<main", 1)[1].split("</main>", 1)[0]  # no CDN
    config = response.context["graph_config"]
    assert config["json"] == reverse("network-json", args=[demo_municipality.code])
    assert set(config["colours"]) == set(_json(Client(), demo_municipality)["labels"]["types"])
    assert '<script id="network-config" type="application/json">' in html


def test_focused_page_shows_the_neighbourhood(demo_municipality: Area) -> None:
    network = network_get(municipality=demo_municipality)
    hub = max(network.nodes, key=lambda n: n.degree)
    focused = network_focus(network, hub.id, 1)
    assert focused is not None
    response = Client().get(
        reverse("network", args=[demo_municipality.code]), {"focus": hub.id, "stappen": 1}
    )
    html = response.content.decode()
    assert html.count('<tr id="node-') == len(focused.nodes) == hub.degree + 1
    assert f'<tr id="node-{hub.id}" data-node="{hub.id}" class="focus">' in html
    assert 'data-testid="network-focus-notice"' in html
    assert f'<option value="{hub.id}" selected>' in html


def test_names_are_escaped(demo_municipality: Area) -> None:
    organisation = Organisation.objects.filter(municipalities=demo_municipality).first()
    assert organisation is not None
    organisation.name = '<script>alert("x")</script> & Co'
    organisation.save()
    response = Client().get(reverse("network", args=[demo_municipality.code]))
    html = response.content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in html
    data = _json(Client(), demo_municipality)
    assert any(n["n"] == '<script>alert("x")</script> & Co' for n in data["nodes"])


def test_english_labels(demo_municipality: Area) -> None:
    client = Client(headers={"accept-language": "en"})
    data = _json(client, demo_municipality)
    assert data["labels"]["intensities"]["4"] == "integrate"
    assert data["labels"]["types"]["welzijn"] == "Social welfare organisation"


def test_a_long_table_shows_the_best_connected_first_and_says_so(
    demo_municipality: Area, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("speelveld.web.views.network.TABLE_LIMIT", 50)
    monkeypatch.setattr("speelveld.web.views.network.TIES_PER_ROW", 3)
    html = Client().get(reverse("network", args=[demo_municipality.code])).content.decode()
    assert html.count('<tr id="node-') == 50
    assert "De 50 partijen met de meeste samenwerkingen, van 209." in html
    hub = max(network_get(municipality=demo_municipality).nodes, key=lambda n: n.degree)
    assert html.index(f'<tr id="node-{hub.id}"') == html.index('<tr id="node-')
    assert f"en {hub.degree - 3} meer" in html
