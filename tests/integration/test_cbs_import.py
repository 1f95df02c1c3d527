"""CBS key figures (KWB) and boundaries: the real Almere files, OData and CSV shapes, suppressed
values, year suffixes, RD New → WGS84."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from speelveld.interop.rdnew import rd_to_wgs84
from speelveld.interop.services import cbs_import, geojson_import
from speelveld.places.models import Area, AreaFigures, AreaLevel

DATA = Path(__file__).resolve().parents[1] / "data"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ALMERE_KWB = SHARED / "data" / "kwb2024_almere_kerncijfers.json"
ALMERE_CSV = SHARED / "data" / "almere_wijken_2023.csv"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not present")


def test_rd_new_to_wgs84_at_known_points() -> None:
    lat, lon = rd_to_wgs84(155_000, 463_000)  # Amersfoort, the origin
    assert (round(lat, 4), round(lon, 4)) == (52.1552, 5.3872)
    lat, lon = rd_to_wgs84(233_883.131, 582_065.167)  # Martinitoren, Groningen
    assert abs(lat - 53.21938) < 1e-4 and abs(lon - 6.56820) < 1e-4
    north, _lon = rd_to_wgs84(155_000, 464_000)  # a kilometre north: ~0.009° latitude
    assert abs(north - 52.1552 - 0.009) < 0.0005


@needs_shared
@pytest.mark.django_db
def test_almere_kwb_2024_gives_a_gemeente_and_71_wijken_with_inhabitants() -> None:
    dry = cbs_import(path=ALMERE_KWB, actor=None, commit=False, create_areas=True)
    assert dry.errors == [] and not Area.objects.filter(code="GM0034").exists()
    report = cbs_import(path=ALMERE_KWB, actor=None, commit=True, create_areas=True)
    assert report.committed and report.errors == []
    gemeente = Area.objects.get(code="GM0034", year=2024)
    assert gemeente.level == AreaLevel.GEMEENTE
    wijken = Area.objects.filter(year=2024, level=AreaLevel.WIJK, parent=gemeente)
    assert wijken.count() == 71
    assert set(wijken.values_list("municipality", flat=True)) == {gemeente.pk}
    figures = AreaFigures.objects.filter(area__in=[gemeente, *wijken], year=2024)
    assert figures.count() == 72
    assert {f.source for f in figures} == {"CBS 85984NED"}
    assert figures.get(area=gemeente).inhabitants == 226500
    haven = figures.get(area__code="WK003401")
    assert haven.inhabitants == 1765
    assert haven.extra["woningvoorraad"] == 1035 and haven.extra["mannen"] == 855
    # suppressed density stays unknown (None), never 0
    empty = figures.get(area__code="WK003415")
    assert empty.inhabitants == 0 and empty.extra["bevolkingsdichtheid"] is None

    again = cbs_import(path=ALMERE_KWB, actor=None, commit=True, create_areas=True)
    assert again.changes == 0 and again.counts["kerncijfers"]["unchanged"] == 72


@needs_shared
@pytest.mark.django_db
def test_without_create_areas_unknown_areas_are_errors() -> None:
    report = cbs_import(path=ALMERE_KWB, actor=None, commit=True)
    assert not report.committed and len(report.errors) == 72
    assert "--create-areas" in report.errors[0].message_nl


@needs_shared
@pytest.mark.django_db
def test_almere_wijken_csv_gives_named_wijken_and_stadsdelen() -> None:
    report = cbs_import(path=ALMERE_CSV, actor=None, commit=True, create_areas=True)
    assert report.committed and report.errors == []
    wijken = Area.objects.filter(year=2023, level=AreaLevel.WIJK, code__startswith="WK0034")
    assert wijken.count() == 71
    haven = wijken.get(code="WK003401")
    assert haven.name == "Centrum Almere Haven"
    assert haven.layer is not None and haven.layer.name == "Haven"
    assert haven.layer.code.startswith("SD0034") and haven.layer.parent == haven.parent
    stadsdelen = Area.objects.filter(year=2023, level=AreaLevel.STADSDEEL)
    assert sorted(stadsdelen.values_list("name", flat=True)) == [
        "Buiten",
        "Haven",
        "Hout",
        "Pampus",
        "Poort",
        "Stad",
    ]
    # the figures are of 2024 (column suffix), the indeling of 2023 (file name)
    figures = haven.figures.get()
    assert (figures.year, figures.inhabitants, figures.extra) == (
        2024,
        1765,
        {"woningvoorraad": 1035},
    )
    again = cbs_import(path=ALMERE_CSV, actor=None, commit=True, create_areas=True)
    assert again.changes == 0


@pytest.mark.django_db
def test_odata_rows_with_padded_keys_and_other_suffixes() -> None:
    report = cbs_import(
        path=DATA / "kwb2023_testdorp_odata.json", actor=None, commit=True, create_areas=True
    )
    assert report.committed and report.errors == []
    gemeente = Area.objects.get(code="GM9902", year=2023)
    assert gemeente.name == "Testdorp"  # from Gemeentenaam, padding stripped
    assert Area.objects.get(code="WK990201", year=2023).name == "Centrum"
    assert Area.objects.get(code="BU99020101", year=2023).name == "BU99020101"
    assert any("BU99020101" in w.value for w in report.warnings)  # no name: said so
    figures = gemeente.figures.get(year=2023)
    assert figures.source == "CBS 85618NED"
    assert (figures.inhabitants, figures.age_0_15, figures.age_65_plus) == (12345, 2000, 2500)
    assert figures.origin_netherlands == 9000  # the first "Nederland" topic
    assert figures.extra["nederland_21"] == 8000
    assert figures.low_income_households == 425  # 8.5 % of 5000 households
    wijk = AreaFigures.objects.get(area__code="WK990201", year=2023)
    assert wijk.age_0_15 is None and wijk.low_income_households is None


@pytest.mark.django_db
def test_csv_download_with_suppressed_dots_and_decimal_commas() -> None:
    report = cbs_import(
        path=DATA / "kwb2022_testdorp.csv", actor=None, commit=True, create_areas=True
    )
    assert report.committed and report.errors == []
    gemeente = AreaFigures.objects.get(area__code="GM9902", year=2022)
    assert gemeente.inhabitants == 12345 and gemeente.households == 5000
    assert gemeente.extra == {"gemiddeldehuishoudensgrootte": 2.1}
    wijk = AreaFigures.objects.get(area__code="WK990201", year=2022)
    assert wijk.inhabitants is None and wijk.households is None


@pytest.mark.django_db
def test_boundaries_in_rd_new_are_reprojected() -> None:
    path = DATA / "wijken_testdorp_2022_rd.geojson"
    report = geojson_import(path=path, actor=None, commit=True, create_areas=True)
    assert [(p.row, p.column) for p in report.errors] == [(3, "statcode")]
    assert not report.committed  # all or nothing
    kept = [p for p in report.problems if p.row != 3]
    assert all(not p.is_error for p in kept)

    fixed = json.loads(path.read_text())
    fixed["features"].pop()
    good = path.parent / "ok.geojson"
    try:
        good.write_text(json.dumps(fixed))
        report = geojson_import(path=good, actor=None, commit=True, create_areas=True, year=2022)
    finally:
        good.unlink()
    assert report.committed and report.errors == []
    wijk = Area.objects.get(code="WK990201", year=2022)
    assert wijk.name == "Centrum"
    assert wijk.geometry is not None
    lon, lat = wijk.geometry["coordinates"][0][0]
    assert (round(lat, 4), round(lon, 4)) == (52.1552, 5.3872)
    buurt = Area.objects.get(code="BU99020101", year=2022)
    assert buurt.parent == wijk and buurt.geometry["type"] == "MultiPolygon"


@pytest.mark.django_db
def test_geojson_export_imports_again_unchanged(demo_municipality: Any, tmp_path: Path) -> None:
    out = tmp_path / "lindeveen_2024.geojson"
    call_command("export", "geojson", "--gemeente", "GM9901", "--out", str(out), stdout=StringIO())
    report = geojson_import(path=out, actor=None, commit=True)
    assert report.errors == [] and report.changes == 0
    assert report.counts["gebieden"]["unchanged"] == 32


@pytest.mark.django_db
def test_area_export_imports_again_through_the_cbs_import(
    demo_municipality: Any, tmp_path: Path
) -> None:
    out = tmp_path / "gebieden.csv"
    call_command(
        "export",
        "csv",
        "--gemeente",
        "GM9901",
        "--entity",
        "gebieden",
        "--out",
        str(out),
        stdout=StringIO(),
    )
    report = cbs_import(path=out, actor=None, commit=True)
    assert report.errors == [] and report.changes == 0
    assert report.counts["kerncijfers"]["unchanged"] > 0


@pytest.mark.django_db
def test_command_line_cbs_dry_run() -> None:
    out = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import", "cbs", str(DATA / "kwb2022_testdorp.csv"), stdout=out, stderr=StringIO()
        )
    assert "--create-areas" in out.getvalue()
    call_command(
        "import",
        "cbs",
        str(DATA / "kwb2022_testdorp.csv"),
        "--create-areas",
        "--commit",
        stdout=out,
        stderr=StringIO(),
    )
    assert Area.objects.filter(code="GM9902", year=2022).exists()
