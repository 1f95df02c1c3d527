"""The Speelveld profile of HSDS 3.1, as JSON Schema.

A profile (HSDS ``docs/hsds/profiles.md``) is a set of JSON Merge Patches (RFC 7386) named like
the HSDS schema files, plus new schema files for objects HSDS lacks. Speelveld adds one
property, ``speelveld``, to ``service``, ``service_area`` and ``taxonomy_term``, and new
objects for players, collaborations, hand-overs, roles and the document that carries them.
``docs/hsds-profile.md`` explains every field; :func:`profile_files` writes the files out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from speelveld.activities.models import ActivityStatus, HandoverState, RtcStage
from speelveld.places.models import AreaLevel

UUID: dict[str, Any] = {"type": "string", "format": "uuid"}
UUID_OR_NULL: dict[str, Any] = {"type": ["string", "null"], "format": "uuid"}
DATE: dict[str, Any] = {"type": "string", "format": "date"}
DATE_OR_NULL: dict[str, Any] = {"type": ["string", "null"], "format": "date"}
MOMENT_OR_NULL: dict[str, Any] = {"type": ["string", "null"], "format": "date-time"}
TEXT: dict[str, Any] = {"type": "string"}
KEY: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": 60}
KEYS: dict[str, Any] = {"type": "array", "items": KEY}


def _obj(required: list[str], description: str, **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "required": required,
        "properties": properties,
    }


SERVICE_EXTENSION = _obj(
    ["status", "start"],
    "Speelveld: what HSDS has no field for on an activity.",
    status={"type": "string", "enum": [s.value for s in ActivityStatus]},
    start=DATE,
    end=DATE_OR_NULL,
    owner_id=UUID_OR_NULL,
    partner_organization_ids={"type": "array", "items": UUID},
    reach={"type": ["integer", "null"], "minimum": 0, "maximum": 2147483647},
    resident_led={"type": "boolean"},
    rtc_stage={"type": "string", "enum": [s.value for s in RtcStage]},
)

SERVICE_AREA_EXTENSION = _obj(
    ["code", "year"],
    "Speelveld: the CBS area (code and year of the indeling) this service area is.",
    code={"type": "string", "minLength": 4, "maxLength": 12},
    year={"type": "integer", "minimum": 1900, "maximum": 2999},
    level={"type": "string", "enum": [level.value for level in AreaLevel]},
)

TAXONOMY_TERM_EXTENSION = _obj(
    [],
    "Speelveld: the English name and description and the order of a vocabulary entry.",
    name_en=TEXT,
    description_en=TEXT,
    order={"type": "integer", "minimum": 0},
)

PLAYER = _obj(
    ["id", "name", "role"],
    "Speelveld: a professional or resident group in the municipality's field.",
    id=UUID,
    name={"type": "string", "minLength": 1, "maxLength": 200},
    is_group={"type": "boolean"},
    role=KEY,
    organization_id=UUID_OR_NULL,
    email=TEXT,
    phone={"type": "string", "maxLength": 30},
    hours_per_week={"type": ["number", "null"], "minimum": 0, "maximum": 999.9},
    active_from=DATE_OR_NULL,
    active_until=DATE_OR_NULL,
    areas=KEYS,
    themes=KEYS,
    target_groups=KEYS,
    languages=KEYS,
)

COLLABORATION = _obj(
    ["id", "intensity", "sign"],
    "Speelveld: a tie between two players and/or organisations (one of each pair of ids).",
    id=UUID,
    a_player_id=UUID_OR_NULL,
    a_organization_id=UUID_OR_NULL,
    b_player_id=UUID_OR_NULL,
    b_organization_id=UUID_OR_NULL,
    intensity={"type": "integer", "minimum": 1, "maximum": 4},
    sign={"type": "integer", "enum": [-1, 1]},
    context=TEXT,
    since=DATE_OR_NULL,
    theme={"type": ["string", "null"]},
    trust={"type": ["number", "null"], "minimum": 1, "maximum": 4},
    value={"type": ["number", "null"], "minimum": 1, "maximum": 4},
)

HANDOVER = _obj(
    ["id", "service_id", "reason", "due", "state"],
    "Speelveld: passing the baton of an activity to a player, an organisation or the residents.",
    id=UUID,
    service_id=UUID,
    from_player_id=UUID_OR_NULL,
    from_organization_id=UUID_OR_NULL,
    to_player_id=UUID_OR_NULL,
    to_organization_id=UUID_OR_NULL,
    to_residents={"type": "boolean"},
    reason={"type": "string", "minLength": 1},
    due=DATE,
    state={"type": "string", "enum": [s.value for s in HandoverState]},
    note=TEXT,
    proposed_at=MOMENT_OR_NULL,
    decided_at=MOMENT_OR_NULL,
    completed_at=MOMENT_OR_NULL,
)

ROLE = _obj(
    ["key", "name"],
    "Speelveld: a role from the role catalogue that players have.",
    key=KEY,
    name=TEXT,
    name_en=TEXT,
)


def _array(ref: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": ref}}


DOCUMENT = _obj(
    [],
    "A Speelveld HSDS document: the HSDS objects of one municipality's field, and the "
    "Speelveld profile's objects under `speelveld`.",
    version=TEXT,
    profile=TEXT,
    organizations=_array("organization.json"),
    services=_array("service.json"),
    taxonomies=_array("taxonomy.json"),
    taxonomy_terms=_array("taxonomy_term.json"),
    speelveld=_obj(
        [],
        "Speelveld: the municipality and what HSDS lacks.",
        municipality=_obj(
            ["code"],
            "The gemeente (CBS code, year of the indeling) this document describes.",
            code={"type": "string", "minLength": 6, "maxLength": 6},
            year={"type": "integer"},
            name=TEXT,
        ),
        players=_array("speelveld_player.json"),
        collaborations=_array("speelveld_collaboration.json"),
        handovers=_array("speelveld_handover.json"),
        roles=_array("speelveld_role.json"),
    ),
)

# Merge patches on the HSDS schema files, by file name.
PATCHES: dict[str, dict[str, Any]] = {
    "service.json": {"properties": {"speelveld": SERVICE_EXTENSION}},
    "service_area.json": {"properties": {"speelveld": SERVICE_AREA_EXTENSION}},
    "taxonomy_term.json": {"properties": {"speelveld": TAXONOMY_TERM_EXTENSION}},
}

# Objects the profile adds, by file name.
NEW_SCHEMAS: dict[str, dict[str, Any]] = {
    "speelveld_document.json": DOCUMENT,
    "speelveld_player.json": PLAYER,
    "speelveld_collaboration.json": COLLABORATION,
    "speelveld_handover.json": HANDOVER,
    "speelveld_role.json": ROLE,
}


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON Merge Patch: ``patch`` applied to ``target`` (neither is changed)."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def profiled(schemas: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """HSDS schema files (by file name) with the profile's patches applied and its new files
    added."""
    merged = {name: merge_patch(schema, PATCHES.get(name, {})) for name, schema in schemas.items()}
    merged.update(NEW_SCHEMAS)
    return merged


def profile_files(folder: Path) -> list[Path]:
    """Write the profile (patches and new schema files) to ``folder``, for publishing."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in {**PATCHES, **NEW_SCHEMAS}.items():
        path = folder / name
        path.write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        written.append(path)
    return written
