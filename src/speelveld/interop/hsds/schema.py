"""Checking HSDS input before anything is read from it.

The official HSDS schema files are reference data that Speelveld does not ship (the tests
validate the export against them). At run time the import checks its input against the HSDS
3.1 rules for the objects it reads — required fields, types, enumerations, UUID ids — written
out here, with the Speelveld profile merged in. Other HSDS objects (locations, schedules, …)
are only checked to be objects: Speelveld does not keep them and says so in the report.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError as SchemaError  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from speelveld.interop.hsds.profile import profiled

_S: dict[str, Any] = {"type": "string"}
_N: dict[str, Any] = {"type": "number"}
_ID: dict[str, Any] = {"type": "string", "format": "uuid"}
_OBJECTS: dict[str, Any] = {"type": "array", "items": {"type": "object"}}


def _many(ref: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": ref}}


def _obj(required: list[str], **properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


# The HSDS 3.1 rules for what Speelveld reads (schema/<name>.json upstream).
CORE: dict[str, dict[str, Any]] = {
    "organization.json": _obj(
        ["id", "name", "description"],
        id=_ID, name=_S, alternate_name=_S, description=_S,
        email={"type": "string", "format": "email"}, website={"type": "string", "format": "uri"},
        parent_organization_id=_ID, year_incorporated=_N, legal_status=_S, uri=_S, logo=_S,
        attributes=_many("attribute.json"), services=_many("service.json"),
        locations=_OBJECTS, contacts=_OBJECTS, phones=_OBJECTS, programs=_OBJECTS,
        funding=_OBJECTS, organization_identifiers=_OBJECTS, additional_websites=_OBJECTS,
        metadata=_OBJECTS,
    ),
    "service.json": _obj(
        ["id", "name", "status"],
        id=_ID, organization_id=_ID, program_id=_ID, name=_S, alternate_name=_S,
        description=_S, url={"type": "string", "format": "uri"},
        email={"type": "string", "format": "email"},
        status={"type": "string",
                "enum": ["active", "inactive", "defunct", "temporarily closed"]},
        minimum_age=_N, maximum_age=_N, last_modified=_S, assured_date=_S,
        service_areas=_many("service_area.json"),
        service_at_locations=_many("service_at_location.json"),
        attributes=_many("attribute.json"), organization={"$ref": "organization.json"},
        contacts=_OBJECTS, schedules=_many("schedule.json"), phones=_OBJECTS,
        languages=_OBJECTS, funding=_OBJECTS, cost_options=_OBJECTS, program={"type": "object"},
        required_documents=_OBJECTS, capacities=_OBJECTS, additional_urls=_OBJECTS,
        metadata=_OBJECTS,
    ),
    "service_area.json": _obj(
        ["id"], id=_ID, service_id=_ID, service_at_location_id=_ID, name=_S, description=_S,
        extent=_S, extent_type=_S, uri=_S, attributes=_many("attribute.json"),
    ),
    "service_at_location.json": _obj(
        ["id"], id=_ID, service_id=_ID, location_id=_ID, description=_S,
        service_areas=_many("service_area.json"), location={"$ref": "location.json"},
        service={"$ref": "service.json"}, schedules=_many("schedule.json"),
        attributes=_many("attribute.json"),
    ),
    "location.json": _obj(
        ["id", "location_type"], id=_ID,
        location_type={"type": "string", "enum": ["physical", "postal", "virtual"]},
        organization_id=_ID, name=_S, latitude=_N, longitude=_N,
        attributes=_many("attribute.json"),
    ),
    "schedule.json": _obj(["id"], id=_ID, service_id=_ID, dtstart=_S, valid_from=_S),
    "attribute.json": _obj(
        ["id"], id=_ID, link_id=_ID, taxonomy_term_id=_ID, link_type=_S, link_entity=_S,
        value=_S, label=_S, taxonomy_term={"$ref": "taxonomy_term.json"},
    ),
    "taxonomy_term.json": _obj(
        ["id", "name", "description"], id=_ID, code=_S, name=_S, description=_S,
        parent_id=_ID, taxonomy=_S, taxonomy_detail={"$ref": "taxonomy.json"}, language=_S,
        taxonomy_id=_ID, term_uri=_S,
    ),
    "taxonomy.json": _obj(
        ["id", "name", "description"], id=_ID, name=_S, description=_S, uri=_S, version=_S,
    ),
}  # fmt: skip

# How a file's objects are recognised: the schema each kind is checked against.
SCHEMA_OF = {
    "document": "speelveld_document.json",
    "organization": "organization.json",
    "service": "service.json",
    "service_at_location": "service_at_location.json",
    "location": "location.json",
    "taxonomy": "taxonomy.json",
    "taxonomy_term": "taxonomy_term.json",
    "attribute": "attribute.json",
    "service_area": "service_area.json",
    "schedule": "schedule.json",
}


def registry_for(schemas: dict[str, dict[str, Any]]) -> Registry[Any]:
    """A registry that resolves the bare file names the HSDS files refer to each other by."""
    return Registry().with_resources(
        (name, Resource.from_contents(schema, default_specification=DRAFT202012))
        for name, schema in schemas.items()
    )


@cache
def _validators() -> dict[str, Draft202012Validator]:
    registry = registry_for(profiled(CORE))
    checker = FormatChecker()
    return {
        name: Draft202012Validator({"$ref": name}, registry=registry, format_checker=checker)
        for name in set(SCHEMA_OF.values())
    }


def json_path(prefix: str, parts: Sequence[Any]) -> str:
    """``organizations[0].name`` from a prefix and the parts of a path inside it."""
    path = prefix
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path = f"{path}.{part}" if path else str(part)
    return path


@dataclass(frozen=True)
class SchemaProblem:
    path: str  # JSON path, e.g. organizations[0].name
    message: str  # jsonschema's own (English) message
    value: str


def _value(instance: Any) -> str:
    text = instance if isinstance(instance, str) else repr(instance)
    return text if len(text) <= 80 else text[:77] + "..."


def _problems(prefix: str, error: SchemaError) -> Iterator[SchemaProblem]:
    parts = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        # name the missing field itself: organizations[0].name, not organizations[0]
        for name in error.validator_value:
            if name not in error.instance and error.message == f"{name!r} is a required property":
                parts.append(name)
        yield SchemaProblem(json_path(prefix, parts), error.message, "")
        return
    yield SchemaProblem(json_path(prefix, parts), error.message, _value(error.instance))


def _order(error: SchemaError) -> list[tuple[int, int, str]]:
    return [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in error.absolute_path]


def check(kind: str, instance: Any, prefix: str = "") -> list[SchemaProblem]:
    """Every way ``instance`` (an HSDS object of ``kind``) breaks the schema, in file order."""
    validator = _validators()[SCHEMA_OF[kind]]
    errors = sorted(validator.iter_errors(instance), key=_order)
    found: list[SchemaProblem] = []
    for error in errors:
        found.extend(_problems(prefix, error))
    return found
