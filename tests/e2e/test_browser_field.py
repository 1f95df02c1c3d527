"""Seeing the field in real Chromium: navigation, filters, editing and refusal, accessibility,
and the pages without JavaScript. Screenshots land in tests/e2e/screenshots/."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.e2e.axe import serious_violations
from tests.e2e.conftest import DemoServer, screenshot

pytestmark = pytest.mark.browser


def _login(page: Any, server: DemoServer, username: str) -> None:
    page.goto(server.url + "/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(server.accounts[username])
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(server.url + "/")


def test_home_to_activity_and_the_matrix_within_three_clicks(
    demo_server: DemoServer, page: Any
) -> None:
    page.goto(demo_server.url + "/")
    screenshot(page, "home")
    page.get_by_role("link", name="Lindeveen").first.click()  # click 1: municipality
    page.wait_for_url(f"**/gebied/{demo_server.municipality_code}/")
    screenshot(page, "municipality")
    page.locator("table.data a[href*='/gebied/WK']").first.click()  # click 2: wijk
    page.wait_for_url("**/gebied/WK*/")
    page.locator("table.data a[href*='/gebied/BU']").first.click()  # click 3: buurt
    page.wait_for_url("**/gebied/BU*/")
    assert page.get_by_test_id("matrix").is_visible()  # the matrix, three clicks from home
    screenshot(page, "buurt")
    page.get_by_test_id("activities").locator("tbody a").first.click()
    page.wait_for_url(re.compile(r".*/activiteit/\d+/$"))
    assert page.locator("ol.phases li[aria-current=step]").count() == 1
    screenshot(page, "activity")


def test_buurt_map_is_drawn_from_the_geojson_twin(demo_server: DemoServer, page: Any) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{demo_server.url}/gebied/{demo_server.municipality_code}/")
    page.wait_for_selector("#areamap.leaflet-on path.leaflet-interactive")
    assert any(".geojson" in u for u in requests)
    assert all(u.startswith(demo_server.url) for u in requests), "no outside requests"
    page.select_option("#maat", "per1000")
    page.wait_for_function(
        "() => [...performance.getEntriesByType('resource')]"
        ".some(e => e.name.includes('maat=per1000'))"
    )


def test_filtering_the_activity_list(demo_server: DemoServer, page: Any) -> None:
    page.goto(f"{demo_server.url}/gebied/{demo_server.municipality_code}/")
    rows = page.get_by_test_id("activities").locator("tbody tr")
    total = int(page.locator("#activiteiten-titel .muted").inner_text().strip("()"))
    facet = page.locator("fieldset:has(legend:text('Thema')) label").first
    expected = int(re.search(r"\((\d+)\)", facet.inner_text()).group(1))  # type: ignore[union-attr]
    facet.locator("input").check()
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r".*thema=.*"))
    shown = int(page.locator("#activiteiten-titel .muted").inner_text().strip("()"))
    assert shown == expected < total
    assert rows.count() == min(shown, 200)
    screenshot(page, "filtered")


def test_redacteur_creates_and_edits_and_is_refused_elsewhere(
    demo_server: DemoServer, page: Any
) -> None:
    _login(page, demo_server, "redacteur")
    page.goto(f"{demo_server.url}/gemeente/{demo_server.municipality_code}/activiteit/nieuw/")
    page.get_by_label("Titel").fill("Buurtsoep op woensdag in de Tulpenbuurt")
    page.get_by_label("Omschrijving").fill("Elke woensdag koken buren samen soep in De Schakel.")
    page.get_by_label("Trekker (organisatie)").select_option(index=1)
    page.get_by_label("Gebieden").select_option(index=0)
    page.get_by_label("Fase").select_option(index=1)
    page.get_by_label("Start").fill("2026-12-02")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r".*/activiteit/\d+/$"))
    assert page.get_by_role("heading", level=1).inner_text().startswith("Buurtsoep")
    page.get_by_role("link", name="Bewerken").click()
    page.get_by_label("Titel").fill("Buurtsoep op woensdag")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r".*/activiteit/\d+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Buurtsoep op woensdag"
    screenshot(page, "redacteur-edited")
    # someone else's activity: no edit button, and the edit URL is refused
    page.goto(f"{demo_server.url}/gebied/{demo_server.municipality_code}/?organisatietype=kerk")
    page.get_by_test_id("activities").locator("tbody a").first.click()
    assert page.get_by_role("link", name="Bewerken").count() == 0
    response = page.goto(page.url + "bewerken/")
    assert response.status == 403


@pytest.mark.parametrize(
    "path", ["/", "/gebied/{code}/", "/gebied/BU99010101/", "/rollen/", "/activiteit/1/"]
)
def test_no_serious_accessibility_violations(demo_server: DemoServer, page: Any, path: str) -> None:
    page.goto(demo_server.url + path.format(code=demo_server.municipality_code))
    page.wait_for_load_state("networkidle")
    if page.locator("#areamap").count():  # let the map script finish replacing the SVG first
        page.wait_for_selector("#areamap.leaflet-on path.leaflet-interactive")
    assert serious_violations(page) == []


def test_pages_work_without_javascript(demo_server: DemoServer, browser: Any) -> None:
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    for path in [f"/gebied/{demo_server.municipality_code}/", "/gebied/BU99010101/"]:
        page.goto(demo_server.url + path)
        assert page.get_by_test_id("matrix").is_visible()
        assert page.get_by_test_id("activities").locator("tbody tr").count() > 0
        assert page.locator("svg.areamap").is_visible()
    screenshot(page, "buurt-without-javascript")
    context.close()
