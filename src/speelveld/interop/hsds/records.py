"""Writing an HSDS dataset's objects: organisations, players, activities, collaborations and
hand-overs, in that order (each refers only to earlier ones).

A service with the Speelveld profile (``service.speelveld``) is a complete activity: its
attributes and profile fields replace what is stored. A plain HSDS service (from another
system) only says what it says: what it leaves out stays as stored, and a new activity gets
documented defaults (phase *ondersteunen*, start from its schedule or today, the whole
municipality as area), each noted as a warning.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_noop

from speelveld.accounts.permissions import can_edit_organisation
from speelveld.activities.models import Activity, ActivityStatus
from speelveld.catalogue.models import OrganisationType
from speelveld.interop.hsds.context import UNKNOWN, Context
from speelveld.interop.hsds.ids import external_id_for
from speelveld.interop.hsds.read import Item
from speelveld.interop.hsds.vocab import BY_KIND, TAXONOMIES
from speelveld.interop.hsds.writing import write
from speelveld.places.models import Area
from speelveld.players.models import Organisation

STATUS_FROM_HSDS = {
    "active": ActivityStatus.RUNNING,
    "temporarily closed": ActivityStatus.PAUSED,
    "inactive": ActivityStatus.COMPLETED,
    "defunct": ActivityStatus.STOPPED,
}
DEFAULT_PHASE = "ondersteunen"  # a service that is being delivered supports residents
OURS = {t.id: t.kind for t in TAXONOMIES}
ONE_ONLY = gettext_noop("Hier past één term, niet meer: %(value)s.")

# model field → the key in the HSDS object it came from (for the report's JSON paths)
ORGANISATION_KEYS = {"type": "attributes"}
ACTIVITY_KEYS = {
    "title": "name", "lead_organisation": "organization_id", "phase": "attributes",
    "activity_type": "attributes", "method": "attributes", "themes": "attributes",
    "target_groups": "attributes", "areas": "service_areas", "status": "speelveld.status",
    "start": "speelveld.start", "end": "speelveld.end", "owner": "speelveld.owner_id",
    "partners": "speelveld.partner_organization_ids", "reach": "speelveld.reach",
    "resident_led": "speelveld.resident_led", "rtc_stage": "speelveld.rtc_stage",
}  # fmt: skip
PLAYER_KEYS = {"organisation": "organization_id"}
SIDE_KEYS = {
    "a_player": "a_player_id", "a_organisation": "a_organization_id",
    "b_player": "b_player_id", "b_organisation": "b_organization_id",
}  # fmt: skip
HANDOVER_KEYS = {
    "activity": "service_id", "from_player": "from_player_id",
    "from_organisation": "from_organization_id", "to_player": "to_player_id",
    "to_organisation": "to_organization_id",
}  # fmt: skip


def _at(base: str, key: str) -> str:
    return f"{base}.{key}" if base else key


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def _assign(instance: models.Model, values: dict[str, Any]) -> bool:
    """Set the values; True when any differs from what the instance holds."""
    changed = False
    for name, value in values.items():
        field = instance._meta.get_field(name)
        if field.is_relation:
            current = getattr(instance, field.attname)  # type: ignore[union-attr]
            new = value.pk if value is not None else None
        else:
            current, new = getattr(instance, name), value
        changed = changed or current != new
        setattr(instance, name, value)
    return changed


def _links_changed(instance: models.Model, links: dict[str, list[Any]], created: bool) -> bool:
    if created:
        return True
    return any(
        {o.pk for o in getattr(instance, name).all()} != {o.pk for o in objs}
        for name, objs in links.items()
    )


def _terms(ctx: Context, item: Item, entity: str) -> dict[str, list[str]] | None:
    """Speelveld vocabulary keys per kind from the object's attributes; None on an error."""
    found: dict[str, list[str]] = {}
    ok = True
    for i, attribute in enumerate(item.data.get("attributes", [])):
        path = _at(item.path, f"attributes[{i}]")
        term = attribute.get("taxonomy_term")
        if not isinstance(term, dict):
            term = ctx.dataset.terms.get(attribute.get("taxonomy_term_id", ""), {})
        resolved = ctx.terms.get(attribute.get("taxonomy_term_id") or term.get("id", ""))
        if resolved is None and term:
            taxonomy = term.get("taxonomy_id") or (term.get("taxonomy_detail") or {}).get("id")
            link_type = attribute.get("link_type", "")
            kind = OURS.get(taxonomy or "")
            if kind is None and link_type in BY_KIND and term.get("code") in ctx.vocab[link_type]:
                kind = link_type  # another system that uses our keys
            if kind is not None:
                code = term.get("code", "")
                if code not in ctx.vocab[kind]:
                    ctx.error(UNKNOWN[kind], f"{path}.taxonomy_term.code", code)
                    ok = False
                    continue
                resolved = (kind, code)
        if resolved is None or BY_KIND[resolved[0]].link_entity != entity:
            label = term.get("name") or attribute.get("value") or attribute.get("link_type", "")
            ctx.warn(
                gettext_noop("Kenmerk %(value)s komt niet uit een Speelveld-lijst en is niet "
                             "overgenomen."), path, label,
            )  # fmt: skip
            continue
        kind, key = resolved
        if key not in found.setdefault(kind, []):
            found[kind].append(key)
    return found if ok else None


