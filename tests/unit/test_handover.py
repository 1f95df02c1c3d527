"""Passing the baton: every legal hand-over transition, every illegal one refused with its
code, overdue derivation, completion effects and orphaned initiatives (no database)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from speelveld.core.handover import (
    CompletionEffect,
    HandoverAction,
    HandoverState,
    OrphanCode,
    Receiver,
    ReceiverKind,
    allowed_handover_actions,
    check_handover_proposal,
    completion_effect,
    handover_transition,
    is_overdue,
    orphan_reasons,
)
from speelveld.core.transitions import IllegalTransition

S, A = HandoverState, HandoverAction
OWNER = {"actor_is_owner": True, "actor_is_receiver": False}
RECEIVER = {"actor_is_owner": False, "actor_is_receiver": True}
NOBODY = {"actor_is_owner": False, "actor_is_receiver": False}

LEGAL = {
    (None, A.PROPOSE): (S.PROPOSED, [OWNER]),
    (S.PROPOSED, A.ACCEPT): (S.ACCEPTED, [RECEIVER]),
    (S.PROPOSED, A.DECLINE): (S.DECLINED, [RECEIVER]),
    (S.PROPOSED, A.WITHDRAW): (S.WITHDRAWN, [OWNER]),
    (S.ACCEPTED, A.WITHDRAW): (S.WITHDRAWN, [OWNER]),
    (S.ACCEPTED, A.COMPLETE): (S.COMPLETED, [OWNER, RECEIVER]),
}
STATES: list[HandoverState | None] = [None, *HandoverState]


@pytest.mark.parametrize(("step", "outcome"), LEGAL.items(), ids=lambda v: str(v))
def test_every_legal_transition_works(
    step: tuple[HandoverState | None, HandoverAction],
    outcome: tuple[HandoverState, list[dict[str, bool]]],
) -> None:
    before, action = step
    after, actors = outcome
    for actor in actors:
        assert handover_transition(before, action, **actor) is after
        assert handover_transition(before and before.value, action.value, **actor) is after


def test_a_walk_from_proposal_to_completion() -> None:
    state = handover_transition(None, "propose", **OWNER)
    state = handover_transition(state, "accept", **RECEIVER)
    assert handover_transition(state, "complete", **RECEIVER) is S.COMPLETED


@pytest.mark.parametrize(
    ("before", "action"),
    [(b, a) for b, a in itertools.product(STATES, HandoverAction) if (b, a) not in LEGAL],
    ids=str,
)
def test_every_illegal_transition_is_refused_with_its_code(
    before: HandoverState | None, action: HandoverAction
) -> None:
    for actor in (OWNER, RECEIVER):
        with pytest.raises(IllegalTransition) as err:
            handover_transition(before, action, **actor)
        final = before in {S.DECLINED, S.COMPLETED, S.WITHDRAWN}
        assert err.value.code == ("handover_closed" if final else "handover_not_from_state")
        assert err.value.params == {"state": before.value if before else "", "action": action}


@pytest.mark.parametrize(
    ("before", "action", "actor", "code"),
    [
        (None, A.PROPOSE, RECEIVER, "handover_only_owner"),
        (S.PROPOSED, A.ACCEPT, OWNER, "handover_only_receiver"),
        (S.PROPOSED, A.DECLINE, OWNER, "handover_only_receiver"),
        (S.PROPOSED, A.WITHDRAW, RECEIVER, "handover_only_owner"),
        (S.ACCEPTED, A.WITHDRAW, RECEIVER, "handover_only_owner"),
        (S.ACCEPTED, A.COMPLETE, NOBODY, "handover_only_parties"),
        (S.PROPOSED, A.ACCEPT, NOBODY, "handover_only_receiver"),
    ],
)
def test_the_wrong_actor_is_refused(
    before: HandoverState | None, action: HandoverAction, actor: dict[str, bool], code: str
) -> None:
    with pytest.raises(IllegalTransition) as err:
        handover_transition(before, action, **actor)
    assert err.value.code == code


def test_the_owner_records_the_residents_answer() -> None:
    for action, after in ((A.ACCEPT, S.ACCEPTED), (A.DECLINE, S.DECLINED)):
        got = handover_transition(S.PROPOSED, action, receiver_is_residents=True, **OWNER)
        assert got is after
    with pytest.raises(IllegalTransition):
        handover_transition(S.PROPOSED, A.ACCEPT, receiver_is_residents=True, **NOBODY)


def test_unknown_states_and_actions_have_codes() -> None:
    with pytest.raises(IllegalTransition) as err:
        handover_transition("overdue", A.ACCEPT, **RECEIVER)  # overdue is never a state
    assert err.value.code == "handover_unknown_state"
    with pytest.raises(IllegalTransition) as err:
        handover_transition(S.PROPOSED, "approve", **RECEIVER)
    assert err.value.code == "handover_unknown_action"


def test_allowed_actions_match_the_transition_rules() -> None:
    for before in STATES:
        for actor in (OWNER, RECEIVER, NOBODY):
            allowed = allowed_handover_actions(before, **actor)
            for action in HandoverAction:
                try:
                    handover_transition(before, action, **actor)
                    works = True
                except IllegalTransition:
                    works = False
                assert (action in allowed) is works
    assert allowed_handover_actions(S.PROPOSED, **RECEIVER) == (A.ACCEPT, A.DECLINE)


def test_proposal_checks() -> None:
    today = date(2025, 5, 1)
    check_handover_proposal(
        due=today, today=today, to_current_owner=False, open_handover_exists=False
    )
    cases: list[tuple[dict[str, object], str]] = [
        ({"due": today - timedelta(days=1)}, "handover_due_in_past"),
        ({"to_current_owner": True}, "handover_to_self"),
        ({"open_handover_exists": True}, "handover_already_open"),
    ]
    for change, code in cases:
        kwargs: dict[str, object] = {
            "due": today, "to_current_owner": False, "open_handover_exists": False, **change,
        }  # fmt: skip
        with pytest.raises(IllegalTransition) as err:
            check_handover_proposal(today=today, **kwargs)  # type: ignore[arg-type]
        assert err.value.code == code


@pytest.mark.parametrize(
    ("state", "today", "overdue"),
    [
        (S.PROPOSED, date(2025, 3, 2), True),
        (S.ACCEPTED, date(2025, 3, 2), True),
        (S.ACCEPTED, date(2025, 3, 1), False),  # the due date itself is still on time
        (S.PROPOSED, date(2025, 2, 1), False),
        (S.COMPLETED, date(2026, 1, 1), False),
        (S.DECLINED, date(2026, 1, 1), False),
        (S.WITHDRAWN, date(2026, 1, 1), False),
    ],
)
def test_overdue_is_derived(state: HandoverState, today: date, overdue: bool) -> None:
    assert is_overdue(state, date(2025, 3, 1), today) is overdue


@pytest.mark.parametrize(
    ("receiver", "phase", "effect"),
    [
        (Receiver(ReceiverKind.RESIDENTS), "borgen-overdragen",
         CompletionEffect(None, None, True, "loslaten")),
        (Receiver(ReceiverKind.RESIDENTS), "ondersteunen",
         CompletionEffect(None, None, True, "loslaten")),
        (Receiver(ReceiverKind.RESIDENTS), "evalueren",
         CompletionEffect(None, None, True, "evalueren")),
        (Receiver(ReceiverKind.PLAYER, 5), "borgen-overdragen",
         CompletionEffect(5, 9, None, "ondersteunen")),
        (Receiver(ReceiverKind.PLAYER, 5), "organiseren",
         CompletionEffect(5, 9, None, "organiseren")),
        (Receiver(ReceiverKind.ORGANISATION, 3), "borgen-overdragen",
         CompletionEffect(None, 3, None, "ondersteunen")),
        (Receiver(ReceiverKind.ORGANISATION, 3), "verbinden",
         CompletionEffect(None, 3, None, "verbinden")),
    ],
)  # fmt: skip
def test_completion_moves_ownership_and_phase(
    receiver: Receiver, phase: str, effect: CompletionEffect
) -> None:
    assert completion_effect(receiver, phase=phase, receiver_organisation=9) == effect


def test_a_receiver_needs_an_id_unless_it_is_the_residents() -> None:
    with pytest.raises(ValueError):
        Receiver(ReceiverKind.PLAYER)
    with pytest.raises(ValueError):
        Receiver(ReceiverKind.RESIDENTS, 4)


TODAY = date(2025, 6, 1)


def orphan_codes(**facts: object) -> list[str]:
    base: dict[str, object] = {"today": TODAY, "has_owner": True}
    base.update(facts)
    return [r.code.value for r in orphan_reasons(**base)]  # type: ignore[arg-type]


def test_an_initiative_in_good_hands_has_no_reasons() -> None:
    assert orphan_codes(phase="organiseren", end=TODAY, owner_active_until=TODAY) == []


def test_an_owner_who_left_makes_an_orphan() -> None:
    reasons = orphan_reasons(today=TODAY, has_owner=True, owner_active_until=date(2025, 5, 1))
    assert [(r.code, r.params) for r in reasons] == [
        (OrphanCode.OWNER_LEFT, {"since": "2025-05-01"})
    ]
    assert orphan_codes(owner_active_until=date(2025, 5, 1), grace=timedelta(weeks=6)) == []
    assert orphan_codes(owner_active=False) == ["owner_inactive"]


def test_no_owner_unless_the_residents_own_it() -> None:
    assert orphan_codes(has_owner=False) == ["no_owner"]
    assert orphan_codes(has_owner=False, resident_led=True, phase="loslaten") == []


def test_an_end_date_passed_without_a_completed_handover() -> None:
    ended = date(2025, 3, 31)
    assert orphan_codes(end=ended) == ["ended_without_handover"]
    assert orphan_codes(end=ended, handover_states=["accepted"]) == ["ended_without_handover"]
    assert orphan_codes(end=ended, handover_states=["declined", "completed"]) == []
    assert orphan_codes(end=ended, closed=True) == []


@pytest.mark.parametrize("phase", ["borgen-overdragen", "loslaten"])
def test_letting_go_needs_a_planned_handover(phase: str) -> None:
    assert orphan_codes(phase=phase) == ["phase_without_handover"]
    assert orphan_codes(phase=phase, handover_states=[S.DECLINED]) == ["phase_without_handover"]
    for planned in ("proposed", "accepted", "completed"):
        assert orphan_codes(phase=phase, handover_states=[planned]) == []


def test_reasons_come_in_a_fixed_order() -> None:
    assert orphan_codes(has_owner=False, end=date(2025, 1, 1), phase="loslaten") == [
        "no_owner",
        "ended_without_handover",
        "phase_without_handover",
    ]
