"""Players, collaborations and hand-overs from one workbook (referring to each other), partial
updates, and the checks that span several cells."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from speelveld.activities.models import Activity, Handover
from speelveld.interop.services import sheet_import
from speelveld.players.models import Collaboration, Player

pytestmark = pytest.mark.django_db

ORG = "GM9901-2024-org-001"
ACT = "GM9901-2024-act-0001"


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_a_workbook_whose_sheets_refer_to_each_other(
    demo_municipality: Any, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "veld.xlsx",
        {
            "spelers": [
                ["extern_id", "naam", "rol", "organisatie", "themas", "talen", "uren_per_week"],
                ["p-1", "Sanne Bakker", "Opbouwwerker", ORG, "Welzijn | Armoede", "nl; ar", 16.5],
                ["p-2", "Buurtgroep Oost", "bewonersgroep", "", "participatie", "", None],
            ],
            "samenwerkingen": [
                ["extern_id", "speler_a", "organisatie_b", "intensiteit", "effect", "vertrouwen"],
                ["c-1", "p-1", ORG, "werken samen", "versterkt", "3,5"],
                ["c-2", "p-2", "", 2, "hindert", None],  # no side B
            ],
            "overdrachten": [
                [
                    "extern_id",
                    "activiteit",
                    "van_speler",
                    "naar_speler",
                    "naar_bewoners",
                    "reden",
                    "uiterlijk",
                    "stand",
                ],
                [
                    "h-1",
                    ACT,
                    "p-1",
                    "p-2",
                    "nee",
                    "Bewoners nemen het over",
                    "01-03-2026",
                    "voorgesteld",
                ],
                ["h-2", ACT, "p-1", "p-2", "ja", "Twee ontvangers", "2026-03-01", ""],
            ],
        },
    )
    report = sheet_import(paths=[path], municipality=demo_municipality, actor=None, commit=False)
    assert {(p.sheet, p.row, p.column) for p in report.errors} == {
        ("samenwerkingen", 3, "speler_b"),  # one of speler_b/organisatie_b is needed
        ("overdrachten", 3, "naar_speler"),  # one receiver, not two
    }
    report = sheet_import(
        paths=[path], municipality=demo_municipality, actor=None, commit=True, keep_valid=True
    )
    assert report.committed
    sanne = Player.objects.get(external_id="p-1")
    assert sanne.role.key == "opbouwwerker" and str(sanne.hours_per_week) == "16.5"
    assert sorted(sanne.languages.values_list("code", flat=True)) == ["ar", "nl"]
    assert sanne.municipality == demo_municipality
    tie = Collaboration.objects.get(external_id="c-1")
    assert (tie.a_player, tie.b_organisation.external_id) == (sanne, ORG)  # type: ignore[union-attr]
    assert (tie.intensity, tie.sign, str(tie.trust)) == (2, 1, "3.50")
    baton = Handover.objects.get(external_id="h-1")
    assert baton.to_player == Player.objects.get(external_id="p-2")
    assert baton.state == "proposed" and baton.proposed_at is not None
    assert not Handover.objects.filter(external_id="h-2").exists()
    assert baton.history.count() == tie.history.count() == 1


def test_a_sheet_with_some_columns_changes_only_those(
    demo_municipality: Any, tmp_path: Path
) -> None:
    activity = Activity.objects.get(external_id=ACT)
    themes = set(activity.themes.values_list("pk", flat=True))
    path = tmp_path / "activiteiten.csv"
    path.write_text(f"extern_id;status\n{ACT};gepauzeerd\n")
    report = sheet_import(paths=[path], municipality=demo_municipality, actor=None, commit=True)
    assert report.counts["activities"]["updated"] == 1
    activity.refresh_from_db()
    assert activity.status == "gepauzeerd"
    assert set(activity.themes.values_list("pk", flat=True)) == themes
    record = activity.history.latest()
    assert record.history_type == "~" and record.status == "gepauzeerd"
    assert {r.theme_id for r in record.themes.all()} == themes  # full state, links included
    assert record.prev_record is not None and record.prev_record.status != "gepauzeerd"


def test_an_empty_cell_clears_and_a_required_one_is_an_error(
    demo_municipality: Any, tmp_path: Path
) -> None:
    path = tmp_path / "activiteiten.csv"
    path.write_text(f"extern_id;einde;fase\n{ACT};;\n")
    report = sheet_import(paths=[path], municipality=demo_municipality, actor=None, commit=True)
    assert [(p.row, p.column) for p in report.errors] == [(2, "fase")]
    assert not report.committed
