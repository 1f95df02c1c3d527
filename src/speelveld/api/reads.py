"""Read endpoints: every resource, paginated (``limit``/``offset``) and filterable.

(No ``from __future__ import annotations`` here: Ninja reads the annotations of the wrapped
operations at run time.)
"""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja.params.functions import Query

from speelveld.accounts.permissions import can_view_municipality
from speelveld.activities.models import Activity, ActivityStatus, Handover, HandoverState
from speelveld.api import serialize
from speelveld.api.auth import OPTIONAL, reader
from speelveld.api.errors import ErrorOut, in_dutch
from speelveld.api.inputs import Code, Id, Key
from speelveld.api.routing import READ, router
from speelveld.api.schemas import (
    ActivityOut,
    ActivityPage,
    AreaDetailOut,
    AreaPage,
    CollaborationOut,
    CollaborationPage,
    HandoverOut,
    HandoverPage,
    MunicipalityPage,
    OrganisationOut,
    OrganisationPage,
    PlayerOut,
    PlayerPage,
)
from speelveld.api.scope import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    Scope,
    require_view,
    scope,
    window,
)
from speelveld.places.models import Area, AreaLevel
from speelveld.places.selectors import activity_counts, area_get, municipality_list, player_counts
from speelveld.players.models import Collaboration, Organisation, Player

ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}

Limit = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Hoeveel / how many (max 200).")
Offset = Query(0, ge=0, le=MAX_OFFSET, description="Hoeveel overslaan / how many to skip.")
MunicipalityFilter = Query(None, description="CBS-code van de gemeente, bijv. GM9901.")
AreaFilter = Query(
    None,
    description="CBS-code van een wijk of buurt: wat erin ligt en wat hem helemaal dekt "
    "(de wijk van een buurt, de buurten van een wijk).",
)

LevelFilter = Query(None, description="gemeente, stadsdeel, wijk of buurt")
ParentFilter = Query(None, description="Alleen gebieden hierin / only areas in this one.")
LeadOrPartner = Query(None, description="Trekker of partner / lead or partner.")
StatusFilter = Query(None)
WorksOnTheme = Query(None, description="Trekt of is partner in een activiteit met dit thema.")
TypeFilter = Query(None, description="Organisatietype, bijv. welzijn / organisation type.")
EitherSide = Query(None, description="Aan een van beide kanten, ook via spelers / either side.")
FromOrTo = Query(None, description="Van of naar / from or to.")


def _page(rows: list[Any], count: int, limit: int, offset: int) -> dict[str, Any]:
    return {"count": count, "limit": limit, "offset": offset, "items": rows}


def _one(queryset: QuerySet[Any], pk: int) -> Any:
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise Http404(_("Niet gevonden."))
    return found


