"""Spreadsheet import: a messy Windows CSV lists every error and writes nothing; fixed, it writes
every row in one go; the same file again changes nothing."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from speelveld.activities.models import Activity
from speelveld.interop.services import sheet_import

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data"
MESSY = DATA / "activiteiten_messy.csv"
FIXED = DATA / "activiteiten_fixed.csv"

EXPECTED_ERRORS = {
    (3, "Thema's"),  # unknown theme
    (4, "Gebieden"),  # CBS code that does not exist
    (5, "Einddatum"),  # end before start
    (6, "Eigenaar"),  # owner not found
    (8, "Extern_ID"),  # duplicate row
    (9, "Trekker"),  # organisation not found
    (10, "Startdatum"),  # a date that does not exist
    (11, "Titel"),  # required value missing
    (11, "Fase"),  # unknown phase
}


def history_count() -> int:
    return int(Activity.history.count())


def test_dry_run_lists_every_error_and_writes_nothing(demo_municipality: Any) -> None:
    before, history = Activity.objects.count(), history_count()
    report = sheet_import(paths=[MESSY], municipality=demo_municipality, actor=None, commit=False)
    assert {(p.row, p.column) for p in report.errors} == EXPECTED_ERRORS
    assert not report.committed
    assert Activity.objects.count() == before and history_count() == history
    by_place = {(p.row, p.column): p for p in report.errors}
    theme = by_place[(3, "Thema's")]
    assert theme.value == "groenn"
    assert "groenn" in theme.message_nl and "groenn" in theme.message_en
    assert by_place[(4, "Gebieden")].value == "BU99019999"
    assert by_place[(8, "Extern_ID")].value == "messy-001"
    assert "rij 2" in by_place[(8, "Extern_ID")].message_nl
    assert by_place[(10, "Startdatum")].value == "31-02-2025"
    warnings = {(p.row, p.column) for p in report.warnings}
    assert (1, "Opmerking intern") in warnings  # an unknown column is named, not lost silently
    assert {(10, "Eigenaar"), (12, "Eigenaar")} <= warnings  # no owner
    assert report.counts["activities"]["created"] == 3  # rows 2, 12 and 13 are fine
    # the English message is an English rendering of the same problem
    with translation.override("en"):
        assert theme.message == theme.message_en


def test_commit_with_errors_writes_nothing(demo_municipality: Any) -> None:
    before, history = Activity.objects.count(), history_count()
    report = sheet_import(paths=[MESSY], municipality=demo_municipality, actor=None, commit=True)
    assert not report.committed and len(report.errors) == len(EXPECTED_ERRORS)
    assert Activity.objects.count() == before and history_count() == history


def test_keep_valid_writes_only_the_good_rows(demo_municipality: Any) -> None:
    report = sheet_import(
        paths=[MESSY], municipality=demo_municipality, actor=None, commit=True, keep_valid=True
    )
    assert report.committed
    written = set(
        Activity.objects.filter(external_id__startswith="messy-").values_list(
            "external_id", flat=True
        )
    )
    assert written == {"messy-001", "messy-009", "messy-010"}


def test_fixed_file_writes_all_rows_then_changes_nothing(demo_municipality: Any) -> None:
    history = history_count()
    report = sheet_import(paths=[FIXED], municipality=demo_municipality, actor=None, commit=True)
    assert report.errors == [] and report.committed
    assert report.counts["activities"] == {
        "created": 11,
        "updated": 0,
        "unchanged": 0,
        "skipped": 0,
    }
    imported = Activity.objects.filter(external_id__startswith="messy-")
    assert imported.count() == 11
    assert history_count() == history + 11

    coffee = imported.get(external_id="messy-001")
    assert coffee.description == 'Elke dinsdag; ook voor nieuwkomers — café "De Hoek"'
    assert sorted(coffee.themes.values_list("key", flat=True)) == ["participatie", "welzijn"]
    assert list(coffee.target_groups.values_list("key", flat=True)) == ["ouderen"]
    assert list(coffee.areas.values_list("code", flat=True)) == ["BU99010101"]
    assert coffee.activity_type is not None and coffee.activity_type.key == "ontmoeting"
    assert str(coffee.start) == "2025-09-01" and coffee.reach == 40
    record = coffee.history.latest()
    assert record.history_type == "+" and "activiteiten_fixed.csv" in record.history_change_reason
    assert sorted(r.theme_id for r in record.themes.all()) == sorted(
        coffee.themes.values_list("pk", flat=True)
    )
    cafe = imported.get(external_id="messy-009")
    assert cafe.description == "Eerste regel\r\nTweede regel: €5 bijdrage"
    assert sorted(cafe.areas.values_list("code", flat=True)) == ["BU99010201", "BU99010202"]
    assert imported.get(external_id="messy-010").title == "=1+1 kwartier bewegen"

    again = sheet_import(paths=[FIXED], municipality=demo_municipality, actor=None, commit=True)
    assert again.counts["activities"] == {"created": 0, "updated": 0, "unchanged": 11, "skipped": 0}
    assert history_count() == history + 11  # unchanged rows are not saved and get no record


def test_a_changed_row_is_updated_with_one_history_record(
    demo_municipality: Any, tmp_path: Path
) -> None:
    sheet_import(paths=[FIXED], municipality=demo_municipality, actor=None, commit=True)
    changed = tmp_path / "activiteiten.csv"
    text = (
        FIXED.read_bytes()
        .decode("cp1252")
        .replace(
            "Buurtmoestuin;Samen tuinieren;Groen;",
            "Buurtmoestuin;Samen tuinieren;Groen|Duurzaamheid;",
        )
    )
    changed.write_bytes(text.encode("cp1252"))
    report = sheet_import(paths=[changed], municipality=demo_municipality, actor=None, commit=True)
    assert report.counts["activities"]["updated"] == 1
    garden = Activity.objects.get(external_id="messy-002")
    assert sorted(garden.themes.values_list("key", flat=True)) == ["duurzaamheid", "groen"]
    latest = garden.history.latest()
    assert latest.history_type == "~"
    assert len(latest.themes.all()) == 2 and garden.history.count() == 2


def test_command_line_dry_run_commit_and_exit_status(
    demo_municipality: Any, tmp_path: Path
) -> None:
    path = tmp_path / "activiteiten.csv"
    shutil.copy(MESSY, path)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="9 fout"):
        call_command("import", "csv", str(path), "--gemeente", "GM9901", stdout=out, stderr=err)
    text = out.getvalue()
    assert 'rij 3, kolom Thema\'s "groenn"' in text
    assert "Proefdraai" in text
    shutil.copy(FIXED, path)
    out = StringIO()
    call_command("import", "csv", str(path), "--commit", "--lang", "en", stdout=out, stderr=err)
    assert "11" in out.getvalue()
    assert Activity.objects.filter(external_id__startswith="messy-").count() == 11


def test_permissions_of_a_redacteur(demo_municipality: Any, make_user: Callable[..., Any]) -> None:
    from speelveld.players.models import Organisation

    welfare = Organisation.objects.get(external_id="GM9901-2024-org-001")
    editor = make_user("redacteur", demo_municipality, welfare)
    report = sheet_import(paths=[FIXED], municipality=demo_municipality, actor=editor, commit=False)
    refused = {p.row for p in report.errors}
    # rows led by other organisations (org-004, -002, -006, -005, -003) are errors
    assert refused == {5, 6, 9, 10, 12}
    assert report.counts["activities"]["created"] == 6
    admin = make_user("beheerder", demo_municipality)
    assert sheet_import(
        paths=[FIXED], municipality=demo_municipality, actor=admin, commit=True
    ).committed
    record = Activity.objects.get(external_id="messy-001").history.latest()
    assert record.history_user == admin


def test_a_reader_may_not_import(demo_municipality: Any, make_user: Callable[..., Any]) -> None:
    from django.core.exceptions import PermissionDenied

    reader = make_user("opdrachtgever", demo_municipality)
    with pytest.raises(PermissionDenied):
        sheet_import(paths=[FIXED], municipality=demo_municipality, actor=reader, commit=False)


def test_a_beheerder_cannot_spread_an_organisation_to_other_municipalities(
    demo_municipality: Any, make_user: Callable[..., Any], tmp_path: Path
) -> None:
    from speelveld.places.models import Area

    Area.objects.create(code="GM9903", year=2024, level="gemeente", name="Elders")
    path = tmp_path / "organisaties.csv"
    path.write_text("extern_id;naam;type;gemeenten\nn-1;Nieuw;overig;GM9901|GM9903\n")
    admin = make_user("beheerder", demo_municipality)
    report = sheet_import(paths=[path], municipality=demo_municipality, actor=admin, commit=False)
    assert [(p.row, p.column, p.value) for p in report.errors] == [(2, "gemeenten", "GM9903")]
    assert sheet_import(
        paths=[path], municipality=demo_municipality, actor=None, commit=False
    ).ok  # the operator may


def test_references_written_unchecked_are_verified_before_commit() -> None:
    from django.db import IntegrityError

    from speelveld.interop.bulkio import _verify
    from speelveld.players.models import Organisation

    existing = Organisation.objects.values_list("pk", flat=True).first()
    _verify({Organisation: {existing, None}}, {})
    with pytest.raises(IntegrityError):
        _verify({Organisation: {existing, 10**9}}, {})
    # ids this transaction wrote itself need no look-up
    _verify({Organisation: {existing, 10**9}}, {Organisation: {10**9}})


def test_a_dangling_reference_in_a_bulk_write_is_refused_before_commit(
    demo_municipality: Any,
) -> None:
    """PostgreSQL skips its per-row foreign key triggers for an import's bulk statements; the
    set-wise check at the end of the block still refuses a reference to nothing, and the
    block's savepoint takes the rows back. (SQLite: its pragma cannot be switched inside the
    test's transaction, so its deferred checks would only run at a commit.)"""
    from django.db import IntegrityError, connection

    from speelveld.interop import bulkio
    from speelveld.players.models import Player

    if connection.vendor != "postgresql":
        pytest.skip("per-row checks are off only on PostgreSQL inside a transaction")
    if not bulkio._may_skip_triggers():
        pytest.skip("this database role may not switch off triggers: PostgreSQL checks per row")
    before = Player.objects.count()
    row = Player.objects.values().first()
    assert row is not None
    with pytest.raises(IntegrityError, match="missing ids"), bulkio.unchecked_writes():
        [new_id] = bulkio.allocate_ids(Player, 1)
        row.update(id=new_id, external_id="dangling", organisation_id=10**9)
        bulkio.insert_rows(Player, list(row), [list(row.values())])
    assert Player.objects.count() == before
    with connection.cursor() as cursor:
        cursor.execute("SHOW session_replication_role")
        assert cursor.fetchone()[0] == "origin"  # the triggers are on again


