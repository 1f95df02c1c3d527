"""Lists out: what Speelveld exports imports again without a change, and spreadsheet formulas in
user text are neutralised in CSV and XLSX."""

from __future__ import annotations

import io
import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from speelveld.activities.models import Activity
from speelveld.interop.columns import ENTITIES
from speelveld.interop.exports import list_export, template_export
from speelveld.interop.services import sheet_import
from speelveld.interop.sheets import read_csv, read_xlsx
from speelveld.players.models import Organisation, Player

pytestmark = pytest.mark.django_db


def export_to(tmp_path: Path, municipality: Any, fmt: str, keys: list[str]) -> Path:
    path = tmp_path / (f"{keys[0]}.{fmt}" if fmt == "csv" else f"alles.{fmt}")
    with path.open("wb") as handle:
        list_export(municipality=municipality, entities=keys, fmt=fmt, out=handle)
    return path


@pytest.mark.parametrize("key", list(ENTITIES))
def test_csv_export_imports_again_unchanged(
    key: str, demo_municipality: Any, tmp_path: Path
) -> None:
    path = export_to(tmp_path, demo_municipality, "csv", [key])
    report = sheet_import(paths=[path], municipality=demo_municipality, actor=None, commit=True)
    assert report.errors == []
    counts = report.counts[key]
    assert counts["created"] == counts["updated"] == 0 and counts["unchanged"] > 0


def test_xlsx_export_of_everything_imports_again_unchanged(
    demo_municipality: Any, tmp_path: Path
) -> None:
    path = export_to(tmp_path, demo_municipality, "xlsx", [*ENTITIES, "areas"])
    sheets = [t.name for t in read_xlsx(path)]
    assert sheets == [e.sheet for e in ENTITIES.values()] + ["gebieden"]
    report = sheet_import(paths=[path], municipality=demo_municipality, actor=None, commit=True)
    assert report.errors == [] and report.changes == 0
    assert (
        report.counts["activities"]["unchanged"]
        == Activity.objects.filter(municipality=demo_municipality).count()
    )


def test_records_made_on_a_page_round_trip_by_their_speelveld_number(
    demo_municipality: Any, tmp_path: Path
) -> None:
    made_here = Organisation.objects.create(name="Nieuw op de pagina", type="overig")
    made_here.municipalities.add(demo_municipality)
    path = export_to(tmp_path, demo_municipality, "csv", ["organisations"])
    assert f"speelveld-{made_here.pk};" in path.read_text(encoding="utf-8-sig")
    report = sheet_import(paths=[path], municipality=demo_municipality, actor=None, commit=True)
    assert report.errors == [] and report.changes == 0
    made_here.refresh_from_db()
    assert made_here.external_id == ""


def test_formulas_in_user_text_are_neutralised(demo_municipality: Any, tmp_path: Path) -> None:
    evil = Organisation.objects.get(external_id="GM9901-2024-org-001")
    evil.name = '=HYPERLINK("http://evil.example","klik")'
    evil.description = "+31 6 12345678"
    evil.website = ""
    evil.save()
    player = Player.objects.filter(organisation=evil).first()
    assert player is not None
    player.phone = "-1"
    player.save()

    csv_path = export_to(tmp_path, demo_municipality, "csv", ["organisations"])
    text = csv_path.read_text(encoding="utf-8-sig")
    assert ';"\'=HYPERLINK(""http://evil.example"",""klik"")";' in text
    assert ";'+31 6 12345678;" in text
    assert "\n=" not in text and ";=" not in text and ";+" not in text

    xlsx_path = export_to(tmp_path, demo_municipality, "xlsx", ["organisations", "players"])
    workbook = load_workbook(xlsx_path)
    values = [
        (cell.value, cell.data_type)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(min_row=2)
        for cell in row
        if isinstance(cell.value, str)
    ]
    assert all(kind != "f" for _value, kind in values)  # no cell is a formula
    assert all(not v.startswith(("=", "+", "-", "@", "\t", "\r")) for v, _kind in values)
    assert ("'-1", "s") in values

    # and the text comes back exactly
    report = sheet_import(
        paths=[xlsx_path], municipality=demo_municipality, actor=None, commit=True
    )
    assert report.errors == [] and report.changes == 0
    evil.refresh_from_db()
    assert evil.name.startswith("=HYPERLINK")


