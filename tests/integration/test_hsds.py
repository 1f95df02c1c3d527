"""Open Referral HSDS 3.1: the export validates against the official schemas (with and without
the Speelveld profile), the official examples import, the round trip is exact, and bad input
is refused with the JSON path of each error, writing nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from speelveld.activities.models import Activity, Handover
from speelveld.interop.hsds import hsds_document, hsds_export, hsds_import
from speelveld.interop.hsds.export import dumps
from speelveld.interop.hsds.profile import NEW_SCHEMAS, PATCHES, profiled
from speelveld.interop.hsds.schema import registry_for
from speelveld.places.models import Area
from speelveld.players.models import Collaboration, Organisation, Player

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
HSDS = SHARED / "reference" / "hsds"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "hsds-profile.md"

pytestmark = pytest.mark.django_db
needs_shared = pytest.mark.skipif(not HSDS.exists(), reason="../shared/reference/hsds is absent")


def _official() -> dict[str, dict[str, Any]]:
    return {
        p.name: json.loads(p.read_text())
        for p in sorted((HSDS / "schema").glob("*.json"))
        if p.name != "openapi.json"
    }


def _strict(schema: Any) -> Any:
    """The schema with additionalProperties false on every object, so a misspelt field fails."""
    if isinstance(schema, list):
        return [_strict(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    result = {k: _strict(v) for k, v in schema.items()}
    if schema.get("type") == "object" or "properties" in schema:
        result.setdefault("additionalProperties", False)
    return result


def _validator(schemas: dict[str, dict[str, Any]], name: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": name}, registry=registry_for(schemas), format_checker=FormatChecker()
    )


def _errors(validator: Draft202012Validator, instance: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]


@pytest.fixture
def document(demo_municipality: Area) -> dict[str, Any]:
    return hsds_document(demo_municipality)


@needs_shared
def test_export_validates_against_the_official_schemas(document: dict[str, Any]) -> None:
    assert document["services"] and document["organizations"]
    official = _official()
    checks = {
        "organizations": "organization.json",
        "services": "service.json",
        "taxonomies": "taxonomy.json",
        "taxonomy_terms": "taxonomy_term.json",
    }
    for variant in (official, _strict(profiled(official))):
        for key, name in checks.items():
            validator = _validator(variant, name)
            for item in document[key]:
                assert _errors(validator, item) == [], (key, item["id"])
    whole = _validator(_strict(profiled(official)), "speelveld_document.json")
    assert _errors(whole, document) == []


def test_export_carries_areas_vocabularies_and_the_profile(document: dict[str, Any]) -> None:
    service = document["services"][0]
    area = service["service_areas"][0]
    assert area["extent_type"] == "geojson" and json.loads(area["extent"])["type"]
    assert {"code", "year", "level"} <= set(area["speelveld"])
    link_types = {a["link_type"] for s in document["services"] for a in s["attributes"]}
    assert {"phase", "theme", "target_group", "activity_type"} <= link_types
    for attribute in service["attributes"]:
        assert attribute["link_entity"] == "service" and attribute["link_id"] == service["id"]
    term_ids = {t["id"] for t in document["taxonomy_terms"]}
    assert all(a["taxonomy_term_id"] in term_ids for s in document["services"]
               for a in s["attributes"])  # fmt: skip
    profile = document["speelveld"]
    assert profile["players"] and profile["collaborations"] and profile["handovers"]
    assert {r["key"] for r in profile["roles"]} == {p["role"] for p in profile["players"]}


def test_export_is_stable(demo_municipality: Area, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    hsds_export(municipality=demo_municipality, out=first)
    hsds_export(municipality=demo_municipality, out=second)
    assert first.read_bytes() == second.read_bytes()


def _field_counts() -> tuple[int, ...]:
    return tuple(
        m.objects.count() for m in (Organisation, Player, Activity, Collaboration, Handover)
    )


EXAMPLES = sorted(p.name for p in (HSDS / "examples").glob("*.json")) if HSDS.exists() else []


@needs_shared
@pytest.mark.parametrize("name", EXAMPLES)
def test_official_examples_import(name: str, demo_municipality: Area) -> None:
    path = HSDS / "examples" / name
    before = _field_counts()
    dry = hsds_import(path=path, commit=False, actor=None, municipality=demo_municipality)
    assert dry.ok, [p.to_dict() for p in dry.errors]
    assert not dry.committed and _field_counts() == before
    done = hsds_import(path=path, commit=True, actor=None, municipality=demo_municipality)
    assert done.ok and done.counts == dry.counts
    data = path.read_text()
    if '"Community Counselling"' in data:
        activity = Activity.objects.get(external_id="hsds:ac148810-d857-441c-9679-408f346de14b")
        assert activity.title == "Community Counselling"
        assert activity.lead_organisation.name == "Example Organization Inc."
        assert activity.municipality == demo_municipality
        assert done.warnings  # defaults chosen and fields not kept are reported
    elif '"Example Organization Inc."' in data:
        assert Organisation.objects.filter(name="Example Organization Inc.").exists()
    else:
        assert done.changes == 0
    again = hsds_import(path=path, commit=True, actor=None, municipality=demo_municipality)
    assert again.ok and again.changes == 0


def _clear_field(municipality: Area, document: dict[str, Any]) -> None:
    Handover.objects.filter(activity__municipality=municipality).delete()
    Activity.objects.filter(municipality=municipality).delete()
    Collaboration.objects.filter(municipality=municipality).delete()
    Player.objects.filter(municipality=municipality).delete()
    Organisation.objects.filter(municipalities=municipality).delete()
    Organisation.objects.filter(name__in=[o["name"] for o in document["organizations"]]).delete()


def test_round_trip_is_exact(demo_municipality: Area, tmp_path: Path) -> None:
    exported = tmp_path / "speelveld.json"
    hsds_export(municipality=demo_municipality, out=exported)
    text = exported.read_text()
    unchanged = hsds_import(path=exported, commit=True, actor=None)  # the file names its gemeente
    assert unchanged.ok and unchanged.changes == 0, unchanged.counts

    _clear_field(demo_municipality, json.loads(text))
    assert not Activity.objects.filter(municipality=demo_municipality).exists()
    dry = hsds_import(path=exported, commit=False, actor=None)
    assert dry.ok, [p.to_dict() for p in dry.errors[:5]]
    assert not Activity.objects.filter(municipality=demo_municipality).exists()
    report = hsds_import(path=exported, commit=True, actor=None)
    assert report.ok and report.committed and report.counts == dry.counts
    assert report.warnings == []
    again = tmp_path / "again.json"
    hsds_export(municipality=demo_municipality, out=again)
    assert dumps(json.loads(again.read_text())) == dumps(json.loads(text))
    assert again.read_text() == text


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "input.json"
    path.write_text(json.dumps(data))
    return path


def test_bad_input_is_refused_with_the_schema_path(
    document: dict[str, Any], demo_municipality: Area, tmp_path: Path
) -> None:
    bad = copy.deepcopy(document)
    new_org = {"id": "7f0c9a52-8d0e-4a57-9c4a-1d1f0b6a9f01", "name": "Nieuw", "description": ""}
    bad["organizations"].append(new_org)
    del bad["organizations"][0]["name"]
    bad["services"][1]["status"] = "open"
    bad["services"][2]["id"] = "not-a-uuid"
    bad["speelveld"]["players"][0]["role"] = 7
    before = _field_counts()
    report = hsds_import(path=_write(tmp_path, bad), commit=True, actor=None)
    assert not report.ok and not report.committed
    found = {p.column: p.message_en for p in report.errors}
    assert found["organizations[0].name"].endswith(": 'name' is a required property")
    paths = {p.column for p in report.errors}
    assert {"services[1].status", "services[2].id", "speelveld.players[0].role"} <= paths
    nl = {p.column: p.message_nl for p in report.errors}
    assert nl["organizations[0].name"].startswith("Voldoet niet aan HSDS 3.1:")
    assert _field_counts() == before
    assert not Organisation.objects.filter(name="Nieuw").exists()


def test_a_data_error_writes_nothing(
    document: dict[str, Any], demo_municipality: Area, tmp_path: Path
) -> None:
    changed = copy.deepcopy(document)
    changed["services"][0]["name"] = "Een nieuwe naam die niet mag landen"
    changed["services"][3]["service_areas"][0]["speelveld"]["code"] = "BU99999999"
    changed["speelveld"]["players"][1]["themes"] = ["bestaat-niet"]
    report = hsds_import(path=_write(tmp_path, changed), commit=True, actor=None)
    assert not report.committed
    paths = {p.column for p in report.errors}
    assert "services[3].service_areas[0].speelveld.code" in paths
    assert "speelveld.players[1].themes[0]" in paths
    assert not Activity.objects.filter(title="Een nieuwe naam die niet mag landen").exists()


def test_not_json_and_no_municipality(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert not hsds_import(path=broken, commit=False, actor=None).ok
    loose = _write(tmp_path, {"id": "7f0c9a52-8d0e-4a57-9c4a-1d1f0b6a9f01", "name": "X",
                              "description": ""})  # fmt: skip
    report = hsds_import(path=loose, commit=False, actor=None)
    assert not report.ok and "gemeente" in report.errors[0].message_nl


def test_an_editor_cannot_change_another_organisations_activity(
    document: dict[str, Any], demo_municipality: Area, make_user: Any, tmp_path: Path
) -> None:
    activity = Activity.objects.filter(municipality=demo_municipality).order_by("pk").first()
    assert activity is not None
    other = (
        Organisation.objects.filter(municipalities=demo_municipality)
        .exclude(pk=activity.lead_organisation_id)
        .first()
    )
    editor = make_user("redacteur", demo_municipality, other)
    changed = copy.deepcopy(document)
    for service in changed["services"]:
        service["name"] = service["name"] + " (gewijzigd)"
    report = hsds_import(path=_write(tmp_path, changed), commit=True, actor=editor)
    assert not report.committed
    assert any("rechten" in p.message_nl for p in report.errors)
    activity.refresh_from_db()
    assert not activity.title.endswith("(gewijzigd)")


def test_the_profile_documents_every_field() -> None:
    text = DOCS.read_text()
    extensions = [p["properties"]["speelveld"] for p in PATCHES.values()]
    for schema in [*NEW_SCHEMAS.values(), *extensions]:
        for name in schema["properties"]:
            assert f"`{name}`" in text, name