@router.get("/municipalities", response={200: MunicipalityPage, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Gemeenten / municipalities", tags=READ)  # fmt: skip
@in_dutch
def list_municipalities(request: HttpRequest, limit: int = Limit, offset: int = Offset) -> Any:
    rows, count = window(municipality_list(user=reader(request)), limit, offset)
    items = [{"code": m.code, "name": m.name, "year": m.year,
              "public_view": bool(getattr(getattr(m, "config", None), "public_view", False))}
             for m in rows]  # fmt: skip
    return _page(items, count, limit, offset)


@router.get("/areas", response={200: AreaPage, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Gebieden met kerncijfers / areas with key figures", tags=READ)  # fmt: skip
@in_dutch
def list_areas(
    request: HttpRequest,
    municipality: Code | None = MunicipalityFilter,
    level: AreaLevel | None = LevelFilter,
    parent: Code | None = ParentFilter,
    limit: int = Limit,
    offset: int = Offset,
) -> Any:
    seen = scope(reader(request), municipality, None)
    queryset = Area.objects.filter(seen.of("municipality") | seen.of("pk")).order_by("year", "code")
    if level:
        queryset = queryset.filter(level=level)
    if parent:
        queryset = queryset.filter(parent__code=parent.upper())
    rows, count = window(queryset.select_related("municipality"), limit, offset)
    return _page(serialize.areas(rows), count, limit, offset)


@router.get("/areas/{code}", response={200: AreaDetailOut, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Gebied / area", tags=READ)  # fmt: skip
@in_dutch
def get_area(request: HttpRequest, code: Code) -> Any:
    area = area_get(code)
    municipality = area.own_municipality
    require_view(reader(request), municipality)
    data = serialize.areas([area])[0]
    data["geometry"] = area.geometry
    data["figures_by_year"] = [serialize.figures(f) for f in area.figures.order_by("-year")]
    data["activities"] = activity_counts(municipality)[area.pk]
    data["players"] = player_counts(municipality)[area.pk]
    if area.level == AreaLevel.GEMEENTE:
        data["activities"] = Activity.objects.filter(municipality=area).count()
        data["players"] = Player.objects.filter(municipality=area).count()
    return data


def _activity_filter(
    seen: Scope, theme: str | None, target_group: str | None, phase: str | None,
    activity_type: str | None = None,
) -> QuerySet[Activity]:  # fmt: skip
    queryset = Activity.objects.filter(seen.of("municipality"))
    if seen.areas is not None:
        queryset = queryset.filter(areas__in=seen.areas)
    if theme:
        queryset = queryset.filter(themes__key=theme)
    if target_group:
        queryset = queryset.filter(target_groups__key=target_group)
    if phase:
        queryset = queryset.filter(phase__key=phase)
    if activity_type:
        queryset = queryset.filter(activity_type__key=activity_type)
    return queryset


@router.get("/activities", response={200: ActivityPage, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Activiteiten / activities", tags=READ)  # fmt: skip
@in_dutch
def list_activities(
    request: HttpRequest,
    municipality: Code | None = MunicipalityFilter,
    area: Code | None = AreaFilter,
    theme: Key | None = None,
    target_group: Key | None = None,
    phase: Key | None = None,
    activity_type: Key | None = None,
    organisation: Id | None = LeadOrPartner,
    status: ActivityStatus | None = StatusFilter,
    limit: int = Limit,
    offset: int = Offset,
) -> Any:
    seen = scope(reader(request), municipality, area)
    queryset = _activity_filter(seen, theme, target_group, phase, activity_type)
    if organisation:
        queryset = queryset.filter(
            Q(lead_organisation_id=organisation) | Q(partners__id=organisation)
        )
    if status:
        queryset = queryset.filter(status=status)
    ids = queryset.values("pk").distinct()
    ordered = Activity.objects.filter(pk__in=ids).order_by("title", "pk")
    rows, count = window(serialize.activity_queryset(ordered), limit, offset)
    return _page(serialize.activities(rows), count, limit, offset)


@router.get("/activities/{id}", response={200: ActivityOut, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Activiteit / activity", tags=READ)  # fmt: skip
@in_dutch
def get_activity(request: HttpRequest, id: Id) -> Any:
    activity = _one(serialize.activity_queryset(Activity.objects.all()), id)
    require_view(reader(request), activity.municipality)
    return serialize.activities([activity])[0]


def _visible_ids(seen: Scope) -> set[int] | None:
    if isinstance(seen.municipalities, QuerySet):
        return set(seen.municipalities.values_list("pk", flat=True))
    return set(seen.municipalities)


@router.get("/organisations", response={200: OrganisationPage, **ERRORS},
            openapi_extra=OPTIONAL, summary="Organisaties / organisations", tags=READ)  # fmt: skip
@in_dutch
def list_organisations(
    request: HttpRequest,
    municipality: Code | None = MunicipalityFilter,
    area: Code | None = AreaFilter,
    theme: Key | None = WorksOnTheme,
    target_group: Key | None = None,
    phase: Key | None = None,
    type: Key | None = TypeFilter,
    limit: int = Limit,
    offset: int = Offset,
) -> Any:
    seen = scope(reader(request), municipality, area)
    queryset = Organisation.objects.filter(seen.of("municipalities"))
    if seen.areas is not None or theme or target_group or phase:
        working = _activity_filter(seen, theme, target_group, phase).values("pk")
        queryset = Organisation.objects.filter(
            Q(led_activities__in=working) | Q(partner_activities__in=working)
        )
    if type:
        queryset = queryset.filter(type=type)
    ordered = Organisation.objects.filter(pk__in=queryset.values("pk")).order_by("name", "pk")
    rows, count = window(ordered.prefetch_related("municipalities"), limit, offset)
    return _page(serialize.organisations(rows, _visible_ids(seen)), count, limit, offset)


@router.get("/organisations/{id}", response={200: OrganisationOut, **ERRORS},
            openapi_extra=OPTIONAL, summary="Organisatie / organisation", tags=READ)  # fmt: skip
@in_dutch
def get_organisation(request: HttpRequest, id: Id) -> Any:
    organisation = _one(Organisation.objects.prefetch_related("municipalities__config"), id)
    actor = reader(request)
    visible = {m.pk for m in organisation.municipalities.all() if can_view_municipality(actor, m)}
    if not visible:
        raise PermissionDenied(_("U heeft geen toegang tot deze organisatie."))
    return serialize.organisations([organisation], visible)[0]


@router.get("/players", response={200: PlayerPage, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Spelers / players", tags=READ)  # fmt: skip
@in_dutch
def list_players(
    request: HttpRequest,
    municipality: Code | None = MunicipalityFilter,
    area: Code | None = AreaFilter,
    theme: Key | None = None,
    target_group: Key | None = None,
    organisation: Id | None = None,
    role: Key | None = None,
    limit: int = Limit,
    offset: int = Offset,
) -> Any:
    actor = reader(request)
    seen = scope(actor, municipality, area)
    queryset = Player.objects.filter(seen.of("municipality"))
    if seen.areas is not None:
        queryset = queryset.filter(areas__in=seen.areas)
    if theme:
        queryset = queryset.filter(themes__key=theme)
    if target_group:
        queryset = queryset.filter(target_groups__key=target_group)
    if organisation:
        queryset = queryset.filter(organisation_id=organisation)
    if role:
        queryset = queryset.filter(role__key=role)
    ordered = Player.objects.filter(pk__in=queryset.values("pk")).order_by("name", "pk")
    rows, count = window(serialize.player_queryset(ordered), limit, offset)
    return _page(serialize.players(rows, actor), count, limit, offset)


@router.get("/players/{id}", response={200: PlayerOut, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Speler / player", tags=READ)  # fmt: skip
@in_dutch
def get_player(request: HttpRequest, id: Id) -> Any:
    actor = reader(request)
    player = _one(serialize.player_queryset(Player.objects.all()), id)
    require_view(actor, player.municipality)
    return serialize.players([player], actor)[0]


@router.get("/collaborations", response={200: CollaborationPage, **ERRORS},
            openapi_extra=OPTIONAL, tags=READ,
            summary="Samenwerkingen / collaborations")  # fmt: skip
@in_dutch
def list_collaborations(
    request: HttpRequest,
    municipality: Code | None = MunicipalityFilter,
    organisation: Id | None = EitherSide,
    player: Id | None = None,
    theme: Key | None = None,
    limit: int = Limit,
    offset: int = Offset,
) -> Any:
    seen = scope(reader(request), municipality, None)
    queryset = Collaboration.objects.filter(seen.of("municipality"))
    if organisation:
        queryset = queryset.filter(
            Q(a_organisation_id=organisation) | Q(b_organisation_id=organisation)
            | Q(a_player__organisation_id=organisation) | Q(b_player__organisation_id=organisation)
        )  # fmt: skip
    if player:
        queryset = queryset.filter(Q(a_player_id=player) | Q(b_player_id=player))
    if theme:
        queryset = queryset.filter(theme__key=theme)
    queryset = queryset.select_related("municipality", "theme").order_by("pk")
    rows, count = window(queryset, limit, offset)
    return _page(serialize.collaborations(rows), count, limit, offset)


@router.get("/collaborations/{id}", response={200: CollaborationOut, **ERRORS},
            openapi_extra=OPTIONAL, summary="Samenwerking / collaboration", tags=READ)  # fmt: skip
@in_dutch
def get_collaboration(request: HttpRequest, id: Id) -> Any:
    tie = _one(Collaboration.objects.select_related("municipality__config", "theme"), id)
    require_view(reader(request), tie.municipality)
    return serialize.collaborations([tie])[0]


@router.get("/handovers", response={200: HandoverPage, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Overdrachten / hand-overs", tags=READ)  # fmt: skip
@in_dutch
def list_handovers(
    request: HttpRequest,
    municipality: Code | None = MunicipalityFilter,
    activity: Id | None = None,
    organisation: Id | None = FromOrTo,
    state: HandoverState | None = StatusFilter,
    limit: int = Limit,
    offset: int = Offset,
) -> Any:
    seen = scope(reader(request), municipality, None)
    queryset = Handover.objects.filter(seen.of("activity__municipality"))
    if activity:
        queryset = queryset.filter(activity_id=activity)
    if organisation:
        queryset = queryset.filter(
            Q(from_organisation_id=organisation) | Q(to_organisation_id=organisation)
        )
    if state:
        queryset = queryset.filter(state=state)
    queryset = queryset.select_related("activity__municipality").order_by("due", "pk")
    rows, count = window(queryset, limit, offset)
    return _page(serialize.handovers(rows), count, limit, offset)


@router.get("/handovers/{id}", response={200: HandoverOut, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Overdracht / hand-over", tags=READ)  # fmt: skip
@in_dutch
def get_handover(request: HttpRequest, id: Id) -> Any:
    handover = _one(Handover.objects.select_related("activity__municipality__config"), id)
    require_view(reader(request), handover.activity.municipality)
    return serialize.handovers([handover])[0]
