"""Write endpoints: activities, players, collaborations, hand-overs. Each one checks what the
page checks before its form, turns ids, codes and keys into records — limited to the
municipality, as the forms limit their choices — and calls the same service as the page.

(No ``from __future__ import annotations``: Ninja reads these annotations at run time.)
"""

from collections.abc import Callable
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Status

from speelveld.accounts.permissions import (
    can_create_in,
    can_edit_activity,
    can_edit_collaboration,
    can_edit_player,
    can_view_municipality,
    require,
)
from speelveld.activities import handover_services
from speelveld.activities.handover_services import handover_propose, owner_side
from speelveld.activities.models import Activity, Handover
from speelveld.activities.services import ActivityFields, activity_create, activity_update
from speelveld.api import serialize
from speelveld.api.auth import writer
from speelveld.api.errors import ErrorOut, in_dutch
from speelveld.api.inputs import (
    ActivityIn,
    ActivityPatch,
    CollaborationIn,
    CollaborationPatch,
    HandoverIn,
    Id,
    NoteIn,
    PlayerIn,
    PlayerPatch,
)
from speelveld.api.resolve import Resolver
from speelveld.api.routing import TOKEN, WRITE, router
from speelveld.api.schemas import ActivityOut, CollaborationOut, HandoverOut, PlayerOut
from speelveld.api.scope import municipality_get
from speelveld.players.models import Collaboration, Player
from speelveld.players.services import (
    CollaborationFields,
    PlayerFields,
    collaboration_create,
    collaboration_update,
    player_create,
    player_update,
)

ERRORS: dict[int, Any] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut,
                          422: ErrorOut}  # fmt: skip

F = TypeVar("F", bound=Callable[..., Any])


def post(path: str, **kwargs: Any) -> Callable[[F], F]:
    """A write operation: needs a key."""
    return router.post(path, tags=WRITE, auth=TOKEN, **kwargs)


def patch(path: str, **kwargs: Any) -> Callable[[F], F]:
    return router.patch(path, tags=WRITE, auth=TOKEN, **kwargs)


def _get(queryset: Any, pk: int) -> Any:
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise Http404(_("Niet gevonden."))
    return found


def _activity_out(pk: int) -> dict[str, Any]:
    activity = serialize.activity_queryset(Activity.objects.filter(pk=pk)).get()
    return serialize.activities([activity])[0]


def _activity_fields(activity: Activity | None) -> dict[str, Any]:
    if activity is None:
        return {}
    values = {name: getattr(activity, name) for name in ActivityFields.SCALARS}
    for name in ("areas", "themes", "target_groups", "partners"):
        values[name] = list(getattr(activity, name).all())
    return values


@post("/activities", response={201: ActivityOut, **ERRORS},
             summary="Activiteit toevoegen / create an activity")  # fmt: skip
@in_dutch
def create_activity(request: HttpRequest, payload: ActivityIn) -> Any:
    actor = writer(request)
    municipality = municipality_get(actor, payload.municipality)
    require(can_create_in(actor, municipality.pk))
    values = Resolver(municipality).resolve(payload.model_dump(exclude={"municipality"}), {})
    activity = activity_create(
        actor=actor, municipality=municipality, fields=ActivityFields(**values)
    )
    return Status(201, _activity_out(activity.pk))


@patch("/activities/{id}", response={200: ActivityOut, **ERRORS},
              summary="Activiteit wijzigen / change an activity")  # fmt: skip
@in_dutch
def update_activity(request: HttpRequest, payload: ActivityPatch, id: Id) -> Any:
    actor = writer(request)
    activity = _get(Activity.objects.select_related("municipality"), id)
    require(can_edit_activity(actor, activity))
    given = payload.model_dump(exclude_unset=True)
    values = Resolver(activity.municipality).resolve(given, _activity_fields(activity))
    activity_update(actor=actor, activity=activity, fields=ActivityFields(**values))
    return _activity_out(activity.pk)


def _player_fields(player: Player | None) -> dict[str, Any]:
    if player is None:
        return {}
    values = {name: getattr(player, name) for name in PlayerFields.SCALARS}
    for name in ("areas", "themes", "target_groups", "languages"):
        values[name] = list(getattr(player, name).all())
    return values


def _player_out(pk: int, actor: Any) -> dict[str, Any]:
    player = serialize.player_queryset(Player.objects.filter(pk=pk)).get()
    return serialize.players([player], actor)[0]


@post("/players", response={201: PlayerOut, **ERRORS},
             summary="Speler toevoegen / create a player")  # fmt: skip
@in_dutch
def create_player(request: HttpRequest, payload: PlayerIn) -> Any:
    actor = writer(request)
    municipality = municipality_get(actor, payload.municipality)
    require(can_create_in(actor, municipality.pk))
    values = Resolver(municipality).resolve(payload.model_dump(exclude={"municipality"}), {})
    player = player_create(actor=actor, municipality=municipality, fields=PlayerFields(**values))
    return Status(201, _player_out(player.pk, actor))


