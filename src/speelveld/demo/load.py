"""Load a generated field (plain records) into the database in bulk, replacing an earlier load
of the same municipality and year."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from django.db import connection, models, transaction

from speelveld.activities.models import Activity, Handover
from speelveld.catalogue.models import (
    ActivityType,
    Language,
    Method,
    Phase,
    Role,
    TargetGroup,
    Theme,
)
from speelveld.history import record_bulk
from speelveld.places.models import Area, AreaFigures, AreaLevel, MunicipalityConfig
from speelveld.players.models import Collaboration, Organisation, Player
from speelveld.synth.records import FieldRecords

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
LEVEL_ORDER = [AreaLevel.GEMEENTE, AreaLevel.STADSDEEL, AreaLevel.WIJK, AreaLevel.BUURT]


def _noon(day: date | None) -> datetime | None:
    return datetime.combine(day, time(12), tzinfo=AMSTERDAM) if day else None


def _by_key(model: type[models.Model], field: str = "key") -> dict[str, Any]:
    return {getattr(obj, field): obj for obj in model._default_manager.all()}


def field_delete(*, code: str, year: int, external_ids: Iterable[str] = ()) -> None:
    """Remove a municipality's field (activities, players, ties, areas) and the given
    organisations. Historical records stay, as they should."""
    municipality = Area.objects.filter(code=code, year=year).first()
    if municipality is not None:
        Activity.objects.filter(municipality=municipality).delete()
        Collaboration.objects.filter(municipality=municipality).delete()
        Player.objects.filter(municipality=municipality).delete()
    Organisation.objects.filter(external_id__in=list(external_ids)).delete()
    if municipality is not None:
        for level in reversed(LEVEL_ORDER[1:]):
            Area.objects.filter(municipality=municipality, level=level).delete()
        municipality.delete()


def _through(manager_field: Any, pairs: list[tuple[int, int]], source: str, target: str) -> None:
    through = manager_field.through
    through.objects.bulk_create(
        [through(**{f"{source}_id": a, f"{target}_id": b}) for a, b in pairs]
    )


@transaction.atomic
def field_load(records: FieldRecords, *, progress: Callable[[str], None] | None = None) -> Area:
    """Load ``records`` and return the municipality. Replaces an earlier load of it."""
    say = progress or (lambda _step: None)
    prefix = f"{records.municipality_code}-{records.year}-"
    field_delete(
        code=records.municipality_code,
        year=records.year,
        external_ids=[prefix + o.key for o in records.organisations],
    )

    say("areas")
    areas: dict[str, Area] = {}
    for level in LEVEL_ORDER:
        batch = []
        for rec in records.areas:
            if rec.level != level:
                continue
            parent = areas.get(rec.parent_code) if rec.parent_code else None
            area = Area(
                code=rec.code,
                year=rec.year,
                level=rec.level,
                name=rec.name,
                parent=parent,
                geometry=rec.geometry,
                layer=areas.get(rec.layer_code) if rec.layer_code else None,
                municipality=None
                if level == AreaLevel.GEMEENTE
                else areas[records.municipality_code],
            )
            batch.append(area)
        for area in Area.objects.bulk_create(batch):
            areas[area.code] = area
    municipality = areas[records.municipality_code]
    Area.history.bulk_history_create(list(areas.values()))
    AreaFigures.objects.bulk_create(
        [
            AreaFigures(
                area=areas[rec.code],
                year=f.year,
                source=f.source,
                inhabitants=f.inhabitants,
                age_0_15=f.age_0_15,
                age_15_25=f.age_15_25,
                age_25_45=f.age_25_45,
                age_45_65=f.age_45_65,
                age_65_plus=f.age_65_plus,
                households=f.households,
                one_person_households=f.one_person_households,
                households_with_children=f.households_with_children,
                low_income_households=f.low_income_households,
                origin_netherlands=f.origin_netherlands,
                origin_europe=f.origin_europe,
                origin_outside_europe=f.origin_outside_europe,
            )
            for rec in records.areas
            for f in rec.figures
        ]
    )
    MunicipalityConfig.objects.update_or_create(
        municipality=municipality, defaults={"public_view": True}
    )

    say("organisations")
    organisations = {
        o.external_id.removeprefix(prefix): o
        for o in Organisation.objects.bulk_create(
            [
                Organisation(
                    external_id=prefix + r.key,
                    name=r.name,
                    type=r.type,
                    description=r.description,
                    website=r.website,
                )
                for r in records.organisations
            ]
        )
    }
    _through(
        Organisation.municipalities,
        [(o.pk, municipality.pk) for o in organisations.values()],
        "organisation",
        "area",
    )

    say("players")
    roles, themes = _by_key(Role), _by_key(Theme)
    groups, languages = _by_key(TargetGroup), _by_key(Language, "code")
    players = {
        p.external_id.removeprefix(prefix): p
        for p in Player.objects.bulk_create(
            [
                Player(
                    external_id=prefix + r.key,
                    municipality=municipality,
                    name=r.name,
                    is_group=r.is_group,
                    role=roles[r.role],
                    organisation=organisations[r.organisation] if r.organisation else None,
                    email=r.email,
                    hours_per_week=r.hours_per_week,
                    active_from=r.active_from,
                    active_until=r.active_until,
                )
                for r in records.players
            ]
        )
    }
    player_areas, player_themes, player_groups, player_languages = [], [], [], []
    for p in records.players:
        pk = players[p.key].pk
        player_areas += [(pk, areas[c].pk) for c in p.areas]
        player_themes += [(pk, themes[k].pk) for k in p.themes]
        player_groups += [(pk, groups[k].pk) for k in p.target_groups]
        player_languages += [(pk, languages[k].pk) for k in p.languages]
    _through(Player.areas, player_areas, "player", "area")
    _through(Player.themes, player_themes, "player", "theme")
    _through(Player.target_groups, player_groups, "player", "targetgroup")
    _through(Player.languages, player_languages, "player", "language")

    say("activities")
    types, methods, phases = _by_key(ActivityType), _by_key(Method), _by_key(Phase)
    activities = {
        a.external_id.removeprefix(prefix): a
        for a in Activity.objects.bulk_create(
            [
                Activity(
                    external_id=prefix + r.key,
                    municipality=municipality,
                    title=r.title,
                    description=r.description,
                    activity_type=types[r.activity_type] if r.activity_type else None,
                    method=methods[r.method] if r.method else None,
                    lead_organisation=organisations[r.lead_organisation],
                    owner=players[r.owner] if r.owner else None,
                    phase=phases[r.phase],
                    start=r.start,
                    end=r.end,
                    status=r.status,
                    reach=r.reach,
                    resident_led=r.resident_led,
                    rtc_stage=r.rtc_stage,
                )
                for r in records.activities
            ]
        )
    }
    area_pairs, theme_pairs, group_pairs, partner_pairs = [], [], [], []
    for r in records.activities:
        pk = activities[r.key].pk
        area_pairs += [(pk, areas[c].pk) for c in r.areas]
        theme_pairs += [(pk, themes[k].pk) for k in r.themes]
        group_pairs += [(pk, groups[k].pk) for k in r.target_groups]
        partner_pairs += [(pk, organisations[k].pk) for k in r.partners]
    _through(Activity.areas, area_pairs, "activity", "area")
    _through(Activity.themes, theme_pairs, "activity", "theme")
    _through(Activity.target_groups, group_pairs, "activity", "targetgroup")
    _through(Activity.partners, partner_pairs, "activity", "organisation")

    say("collaborations")
    collaborations = Collaboration.objects.bulk_create(
        [
            Collaboration(
                external_id=prefix + r.key,
                municipality=municipality,
                a_player=players[r.a_player] if r.a_player else None,
                a_organisation=organisations[r.a_organisation] if r.a_organisation else None,
                b_player=players[r.b_player] if r.b_player else None,
                b_organisation=organisations[r.b_organisation] if r.b_organisation else None,
                intensity=r.intensity,
                sign=r.sign,
                context=r.context,
                since=r.since,
                theme=themes[r.theme] if r.theme else None,
                trust=r.trust,
                value=r.value,
            )
            for r in records.collaborations
        ]
    )
    Collaboration.history.bulk_history_create(collaborations)

    say("handovers")
    handovers = Handover.objects.bulk_create(
        [
            Handover(
                external_id=prefix + r.key,
                activity=activities[r.activity],
                from_player=players[r.from_player] if r.from_player else None,
                from_organisation=organisations[r.from_organisation]
                if r.from_organisation
                else None,
                to_player=players[r.to_player] if r.to_player else None,
                to_organisation=organisations[r.to_organisation] if r.to_organisation else None,
                to_residents=r.to_residents,
                reason=r.reason,
                due=r.due,
                state=r.state,
                note=r.note,
                proposed_at=_noon(r.proposed_on),
                decided_at=_noon(r.decided_on),
                completed_at=_noon(r.completed_on),
            )
            for r in records.handovers
        ]
    )
    Handover.history.bulk_history_create(handovers)

    say("history")
    # A first historical record with the many-to-many state, so every later change can be
    # reverted to what the demo loaded.
    record_bulk(Organisation, list(organisations.values()))
    record_bulk(Player, list(players.values()))
    record_bulk(Activity, list(activities.values()))
    planner_statistics([Area, AreaFigures, Organisation, Player, Collaboration, Activity, Handover])
    return municipality


def planner_statistics(models_loaded: list[type[models.Model]]) -> None:
    """Refresh the statistics of the tables a bulk load filled (with their link and history
    tables), so the first pages get the query plans a settled database would (PostgreSQL's
    autovacuum would do so within minutes)."""
    tables: set[str] = set()
    for model in models_loaded:
        tables.add(model._meta.db_table)
        for m2m in model._meta.many_to_many:
            through = m2m.remote_field.through
            if through is not None and not isinstance(through, str):
                tables.add(through._meta.db_table)
        history = getattr(model, "history", None)
        if history is not None:
            tables.add(history.model._meta.db_table)
    with connection.cursor() as cursor:
        for table in sorted(tables):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