def test_allocated_ids_are_new_and_never_handed_out_again(demo_municipality: Any) -> None:
    from django.db import connection

    from speelveld.interop import bulkio
    from speelveld.players.models import Organisation

    highest = Organisation.objects.order_by("-pk").values_list("pk", flat=True).first()
    block = bulkio.allocate_ids(Organisation, 3)
    assert highest is not None and min(block) > highest and len(set(block)) == 3
    if connection.vendor == "postgresql":  # SQLite: the caller writes them before any other
        after = Organisation.objects.create(name="Na de import", type="overig")
        assert after.pk not in block  # an ordinary save never gets a reserved id


def test_cells_beyond_the_header_are_not_lost_silently(
    demo_municipality: Any, tmp_path: Path
) -> None:
    path = tmp_path / "organisaties.csv"
    path.write_text("extern_id;naam;type\nx-1;Buurtkamer;bewoners;vergeten waarde\n")
    report = sheet_import(paths=[path], municipality=demo_municipality, actor=None, commit=False)
    assert [(p.row, p.value) for p in report.warnings] == [(2, "vergeten waarde")]


def test_bulk_rows_keep_tabs_newlines_backslashes_and_dates_exactly(
    demo_municipality: Any,
) -> None:
    """COPY's text format escapes \\, tab, newline and carriage return; what lands in the
    table must be exactly what was written (PostgreSQL gets COPY, SQLite executemany)."""
    from datetime import UTC, datetime

    from speelveld.interop import bulkio
    from speelveld.players.models import Organisation

    tricky = "a\tb\nc\\d\re \\N ‘quote’ 🌳 =SOM(A1)"
    when = datetime(2026, 11, 26, 13, 5, 7, 123456, tzinfo=UTC)
    [pk] = bulkio.allocate_ids(Organisation, 1)
    bulkio.insert_rows(
        Organisation,
        ["id", "external_id", "name", "type", "description", "website", "created_at",
         "updated_at"],
        [(pk, "tricky-1", tricky, "overig", "\\", "", when, when)],
    )  # fmt: skip
    org = Organisation.objects.get(pk=pk)
    assert (org.name, org.description, org.created_at) == (tricky, "\\", when)