@patch("/players/{id}", response={200: PlayerOut, **ERRORS},
              summary="Speler wijzigen / change a player")  # fmt: skip
@in_dutch
def update_player(request: HttpRequest, payload: PlayerPatch, id: Id) -> Any:
    actor = writer(request)
    player = _get(Player.objects.select_related("municipality"), id)
    require(can_edit_player(actor, player))
    given = payload.model_dump(exclude_unset=True)
    values = Resolver(player.municipality).resolve(given, _player_fields(player))
    player_update(actor=actor, player=player, fields=PlayerFields(**values))
    return _player_out(player.pk, actor)


def _collaboration_out(pk: int) -> dict[str, Any]:
    tie = Collaboration.objects.select_related("municipality", "theme").get(pk=pk)
    return serialize.collaborations([tie])[0]


@post("/collaborations", response={201: CollaborationOut, **ERRORS},
             summary="Samenwerking vastleggen / record a collaboration")  # fmt: skip
@in_dutch
def create_collaboration(request: HttpRequest, payload: CollaborationIn) -> Any:
    actor = writer(request)
    municipality = municipality_get(actor, payload.municipality)
    require(can_create_in(actor, municipality.pk))
    values = Resolver(municipality).resolve(payload.model_dump(exclude={"municipality"}), {})
    tie = collaboration_create(
        actor=actor, municipality=municipality, fields=CollaborationFields(**values)
    )
    return Status(201, _collaboration_out(tie.pk))


@patch("/collaborations/{id}", response={200: CollaborationOut, **ERRORS},
              summary="Samenwerking wijzigen / change a collaboration")  # fmt: skip
@in_dutch
def update_collaboration(request: HttpRequest, payload: CollaborationPatch, id: Id) -> Any:
    actor = writer(request)
    tie = _get(Collaboration.objects.select_related("municipality", "a_player", "b_player"), id)
    require(can_edit_collaboration(actor, tie))
    current = {name: getattr(tie, name) for name in CollaborationFields.NAMES}
    values = Resolver(tie.municipality).resolve(payload.model_dump(exclude_unset=True),
                                                      current)  # fmt: skip
    collaboration_update(actor=actor, collaboration=tie, fields=CollaborationFields(**values))
    return _collaboration_out(tie.pk)


def _handover_out(pk: int) -> dict[str, Any]:
    handover = Handover.objects.select_related("activity__municipality").get(pk=pk)
    return serialize.handovers([handover])[0]


@post("/activities/{id}/handovers", response={201: HandoverOut, **ERRORS},
             summary="Stokje doorgeven: overdracht voorstellen / propose a hand-over")  # fmt: skip
@in_dutch
def propose_handover(request: HttpRequest, payload: HandoverIn, id: Id) -> Any:
    actor = writer(request)
    activity = _get(Activity.objects.select_related("municipality", "owner"), id)
    require(owner_side(actor, activity))
    receiver = Resolver(activity.municipality).receiver(payload.model_dump())
    handover = handover_propose(
        actor=actor, activity=activity, reason=payload.reason, due=payload.due, **receiver
    )
    return Status(201, _handover_out(handover.pk))


ACTIONS = {
    "accept": handover_services.handover_accept,
    "decline": handover_services.handover_decline,
    "withdraw": handover_services.handover_withdraw,
    "complete": handover_services.handover_complete,
}


def _action(request: HttpRequest, id: int, payload: NoteIn, action: str) -> Any:  # noqa: A002
    actor = writer(request)
    handover = _get(Handover.objects.select_related("activity__municipality"), id)
    if not can_view_municipality(actor, handover.activity.municipality):
        raise PermissionDenied(_("U heeft geen toegang tot deze gemeente."))
    ACTIONS[action](actor=actor, handover=handover, note=payload.note)
    return _handover_out(handover.pk)


@post("/handovers/{id}/accept", response={200: HandoverOut, **ERRORS},
             summary="Overdracht accepteren / accept")  # fmt: skip
@in_dutch
def accept_handover(request: HttpRequest, payload: NoteIn, id: Id) -> Any:
    return _action(request, id, payload, "accept")


@post("/handovers/{id}/decline", response={200: HandoverOut, **ERRORS},
             summary="Overdracht afwijzen / decline")  # fmt: skip
@in_dutch
def decline_handover(request: HttpRequest, payload: NoteIn, id: Id) -> Any:
    return _action(request, id, payload, "decline")


@post("/handovers/{id}/withdraw", response={200: HandoverOut, **ERRORS},
             summary="Overdracht intrekken / withdraw")  # fmt: skip
@in_dutch
def withdraw_handover(request: HttpRequest, payload: NoteIn, id: Id) -> Any:
    return _action(request, id, payload, "withdraw")


@post("/handovers/{id}/complete", response={200: HandoverOut, **ERRORS},
             summary="Overdracht afronden: het stokje is over / complete")  # fmt: skip
@in_dutch
def complete_handover(request: HttpRequest, payload: NoteIn, id: Id) -> Any:
    return _action(request, id, payload, "complete")
