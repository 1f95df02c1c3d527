"""HSDS 3.1 out: one municipality's field as an HSDS document with the Speelveld profile.

Organisations become ``organization``, activities ``service`` (with their areas as
``service_area`` and the vocabularies as ``attribute``), and what HSDS has no place for —
players, roles, collaborations, hand-overs, exact status and period — goes into the profile's
``speelveld`` objects (``docs/hsds-profile.md``). Output is deterministic: stable ids, lists
sorted by id, keys sorted, so exporting unchanged data twice gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from speelveld.activities.models import Activity, ActivityStatus, Handover
from speelveld.interop.hsds.ids import derived, record_id
from speelveld.interop.hsds.vocab import BY_KIND, TAXONOMIES, TermData, attribute, vocabulary
from speelveld.places.models import Area
from speelveld.players.models import Collaboration, Organisation, Player

HSDS_VERSION = "3.1"
PROFILE_URI = "urn:speelveld:hsds-profile:1.0"

# Speelveld status → HSDS service status (the exact status travels in the profile).
STATUS_TO_HSDS = {
    ActivityStatus.PLANNED: "inactive",
    ActivityStatus.RUNNING: "active",
    ActivityStatus.PAUSED: "temporarily closed",
    ActivityStatus.COMPLETED: "inactive",
    ActivityStatus.STOPPED: "defunct",
}


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _moment(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def _number(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def _by_id(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda item: str(item["id"]))


class _Ids:
    """HSDS ids of the records the document refers to."""

    def __init__(self) -> None:
        self.organisations: dict[int, str] = {}
        self.players: dict[int, str] = {}
        self.activities: dict[int, str] = {}

    def org(self, pk: int | None) -> str | None:
        return self.organisations.get(pk) if pk is not None else None

    def player(self, pk: int | None) -> str | None:
        return self.players.get(pk) if pk is not None else None


def _area_entry(service_id: str, area: Area, extents: dict[int, str]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": derived("service_area", service_id, area.code, area.year),
        "service_id": service_id,
        "name": area.name,
        "description": f"{area.level} {area.code}, CBS-indeling {area.year}",
        "speelveld": {"code": area.code, "year": area.year, "level": area.level},
    }
    if area.geometry:
        # many activities share an area: serialise each polygon once
        if area.pk not in extents:
            extents[area.pk] = json.dumps(area.geometry, sort_keys=True, separators=(",", ":"))
        entry["extent"] = extents[area.pk]
        entry["extent_type"] = "geojson"
    return entry


class _Builder:
    def __init__(self, municipality: Area) -> None:
        self.municipality = municipality
        self.ids = _Ids()
        self.vocab = {t.kind: vocabulary(t.kind) for t in TAXONOMIES}
        self.used: dict[tuple[str, str], TermData] = {}
        self.extents: dict[int, str] = {}

    def term(self, kind: str, key: str) -> TermData:
        data = self.vocab[kind][key]
        self.used[(kind, key)] = data
        if data.parent:  # a parent must be in the document for parent_id to resolve
            self.term(kind, data.parent)
        return data

    def build(self) -> dict[str, Any]:
        m = self.municipality
        activities = list(
            Activity.objects.filter(municipality=m)
            .select_related(
                "phase", "activity_type", "method", "owner__role", "owner__organisation"
            )
            .prefetch_related("areas", "themes", "target_groups", "partners")
        )
        players = list(
            Player.objects.filter(municipality=m)
            .select_related("role")
            .prefetch_related("areas", "themes", "target_groups", "languages")
        )
        collaborations = list(Collaboration.objects.filter(municipality=m).select_related("theme"))
        handovers = list(Handover.objects.filter(activity__municipality=m))
        org_ids = set(Organisation.objects.filter(municipalities=m).values_list("pk", flat=True))
        for a in activities:
            org_ids.add(a.lead_organisation_id)
            org_ids.update(p.pk for p in a.partners.all())
        org_ids.update(p.organisation_id for p in players if p.organisation_id)
        for c in collaborations:
            org_ids.update(x for x in (c.a_organisation_id, c.b_organisation_id) if x)
        for h in handovers:
            org_ids.update(x for x in (h.from_organisation_id, h.to_organisation_id) if x)
        organisations = list(Organisation.objects.filter(pk__in=org_ids))
        self.ids.organisations = {
            o.pk: record_id("organisation", o.external_id, o.pk) for o in organisations
        }
        self.ids.players = {p.pk: record_id("player", p.external_id, p.pk) for p in players}
        self.ids.activities = {a.pk: record_id("activity", a.external_id, a.pk) for a in activities}
        document = {
            "version": HSDS_VERSION,
            "profile": PROFILE_URI,
            "organizations": _by_id(self.organisation(o) for o in organisations),
            "services": _by_id(self.service(a) for a in activities),
            "speelveld": {
                "municipality": {"code": m.code, "year": m.year, "name": m.name},
                "players": _by_id(self.player(p) for p in players),
                "collaborations": _by_id(self.collaboration(c) for c in collaborations),
                "handovers": _by_id(self.handover(h) for h in handovers),
                "roles": sorted(
                    ({"key": r.key, "name": r.name, "name_en": r.name_en}
                     for r in {p.role for p in players}),
                    key=lambda r: r["key"],
                ),
            },
        }  # fmt: skip
        document["taxonomies"] = _by_id(
            BY_KIND[kind].as_hsds() for kind in sorted({kind for kind, _key in self.used})
        )
        document["taxonomy_terms"] = _by_id(t.as_hsds(full=True) for t in self.used.values())
        return document

    def organisation(self, o: Organisation) -> dict[str, Any]:
        oid = self.ids.organisations[o.pk]
        data: dict[str, Any] = {
            "id": oid,
            "name": o.name,
            "description": o.description,
            "attributes": [attribute(oid, self.term("organization_type", o.type))],
        }
        if o.website:
            data["website"] = o.website
        return data

    def service(self, a: Activity) -> dict[str, Any]:
        sid = self.ids.activities[a.pk]
        terms = [self.term("phase", a.phase.key)]
        terms += [self.term("theme", t.key) for t in a.themes.all()]
        terms += [self.term("target_group", t.key) for t in a.target_groups.all()]
        if a.activity_type:
            terms.append(self.term("activity_type", a.activity_type.key))
        if a.method:
            terms.append(self.term("method", a.method.key))
        data: dict[str, Any] = {
            "id": sid,
            "organization_id": self.ids.organisations[a.lead_organisation_id],
            "name": a.title,
            "status": STATUS_TO_HSDS[ActivityStatus(a.status)],
            "service_areas": sorted(
                (_area_entry(sid, area, self.extents) for area in a.areas.all()),
                key=lambda e: (e["speelveld"]["code"], e["id"]),
            ),
            "attributes": sorted(
                (attribute(sid, t) for t in terms), key=lambda x: (x["link_type"], x["id"])
            ),
            "speelveld": {
                "status": a.status,
                "start": _day(a.start),
                "end": _day(a.end),
                "owner_id": self.ids.player(a.owner_id),
                "partner_organization_ids": sorted(
                    self.ids.organisations[p.pk] for p in a.partners.all()
                ),
                "reach": a.reach,
                "resident_led": a.resident_led,
                "rtc_stage": a.rtc_stage,
            },
        }
        if a.description:
            data["description"] = a.description
        if a.owner is not None:
            # HSDS readers learn whom to ask (a role at an organisation), not a person's name.
            contact: dict[str, Any] = {
                "id": derived("contact", sid),
                "service_id": sid,
                "title": a.owner.role.name,
            }
            if a.owner.organisation is not None:
                contact["department"] = a.owner.organisation.name
            data["contacts"] = [contact]
        return data

    def player(self, p: Player) -> dict[str, Any]:
        return {
            "id": self.ids.players[p.pk],
            "name": p.name,
            "is_group": p.is_group,
            "role": p.role.key,
            "organization_id": self.ids.org(p.organisation_id),
            "email": p.email,
            "phone": p.phone,
            "hours_per_week": _number(p.hours_per_week),
            "active_from": _day(p.active_from),
            "active_until": _day(p.active_until),
            "areas": sorted(a.code for a in p.areas.all()),
            "themes": sorted(self.term("theme", t.key).key for t in p.themes.all()),
            "target_groups": sorted(
                self.term("target_group", t.key).key for t in p.target_groups.all()
            ),
            "languages": sorted(lang.code for lang in p.languages.all()),
        }

    def collaboration(self, c: Collaboration) -> dict[str, Any]:
        return {
            "id": record_id("collaboration", c.external_id, c.pk),
            "a_player_id": self.ids.player(c.a_player_id),
            "a_organization_id": self.ids.org(c.a_organisation_id),
            "b_player_id": self.ids.player(c.b_player_id),
            "b_organization_id": self.ids.org(c.b_organisation_id),
            "intensity": c.intensity,
            "sign": c.sign,
            "context": c.context,
            "since": _day(c.since),
            "theme": self.term("theme", c.theme.key).key if c.theme else None,
            "trust": _number(c.trust),
            "value": _number(c.value),
        }

    def handover(self, h: Handover) -> dict[str, Any]:
        return {
            "id": record_id("handover", h.external_id, h.pk),
            "service_id": self.ids.activities[h.activity_id],
            "from_player_id": self.ids.player(h.from_player_id),
            "from_organization_id": self.ids.org(h.from_organisation_id),
            "to_player_id": self.ids.player(h.to_player_id),
            "to_organization_id": self.ids.org(h.to_organisation_id),
            "to_residents": h.to_residents,
            "reason": h.reason,
            "due": _day(h.due),
            "state": h.state,
            "note": h.note,
            "proposed_at": _moment(h.proposed_at),
            "decided_at": _moment(h.decided_at),
            "completed_at": _moment(h.completed_at),
        }


def hsds_document(municipality: Area) -> dict[str, Any]:
    """The municipality's field as an HSDS document (plain JSON values)."""
    return _Builder(municipality).build()


def dumps(document: dict[str, Any]) -> str:
    """The canonical text of a document: sorted keys, two-space indent, UTF-8."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def hsds_export(*, municipality: Area, out: Path) -> None:
    """Write the municipality's field to ``out`` as HSDS 3.1 JSON with the Speelveld profile."""
    out.write_text(dumps(hsds_document(municipality)), encoding="utf-8")
