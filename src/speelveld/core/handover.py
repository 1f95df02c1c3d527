"""Passing the baton (*stokje doorgeven*): the hand-over state machine, in one place.

States and who moves them::

    (new) --propose [owner]--> proposed --accept [receiver]--> accepted
                               proposed --decline [receiver]--> declined
                               accepted --complete [owner or receiver]--> completed
                    proposed | accepted --withdraw [owner]--> withdrawn

``completed``, ``declined`` and ``withdrawn`` are final. *Overdue* is derived (an open hand-over
whose due date has passed, :func:`is_overdue`), never stored.

Why ``withdrawn``: an owner sometimes proposes to the wrong party, or the plan changes (an
eenpitter's assignment is extended, the project stops). Without a way to take a proposal back it
would stay "pending" and turn "overdue" forever, and a new proposal could never be made because
an activity has at most one open hand-over. Withdrawing keeps the record (history) and frees the
way. The receiver cannot withdraw an accepted hand-over; they ask the owner to.

When the receiver is *the residents themselves* (domain.md §2.1, phase 7) they usually have no
account, so the owner records their answer: pass ``receiver_is_residents=True``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from speelveld.core.transitions import IllegalTransition

__all__ = [
    "CompletionEffect",
    "HandoverAction",
    "HandoverState",
    "OrphanCode",
    "OrphanReason",
    "Receiver",
    "ReceiverKind",
    "allowed_handover_actions",
    "check_handover_proposal",
    "completion_effect",
    "handover_transition",
    "is_overdue",
    "orphan_reasons",
]


class HandoverState(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class HandoverAction(StrEnum):
    PROPOSE = "propose"
    ACCEPT = "accept"
    DECLINE = "decline"
    COMPLETE = "complete"
    WITHDRAW = "withdraw"


OPEN_STATES = frozenset({HandoverState.PROPOSED, HandoverState.ACCEPTED})
FINAL_STATES = frozenset({HandoverState.DECLINED, HandoverState.COMPLETED, HandoverState.WITHDRAWN})

_OWNER, _RECEIVER = "owner", "receiver"

_S, _A = HandoverState, HandoverAction
_BY_OWNER, _BY_RECEIVER = frozenset({_OWNER}), frozenset({_RECEIVER})
_BY_EITHER = _BY_OWNER | _BY_RECEIVER

# (state before, action) -> (state after, who may act); ``None`` is a hand-over not yet made
_TRANSITIONS: dict[
    tuple[HandoverState | None, HandoverAction], tuple[HandoverState, frozenset[str]]
]
_TRANSITIONS = {
    (None, _A.PROPOSE): (_S.PROPOSED, _BY_OWNER),
    (_S.PROPOSED, _A.ACCEPT): (_S.ACCEPTED, _BY_RECEIVER),
    (_S.PROPOSED, _A.DECLINE): (_S.DECLINED, _BY_RECEIVER),
    (_S.PROPOSED, _A.WITHDRAW): (_S.WITHDRAWN, _BY_OWNER),
    (_S.ACCEPTED, _A.WITHDRAW): (_S.WITHDRAWN, _BY_OWNER),
    (_S.ACCEPTED, _A.COMPLETE): (_S.COMPLETED, _BY_EITHER),
}


def _state(value: HandoverState | str | None) -> HandoverState | None:
    if value is None or value == "":
        return None
    try:
        return HandoverState(value)
    except ValueError:
        raise IllegalTransition("handover_unknown_state", {"state": str(value)}) from None


def handover_transition(
    state: HandoverState | str | None,
    action: HandoverAction | str,
    *,
    actor_is_owner: bool,
    actor_is_receiver: bool,
    receiver_is_residents: bool = False,
) -> HandoverState:
    """The state after ``action``, or :class:`IllegalTransition` saying why not.

    ``state`` is ``None`` for a hand-over not yet proposed. The owner proposes and withdraws;
    the receiver accepts or declines; either completes an accepted hand-over. With
    ``receiver_is_residents`` the owner may also act for the receiver.

    Codes: ``handover_unknown_state``, ``handover_unknown_action``, ``handover_closed`` (a final
    state), ``handover_not_from_state`` (e.g. complete before accept), ``handover_only_owner``,
    ``handover_only_receiver``, ``handover_only_parties`` (params: ``state``, ``action``).

    >>> handover_transition("proposed", "accept", actor_is_owner=False, actor_is_receiver=True)
    <HandoverState.ACCEPTED: 'accepted'>
    >>> try:
    ...     handover_transition("proposed", "complete", actor_is_owner=True,
    ...                         actor_is_receiver=False)
    ... except IllegalTransition as err:
    ...     err.code
    'handover_not_from_state'

    O(1).
    """
    before = _state(state)
    try:
        act = HandoverAction(action)
    except ValueError:
        raise IllegalTransition("handover_unknown_action", {"action": str(action)}) from None
    params = {"state": before.value if before else "", "action": act.value}
    if before in FINAL_STATES:
        raise IllegalTransition("handover_closed", params)
    rule = _TRANSITIONS.get((before, act))
    if rule is None:
        raise IllegalTransition("handover_not_from_state", params)
    after, who = rule
    acting = _actors(actor_is_owner, actor_is_receiver, receiver_is_residents)
    if not who & acting:
        code = "handover_only_parties" if len(who) > 1 else f"handover_only_{next(iter(who))}"
        raise IllegalTransition(code, params)
    return after


def _actors(owner: bool, receiver: bool, residents: bool) -> frozenset[str]:
    acting = {_OWNER} if owner else set()
    if receiver or (owner and residents):
        acting.add(_RECEIVER)
    return frozenset(acting)


def allowed_handover_actions(
    state: HandoverState | str | None,
    *,
    actor_is_owner: bool,
    actor_is_receiver: bool,
    receiver_is_residents: bool = False,
) -> tuple[HandoverAction, ...]:
    """The actions this actor may take now (the buttons to show), in a fixed order.

    >>> allowed_handover_actions("accepted", actor_is_owner=True, actor_is_receiver=False)
    (<HandoverAction.COMPLETE: 'complete'>, <HandoverAction.WITHDRAW: 'withdraw'>)

    O(1).
    """
    before = _state(state)
    acting = _actors(actor_is_owner, actor_is_receiver, receiver_is_residents)
    return tuple(
        act
        for act in HandoverAction
        if (rule := _TRANSITIONS.get((before, act))) is not None and rule[1] & acting
    )


def check_handover_proposal(
    *, due: date, today: date, to_current_owner: bool, open_handover_exists: bool
) -> None:
    """Refuse a proposal that cannot be right: a due date in the past
    (``handover_due_in_past``), handing over to the current owner (``handover_to_self``), or a
    second open hand-over for the same activity (``handover_already_open``).

    >>> check_handover_proposal(due=date(2025, 3, 1), today=date(2025, 2, 1),
    ...                         to_current_owner=False, open_handover_exists=False)

    O(1).
    """
    if to_current_owner:
        raise IllegalTransition("handover_to_self", {})
    if open_handover_exists:
        raise IllegalTransition("handover_already_open", {})
    if due < today:
        raise IllegalTransition("handover_due_in_past", {"due": due.isoformat()})


def is_overdue(state: HandoverState | str | None, due: date, today: date) -> bool:
    """Overdue: still open (proposed or accepted) the day after its due date.

    >>> is_overdue("accepted", date(2025, 3, 1), date(2025, 3, 2))
    True
    >>> is_overdue("accepted", date(2025, 3, 1), date(2025, 3, 1))
    False
    >>> is_overdue("completed", date(2025, 3, 1), date(2026, 1, 1))
    False

    O(1).
    """
    return _state(state) in OPEN_STATES and today > due


class ReceiverKind(StrEnum):
    PLAYER = "player"
    ORGANISATION = "organisation"
    RESIDENTS = "residents"


@dataclass(frozen=True, slots=True)
class Receiver:
    """Who takes over: a player or an organisation (by id), or the residents themselves."""

    kind: ReceiverKind
    id: int | None = None

    def __post_init__(self) -> None:
        if (self.kind is ReceiverKind.RESIDENTS) != (self.id is None):
            raise ValueError("a player or organisation receiver needs an id; residents have none")


@dataclass(frozen=True, slots=True)
class CompletionEffect:
    """What a completed hand-over changes on the activity. ``owner`` is the new owning player
    (``None``: no personal owner); ``lead_organisation`` and ``resident_led`` are ``None`` when
    unchanged."""

    owner: int | None
    lead_organisation: int | None
    resident_led: bool | None
    phase: str


BORGEN_OVERDRAGEN = "borgen-overdragen"
LOSLATEN = "loslaten"
ONDERSTEUNEN = "ondersteunen"
EVALUEREN = "evalueren"


def completion_effect(
    receiver: Receiver, *, phase: str, receiver_organisation: int | None = None
) -> CompletionEffect:
    """Ownership and phase after a completed hand-over.

    Ownership moves to the receiver: a player becomes the owner (and their organisation, if
    given, the lead); an organisation becomes the lead with no personal owner yet — the
    activity shows as without an owner until the organisation names one; the residents make
    the activity resident-led with no professional owner.

    Phase (domain.md §2.1, phases 6-8): handing over to *the residents* is letting go, so the
    phase becomes ``loslaten`` (unless it is already ``loslaten`` or ``evalueren``). Handing
    over to *another professional* keeps the work going: from ``borgen-overdragen`` — the
    initiative now stands and the new owner backs it — it moves to ``ondersteunen``; any other
    phase stays, as the new owner picks up where the work was.

    >>> completion_effect(Receiver(ReceiverKind.RESIDENTS), phase="borgen-overdragen")
    CompletionEffect(owner=None, lead_organisation=None, resident_led=True, phase='loslaten')
    >>> completion_effect(Receiver(ReceiverKind.PLAYER, 12), phase="borgen-overdragen",
    ...                   receiver_organisation=3)
    CompletionEffect(owner=12, lead_organisation=3, resident_led=None, phase='ondersteunen')

    O(1).
    """
    if receiver.kind is ReceiverKind.RESIDENTS:
        after = phase if phase in {LOSLATEN, EVALUEREN} else LOSLATEN
        return CompletionEffect(owner=None, lead_organisation=None, resident_led=True, phase=after)
    after = ONDERSTEUNEN if phase == BORGEN_OVERDRAGEN else phase
    if receiver.kind is ReceiverKind.ORGANISATION:
        return CompletionEffect(None, receiver.id, None, after)
    return CompletionEffect(receiver.id, receiver_organisation, None, after)


class OrphanCode(StrEnum):
    NO_OWNER = "no_owner"
    OWNER_LEFT = "owner_left"
    OWNER_INACTIVE = "owner_inactive"
    ENDED_WITHOUT_HANDOVER = "ended_without_handover"
    PHASE_WITHOUT_HANDOVER = "phase_without_handover"


@dataclass(frozen=True, slots=True)
class OrphanReason:
    """Why an initiative is without an active owner (or about to be): a code and its
    parameters (dates as ISO strings, a phase key)."""

    code: OrphanCode
    params: dict[str, str]


def orphan_reasons(
    *,
    today: date,
    has_owner: bool,
    owner_active: bool = True,
    owner_active_until: date | None = None,
    end: date | None = None,
    phase: str | None = None,
    resident_led: bool = False,
    closed: bool = False,
    handover_states: Iterable[HandoverState | str] = (),
    grace: timedelta = timedelta(0),
) -> tuple[OrphanReason, ...]:
    """Every reason, in a fixed order, why this initiative has no active owner; empty when it
    is in good hands. A closed activity (completed or stopped) is never an orphan.

    - ``no_owner``: nobody owns it, and it is not resident-led;
    - ``owner_left``: the owner's ``active_until`` lies more than ``grace`` in the past;
    - ``owner_inactive``: the owner is marked inactive (otherwise);
    - ``ended_without_handover``: the end date lies more than ``grace`` in the past and no
      hand-over of the activity was completed;
    - ``phase_without_handover``: in ``borgen-overdragen`` or ``loslaten`` with no hand-over
      proposed, accepted or completed — unless the residents already own it.

    ``handover_states`` are the states of the activity's hand-overs.

    >>> [r.code.value for r in orphan_reasons(today=date(2025, 6, 1), has_owner=True,
    ...     owner_active_until=date(2025, 1, 31), phase="loslaten")]
    ['owner_left', 'phase_without_handover']

    O(h) for h hand-overs.
    """
    if closed:
        return ()
    states = {_state(s) for s in handover_states}
    completed = HandoverState.COMPLETED in states
    residents_own = resident_led and not has_owner
    out: list[OrphanReason] = []
    if not has_owner and not resident_led:
        out.append(OrphanReason(OrphanCode.NO_OWNER, {}))
    if has_owner and owner_active_until is not None and owner_active_until + grace < today:
        since = owner_active_until.isoformat()
        out.append(OrphanReason(OrphanCode.OWNER_LEFT, {"since": since}))
    elif has_owner and not owner_active:
        out.append(OrphanReason(OrphanCode.OWNER_INACTIVE, {}))
    if end is not None and end + grace < today and not completed:
        out.append(OrphanReason(OrphanCode.ENDED_WITHOUT_HANDOVER, {"end": end.isoformat()}))
    planned = completed or bool(states & OPEN_STATES)
    if phase in {BORGEN_OVERDRAGEN, LOSLATEN} and not planned and not residents_own:
        out.append(OrphanReason(OrphanCode.PHASE_WITHOUT_HANDOVER, {"phase": phase}))
    return tuple(out)
