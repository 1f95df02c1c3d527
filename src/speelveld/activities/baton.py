"""Reads for passing the baton: what is pending, late or without an owner in a municipality.

One overview per municipality, loaded in bulk (five flat queries whatever its size) and judged
by the core: ``core.handover.is_overdue`` for hand-overs, ``core.handover.orphan_reasons`` for
initiatives without an active owner, ``core.rtc.rtc_overdue_steps`` for Right to Challenge.
The dashboard page, its JSON twin and the reminder e-mails all read this overview.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from speelveld.activities.models import Activity, ActivityStatus, Handover
from speelveld.activities.rtc_services import RtcFacts, deadlines_of, rtc_steps_by_activity
from speelveld.catalogue.models import Phase
from speelveld.core.handover import (
    OPEN_STATES,
    OrphanCode,
    OrphanReason,
    is_overdue,
    orphan_reasons,
)
from speelveld.core.rtc import RtcWarning
from speelveld.places.models import Area, MunicipalityConfig

CLOSED = (ActivityStatus.COMPLETED.value, ActivityStatus.STOPPED.value)


@dataclass(frozen=True)
class HandoverItem:
    """An open hand-over, with the organisations on each side (for the reminders)."""

    id: int
    activity_id: int
    activity_title: str
    state: str
    due: date
    overdue: bool
    days_late: int
    receiver_kind: str  # player | organisation | residents
    receiver_id: int | None
    receiver_name: str
    receiver_organisation: int | None
    owner_organisations: frozenset[int]
    from_name: str
    reason: str


@dataclass(frozen=True)
class OrphanItem:
    """An initiative without an active owner, or in a late phase without a planned hand-over."""

    activity_id: int
    title: str
    lead_organisation: int
    lead_organisation_name: str
    owner_organisation: int | None
    owner_name: str
    phase: str
    reasons: tuple[OrphanReason, ...]


@dataclass(frozen=True)
class RtcItem:
    activity_id: int
    title: str
    lead_organisation: int
    stage: str
    warnings: tuple[RtcWarning, ...]


@dataclass
class BatonOverview:
    """Everything the baton dashboard shows for one municipality on ``today``."""

    municipality: Area
    today: date
    pending: list[HandoverItem] = field(default_factory=list)
    orphans: list[OrphanItem] = field(default_factory=list)
    unplanned: list[OrphanItem] = field(default_factory=list)
    rtc: list[RtcItem] = field(default_factory=list)
    phase_labels: dict[str, str] = field(default_factory=dict)

    @property
    def overdue(self) -> list[HandoverItem]:
        return [h for h in self.pending if h.overdue]

    @property
    def on_time(self) -> list[HandoverItem]:
        return [h for h in self.pending if not h.overdue]

    def counts(self) -> dict[str, int]:
        return {
            "pending": len(self.pending),
            "overdue": len(self.overdue),
            "on_time": len(self.on_time),
            "orphans": len(self.orphans),
            "unplanned": len(self.unplanned),
            "rtc_overdue": len(self.rtc),
        }


def _receiver(row: Mapping[str, Any]) -> tuple[str, int | None, str, int | None]:
    if row["to_residents"]:
        return "residents", None, "", None
    if row["to_player_id"] is not None:
        org = row["to_player__organisation_id"]
        return "player", row["to_player_id"], str(row["to_player__name"]), org
    org_id = row["to_organisation_id"]
    return "organisation", org_id, str(row["to_organisation__name"]), org_id


def baton_overview(municipality: Area, *, today: date) -> BatonOverview:
    """Pending and overdue hand-overs, orphaned initiatives, late phases without a planned
    hand-over, and overdue Right to Challenge steps of one municipality."""
    overview = BatonOverview(municipality=municipality, today=today)
    overview.phase_labels = {p.key: p.label for p in Phase.objects.all()}
    states: dict[int, list[str]] = defaultdict(list)
    rows = (
        Handover.objects.filter(activity__municipality=municipality)
        .values(
            "pk",
            "activity_id",
            "activity__title",
            "activity__lead_organisation_id",
            "activity__owner__organisation_id",
            "state",
            "due",
            "reason",
            "to_residents",
            "to_player_id",
            "to_player__name",
            "to_player__organisation_id",
            "to_organisation_id",
            "to_organisation__name",
            "from_player__name",
            "from_player__organisation_id",
            "from_organisation_id",
            "from_organisation__name",
        )
        .order_by("due", "pk")
    )
    for row in rows:
        states[row["activity_id"]].append(row["state"])
        if row["state"] not in OPEN_STATES:
            continue
        kind, rid, name, org = _receiver(row)
        owners = {
            row["activity__lead_organisation_id"],
            row["activity__owner__organisation_id"],
            row["from_organisation_id"],
            row["from_player__organisation_id"],
        }
        overdue = is_overdue(row["state"], row["due"], today)
        overview.pending.append(
            HandoverItem(
                id=row["pk"],
                activity_id=row["activity_id"],
                activity_title=row["activity__title"],
                state=row["state"],
                due=row["due"],
                overdue=overdue,
                days_late=(today - row["due"]).days if overdue else 0,
                receiver_kind=kind,
                receiver_id=rid,
                receiver_name=name,
                receiver_organisation=org,
                owner_organisations=frozenset(o for o in owners if o is not None),
                from_name=row["from_player__name"] or row["from_organisation__name"] or "",
                reason=row["reason"],
            )
        )
    activities = Activity.objects.filter(municipality=municipality).exclude(status__in=CLOSED)
    challenges: list[Mapping[str, Any]] = []
    for a in activities.values(
        "pk",
        "title",
        "lead_organisation_id",
        "lead_organisation__name",
        "owner_id",
        "owner__name",
        "owner__organisation_id",
        "owner__active_from",
        "owner__active_until",
        "end",
        "phase__key",
        "resident_led",
        "rtc_stage",
        "start",
    ).order_by("title", "pk"):
        if a["rtc_stage"]:
            challenges.append(a)
        started = a["owner__active_from"] is None or a["owner__active_from"] <= today
        reasons = orphan_reasons(
            today=today,
            has_owner=a["owner_id"] is not None,
            owner_active=started,
            owner_active_until=a["owner__active_until"],
            end=a["end"],
            phase=a["phase__key"],
            resident_led=a["resident_led"],
            handover_states=states.get(a["pk"], ()),
        )
        if not reasons:
            continue
        item = OrphanItem(
            activity_id=a["pk"],
            title=a["title"],
            lead_organisation=a["lead_organisation_id"],
            lead_organisation_name=a["lead_organisation__name"],
            owner_organisation=a["owner__organisation_id"],
            owner_name=a["owner__name"] or "",
            phase=a["phase__key"],
            reasons=reasons,
        )
        if any(r.code is not OrphanCode.PHASE_WITHOUT_HANDOVER for r in reasons):
            overview.orphans.append(item)
        if any(r.code is OrphanCode.PHASE_WITHOUT_HANDOVER for r in reasons):
            overview.unplanned.append(item)
    overview.rtc = _rtc_items(municipality, challenges, today)
    return overview


def _rtc_items(
    municipality: Area, challenges: list[Mapping[str, Any]], today: date
) -> list[RtcItem]:
    if not challenges:
        return []
    deadlines = deadlines_of(MunicipalityConfig.objects.filter(municipality=municipality).first())
    steps = rtc_steps_by_activity(a["pk"] for a in challenges)
    items = []
    for a in challenges:
        pk = a["pk"]
        facts = RtcFacts.of(a["rtc_stage"], a["start"], steps.get(pk, []))
        warnings = facts.warnings(today, deadlines)
        if warnings:
            items.append(
                RtcItem(
                    activity_id=pk,
                    title=a["title"],
                    lead_organisation=a["lead_organisation_id"],
                    stage=a["rtc_stage"],
                    warnings=tuple(warnings),
                )
            )
    return items
