"""speelveld analyse and speelveld generate: the same findings as the page as a table, JSON or
CSV, for a gemeente, wijk or buurt; and overlap on a generated field without a database."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from speelveld.analysis.services import overlap_run
from speelveld.places.models import Area
from speelveld.synth.records import FieldRecords


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("analyse", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_overlap_as_table_json_and_csv(demo_municipality: Area) -> None:
    code = demo_municipality.code
    keys = [i.key for i in overlap_run(municipality=demo_municipality).items]
    table, progress = run("overlap", "--gemeente", code)
    assert table.startswith(f"Lindeveen ({code}) — overlap: {len(keys)}")
    assert "Dubbelop" in table and "Zelfde werkvorm (" in table and "Afstemmen" in table
    assert "[" in progress and "100%" in progress  # the progress bar, on stderr
    data = json.loads(run("overlap", "--gemeente", code, "--format", "json")[0])
    assert [i["key"] for i in data["items"]] == keys
    assert data["items"][0]["pairs"][0]["reasons"][0]["text"].startswith("Zelfde werkvorm")
    rows = list(csv.DictReader(io.StringIO(run("overlap", "--gemeente", code, "--format",
                                               "csv")[0])))  # fmt: skip
    assert [r["key"] for r in rows] == keys and rows[0]["kind"] == "overlap"
    assert " | " in rows[0]["activities"] and rows[0]["reasons"]


@pytest.mark.django_db
def test_gaps_for_a_wijk_and_rolefit_in_english(
    demo_municipality: Area, demo_records: FieldRecords
) -> None:
    neglected = demo_records.neglected_areas[0]
    wijk = Area.objects.get(code=neglected).parent
    assert wijk is not None
    rows = list(csv.DictReader(io.StringIO(run("gaps", "--wijk", wijk.code, "--format", "csv",
                                               "--no-progress")[0])))  # fmt: skip
    assert rows[0]["key"] == neglected and rows[0]["what"] == "hier gebeurt helemaal niets"
    assert all(r["area"].split()[0].startswith("BU" + wijk.code[2:]) or r["area"].startswith(
        wijk.code) for r in rows)  # fmt: skip
    buurt, _ = run("gaps", "--buurt", neglected, "--format", "json", "--no-progress")
    assert {i["area"] for i in json.loads(buurt)["items"]} == {neglected}
    english, _ = run("rolefit", "--gemeente", demo_municipality.code, "--language", "en",
                     "--limit", "3", "--format", "json")  # fmt: skip
    items = json.loads(english)["items"]
    assert len(items) == 3 and items[0]["involve_text"]
    months = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
    assert any(m in items[0]["activity"]["period"] for m in months)  # worded in English


@pytest.mark.django_db
def test_unknown_places_are_clear_errors(demo_municipality: Area) -> None:
    with pytest.raises(CommandError, match="GM0000"):
        run("overlap", "--gemeente", "GM0000")
    with pytest.raises(CommandError, match="WK000001"):
        run("gaps", "--gemeente", demo_municipality.code, "--wijk", "WK000001")
    with pytest.raises(CommandError, match="--gemeente"):
        run("rolefit")


@pytest.fixture(scope="module")
def small_field(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("small") / "field"
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("generate", "--scale", "small", "--seed", "3", "--out", str(out),
                 stdout=stdout, stderr=stderr)  # fmt: skip
    assert "activities" in stdout.getvalue() and "100%" in stderr.getvalue()
    return out


def test_generate_small_then_analyse_overlap_from_the_files(small_field: Path) -> None:
    assert (small_field / "activities.parquet").exists()
    summary = json.loads(run("overlap", "--from", str(small_field), "--format", "json")[0])
    assert summary["activities"] > 9_000 and summary["planted_duplicates"] > 50
    assert summary["f1"] >= 0.95 and summary["hard_negatives_flagged"] == 0
    table, _ = run("overlap", "--from", str(small_field), "--no-progress")
    assert "precision" in table and "f1" in table
    pairs = run("overlap", "--from", str(small_field), "--format", "csv", "--limit", "5")[0]
    assert pairs.splitlines()[0] == "a,b,score,label" and len(pairs.splitlines()) == 6
    gaps = json.loads(run("gaps", "--from", str(small_field), "--format", "json")[0])
    assert gaps["gaps"] > 0 and gaps["buurten"] == 150
    with pytest.raises(CommandError, match="speelveld generate"):
        run("overlap", "--from", str(small_field.parent))


@pytest.mark.parametrize("name", ["analyse", "generate"])
def test_the_commands_have_help(name: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "speelveld.cli", name, "--help"], capture_output=True,
        text=True, check=False, env={**os.environ, "SPEELVELD_DATA_DIR": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "usage: speelveld " + name in result.stdout
    assert "/" in result.stdout.split("\n\n")[1]  # Dutch and English