def test_templates_have_dutch_headers(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    template_export(fmt="xlsx", out=buffer)
    tables = read_xlsx(buffer.getvalue())
    assert [t.name for t in tables] == [e.sheet for e in ENTITIES.values()] + ["toelichting"]
    assert tables[2].headers[:3] == ["extern_id", "titel", "omschrijving"]
    explained = {(row[0], row[1]): row for _n, row in tables[-1].rows}
    assert explained[("activiteiten", "fase")][2] == "ja"  # required
    assert "dd-mm-jjjj" in explained[("activiteiten", "start")][3]
    assert "lopend" in explained[("activiteiten", "status")][3]
    assert explained[("spelers", "themas")][4] == "themes"  # the English header

    buffer = io.BytesIO()
    template_export(fmt="csv", out=buffer, entity="players")
    assert read_csv(buffer.getvalue()).headers == ENTITIES["players"].headers


def test_a_filled_in_template_imports(demo_municipality: Any, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    template_export(fmt="xlsx", out=buffer)
    workbook = load_workbook(io.BytesIO(buffer.getvalue()))
    workbook["organisaties"].append(["tpl-1", "Buurtkerk De Bron", "Kerk / diaconie"])
    path = tmp_path / "ingevuld.xlsx"
    workbook.save(path)
    report = sheet_import(paths=[path], municipality=demo_municipality, actor=None, commit=True)
    assert report.problems == [] and report.committed  # the explanation sheet is left alone
    assert Organisation.objects.get(external_id="tpl-1").type == "kerk"


def test_english_headers_are_accepted(demo_municipality: Any, tmp_path: Path) -> None:
    path = tmp_path / "organisations.csv"
    path.write_text(
        "external id,name,type,description,municipalities\n"
        "en-1,English Library,Library,Books and more,GM9901\n",
        encoding="utf-8",
    )
    report = sheet_import(paths=[path], municipality=demo_municipality, actor=None, commit=True)
    assert report.errors == [] and report.committed
    organisation = Organisation.objects.get(external_id="en-1")
    assert organisation.type == "bibliotheek"
    assert list(organisation.municipalities.all()) == [demo_municipality]


def test_command_line_exports(demo_municipality: Any, tmp_path: Path) -> None:
    out = StringIO()
    call_command("export", "csv", "--gemeente", "GM9901", "--out", str(tmp_path) + "/", stdout=out)
    assert {p.name for p in tmp_path.iterdir()} == {
        *(f"{e.sheet}.csv" for e in ENTITIES.values()),
        "gebieden.csv",
    }
    call_command(
        "export",
        "xlsx",
        "--gemeente",
        "GM9901",
        "--entity",
        "activiteiten",
        "--out",
        str(tmp_path / "a.xlsx"),
        stdout=out,
    )
    assert [t.name for t in read_xlsx(tmp_path / "a.xlsx")] == ["activiteiten"]
    call_command("export", "template", "--out", str(tmp_path / "t.xlsx"), stdout=out)
    assert len(read_xlsx(tmp_path / "t.xlsx")) == len(ENTITIES) + 1
    call_command(
        "export",
        "geojson",
        "--gemeente",
        "GM9901",
        "--level",
        "wijk",
        "--out",
        str(tmp_path / "w.geojson"),
        stdout=out,
    )
    features = json.loads((tmp_path / "w.geojson").read_text())["features"]
    assert len(features) == 5 and features[0]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert features[0]["properties"]["statcode"] == "WK990101"