def test_bulk_rows_keep_none_booleans_dates_and_local_times(demo_municipality: Any) -> None:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from speelveld.activities.models import Activity
    from speelveld.interop import bulkio

    row = Activity.objects.filter(municipality=demo_municipality).values().first()
    assert row is not None
    local = datetime(2026, 7, 1, 14, 30, 5, 123, tzinfo=ZoneInfo("Europe/Amsterdam"))
    [pk] = bulkio.allocate_ids(Activity, 1)
    row.update(id=pk, external_id="types-1", description='{"a": "b\\c"}\n"quoted"',
               end=None, reach=None, resident_led=True, start=date(2025, 2, 3),
               created_at=local, updated_at=local)  # fmt: skip
    bulkio.insert_rows(Activity, list(row), [list(row.values())])
    back = Activity.objects.values().get(pk=pk)
    assert {k: back[k] for k in row} == row


def test_copy_text_refuses_what_it_cannot_write() -> None:
    from speelveld.interop.bulkio import _copy_value

    assert _copy_value(b"\x00\xff") == "\\\\x00ff"
    assert _copy_value(None) == "\\N" and _copy_value(False) == "f"
    with pytest.raises(TypeError):
        _copy_value([1, 2])


def test_a_role_without_the_grant_imports_the_same_with_the_databases_own_checks(
    demo_municipality: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without ``GRANT SET ON PARAMETER session_replication_role`` (or on SQLite inside a
    transaction) nothing is switched off and nothing is watched: the database checks."""
    from django.db import connection

    from speelveld.interop import bulkio

    monkeypatch.setattr(bulkio, "_may_skip_triggers", lambda: False)
    seen: list[bool] = []
    original = bulkio.insert_rows

    def spy(*args: Any, **kwargs: Any) -> int:
        seen.append(bulkio._writing.active)
        return original(*args, **kwargs)

    monkeypatch.setattr(bulkio, "insert_rows", spy)
    report = sheet_import(paths=[FIXED], municipality=demo_municipality, actor=None, commit=True)
    assert report.committed and report.counts["activities"]["created"] == 11
    assert seen and not any(seen)  # no statement ran with the checks off
    assert Activity.objects.filter(external_id__startswith="messy-").count() == 11
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW session_replication_role")
            assert cursor.fetchone()[0] == "origin"
