"""Passing the baton in real Chromium: the corporation's redacteur proposes a hand-over to the
welfare organisation, whose redacteur accepts and completes it; ownership moves. The baton
dashboard lists what is late. Screenshots: handover.png, baton.png."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import date, timedelta
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


def _scope(server: DemoServer, username: str) -> str:
    """The organisation of a demo account, as `speelveld demo` printed it."""
    line = re.search(
        rf"^\s{{2}}{re.escape(username)}\s+\S+\s+redacteur\s+(.+)$", server.output, re.M
    )
    assert line, server.output
    return line.group(1).strip()


def _get(server: DemoServer, path: str) -> Any:
    with urllib.request.urlopen(server.url + path, timeout=10) as response:
        return json.loads(response.read())


def _free_activity(server: DemoServer, organisation: str) -> int:
    """A running activity led by ``organisation`` with no open hand-over."""
    code = server.municipality_code
    items = _get(server, f"/gebied/{code}.json?organisatietype=woningcorporatie")
    for item in items["activities"]["items"]:
        if item["lead_organisation"] != organisation or item["status"] != "lopend":
            continue
        states = {h["state"] for h in _get(server, f"/activiteit/{item['id']}.json")["handovers"]}
        if not states & {"proposed", "accepted"}:
            return int(item["id"])
    raise AssertionError(f"no free activity of {organisation}")


def test_propose_accept_and_complete_a_handover_as_the_right_users(
    demo_server: DemoServer, browser: Any, page: Any
) -> None:
    giver_org = _scope(demo_server, "redacteur-corporatie")
    taker_org = _scope(demo_server, "redacteur")
    activity = _free_activity(demo_server, giver_org)
    url = f"{demo_server.url}/activiteit/{activity}/"

    _login(page, demo_server, "redacteur-corporatie")
    page.goto(url)
    unfold = page.locator("#stokje-doorgeven")
    if unfold.get_attribute("open") is None:  # folded unless the baton should move now
        unfold.locator("summary").click()
    form = page.get_by_test_id("propose")
    form.get_by_role("radio", name="een organisatie").check()
    form.locator("select[name=to_organisation]").select_option(label=taker_org)
    form.get_by_label("Reden").fill(
        "De corporatie trekt zich terug; het welzijnswerk neemt het op."
    )
    form.get_by_label("Uiterlijk overgedragen op").fill(
        (date.today() + timedelta(days=21)).isoformat()
    )
    form.get_by_role("button", name="Overdracht voorstellen").click()
    page.wait_for_url(re.compile(r".*/activiteit/\d+/#overdrachten"))
    assert "De overdracht is voorgesteld." in page.locator(".messages").inner_text()
    mine = page.get_by_test_id("handover").filter(has_text=taker_org).last
    assert mine.get_by_role("button", name="Intrekken").count() == 1
    assert mine.get_by_role("button", name="Accepteren").count() == 0  # not theirs to accept

    taker = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    other = taker.new_page()
    _login(other, demo_server, "redacteur")
    other.goto(url)
    entry = other.get_by_test_id("handover").filter(has_text=taker_org).last
    entry.get_by_label("Toelichting (niet verplicht)").fill("Graag; we nemen het per direct over.")
    entry.get_by_role("button", name="Accepteren").click()
    other.wait_for_url(re.compile(r".*#overdrachten"))
    assert "geaccepteerd" in other.locator(".messages").inner_text()
    entry = other.get_by_test_id("handover").filter(has_text=taker_org).last
    assert entry.locator("strong").first.inner_text() == "Geaccepteerd"
    entry.get_by_role("button", name="Afronden").click()
    other.wait_for_url(re.compile(r".*#overdrachten"))
    assert "Het stokje is doorgegeven" in other.locator(".messages").inner_text()
    facts = other.locator("dl.facts").inner_text()
    assert taker_org in facts  # the welfare organisation leads now
    screenshot(other, "handover")
    other.goto(url)  # without the flash message: base.html gives its <li> role="status"
    assert serious_violations(other) == []
    taker.close()


def test_the_baton_dashboard_lists_what_is_late(demo_server: DemoServer, page: Any) -> None:
    page.goto(f"{demo_server.url}/gebied/{demo_server.municipality_code}/")
    page.get_by_role("link", name="Stokje doorgeven").click()
    page.wait_for_url("**/stokje/")
    assert page.get_by_test_id("overdue").locator("tbody tr").count() >= 1
    assert page.get_by_test_id("unplanned").locator("tbody tr").count() >= 1
    screenshot(page, "baton")
    assert serious_violations(page) == []
