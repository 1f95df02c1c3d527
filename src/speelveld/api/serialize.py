"""Records as the API's plain data, built from a few bulk queries per page."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from speelveld.accounts.permissions import can_edit_player
from speelveld.activities.models import Activity, Handover
from speelveld.catalogue.models import ActivityType, Role, Term, Theme
from speelveld.core.handover import is_overdue
from speelveld.i18n import lines
from speelveld.places.models import Area, AreaFigures
from speelveld.places.selectors import latest_figures
from speelveld.players.models import Collaboration, Organisation, Player

FIGURES = [
    "year", "source", "inhabitants", "age_0_15", "age_15_25", "age_25_45", "age_45_65",
    "age_65_plus", "households", "one_person_households", "households_with_children",
    "low_income_households", "origin_netherlands", "origin_europe", "origin_outside_europe",
    "extra",
]  # fmt: skip


def figures(row: AreaFigures | None) -> dict[str, Any] | None:
    return {name: getattr(row, name) for name in FIGURES} if row is not None else None


def areas(rows: list[Area]) -> list[dict[str, Any]]:
    newest = latest_figures(rows)
    codes = dict(
        Area.objects.filter(
            pk__in={r.parent_id for r in rows} | {r.layer_id for r in rows}
        ).values_list("pk", "code")
    )
    return [
        {
            "code": a.code,
            "name": a.name,
            "level": a.level,
            "year": a.year,
            "parent": codes.get(a.parent_id or 0),
            "municipality": a.own_municipality.code,
            "layer": codes.get(a.layer_id or 0),
            "figures": figures(newest.get(a.pk)),
        }
        for a in rows
    ]


def organisations(rows: list[Organisation], visible: set[int] | None) -> list[dict[str, Any]]:
    """``visible``: municipality ids the reader may see (None: all)."""
    return [
        {
            "id": o.pk,
            "name": o.name,
            "type": o.type,
            "description": o.description,
            "website": o.website,
            "municipalities": sorted(
                m.code for m in o.municipalities.all() if visible is None or m.pk in visible
            ),
        }
        for o in rows
    ]


def players(rows: Iterable[Player], actor: Any) -> list[dict[str, Any]]:
    return [
        {
            "id": p.pk,
            "name": p.name,
            "is_group": p.is_group,
            "role": p.role.key,
            "organisation": p.organisation_id,
            "municipality": p.municipality.code,
            "email": p.email,
            "phone": p.phone if can_edit_player(actor, p) else None,
            "areas": sorted(a.code for a in p.areas.all()),
            "themes": sorted(t.key for t in p.themes.all()),
            "target_groups": sorted(t.key for t in p.target_groups.all()),
            "languages": sorted(lang.code for lang in p.languages.all()),
            "hours_per_week": p.hours_per_week,
            "active_from": p.active_from,
            "active_until": p.active_until,
        }
        for p in rows
    ]


def player_queryset(queryset: QuerySet[Player]) -> QuerySet[Player]:
    return queryset.select_related("role", "municipality").prefetch_related(
        "areas", "themes", "target_groups", "languages"
    )


def activities(rows: Iterable[Activity]) -> list[dict[str, Any]]:
    return [
        {
            "id": a.pk,
            "title": a.title,
            "description": a.description,
            "municipality": a.municipality.code,
            "activity_type": a.activity_type.key if a.activity_type else None,
            "method": a.method.key if a.method else None,
            "lead_organisation": a.lead_organisation_id,
            "owner": a.owner_id,
            "partners": sorted(o.pk for o in a.partners.all()),
            "areas": sorted(x.code for x in a.areas.all()),
            "themes": sorted(t.key for t in a.themes.all()),
            "target_groups": sorted(t.key for t in a.target_groups.all()),
            "phase": a.phase.key,
            "start": a.start,
            "end": a.end,
            "status": a.status,
            "reach": a.reach,
            "resident_led": a.resident_led,
            "rtc_stage": a.rtc_stage,
        }
        for a in rows
    ]


def activity_queryset(queryset: QuerySet[Activity]) -> QuerySet[Activity]:
    return queryset.select_related(
        "municipality", "activity_type", "method", "phase"
    ).prefetch_related("partners", "areas", "themes", "target_groups")


def collaborations(rows: Iterable[Collaboration]) -> list[dict[str, Any]]:
    return [
        {
            "id": c.pk,
            "municipality": c.municipality.code,
            "a_player": c.a_player_id,
            "a_organisation": c.a_organisation_id,
            "b_player": c.b_player_id,
            "b_organisation": c.b_organisation_id,
            "intensity": c.intensity,
            "sign": c.sign,
            "context": c.context,
            "since": c.since,
            "theme": c.theme.key if c.theme else None,
            "trust": c.trust,
            "value": c.value,
        }
        for c in rows
    ]


def handovers(rows: Iterable[Handover]) -> list[dict[str, Any]]:
    today = timezone.localdate()
    return [
        {
            "id": h.pk,
            "activity": h.activity_id,
            "municipality": h.activity.municipality.code,
            "from_player": h.from_player_id,
            "from_organisation": h.from_organisation_id,
            "to_player": h.to_player_id,
            "to_organisation": h.to_organisation_id,
            "to_residents": h.to_residents,
            "reason": h.reason,
            "due": h.due,
            "state": h.state,
            "overdue": is_overdue(h.state, h.due, today),
            "note": h.note,
            "proposed_at": h.proposed_at,
            "decided_at": h.decided_at,
            "completed_at": h.completed_at,
        }
        for h in rows
    ]


def terms(rows: Iterable[Term]) -> list[dict[str, Any]]:
    rows = list(rows)
    themed = bool(rows) and isinstance(rows[0], Theme)
    parents = dict(Theme.objects.values_list("pk", "key")) if themed else {}
    result = []
    for t in rows:
        result.append({
            "key": t.key, "name": t.name, "name_en": t.name_en, "description": t.description,
            "description_en": t.description_en, "synonyms": t.synonym_list(), "order": t.order,
            "parent": parents.get(getattr(t, "parent_id", None) or 0),
            "themes": sorted(x.key for x in t.themes.all())
            if isinstance(t, ActivityType) else [],
        })  # fmt: skip
    return result


def roles(rows: Iterable[Role]) -> list[dict[str, Any]]:
    return [
        {
            "key": r.key,
            "name": r.name,
            "name_en": r.name_en,
            "summary": r.summary,
            "summary_en": r.summary_en,
            "core_tasks": lines(r.core_tasks),
            "core_tasks_en": lines(r.core_tasks_en),
            "strengths": lines(r.strengths),
            "strengths_en": lines(r.strengths_en),
            "organisation_types": r.organisation_type_list(),
            "is_resident_role": r.is_resident_role,
            "typical_partners": sorted(p.key for p in r.typical_partners.all()),
            "core_activity_types": sorted(t.key for t in r.core_activity_types.all()),
            "core_phases": sorted(p.key for p in r.core_phases.all()),
            "leave_to": [
                {
                    "to_role": d.to_role.key,
                    "task": d.task,
                    "task_en": d.task_en,
                    "activity_types": sorted(t.key for t in d.activity_types.all()),
                    "phases": sorted(p.key for p in d.phases.all()),
                }
                for d in r.delegations.all()
            ],
        }  # fmt: skip
        for r in rows
    ]


def role_queryset(queryset: QuerySet[Role]) -> QuerySet[Role]:
    return queryset.prefetch_related(
        "typical_partners", "core_activity_types", "core_phases",
        "delegations__to_role", "delegations__activity_types", "delegations__phases",
    )  # fmt: skip
