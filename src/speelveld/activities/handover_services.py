"""Passing the baton (*stokje doorgeven*): every hand-over change goes through here.

States, transitions and who may make them live in ONE place, ``core.handover``; these services
find out which side the actor is on (owner, receiver, neither), ask the core, and write the
result — timestamps, the note, and on completion the new owner and phase — as one history
record per record changed. A refused move raises ``ValidationError`` with a Dutch sentence built
from the core's code (``activities.baton_texts``); an actor on neither side gets a 403.

Sides:

- *owner side*: the beheerder of the municipality, or a redacteur of the lead organisation, of
  the owning player's organisation or of the organisation the hand-over came from;
- *receiver side*: the beheerder, or a redacteur of the receiving organisation or of the
  receiving player's organisation. "The residents themselves" have no account: the beheerder or
  the owner side records their answer (``receiver_is_residents``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from speelveld.accounts.permissions import can_edit_for, require
from speelveld.activities.baton_texts import transition_message
from speelveld.activities.models import Activity, Handover
from speelveld.catalogue.models import Phase
from speelveld.core.handover import (
    HandoverAction,
    HandoverState,
    Receiver,
    ReceiverKind,
    allowed_handover_actions,
    check_handover_proposal,
    completion_effect,
    handover_transition,
)
from speelveld.core.transitions import IllegalTransition
from speelveld.history import one_change
from speelveld.players.models import Organisation, Player

OPEN = (HandoverState.PROPOSED.value, HandoverState.ACCEPTED.value)


@dataclass(frozen=True)
class Sides:
    """Which side of a hand-over the actor may speak for."""

    owner: bool
    receiver: bool
    residents: bool

    @property
    def any(self) -> bool:
        return self.owner or self.receiver

    def actions(self, state: str | None) -> tuple[HandoverAction, ...]:
        return allowed_handover_actions(
            state,
            actor_is_owner=self.owner,
            actor_is_receiver=self.receiver,
            receiver_is_residents=self.residents,
        )


def owner_side(actor: Any, activity: Activity, handover: Handover | None = None) -> bool:
    """May the actor act for the activity's owner (propose, withdraw, complete)?"""
    orgs: set[int | None] = {activity.lead_organisation_id}
    if activity.owner_id is not None and activity.owner is not None:
        orgs.add(activity.owner.organisation_id)
    if handover is not None:
        orgs.add(handover.from_organisation_id)
        if handover.from_player_id is not None and handover.from_player is not None:
            orgs.add(handover.from_player.organisation_id)
    return any(can_edit_for(actor, activity.municipality_id, org) for org in orgs if org)


def receiver_organisation(handover: Handover) -> int | None:
    if handover.to_organisation_id is not None:
        return handover.to_organisation_id
    if handover.to_player_id is not None and handover.to_player is not None:
        return handover.to_player.organisation_id
    return None


def handover_sides(actor: Any, handover: Handover) -> Sides:
    """The sides the actor is on for this hand-over (used for the buttons and the checks)."""
    activity = handover.activity
    receiver = can_edit_for(actor, activity.municipality_id, receiver_organisation(handover))
    return Sides(
        owner=owner_side(actor, activity, handover),
        receiver=receiver,
        residents=handover.to_residents,
    )


def _refuse(error: IllegalTransition) -> ValidationError:
    return ValidationError(transition_message(error), code=error.code)


def _locked(handover: Handover) -> Handover:
    """The stored hand-over, locked for this transaction (PostgreSQL; SQLite serialises)."""
    return (
        Handover.objects.select_for_update(of=("self",))
        .select_related(
            "activity__owner", "activity__phase", "from_player", "to_player", "to_organisation"
        )
        .get(pk=handover.pk)
    )


def _note(existing: str, note: str) -> str:
    note = note.strip()
    if not note:
        return existing
    return f"{existing}\n{note}" if existing else note


def _check_receiver(
    activity: Activity,
    to_player: Player | None,
    to_organisation: Organisation | None,
    to_residents: bool,
) -> Receiver:
    chosen = [to_player is not None, to_organisation is not None, bool(to_residents)]
    if sum(chosen) != 1:
        raise ValidationError(
            _("Kies één ontvanger: een speler, een organisatie of de bewoners zelf.")
        )
    if to_player is not None:
        if to_player.municipality_id != activity.municipality_id:
            raise ValidationError({"to_player": _("Deze speler werkt niet in deze gemeente.")})
        if not to_player.is_active(timezone.localdate()):
            raise ValidationError({"to_player": _("Deze speler is niet (meer) actief.")})
        return Receiver(ReceiverKind.PLAYER, to_player.pk)
    if to_organisation is not None:
        active_here = to_organisation.municipalities.filter(pk=activity.municipality_id).exists()
        if not active_here:
            raise ValidationError(
                {"to_organisation": _("Deze organisatie is niet actief in deze gemeente.")}
            )
        return Receiver(ReceiverKind.ORGANISATION, to_organisation.pk)
    return Receiver(ReceiverKind.RESIDENTS)


def _is_current_owner(activity: Activity, receiver: Receiver) -> bool:
    if receiver.kind is ReceiverKind.PLAYER:
        return activity.owner_id == receiver.id
    if receiver.kind is ReceiverKind.ORGANISATION:
        # handing back to the lead organisation makes sense only when a person owns it now
        return activity.owner_id is None and activity.lead_organisation_id == receiver.id
    return activity.resident_led and activity.owner_id is None