def _single(ctx: Context, hsds_id: str, item: Item, terms: dict[str, list[str]], kind: str) -> Any:
    keys = terms.get(kind, [])
    if len(keys) > 1:
        ctx.refuse(hsds_id, ONE_ONLY, _at(item.path, "attributes"), ", ".join(keys))
        raise _Refused
    return ctx.vocab[kind][keys[0]] if keys else None


class _Refused(Exception):
    """The record is refused; its problems are in the report."""


def organisation(ctx: Context, hsds_id: str, item: Item) -> None:
    data, at = item.data, partial(_at, item.path)
    existing = ctx.orgs.get(hsds_id)
    terms = _terms(ctx, item, "organization")
    if terms is None:
        ctx.failed.add(hsds_id)
        return
    try:
        kind = _single(ctx, hsds_id, item, terms, "organization_type")
    except _Refused:
        return
    values: dict[str, Any] = {
        "name": data["name"],
        "description": data["description"],
        "website": data.get("website", ""),
    }
    if kind is not None:
        values["type"] = kind.key
    elif existing is None:
        values["type"] = OrganisationType.OVERIG
        ctx.warn(gettext_noop("Geen organisatietype opgegeven; gekozen is %(value)s."),
                 at("attributes"), OrganisationType.OVERIG.value)  # fmt: skip
    org = existing or Organisation(external_id=external_id_for(hsds_id))
    stored_ok = existing is None or ctx.rights.operator or can_edit_organisation(ctx.actor, org)
    changed = _assign(org, values)
    here = existing is not None and existing.pk in ctx.here
    if existing is None:
        allowed = ctx.rights.admin
    else:
        allowed = (not changed or stored_ok) and (here or ctx.rights.admin or stored_ok)
    if (changed or not here) and not allowed:
        ctx.no_rights(hsds_id, at("id"))
        return
    active = [*(org.municipalities.all() if existing else []), ctx.municipality]
    saved = write(
        ctx, "organisations", hsds_id, item.path, org, created=existing is None,
        changed=changed or not here, names=ORGANISATION_KEYS, links={"municipalities": active},
    )  # fmt: skip
    if saved:
        ctx.orgs[hsds_id] = org


def _start(data: dict[str, Any]) -> date | None:
    """The earliest start a plain HSDS service's schedules give."""
    found = []
    for schedule in data.get("schedules", []):
        for key in ("dtstart", "valid_from"):
            try:
                found.append(date.fromisoformat(str(schedule.get(key, ""))[:10]))
            except ValueError:
                continue
    return min(found) if found else None


def _areas(ctx: Context, hsds_id: str, item: Item, existing: Activity | None) -> list[Area]:
    chosen: list[Area] = []
    m = ctx.municipality
    for i, entry in enumerate(item.data.get("service_areas", [])):
        path = _at(item.path, f"service_areas[{i}]")
        code = str((entry.get("speelveld") or {}).get("code", "")).upper()
        if code:
            area = ctx.areas.get(code)
            if area is None:
                ctx.refuse(
                    hsds_id, gettext_noop("Gebied %(value)s ligt niet in %(gemeente)s "
                                          "(indeling %(year)d)."),
                    f"{path}.speelveld.code", code, gemeente=m.name, year=m.year,
                )  # fmt: skip
                raise _Refused
        else:
            area = ctx.area_names.get(str(entry.get("name", "")).strip().casefold())
            if area is None:
                name = _short(entry.get("name") or entry["id"])
                ctx.warn(
                    gettext_noop("Servicegebied %(value)s is geen gebied van %(gemeente)s en is "
                                 "niet overgenomen."), path, name, gemeente=m.name,
                )  # fmt: skip
        if area is not None and area not in chosen:
            chosen.append(area)
    if chosen:
        return chosen
    if existing is not None:
        return list(existing.areas.all())
    ctx.warn(gettext_noop("Geen gebied van de gemeente herkend; gekozen is de hele gemeente "
                          "%(value)s."), _at(item.path, "service_areas"), m.name)  # fmt: skip
    return [m]


