"""Writing the Speelveld profile's own objects: players, collaborations and hand-overs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_noop

from speelveld.accounts.permissions import can_edit_collaboration
from speelveld.activities.models import Handover
from speelveld.interop.hsds.context import Context
from speelveld.interop.hsds.ids import external_id_for
from speelveld.interop.hsds.records import (
    HANDOVER_KEYS,
    PLAYER_KEYS,
    SIDE_KEYS,
    _assign,
    _links_changed,
)
from speelveld.interop.hsds.writing import write
from speelveld.players.models import Collaboration, Player


class _Refused(Exception):
    pass


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _decimal(value: float | int | None) -> Decimal | None:
    return Decimal(str(value)) if value is not None else None


def _moment(ctx: Context, hsds_id: str, value: str | None, path: str) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        ctx.refuse(hsds_id, gettext_noop("Geen geldig tijdstip: %(value)s."), path, value)
        raise _Refused from None
    return moment if timezone.is_aware(moment) else moment.replace(tzinfo=UTC)


def _need(ctx: Context, table: dict[str, Any], hsds_id: str | None, path: str, kind: str) -> Any:
    """A referenced record, or refuse the one referring (the error is already reported)."""
    found = ctx.ref(table, hsds_id, path, kind)
    if hsds_id and found is None:
        raise _Refused
    return found


def _keys(ctx: Context, kind: str, keys: list[str], path: str) -> list[Any]:
    found = [ctx.vocabulary_key(kind, key, f"{path}[{i}]") for i, key in enumerate(keys)]
    if any(f is None for f in found):
        raise _Refused
    return found


def players(ctx: Context) -> None:
    for i, data in enumerate(ctx.dataset.profile.get("players", [])):
        try:
            _player(ctx, f"speelveld.players[{i}]", data)
        except _Refused:
            ctx.failed.add(data["id"])


def _player(ctx: Context, path: str, data: dict[str, Any]) -> None:
    hsds_id = data["id"]
    if ctx.taken_elsewhere("player", hsds_id, f"{path}.id"):
        return
    existing = ctx.players.get(hsds_id)
    role = ctx.vocabulary_key("role", data["role"], f"{path}.role")
    org = _need(ctx, ctx.orgs, data.get("organization_id"), f"{path}.organization_id",
                "organisation")  # fmt: skip
    areas = []
    for j, code in enumerate(data.get("areas", [])):
        area = ctx.areas.get(code.upper())
        if area is None:
            m = ctx.municipality
            ctx.error(
                gettext_noop("Gebied %(value)s ligt niet in %(gemeente)s (indeling %(year)d)."),
                f"{path}.areas[{j}]", code, gemeente=m.name, year=m.year,
            )  # fmt: skip
            raise _Refused
        areas.append(area)
    links = {
        "areas": areas,
        "themes": _keys(ctx, "theme", data.get("themes", []), f"{path}.themes"),
        "target_groups": _keys(ctx, "target_group", data.get("target_groups", []),
                               f"{path}.target_groups"),
        "languages": _keys(ctx, "language", data.get("languages", []), f"{path}.languages"),
    }  # fmt: skip
    if role is None:
        raise _Refused
    player = existing or Player(municipality=ctx.municipality, external_id=external_id_for(hsds_id))
    stored_org = existing.organisation_id if existing else None
    changed = _assign(player, {
        "name": data["name"], "is_group": data.get("is_group", False), "role": role,
        "organisation": org, "email": data.get("email", ""), "phone": data.get("phone", ""),
        "hours_per_week": _decimal(data.get("hours_per_week")),
        "active_from": _day(data.get("active_from")),
        "active_until": _day(data.get("active_until")),
    })  # fmt: skip
    changed = _links_changed(player, links, existing is None) or changed
    allowed = ctx.rights.edits(org.pk if org else None) and (
        existing is None or ctx.rights.edits(stored_org)
    )
    if changed and not allowed:
        ctx.no_rights(hsds_id, f"{path}.id")
        return
    if write(ctx, "players", hsds_id, path, player, created=existing is None, changed=changed,
             names=PLAYER_KEYS, links=links):  # fmt: skip
        ctx.players[hsds_id] = player


def collaborations(ctx: Context) -> None:
    for i, data in enumerate(ctx.dataset.profile.get("collaborations", [])):
        try:
            _collaboration(ctx, f"speelveld.collaborations[{i}]", data)
        except _Refused:
            ctx.failed.add(data["id"])


def _collaboration(ctx: Context, path: str, data: dict[str, Any]) -> None:
    hsds_id = data["id"]
    if ctx.taken_elsewhere("collaboration", hsds_id, f"{path}.id"):
        return
    existing = ctx.collaborations.get(hsds_id)
    sides = {
        name: _need(ctx, ctx.players if "player" in name else ctx.orgs, data.get(key),
                    f"{path}.{key}", "player" if "player" in name else "organisation")
        for name, key in SIDE_KEYS.items()
    }  # fmt: skip
    theme = None
    if data.get("theme"):
        theme = ctx.vocabulary_key("theme", data["theme"], f"{path}.theme")
        if theme is None:
            raise _Refused
    stored_ok = (
        existing is None or ctx.rights.operator or can_edit_collaboration(ctx.actor, existing)
    )
    tie = existing or Collaboration(
        municipality=ctx.municipality, external_id=external_id_for(hsds_id)
    )
    changed = _assign(tie, {
        **sides, "intensity": data["intensity"], "sign": data["sign"],
        "context": data.get("context", ""), "since": _day(data.get("since")), "theme": theme,
        "trust": _decimal(data.get("trust")), "value": _decimal(data.get("value")),
    })  # fmt: skip
    allowed = stored_ok and (ctx.rights.operator or can_edit_collaboration(ctx.actor, tie))
    if (changed or existing is None) and not allowed:
        ctx.no_rights(hsds_id, f"{path}.id")
        return
    if write(ctx, "collaborations", hsds_id, path, tie, created=existing is None,
             changed=changed, names=SIDE_KEYS):  # fmt: skip
        ctx.collaborations[hsds_id] = tie


def handovers(ctx: Context) -> None:
    for i, data in enumerate(ctx.dataset.profile.get("handovers", [])):
        try:
            _handover(ctx, f"speelveld.handovers[{i}]", data)
        except _Refused:
            ctx.failed.add(data["id"])


def _handover(ctx: Context, path: str, data: dict[str, Any]) -> None:
    hsds_id = data["id"]
    existing = ctx.handovers.get(hsds_id)
    activity = _need(ctx, ctx.activities, data["service_id"], f"{path}.service_id", "activity")
    values: dict[str, Any] = {"activity": activity}
    for name, key in HANDOVER_KEYS.items():
        if name != "activity":
            table = ctx.players if "player" in name else ctx.orgs
            kind = "player" if "player" in name else "organisation"
            values[name] = _need(ctx, table, data.get(key), f"{path}.{key}", kind)
    values.update(
        to_residents=data.get("to_residents", False), reason=data["reason"],
        due=date.fromisoformat(data["due"]), state=data["state"], note=data.get("note", ""),
        **{name: _moment(ctx, hsds_id, data.get(name), f"{path}.{name}")
           for name in ("proposed_at", "decided_at", "completed_at")},
    )  # fmt: skip
    stored_lead = existing.activity.lead_organisation_id if existing else None
    handover = existing or Handover(external_id=external_id_for(hsds_id))
    changed = _assign(handover, values)
    allowed = ctx.rights.edits(activity.lead_organisation_id) and (
        existing is None or ctx.rights.edits(stored_lead)
    )
    if (changed or existing is None) and not allowed:
        ctx.no_rights(hsds_id, f"{path}.id")
        return
    if write(ctx, "handovers", hsds_id, path, handover, created=existing is None,
             changed=changed, names=HANDOVER_KEYS):  # fmt: skip
        ctx.handovers[hsds_id] = handover