@transaction.atomic
def handover_propose(
    *,
    actor: Any,
    activity: Activity,
    reason: str,
    due: date,
    to_player: Player | None = None,
    to_organisation: Organisation | None = None,
    to_residents: bool = False,
    today: date | None = None,
) -> Handover:
    """The owner side proposes to pass the activity to a player, an organisation or the
    residents themselves, with a reason and a due date."""
    activity = (
        Activity.objects.select_for_update(of=("self",))
        .select_related("owner", "municipality")
        .get(pk=activity.pk)
    )
    require(owner_side(actor, activity))
    receiver = _check_receiver(activity, to_player, to_organisation, to_residents)
    if not reason.strip():
        raise ValidationError({"reason": _("Geef een reden voor de overdracht.")})
    open_exists = activity.handovers.filter(state__in=OPEN).exists()
    try:
        check_handover_proposal(
            due=due,
            today=today or timezone.localdate(),
            to_current_owner=_is_current_owner(activity, receiver),
            open_handover_exists=open_exists,
        )
        state = handover_transition(
            None,
            HandoverAction.PROPOSE,
            actor_is_owner=True,
            actor_is_receiver=False,
            receiver_is_residents=to_residents,
        )
    except IllegalTransition as error:
        raise _refuse(error) from error
    handover = Handover(
        activity=activity,
        from_player=activity.owner,
        from_organisation=activity.lead_organisation,
        to_player=to_player,
        to_organisation=to_organisation,
        to_residents=bool(to_residents),
        reason=reason.strip(),
        due=due,
        state=state.value,
        proposed_at=timezone.now(),
    )
    handover.full_clean()
    with one_change(handover, user=actor, created=True, reason=_("overdracht voorgesteld")):
        handover.save()
    return handover


def _move(actor: Any, handover: Handover, action: HandoverAction) -> tuple[Handover, str]:
    """Lock, check the actor's side and ask the core; return the locked record and new state."""
    stored = _locked(handover)
    sides = handover_sides(actor, stored)
    require(sides.any)
    try:
        after = handover_transition(
            stored.state,
            action,
            actor_is_owner=sides.owner,
            actor_is_receiver=sides.receiver,
            receiver_is_residents=sides.residents,
        )
    except IllegalTransition as error:
        raise _refuse(error) from error
    return stored, after.value


def _decide(actor: Any, handover: Handover, action: HandoverAction, note: str) -> Handover:
    stored, state = _move(actor, handover, action)
    stored.state = state
    stored.note = _note(stored.note, note)
    stored.decided_at = timezone.now()
    with one_change(stored, user=actor, reason=action_reason(action)):
        stored.save(update_fields=["state", "note", "decided_at", "updated_at"])
    return stored


def action_reason(action: HandoverAction) -> str:
    """The history's change reason for a hand-over action."""
    return {
        HandoverAction.PROPOSE: _("overdracht voorgesteld"),
        HandoverAction.ACCEPT: _("overdracht geaccepteerd"),
        HandoverAction.DECLINE: _("overdracht afgewezen"),
        HandoverAction.COMPLETE: _("overdracht afgerond"),
        HandoverAction.WITHDRAW: _("overdracht ingetrokken"),
    }[action]


@transaction.atomic
def handover_accept(*, actor: Any, handover: Handover, note: str = "") -> Handover:
    """The receiver takes the baton (not yet passed: that is completion)."""
    return _decide(actor, handover, HandoverAction.ACCEPT, note)


@transaction.atomic
def handover_decline(*, actor: Any, handover: Handover, note: str = "") -> Handover:
    """The receiver says no, preferably saying why in ``note``."""
    return _decide(actor, handover, HandoverAction.DECLINE, note)


@transaction.atomic
def handover_withdraw(*, actor: Any, handover: Handover, note: str = "") -> Handover:
    """The owner side takes a proposed or accepted hand-over back."""
    return _decide(actor, handover, HandoverAction.WITHDRAW, note)


@transaction.atomic
def handover_complete(*, actor: Any, handover: Handover, note: str = "") -> Handover:
    """The baton is passed: ownership and phase of the activity move as
    ``core.handover.completion_effect`` says."""
    stored, state = _move(actor, handover, HandoverAction.COMPLETE)
    activity = (
        Activity.objects.select_for_update(of=("self",))
        .select_related("phase")
        .get(pk=stored.activity_id)
    )
    if stored.to_player_id is not None:
        receiver = Receiver(ReceiverKind.PLAYER, stored.to_player_id)
    elif stored.to_organisation_id is not None:
        receiver = Receiver(ReceiverKind.ORGANISATION, stored.to_organisation_id)
    else:
        receiver = Receiver(ReceiverKind.RESIDENTS)
    to_org = stored.to_player.organisation_id if stored.to_player is not None else None
    effect = completion_effect(receiver, phase=activity.phase.key, receiver_organisation=to_org)
    stored.state = state
    stored.note = _note(stored.note, note)
    stored.completed_at = timezone.now()
    reason = action_reason(HandoverAction.COMPLETE)
    with one_change(stored, user=actor, reason=reason):
        stored.save(update_fields=["state", "note", "completed_at", "updated_at"])
    activity.owner_id = effect.owner
    if effect.lead_organisation is not None:
        activity.lead_organisation_id = effect.lead_organisation
    if effect.resident_led is not None:
        activity.resident_led = effect.resident_led
    if effect.phase != activity.phase.key:
        activity.phase = Phase.objects.get(key=effect.phase)
    with one_change(activity, user=actor, reason=reason):
        activity.save()
    return stored
