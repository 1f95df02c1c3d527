"""Reading an HSDS file: recognise its form, check it against the schema, collect its objects.

Accepted forms: a Speelveld HSDS document (``organizations``, ``services``, …, ``speelveld``),
one HSDS object (an organisation with its services, a service with its organisation, a
service-at-location, a location, a taxonomy or term), an API page (``contents``), a plain list
of objects, and the tabular form keyed by CSV file name (``organizations.csv``, …). Every form
becomes one :class:`Dataset`; every object keeps its JSON path for the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from speelveld.interop.hsds.schema import SchemaProblem, check

DOCUMENT_KEYS = {"organizations", "services", "taxonomies", "taxonomy_terms", "speelveld"}
ENVELOPE_KEYS = {"version", "profile", "openapi_url"}
PAGE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page",
             "empty", "contents"}  # fmt: skip
# Tabular tables Speelveld reads, and the kind of object each row is.
TABLES = {
    "organizations.csv": "organization",
    "services.csv": "service",
    "service_areas.csv": "service_area",
    "attributes.csv": "attribute",
    "taxonomy_terms.csv": "taxonomy_term",
    "taxonomies.csv": "taxonomy",
    "schedules.csv": "schedule",  # for a service's start date
}
# What Speelveld reads from each object; anything else present is reported as not kept.
KEPT = {
    "organization": {"id", "name", "description", "website", "attributes", "services"},
    "service": {"id", "organization_id", "name", "description", "status", "service_areas",
                "attributes", "organization", "schedules", "speelveld"},
    "service_area": {"id", "service_id", "name", "description", "extent", "extent_type", "uri",
                     "speelveld"},
}  # fmt: skip
# Derived from the profile's objects, so not lost when the profile is there.
DERIVED_WITH_PROFILE = {"service": {"contacts"}}


@dataclass
class Item:
    path: str
    data: dict[str, Any]


@dataclass
class Dataset:
    organizations: dict[str, Item] = field(default_factory=dict)
    services: dict[str, Item] = field(default_factory=dict)
    service_org: dict[str, str] = field(default_factory=dict)  # from the enclosing object
    terms: dict[str, dict[str, Any]] = field(default_factory=dict)
    taxonomies: dict[str, dict[str, Any]] = field(default_factory=dict)
    profile: dict[str, Any] = field(default_factory=dict)  # the document's `speelveld`
    not_kept: list[tuple[str, str]] = field(default_factory=list)  # (path, fields or object)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, id)

    @property
    def empty(self) -> bool:
        return not (self.organizations or self.services or self.profile)

    def add_organization(self, path: str, data: dict[str, Any]) -> None:
        if not self._register(self.organizations, path, data):
            return
        self._not_kept("organization", path, data)
        self._attributes(data)
        for i, service in enumerate(data.get("services", [])):
            self.add_service(_join(path, f"services[{i}]"), service, organization=data["id"])

    def add_service(self, path: str, data: dict[str, Any], organization: str = "") -> None:
        nested = data.get("organization")
        if isinstance(nested, dict):
            self.add_organization(_join(path, "organization"), nested)
            organization = nested["id"]
        if not self._register(self.services, path, data):
            return
        if organization:
            self.service_org[data["id"]] = organization
        self._not_kept("service", path, data)
        self._attributes(data)
        for i, area in enumerate(data.get("service_areas", [])):
            self._not_kept("service_area", _join(path, f"service_areas[{i}]"), area)

    def add_service_at_location(self, path: str, data: dict[str, Any]) -> None:
        if isinstance(data.get("service"), dict):
            self.add_service(_join(path, "service"), data["service"])
        self.not_kept.append((path, "service_at_location"))

    def add_term(self, data: dict[str, Any]) -> None:
        self.terms.setdefault(data["id"], data)
        detail = data.get("taxonomy_detail")
        if isinstance(detail, dict):
            self.taxonomies.setdefault(detail["id"], detail)

    def add(self, kind: str, path: str, data: dict[str, Any]) -> None:
        if kind == "organization":
            self.add_organization(path, data)
        elif kind == "service":
            self.add_service(path, data)
        elif kind == "service_at_location":
            self.add_service_at_location(path, data)
        elif kind == "taxonomy_term":
            self.add_term(data)
        elif kind == "taxonomy":
            self.taxonomies.setdefault(data["id"], data)
        else:
            self.not_kept.append((path, kind))

    def _register(self, table: dict[str, Item], path: str, data: dict[str, Any]) -> bool:
        known = table.get(data["id"])
        if known is None:
            table[data["id"]] = Item(path, data)
            return True
        if _comparable(known.data) != _comparable(data):
            self.duplicates.append((path, data["id"]))
        return False

    def _attributes(self, data: dict[str, Any]) -> None:
        for attribute in data.get("attributes", []):
            term = attribute.get("taxonomy_term")
            if isinstance(term, dict):
                self.add_term(term)

    def _not_kept(self, kind: str, path: str, data: dict[str, Any]) -> None:
        kept = KEPT[kind]
        if "speelveld" in data:
            kept = kept | DERIVED_WITH_PROFILE.get(kind, set())
        extra = sorted(k for k, v in data.items() if k not in kept and v not in (None, "", []))
        if extra:
            self.not_kept.append((path, ", ".join(extra)))


def _join(base: str, key: str) -> str:
    return f"{base}.{key}" if base else key


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    """An object without its nested lists: the same organisation nested under two services
    may carry different children."""
    return {k: v for k, v in data.items() if not isinstance(v, list | dict)}


def kind_of(data: dict[str, Any], hint: str = "") -> str:
    """The HSDS object kind of a lone object, from the file name or else its fields."""
    for kind in ("service_at_location", "taxonomy_term", "taxonomy", "organization",
                 "service", "location"):  # fmt: skip
        if hint.startswith(kind):
            return kind
    keys = set(data)
    if "location_type" in keys:
        return "location"
    if keys & {"status", "service_areas", "service_at_locations"}:
        return "service"
    if keys & {"service", "location"} or {"service_id", "location_id"} <= keys:
        return "service_at_location"
    if keys & {"taxonomy_detail", "taxonomy_id", "code", "parent_id", "term_uri"}:
        return "taxonomy_term"
    if keys & {"link_entity", "link_id", "taxonomy_term"}:
        return "attribute"
    if "version" in keys:
        return "taxonomy"
    return "organization"


@dataclass
class Reading:
    dataset: Dataset
    problems: list[SchemaProblem]
    form: str


def _objects(items: list[Any], prefix: str, hint: str, reading: Reading) -> None:
    for i, item in enumerate(items):
        path = f"{prefix}[{i}]"
        if not isinstance(item, dict):
            reading.problems.append(SchemaProblem(path, f"{item!r} is not of type 'object'", ""))
            continue
        kind = kind_of(item, hint)
        found = check(kind, item, path)
        reading.problems.extend(found)
        if not found:
            reading.dataset.add(kind, path, item)


def _tabular(data: dict[str, Any], reading: Reading) -> None:
    rows: dict[str, list[dict[str, Any]]] = {}
    for table, items in data.items():
        kind = TABLES.get(table)
        if kind is None:
            if items:
                reading.dataset.not_kept.append((table, table.removesuffix(".csv")))
            continue
        if not isinstance(items, list):
            reading.problems.append(SchemaProblem(table, f"{items!r} is not of type 'array'", ""))
            continue
        for i, row in enumerate(items):
            found = check(kind, row, f"{table}[{i}]")
            reading.problems.extend(found)
            if not found:
                rows.setdefault(kind, []).append(row)
    if reading.problems:
        return
    # flat rows with foreign keys → the nested form
    areas: dict[str, list[dict[str, Any]]] = {}
    for area in rows.get("service_area", []):
        areas.setdefault(area.get("service_id", ""), []).append(area)
    schedules: dict[str, list[dict[str, Any]]] = {}
    for schedule in rows.get("schedule", []):
        schedules.setdefault(schedule.get("service_id", ""), []).append(schedule)
    attributes: dict[str, list[dict[str, Any]]] = {}
    for attribute in rows.get("attribute", []):
        attributes.setdefault(attribute.get("link_id", ""), []).append(attribute)
    dataset = reading.dataset
    for term in rows.get("taxonomy_term", []):
        dataset.add_term(term)
    for taxonomy in rows.get("taxonomy", []):
        dataset.taxonomies.setdefault(taxonomy["id"], taxonomy)
    for i, org in enumerate(rows.get("organization", [])):
        org = {**org, "attributes": attributes.get(org["id"], [])}
        dataset.add_organization(f"organizations.csv[{i}]", org)
    for i, service in enumerate(rows.get("service", [])):
        service = {**service, "service_areas": areas.get(service["id"], []),
                   "attributes": attributes.get(service["id"], []),
                   "schedules": schedules.get(service["id"], [])}  # fmt: skip
        dataset.add_service(f"services.csv[{i}]", service)


def _document(data: dict[str, Any], reading: Reading) -> None:
    reading.problems.extend(check("document", data))
    if reading.problems:
        return
    dataset = reading.dataset
    for term in data.get("taxonomy_terms", []):
        dataset.add_term(term)
    for taxonomy in data.get("taxonomies", []):
        dataset.taxonomies.setdefault(taxonomy["id"], taxonomy)
    for i, org in enumerate(data.get("organizations", [])):
        dataset.add_organization(f"organizations[{i}]", org)
    for i, service in enumerate(data.get("services", [])):
        dataset.add_service(f"services[{i}]", service)
    dataset.profile = data.get("speelveld", {})
    for key, value in data.items():
        if key not in DOCUMENT_KEYS | ENVELOPE_KEYS and value not in (None, "", []):
            dataset.not_kept.append((key, key))


def read(data: Any, *, hint: str = "") -> Reading:
    """Recognise the form of parsed JSON ``data``, check it, and collect its objects."""
    reading = Reading(Dataset(), [], form="object")
    if isinstance(data, list):
        reading.form = "list"
        _objects(data, "", hint, reading)
    elif not isinstance(data, dict):
        reading.problems.append(SchemaProblem("", f"{data!r} is not of type 'object'", ""))
    elif data and all(str(k).endswith(".csv") for k in data):
        reading.form = "tabular"
        _tabular(data, reading)
    elif set(data) & DOCUMENT_KEYS and "id" not in data:  # an organisation has services too
        reading.form = "document"
        _document(data, reading)
    elif "contents" in data and set(data) <= PAGE_KEYS:
        reading.form = "page"
        if isinstance(data["contents"], list):
            _objects(data["contents"], "contents", hint, reading)
        else:
            reading.problems.append(SchemaProblem("contents", "not of type 'array'", ""))
    elif set(data) <= ENVELOPE_KEYS:
        reading.form = "envelope"
    else:
        kind = kind_of(data, hint)
        reading.problems.extend(check(kind, data))
        if not reading.problems:
            reading.dataset.add(kind, "", data)
    return reading
