"""Vocabularies, the role catalogue and *Wie schakel ik in?*.

(No ``from __future__ import annotations``: Ninja reads these annotations at run time.)
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _
from ninja.params.functions import Query

from speelveld.analysis.engage import MAX_LIMIT, engage_query
from speelveld.api import serialize
from speelveld.api.auth import OPTIONAL, reader
from speelveld.api.errors import ErrorOut, from_validation, in_dutch
from speelveld.api.inputs import Code, Key
from speelveld.api.routing import ANALYSIS, CATALOGUE, router
from speelveld.api.schemas import EngageOut, RoleOut, RolePage, TermPage
from speelveld.api.scope import DEFAULT_LIMIT, MAX_OFFSET, municipality_get, window
from speelveld.catalogue.models import ActivityType, Method, Phase, Role, TargetGroup, Theme

ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}
Limit = Query(DEFAULT_LIMIT, ge=1, le=200)
Offset = Query(0, ge=0, le=MAX_OFFSET)
AskedArea = Query(..., description="Wijk of buurt (of de gemeente) van de vraag / area asked.")
Several = Query([], max_length=20, description="Herhaalbaar / repeatable.")
Answers = Query(10, ge=1, le=MAX_LIMIT, description="Hoeveel antwoorden / how many answers.")


def _terms(queryset: Any, limit: int, offset: int) -> dict[str, Any]:
    rows, count = window(queryset.order_by("order", "key"), limit, offset)
    return {"count": count, "limit": limit, "offset": offset, "items": serialize.terms(rows)}


@router.get("/themes", response={200: TermPage, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Thema's / themes", tags=CATALOGUE)  # fmt: skip
@in_dutch
def list_themes(request: HttpRequest, limit: int = Limit, offset: int = Offset) -> Any:
    reader(request)
    return _terms(Theme.objects.all(), limit, offset)


@router.get("/target-groups", response={200: TermPage, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Doelgroepen / target groups", tags=CATALOGUE)  # fmt: skip
@in_dutch
def list_target_groups(request: HttpRequest, limit: int = Limit, offset: int = Offset) -> Any:
    reader(request)
    return _terms(TargetGroup.objects.all(), limit, offset)


@router.get("/phases", response={200: TermPage, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Fases / phases", tags=CATALOGUE)  # fmt: skip
@in_dutch
def list_phases(request: HttpRequest, limit: int = Limit, offset: int = Offset) -> Any:
    reader(request)
    return _terms(Phase.objects.all(), limit, offset)


@router.get("/activity-types", response={200: TermPage, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Werkvormen / activity types", tags=CATALOGUE)  # fmt: skip
@in_dutch
def list_activity_types(request: HttpRequest, limit: int = Limit, offset: int = Offset) -> Any:
    reader(request)
    return _terms(ActivityType.objects.prefetch_related("themes"), limit, offset)


@router.get("/methods", response={200: TermPage, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Methodieken / methods", tags=CATALOGUE)  # fmt: skip
@in_dutch
def list_methods(request: HttpRequest, limit: int = Limit, offset: int = Offset) -> Any:
    reader(request)
    return _terms(Method.objects.all(), limit, offset)


@router.get("/roles", response={200: RolePage, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Rollen / roles", tags=CATALOGUE)  # fmt: skip
@in_dutch
def list_roles(request: HttpRequest, limit: int = Limit, offset: int = Offset) -> Any:
    reader(request)
    rows, count = window(serialize.role_queryset(Role.objects.order_by("order", "key")),
                         limit, offset)  # fmt: skip
    return {"count": count, "limit": limit, "offset": offset, "items": serialize.roles(rows)}


@router.get("/roles/{key}", response={200: RoleOut, **ERRORS}, openapi_extra=OPTIONAL,
            summary="Rol / role", tags=CATALOGUE)  # fmt: skip
@in_dutch
def get_role(request: HttpRequest, key: Key) -> Any:
    reader(request)
    role = serialize.role_queryset(Role.objects.filter(key=key)).first()
    if role is None:
        raise Http404(_("Niet gevonden."))
    return serialize.roles([role])[0]


@router.get("/municipalities/{code}/engage", response={200: EngageOut, **ERRORS},
            openapi_extra=OPTIONAL, tags=ANALYSIS,
            summary="Wie schakel ik in? / who to engage")  # fmt: skip
def engage(
    request: HttpRequest,
    code: Code,
    area: Code = AskedArea,
    theme: list[Key] = Several,
    target_group: list[Key] = Several,
    activity_type: Key | None = None,
    phase: Key | None = None,
    language: Key | None = None,
    limit: int = Answers,
) -> Any:
    """De kandidaten, gerangschikt en uitgelegd; teksten in de taal van het verzoek
    (Accept-Language). / Ranked, explained candidates in the language of the request."""
    language_of_request = translation.get_language() or "nl"
    result = _ask(request, code, area, theme, target_group, activity_type, phase, language, limit)
    with translation.override(language_of_request):
        return result.as_dict()


@in_dutch
def _ask(request: HttpRequest, code: str, area: str, themes: list[str],
         target_groups: list[str], activity_type: str | None, phase: str | None,
         language: str | None, limit: int) -> Any:  # fmt: skip
    municipality = municipality_get(reader(request), code)
    try:
        return engage_query(
            municipality=municipality,
            area_code=area,
            themes=themes,
            target_groups=target_groups,
            activity_type=activity_type,
            phase=phase,
            language=language,
            limit=limit,
        )
    except ValidationError as error:  # the service names its fields as the page does
        renamed = {"themes": "theme", "target_groups": "target_group"}
        raise from_validation(error, renamed) from error
