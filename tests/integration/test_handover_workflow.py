"""Passing the baton through the real views and services: every legal hand-over transition,
a refusal of each illegal one, who may press which button, and what completion changes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from speelveld.activities.handover_services import (
    handover_accept,
    handover_complete,
    handover_decline,
    handover_propose,
    handover_withdraw,
)
from speelveld.activities.models import Activity, ActivityStatus, Handover
from speelveld.catalogue.models import Phase
from speelveld.places.models import Area
from speelveld.players.models import Organisation, Player

pytestmark = pytest.mark.django_db

OPEN = ("proposed", "accepted")


@pytest.fixture
def field(demo_municipality: Area, make_user: Any) -> dict[str, Any]:
    """A running activity owned within its lead organisation, with no open hand-over, a
    receiving player of another organisation, and the users on each side."""
    today = timezone.localdate()
    activity = (
        Activity.objects.filter(
            municipality=demo_municipality,
            status=ActivityStatus.RUNNING,
            owner__organisation__isnull=False,
            owner__active_until__isnull=True,
        )
        .exclude(handovers__state__in=OPEN)
        .select_related("owner", "lead_organisation")
        .order_by("pk")
        .first()
    )
    assert activity is not None
    Activity.objects.filter(pk=activity.pk).update(
        lead_organisation=activity.owner.organisation,  # type: ignore[union-attr]
        phase=Phase.objects.get(key="borgen-overdragen"),
    )
    activity.refresh_from_db()
    receiver = (
        Player.objects.filter(municipality=demo_municipality, organisation__isnull=False)
        .exclude(organisation=activity.lead_organisation)
        .exclude(active_until__lt=today)
        .exclude(active_from__gt=today)
        .order_by("pk")
        .first()
    )
    assert receiver is not None and receiver.organisation is not None
    other = (
        Organisation.objects.filter(municipalities=demo_municipality)
        .exclude(pk__in=[activity.lead_organisation_id, receiver.organisation_id])
        .order_by("pk")
        .first()
    )
    return {
        "activity": activity,
        "receiver": receiver,
        "other_org": other,
        "owner_user": make_user("redacteur", demo_municipality, activity.lead_organisation),
        "receiver_user": make_user("redacteur", demo_municipality, receiver.organisation),
        "outsider": make_user("redacteur", demo_municipality, other),
        "beheerder": make_user("beheerder", demo_municipality),
        "reader": make_user("opdrachtgever", demo_municipality),
        "due": today + timedelta(days=30),
    }


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _propose(f: dict[str, Any], **receiver: Any) -> Handover:
    return handover_propose(
        actor=f["owner_user"],
        activity=f["activity"],
        reason="Het initiatief staat; de buurt neemt het over.",
        due=f["due"],
        **(receiver or {"to_player": f["receiver"]}),
    )


def test_proposed_accepted_completed_through_the_pages_moves_owner_and_phase(
    field: dict[str, Any],
) -> None:
    f = field
    activity, receiver = f["activity"], f["receiver"]
    owner = _client(f["owner_user"])
    response = owner.post(
        reverse("handover-propose", args=[activity.pk]),
        {
            "receiver_kind": "player",
            "to_player": receiver.pk,
            "reason": "Ik stop hier per 1 maart.",
            "due": f["due"].isoformat(),
        },
    )
    assert response.status_code == 302
    handover = Handover.objects.get(activity=activity, state="proposed")
    assert handover.proposed_at is not None and handover.from_player_id == activity.owner_id
    page = _client(f["receiver_user"]).get(reverse("activity", args=[activity.pk]))
    html = page.content.decode()
    assert reverse("handover-action", args=[handover.pk, "accepteren"]) in html
    assert reverse("handover-action", args=[handover.pk, "intrekken"]) not in html

    taker = _client(f["receiver_user"])
    url = reverse("handover-action", args=[handover.pk, "accepteren"])
    assert taker.post(url, {"note": "Graag, ik neem het over."}).status_code == 302
    handover.refresh_from_db()
    assert handover.state == "accepted" and handover.decided_at is not None
    assert "Graag" in handover.note

    url = reverse("handover-action", args=[handover.pk, "afronden"])
    assert taker.post(url, {"note": "Sleutels overgedragen."}).status_code == 302
    handover.refresh_from_db()
    activity.refresh_from_db()
    assert handover.state == "completed" and handover.completed_at is not None
    assert activity.owner_id == receiver.pk
    assert activity.lead_organisation_id == receiver.organisation_id
    assert activity.phase.key == "ondersteunen"  # borgen-overdragen → the new owner backs it
    assert handover.history.count() == 3  # proposed, accepted, completed: one record each
    assert activity.history.first().history_change_reason == "overdracht afgerond"


def test_declined_with_a_note(field: dict[str, Any]) -> None:
    handover = _propose(field)
    done = handover_decline(actor=field["receiver_user"], handover=handover, note="Geen tijd.")
    assert done.state == "declined" and done.note == "Geen tijd." and done.decided_at
    field["activity"].refresh_from_db()
    assert field["activity"].owner_id != field["receiver"].pk


@pytest.mark.parametrize("accept_first", [False, True])
def test_withdrawn_by_the_owner_from_proposed_or_accepted(
    field: dict[str, Any], accept_first: bool
) -> None:
    handover = _propose(field)
    if accept_first:
        handover = handover_accept(actor=field["receiver_user"], handover=handover)
    done = handover_withdraw(actor=field["owner_user"], handover=handover, note="Verkeerd adres.")
    assert done.state == "withdrawn"
    again = _propose(field)  # withdrawing frees the way for a new proposal
    assert again.state == "proposed"


def test_to_an_organisation_makes_it_the_lead_without_a_personal_owner(
    field: dict[str, Any], make_user: Any, demo_municipality: Area
) -> None:
    org = field["other_org"]
    handover = _propose(field, to_organisation=org)
    taker = make_user("redacteur", demo_municipality, org)
    handover_accept(actor=taker, handover=handover)
    handover_complete(actor=field["owner_user"], handover=handover)  # either side completes
    activity = Activity.objects.get(pk=field["activity"].pk)
    assert activity.lead_organisation_id == org.pk and activity.owner_id is None


@pytest.mark.parametrize("who", ["owner_user", "beheerder"])
def test_to_the_residents_is_letting_go(field: dict[str, Any], who: str) -> None:
    handover = _propose(field, to_residents=True)
    actor = field[who]  # residents have no account: the owner side or beheerder records it
    handover_accept(actor=actor, handover=handover, note="Bewonersavond: ja.")
    handover_complete(actor=actor, handover=handover)
    activity = Activity.objects.get(pk=field["activity"].pk)
    assert activity.resident_led and activity.owner_id is None
    assert activity.phase.key == "loslaten"


def test_the_receiver_of_a_resident_handover_cannot_be_another_organisation(
    field: dict[str, Any],
) -> None:
    handover = _propose(field, to_residents=True)
    with pytest.raises(PermissionDenied):
        handover_accept(actor=field["receiver_user"], handover=handover)


def _refusal(call: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize(
    ("setup", "actor", "action", "code"),
    [
        ("proposed", "owner_user", "accept", "handover_only_receiver"),
        ("proposed", "owner_user", "decline", "handover_only_receiver"),
        ("proposed", "receiver_user", "withdraw", "handover_only_owner"),
        ("proposed", "receiver_user", "complete", "handover_not_from_state"),
        ("accepted", "receiver_user", "accept", "handover_not_from_state"),
        ("accepted", "receiver_user", "decline", "handover_not_from_state"),
        ("accepted", "receiver_user", "withdraw", "handover_only_owner"),
        ("declined", "receiver_user", "accept", "handover_closed"),
        ("declined", "owner_user", "withdraw", "handover_closed"),
        ("completed", "owner_user", "withdraw", "handover_closed"),
        ("completed", "receiver_user", "complete", "handover_closed"),
        ("withdrawn", "receiver_user", "accept", "handover_closed"),
        ("withdrawn", "owner_user", "complete", "handover_closed"),
    ],
)
def test_each_illegal_transition_is_refused_with_a_clear_message(
    field: dict[str, Any], setup: str, actor: str, action: str, code: str
) -> None:
    handover = _propose(field)
    receiver, owner = field["receiver_user"], field["owner_user"]
    if setup in ("accepted", "completed"):
        handover = handover_accept(actor=receiver, handover=handover)
    if setup == "completed":
        handover = handover_complete(actor=receiver, handover=handover)
    if setup == "declined":
        handover = handover_decline(actor=receiver, handover=handover)
    if setup == "withdrawn":
        handover = handover_withdraw(actor=owner, handover=handover)
    service = {
        "accept": handover_accept,
        "decline": handover_decline,
        "complete": handover_complete,
        "withdraw": handover_withdraw,
    }[action]
    error = _refusal(lambda: service(actor=field[actor], handover=handover))
    assert error.code == code
    assert error.messages and all(len(m) > 20 for m in error.messages)  # a sentence, not a code
    assert "handover_" not in error.messages[0]
    assert Handover.objects.get(pk=handover.pk).state == setup  # nothing changed


def test_illegal_proposals_are_refused(field: dict[str, Any]) -> None:
    f = field
    past = _refusal(
        lambda: handover_propose(
            actor=f["owner_user"],
            activity=f["activity"],
            reason="x",
            due=timezone.localdate() - timedelta(days=1),
            to_player=f["receiver"],
        )
    )
    assert past.code == "handover_due_in_past" and "verleden" in past.messages[0]
    to_self = _refusal(lambda: _propose(f, to_player=f["activity"].owner))
    assert to_self.code == "handover_to_self"
    _propose(f)
    twice = _refusal(lambda: _propose(f, to_organisation=f["other_org"]))
    assert twice.code == "handover_already_open" and "loopt al" in twice.messages[0]
    none = _refusal(lambda: _propose(f, to_player=None, to_residents=False))  # no receiver
    assert "één ontvanger" in none.messages[0]


def test_a_redacteur_of_another_organisation_cannot_accept_or_complete(
    field: dict[str, Any],
) -> None:
    handover = _propose(field)
    outsider = field["outsider"]
    with pytest.raises(PermissionDenied):
        handover_accept(actor=outsider, handover=handover)
    handover_accept(actor=field["receiver_user"], handover=handover)
    with pytest.raises(PermissionDenied):
        handover_complete(actor=outsider, handover=handover)
    with pytest.raises(PermissionDenied):  # nor propose for someone else's activity
        handover_propose(
            actor=outsider,
            activity=field["activity"],
            reason="x",
            due=field["due"],
            to_residents=True,
        )
    url = reverse("handover-action", args=[handover.pk, "afronden"])
    assert _client(outsider).post(url).status_code == 403
    assert _client(field["reader"]).post(url).status_code == 403
    assert Handover.objects.get(pk=handover.pk).state == "accepted"


def test_an_illegal_button_press_shows_the_message_on_the_activity_page(
    field: dict[str, Any],
) -> None:
    handover = _propose(field)
    client = _client(field["receiver_user"])
    url = reverse("handover-action", args=[handover.pk, "afronden"])
    page = client.post(url, follow=True).content.decode()
    assert "pas worden afgerond als de ontvanger" in page
    assert Handover.objects.get(pk=handover.pk).state == "proposed"


def test_readers_see_the_timeline_but_no_controls(field: dict[str, Any]) -> None:
    _propose(field)
    url = reverse("activity", args=[field["activity"].pk])
    for client in (Client(), _client(field["reader"]), _client(field["outsider"])):
        html = client.get(url).content.decode()
        assert 'data-testid="handover"' in html
        assert "/overdracht/" not in html and 'data-testid="propose"' not in html
    html = _client(field["owner_user"]).get(url).content.decode()
    assert "intrekken" in html and 'data-testid="propose"' not in html  # one open at a time


def test_the_propose_form_names_field_errors_and_keeps_the_input(field: dict[str, Any]) -> None:
    client = _client(field["owner_user"])
    url = reverse("handover-propose", args=[field["activity"].pk])
    response = client.post(
        url,
        {
            "receiver_kind": "player",
            "reason": "Ik stop ermee.",
            "due": (date.today() - timedelta(days=3)).isoformat(),
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kies de speler die het stokje overneemt." in html and "Ik stop ermee." in html
    assert not Handover.objects.filter(activity=field["activity"], state="proposed").exists()
