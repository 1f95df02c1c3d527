"""The checks that span several cells of one row, per entity (the same rules the forms and
services apply: end after start, one receiver, a tie between two different parties, …)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext_noop

from speelveld.interop.columns import ENTITIES, Column
from speelveld.interop.plan import Pending, RowPlan

if TYPE_CHECKING:
    from speelveld.interop.sheet_check import SheetChecker

Fail = Callable[..., None]
Rule = Callable[["SheetChecker", RowPlan, Fail, Fail], None]
Scope = Callable[["SheetChecker", RowPlan], list[list[Any]]]

_email = EmailValidator()
_url = URLValidator(schemes=["http", "https"])


@cache
def _column(entity: str, key: str) -> Column:
    return ENTITIES[entity].column(key)


def _in_municipality(checker: SheetChecker, plan: RowPlan, fail: Fail) -> None:
    """Players, activities and ties belong to one municipality: the one of the import."""
    municipality = checker.municipality
    if plan.current is not None and plan.current["municipality_id"] != municipality.pk:
        fail(
            gettext_noop(
                "extern_id %(value)s hoort bij een record in een andere gemeente; kies een andere "
                "sleutel."
            ),
            _column(plan.entity, "external_id"),
            plan.external_id,
        )
    plan.values["municipality_id"] = municipality.pk


def _player_here(checker: SheetChecker, plan: RowPlan, attname: str, fail: Fail) -> None:
    ref = plan.values.get(attname)
    if isinstance(ref, int):
        row = checker.existing["players"].by_pk.get(ref)
        if row is not None and row["municipality_id"] != checker.municipality.pk:
            fail(
                gettext_noop("Speler %(value)s werkt niet in deze gemeente."),
                _column(plan.entity, attname.removesuffix("_id")),
                row["external_id"],
            )


def _period(plan: RowPlan, begin: str, end: str, fail: Fail) -> None:
    first, last = plan.get(begin), plan.get(end)
    if first is not None and last is not None and last < first:
        fail(
            gettext_noop("De einddatum ligt vóór de begindatum (%(begin)s)."),
            _column(plan.entity, end),
            last.isoformat(),
            begin=first.isoformat(),
        )


def organisation_rule(checker: SheetChecker, plan: RowPlan, fail: Fail, warn: Fail) -> None:
    website = plan.values.get("website")
    if website:
        try:
            _url(website)
        except ValidationError:
            fail(
                gettext_noop("Geen geldig webadres: %(value)s."),
                _column(plan.entity, "website"),
                website,
            )
    # An organisation imported for a municipality is active there; other municipalities stay.
    active = checker.existing["organisations"].links.get("municipalities", {})
    listed = plan.links.get("municipalities")
    wanted = list(listed) if listed is not None else sorted(active.get(plan.pk or 0, set()))
    if checker.municipality.pk not in wanted:
        wanted.append(checker.municipality.pk)
    plan.links["municipalities"] = wanted
    rights = checker.rights
    if not rights.operator:
        # activating (or deactivating) an organisation elsewhere is up to that municipality
        changed = set(wanted) ^ active.get(plan.pk or 0, set())
        foreign = changed - rights.admin_of - {checker.municipality.pk}
        if foreign:
            fail(
                gettext_noop(
                    "U mag deze organisatie niet actief maken in (of weghalen uit) een andere "
                    "gemeente dan de uwe."
                ),
                _column("organisations", "municipalities"),
                ", ".join(
                    sorted(code for code, pk in checker.areas.gemeenten.items() if pk in foreign)
                ),
            )


def player_rule(checker: SheetChecker, plan: RowPlan, fail: Fail, warn: Fail) -> None:
    _in_municipality(checker, plan, fail)
    _period(plan, "active_from", "active_until", fail)
    email = plan.values.get("email")
    if email:
        try:
            _email(email)
        except ValidationError:
            fail(
                gettext_noop("Geen geldig e-mailadres: %(value)s."),
                _column("players", "email"),
                email,
            )


def activity_rule(checker: SheetChecker, plan: RowPlan, fail: Fail, warn: Fail) -> None:
    _in_municipality(checker, plan, fail)
    _period(plan, "start", "end", fail)
    if "owner_id" in plan.values:
        owner = _column("activities", "owner")
        if plan.values["owner_id"] is None and owner.header not in plan.failed:
            warn(
                gettext_noop(
                    "Geen eigenaar: Speelveld markeert deze activiteit als initiatief zonder "
                    "eigenaar."
                ),
                owner,
            )
        _player_here(checker, plan, "owner_id", fail)
    lead = plan.get("lead_organisation_id")
    partners = plan.links.get("partners", [])
    if lead is not None and lead in partners:
        fail(
            gettext_noop("De trekker staat ook als partner vermeld."),
            _column("activities", "partners"),
        )


def collaboration_rule(checker: SheetChecker, plan: RowPlan, fail: Fail, warn: Fail) -> None:
    _in_municipality(checker, plan, fail)
    for side in ("a", "b"):
        player, organisation = plan.get(f"{side}_player_id"), plan.get(f"{side}_organisation_id")
        if (player is None) == (organisation is None):
            fail(
                gettext_noop("Vul voor kant %(side)s óf een speler óf een organisatie in."),
                _column("collaborations", f"{side}_player"),
                side=side.upper(),
            )
        _player_here(checker, plan, f"{side}_player_id", fail)
    same_player = plan.get("a_player_id") is not None and (
        plan.get("a_player_id") == plan.get("b_player_id")
    )
    same_org = plan.get("a_organisation_id") is not None and (
        plan.get("a_organisation_id") == plan.get("b_organisation_id")
    )
    if same_player or same_org:
        fail(
            gettext_noop("Een samenwerking verbindt twee verschillende partijen."),
            _column("collaborations", "b_player"),
        )
    for name in ("trust", "value"):
        score = plan.values.get(name)
        if score is not None and score < Decimal(1):
            fail(
                gettext_noop("Een score ligt tussen 1 en 4, niet %(value)s."),
                _column("collaborations", name),
                score,
            )


def handover_rule(checker: SheetChecker, plan: RowPlan, fail: Fail, warn: Fail) -> None:
    activity = plan.values.get("activity_id")
    if isinstance(activity, int):
        row = checker.existing["activities"].by_pk.get(activity)
        if row is not None and row["municipality_id"] != checker.municipality.pk:
            fail(
                gettext_noop("Activiteit %(value)s hoort bij een andere gemeente."),
                _column("handovers", "activity"),
                row["external_id"],
            )
    receivers = [
        plan.get("to_player_id") is not None,
        plan.get("to_organisation_id") is not None,
        bool(plan.get("to_residents")),
    ]
    if sum(receivers) != 1:
        fail(
            gettext_noop(
                "Kies één ontvanger: naar_speler, naar_organisatie of naar_bewoners (ja)."
            ),
            _column("handovers", "to_player"),
        )
    _player_here(checker, plan, "to_player_id", fail)
    _player_here(checker, plan, "from_player_id", fail)
    if plan.pk is None:
        plan.values["proposed_at"] = checker.now


RULES: dict[str, Rule] = {
    "organisations": organisation_rule,
    "players": player_rule,
    "activities": activity_rule,
    "collaborations": collaboration_rule,
    "handovers": handover_rule,
}


def _now_and_before(plan: RowPlan, attname: str) -> list[Any]:
    values = [plan.get(attname)]
    if plan.current is not None:
        values.append(plan.current.get(attname))
    return values


def _player_orgs(checker: SheetChecker, plan: RowPlan) -> list[list[Any]]:
    return [[org] for org in _now_and_before(plan, "organisation_id")]


def _activity_orgs(checker: SheetChecker, plan: RowPlan) -> list[list[Any]]:
    return [[lead] for lead in _now_and_before(plan, "lead_organisation_id")]


def _side_orgs(checker: SheetChecker, values: dict[str, Any]) -> list[Any]:
    return [
        values.get("a_organisation_id"),
        values.get("b_organisation_id"),
        checker.org_of("players", values.get("a_player_id")),
        checker.org_of("players", values.get("b_player_id")),
    ]


def _collaboration_orgs(checker: SheetChecker, plan: RowPlan) -> list[list[Any]]:
    after = {
        k: plan.get(k)
        for k in ("a_player_id", "a_organisation_id", "b_player_id", "b_organisation_id")
    }
    groups = [_side_orgs(checker, after)]
    if plan.current is not None:
        groups.append(_side_orgs(checker, plan.current))
    return groups


def _handover_orgs(checker: SheetChecker, plan: RowPlan) -> list[list[Any]]:
    activity: int | Pending | None = plan.get("activity_id")
    return [[checker.org_of("activities", activity)]]


SCOPE: dict[str, Scope] = {
    "players": _player_orgs,
    "activities": _activity_orgs,
    "collaborations": _collaboration_orgs,
    "handovers": _handover_orgs,
}
