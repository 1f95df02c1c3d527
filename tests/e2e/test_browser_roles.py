"""In real headless Chromium: every demo role logs in with the password `speelveld demo`
printed and opens the demo municipality."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import DemoServer, screenshot

pytestmark = pytest.mark.browser

ROLES = ["beheerder", "redacteur", "redacteur-corporatie", "opdrachtgever", "onderzoeker"]


def test_demo_prints_every_account(demo_server: DemoServer) -> None:
    assert set(ROLES) <= set(demo_server.accounts)


@pytest.mark.parametrize("username", ROLES)
def test_each_demo_role_logs_in_and_opens_the_municipality(
    demo_server: DemoServer, page: Any, username: str
) -> None:
    page.goto(demo_server.url + "/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(demo_server.accounts[username])
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(demo_server.url + "/")
    assert username in page.get_by_test_id("who").inner_text()
    page.get_by_role("link", name="Lindeveen").first.click()
    page.wait_for_url(f"**/gebied/{demo_server.municipality_code}/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Lindeveen")
    rows = page.get_by_test_id("activities").locator("tbody tr")
    assert rows.count() > 100
    page.wait_for_selector("#areamap.leaflet-on path.leaflet-interactive")
    assert page.locator("#areamap path.leaflet-interactive").count() >= 15
    can_add = page.get_by_role("link", name="Activiteit toevoegen").count() == 1
    assert can_add == (username in {"beheerder", "redacteur", "redacteur-corporatie"})
    screenshot(page, f"municipality-{username}")


def test_wrong_password_is_refused(demo_server: DemoServer, page: Any) -> None:
    page.goto(demo_server.url + "/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("beheerder")
    page.get_by_label("Wachtwoord").fill("niet-het-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    assert page.get_by_role("alert").count() == 1
    assert "/account/inloggen/" in page.url