def service(ctx: Context, hsds_id: str, item: Item) -> None:
    try:
        _service(ctx, hsds_id, item)
    except _Refused:
        ctx.failed.add(hsds_id)


def _service(ctx: Context, hsds_id: str, item: Item) -> None:
    data, at = item.data, partial(_at, item.path)
    ext: dict[str, Any] | None = data.get("speelveld")
    if ctx.taken_elsewhere("activity", hsds_id, at("id")):
        return
    existing = ctx.activities.get(hsds_id)
    org_id = data.get("organization_id") or ctx.dataset.service_org.get(hsds_id)
    lead = ctx.ref(ctx.orgs, org_id, at("organization_id"), "organisation")
    if lead is None and existing is not None and not org_id:
        lead = existing.lead_organisation
    if lead is None:
        if not org_id:
            ctx.error(gettext_noop("Een dienst hoort bij een organisatie; organization_id "
                                   "ontbreekt."), at("organization_id"))  # fmt: skip
        raise _Refused
    terms = _terms(ctx, item, "service")
    if terms is None:
        raise _Refused
    phase = _single(ctx, hsds_id, item, terms, "phase")
    if phase is None and existing is not None:
        phase = existing.phase
    elif phase is None:
        phase = ctx.vocab["phase"].get(DEFAULT_PHASE) or next(iter(ctx.vocab["phase"].values()))
        ctx.warn(gettext_noop("Geen fase opgegeven; gekozen is %(value)s."), at("attributes"),
                 phase.key)  # fmt: skip

    def keep(name: str, default: Any) -> Any:
        """A profile field, else what is stored, else the default."""
        if ext is not None:
            return ext.get(name, default)
        return getattr(existing, name) if existing is not None else default

    def vocab_list(kind: str, name: str) -> list[Any]:
        if terms.get(kind) or ext is not None or existing is None:
            return [ctx.vocab[kind][k] for k in terms.get(kind, [])]
        return list(getattr(existing, name).all())

    if ext is not None:
        start = date.fromisoformat(ext["start"])
        end = date.fromisoformat(ext["end"]) if ext.get("end") else None
        status = ext["status"]
        owner = ctx.ref(ctx.players, ext.get("owner_id"), at("speelveld.owner_id"), "player")
        if ext.get("owner_id") and owner is None:
            raise _Refused
        partners = []
        for i, pid in enumerate(ext.get("partner_organization_ids", [])):
            found = ctx.ref(ctx.orgs, pid, at(f"speelveld.partner_organization_ids[{i}]"),
                            "organisation")  # fmt: skip
            if found is None:
                raise _Refused
            partners.append(found)
    else:
        start = existing.start if existing else _start(data) or timezone.localdate()
        if existing is None and _start(data) is None:
            ctx.warn(gettext_noop("Geen startdatum bekend; gekozen is %(value)s."),
                     at("schedules"), start.isoformat())  # fmt: skip
        end = existing.end if existing else None
        status = STATUS_FROM_HSDS[data["status"]]
        owner = existing.owner if existing else None
        partners = list(existing.partners.all()) if existing else []
    if lead in partners:
        ctx.refuse(hsds_id, gettext_noop("De trekker staat ook als partner vermeld."),
                   at("speelveld.partner_organization_ids"))  # fmt: skip
        return
    activity = existing or Activity(
        municipality=ctx.municipality, external_id=external_id_for(hsds_id)
    )
    stored_lead = existing.lead_organisation_id if existing else None
    values = {
        "title": data["name"], "description": data.get("description", ""),
        "lead_organisation": lead, "phase": phase, "start": start, "end": end,
        "status": status, "owner": owner,
        "activity_type": _single(ctx, hsds_id, item, terms, "activity_type")
        or (None if ext is not None or existing is None else existing.activity_type),
        "method": _single(ctx, hsds_id, item, terms, "method")
        or (None if ext is not None or existing is None else existing.method),
        "reach": keep("reach", None), "resident_led": keep("resident_led", False),
        "rtc_stage": keep("rtc_stage", ""),
    }  # fmt: skip
    links = {
        "areas": _areas(ctx, hsds_id, item, existing),
        "themes": vocab_list("theme", "themes"),
        "target_groups": vocab_list("target_group", "target_groups"),
        "partners": partners,
    }
    changed = _assign(activity, values)
    changed = _links_changed(activity, links, existing is None) or changed
    allowed = ctx.rights.edits(lead.pk) and (existing is None or ctx.rights.edits(stored_lead))
    if changed and not allowed:
        ctx.no_rights(hsds_id, at("id"))
        return
    if write(ctx, "activities", hsds_id, item.path, activity, created=existing is None,
             changed=changed, names=ACTIVITY_KEYS, links=links):  # fmt: skip
        ctx.activities[hsds_id] = activity
