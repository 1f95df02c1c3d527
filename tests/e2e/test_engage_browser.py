"""Wie schakel ik in? in real Chromium: from a demo buurt's page to ranked, explained
candidates, and the roles not to ask. Screenshot: tests/e2e/screenshots/engage.png."""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from typing import Any

import pytest

from tests.e2e.axe import serious_violations
from tests.e2e.conftest import DemoServer, screenshot

pytestmark = pytest.mark.browser


def test_asking_who_to_engage_for_a_demo_buurt(demo_server: DemoServer, page: Any) -> None:
    page.goto(f"{demo_server.url}/gebied/{demo_server.municipality_code}/")
    page.locator("table.data a[href*='/gebied/WK']").first.click()
    page.wait_for_url("**/gebied/WK*/")
    page.locator("table.data a[href*='/gebied/BU']").first.click()
    page.wait_for_url("**/gebied/BU*/")
    buurt = page.url.rstrip("/").rsplit("/", 1)[1]
    page.get_by_role("link", name="Wie schakel ik in?").click()
    page.wait_for_url(re.compile(r".*/wie-schakel-ik-in/\?gebied=BU.*"))
    assert page.get_by_label("Gebied").input_value() == buurt  # the buurt is already chosen
    page.get_by_label("Soort hulp (werkvorm)").select_option(label="Bewonersconsultatie")
    page.get_by_label("Fase").select_option(label="Organiseren")
    page.get_by_role("button", name="Zoek wie ik kan inschakelen").click()
    page.wait_for_url(re.compile(r".*werkvorm=consultatie.*"))

    candidates = page.get_by_test_id("candidate")
    assert candidates.count() == 10
    first = candidates.first
    assert re.search(r"\d+ punten", first.locator(".score").inner_text())
    reasons = first.locator(".reasons li")
    assert reasons.count() >= 3
    assert "kerntaak van de opbouwwerker" in first.inner_text()
    assert first.locator(".pts").first.inner_text().startswith("+")
    scores = [int(s.split()[0]) for s in page.locator(".ranked .score").all_inner_texts()]
    assert scores == sorted(scores, reverse=True)
    do_not_ask = page.get_by_test_id("do-not-ask")
    assert "niet de procesmanager woningcorporatie, maar de opbouwwerker" in do_not_ask.inner_text()
    assert page.get_by_test_id("organisations").locator("tbody tr").count() >= 1
    screenshot(page, "engage")
    assert serious_violations(page) == []


def test_nobody_nearby_is_said_plainly_with_the_nearest(demo_server: DemoServer, page: Any) -> None:
    code = demo_server.municipality_code
    url = f"{demo_server.url}/gemeente/{code}/wie-schakel-ik-in/"
    page.goto(url)
    values = "os => os.map(o => o.value).filter(v => v)"
    languages = page.locator("#id_taal option").evaluate_all(values)
    buurten = [v for v in page.locator("#id_gebied option").evaluate_all(values) if v[:2] == "BU"]
    case = None
    for language in languages:  # a language spoken somewhere, but not in or next to a buurt
        for buurt in buurten:
            query = urllib.parse.urlencode({"gebied": buurt, "taal": language})
            with urllib.request.urlopen(f"{url[:-1]}.json?{query}", timeout=10) as response:
                answer = json.loads(response.read())
            if answer["nobody_nearby"] and answer["nearest"]:
                case = (buurt, language, answer["nearest"][0]["name"])
                break
        if case:
            break
    assert case, "the demo field should have a language nobody speaks somewhere"
    buurt, language, nearest = case
    page.locator("#id_gebied").select_option(buurt)
    page.get_by_label("Gesproken taal").select_option(language)
    page.get_by_role("button", name="Zoek wie ik kan inschakelen").click()
    page.wait_for_url(re.compile(r".*taal=.*"))
    notice = page.get_by_test_id("nobody-nearby")
    assert "Niemand in of naast" in notice.inner_text() and nearest in notice.inner_text()
    assert "km verderop" in notice.inner_text()
