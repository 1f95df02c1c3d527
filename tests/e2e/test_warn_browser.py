"""Warn at entry in real Chromium: an editor enters an activity that duplicates one that already
runs (same werkvorm, buurt, themes and target groups; a title in other words) and sees "Er
loopt al iets vergelijkbaars" while typing, before anything is saved; saving needs "Toch
opslaan". Screenshot: tests/e2e/screenshots/warn-at-entry.png."""

from __future__ import annotations

import json
import re
import urllib.request
from typing import Any

import pytest

from tests.e2e.conftest import SCREENSHOTS, DemoServer

pytestmark = pytest.mark.browser

FORM_STATE = """() => {
  const f = document.querySelector('form.form');
  const values = (name) => [...f.querySelectorAll(`input[name=${name}]:checked`)].map(i => i.value);
  return {type: f.activity_type.value, phase: f.phase.value, start: f.start.value,
          areas: [...f.areas.selectedOptions].map(o => o.value),
          themes: values('themes'), groups: values('target_groups')};
}"""


def _login(page: Any, server: DemoServer, username: str) -> None:
    page.goto(server.url + "/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(server.accounts[username])
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(server.url + "/")


def test_entering_a_duplicate_shows_the_warning_before_saving(
    demo_server: DemoServer, page: Any
) -> None:
    code = demo_server.municipality_code
    with urllib.request.urlopen(f"{demo_server.url}/gemeente/{code}/bevindingen.json") as r:
        findings = json.loads(r.read())
    item = findings["overlap"]["items"][-1]  # a planted duplicate: one side, and the other
    existing, other = item["activities"][0], item["activities"][1]

    _login(page, demo_server, "beheerder")
    page.goto(f"{demo_server.url}/activiteit/{existing['id']}/bewerken/")
    state = page.evaluate(FORM_STATE)
    page.goto(f"{demo_server.url}/gemeente/{code}/activiteit/nieuw/")
    # the title in other words, typed as an editor does
    page.get_by_label("Titel").press_sequentially(
        "Nieuw bij ons: " + existing["title"].lower(), delay=10
    )
    assert page.get_by_test_id("overlap-duplicate").count() == 0  # nothing to compare yet
    page.get_by_label("Trekker (organisatie)").select_option(label=other["organisation"])
    page.get_by_label("Werkvorm").select_option(value=state["type"])
    page.get_by_label("Gebieden").select_option(value=state["areas"])
    for value in state["themes"]:
        page.check(f"input[name=themes][value='{value}']")
    for value in state["groups"]:
        page.check(f"input[name=target_groups][value='{value}']")
    page.get_by_label("Fase").select_option(value=state["phase"])
    page.get_by_label("Start").fill(state["start"])
    page.get_by_label("Start").press("Tab")
    # the inline check (on change) brings the warning, before anything is saved
    page.get_by_test_id("overlap-duplicate").first.wait_for(timeout=15_000)
    # and it follows the typing (keyup) too
    description = "Elke week voor wie het even niet redt."
    page.get_by_label("Omschrijving").press_sequentially(description, delay=10)
    page.wait_for_timeout(1500)
    text = page.get_by_test_id("overlap-warning").inner_text()
    assert "Er loopt al iets vergelijkbaars" in text
    assert existing["title"] in text and "Zelfde werkvorm" in text
    assert "Neem contact op met" in text and "Toch opslaan" in text
    assert page.get_by_label("Titel").input_value() == "Nieuw bij ons: " + existing["title"].lower()
    assert page.get_by_label("Omschrijving").input_value() == description
    page.get_by_label("Titel").focus()  # as the editor sees it: the warning sticks in view
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "warn-at-entry.png"))

    # saving without confirming keeps the page, with the warning; confirming saves
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()
    assert re.search(r"/activiteit/nieuw/$", page.url)
    assert page.get_by_test_id("overlap-duplicate").count() >= 1
    page.get_by_label(re.compile("Toch opslaan")).check()
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r".*/activiteit/\d+/$"))
    assert page.get_by_role("heading", level=1).inner_text().startswith("Nieuw bij ons")
