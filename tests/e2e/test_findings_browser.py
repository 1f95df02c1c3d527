"""The findings page in real Chromium, as a municipal policy officer sees it: duplicated work
side by side, the gap map and neglected buurten, role fit; a beheerder marks a finding *bewust
zo* and it disappears. Screenshot: tests/e2e/screenshots/findings.png."""

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


def test_the_findings_page_from_the_municipality_page(demo_server: DemoServer, page: Any) -> None:
    page.goto(f"{demo_server.url}/gebied/{demo_server.municipality_code}/")
    page.get_by_role("link", name="Bevindingen").click()
    page.wait_for_url(re.compile(r".*/bevindingen/$"))
    duplicates = page.get_by_test_id("overlap-finding")
    assert duplicates.count() >= 8
    first = duplicates.first
    assert first.locator(".act").count() >= 2  # the activities, side by side
    assert first.locator(".why li").count() >= 3
    assert "Voorstel:" in first.inner_text()
    assert page.get_by_test_id("gap-map").is_visible()
    assert "Hier gebeurt helemaal niets" in page.get_by_test_id("nothing-at-all").inner_text()
    assert page.get_by_test_id("rolefit-finding").count() >= 1
    assert page.get_by_test_id("mark-form").count() == 0  # readers see no mark buttons
    screenshot(page, "findings")
    assert serious_violations(page) == []


def test_a_beheerder_marks_a_finding_bewust_zo(demo_server: DemoServer, page: Any) -> None:
    _login(page, demo_server, "beheerder")
    page.goto(f"{demo_server.url}/gemeente/{demo_server.municipality_code}/bevindingen/")
    first = page.get_by_test_id("overlap-finding").first
    key = first.get_attribute("data-key")
    before = page.get_by_test_id("overlap-finding").count()
    first.locator("summary").click()
    first.get_by_label("Toelichting bij de markering").fill("Afgestemd in het wijkoverleg")
    first.get_by_role("button", name="Bewust zo").click()
    page.wait_for_load_state()
    assert "Gemarkeerd als bewust zo" in page.locator(".messages").inner_text()
    assert page.locator(f"[data-testid=overlap-finding][data-key='{key}']").count() == 0
    assert page.get_by_test_id("overlap-finding").count() == before - 1
    page.get_by_label("ook gemarkeerde bevindingen tonen").check()
    page.get_by_role("button", name="Toon").click()
    page.wait_for_url(re.compile(r".*gemarkeerd=1.*"))
    marked = page.locator(f"[data-testid=overlap-finding][data-key='{key}']")
    assert "Afgestemd in het wijkoverleg" in marked.inner_text()
