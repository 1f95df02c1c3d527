"""speelveld remind: one digest per person per day, with what waits for them, via Django's
e-mail backend (mail.outbox in tests)."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from speelveld.activities.models import Activity, ActivityStatus, Handover, ReminderLog
from speelveld.activities.reminders import reminder_digests
from speelveld.places.models import Area
from speelveld.players.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(demo_municipality: Area, make_user: Any) -> dict[str, Any]:
    today = timezone.localdate()
    activity = (
        Activity.objects.filter(municipality=demo_municipality, status=ActivityStatus.RUNNING)
        .exclude(handovers__state__in=["proposed", "accepted"])
        .order_by("pk")
        .first()
    )
    assert activity is not None
    receiver = Organisation.objects.create(name="Buurtkracht Noord", type="bewoners")
    receiver.municipalities.add(demo_municipality)  # new: nothing else waits for it
    waiting = Handover.objects.create(
        activity=activity,
        from_organisation=activity.lead_organisation,
        to_organisation=receiver,
        reason="Wilt u dit overnemen?",
        due=today - timedelta(days=2),
        state="proposed",
    )
    users = {
        "beheerder": make_user("beheerder", demo_municipality),
        "giver": make_user("redacteur", demo_municipality, activity.lead_organisation),
        "taker": make_user("redacteur", demo_municipality, receiver),
        "reader": make_user("opdrachtgever", demo_municipality),
    }
    for name, user in users.items():
        user.email = f"{name}@example.org"
        user.save()
    return {**users, "handover": waiting, "activity": activity, "today": today}


def _mail_to(address: str) -> Any:
    return next(m for m in mail.outbox if m.to == [address])


def _section(body: str, title: str) -> str:
    """One section of the Dutch part of a digest."""
    dutch = body.split("----- English")[0]
    if title not in dutch:
        return ""
    return dutch.split(title, 1)[1].split("\n\n", 1)[0]


def test_each_person_gets_one_digest_with_what_waits_for_them(people: dict[str, Any]) -> None:
    out = StringIO()
    call_command("remind", "--date", people["today"].isoformat(), stdout=out)
    title = people["activity"].title
    taker = _mail_to("taker@example.org")
    assert title in _section(taker.body, "Wacht op uw antwoord (1)")
    assert "2 dagen te laat" in taker.body
    assert f"/activiteit/{people['activity'].pk}/#overdrachten" in taker.body
    assert "----- English -----" in taker.body  # Dutch first, English below
    giver = _mail_to("giver@example.org")
    assert "Overdrachten die te laat zijn" in giver.body and title in giver.body
    assert title in _section(giver.body, "Overdrachten die te laat zijn")
    assert title not in _section(giver.body, "Wacht op uw antwoord")
    beheerder = _mail_to("beheerder@example.org")
    assert title in beheerder.body and "zonder actieve eigenaar" in beheerder.body
    assert not [m for m in mail.outbox if m.to == ["reader@example.org"]]  # nothing for readers
    assert len([m for m in mail.outbox if m.to == ["taker@example.org"]]) == 1
    assert "verstuurd / sent" in out.getvalue()


def test_remind_is_idempotent_per_day(people: dict[str, Any]) -> None:
    day = people["today"].isoformat()
    call_command("remind", "--date", day, stdout=StringIO())
    sent = len(mail.outbox)
    assert sent >= 3
    out = StringIO()
    call_command("remind", "--date", day, stdout=out)
    assert len(mail.outbox) == sent  # nothing new on the same day
    assert "already sent today" in out.getvalue()
    log = ReminderLog.objects.get(user=people["taker"], day=people["today"])
    assert len(log.digest_hash) == 64 and log.items >= 1
    tomorrow = (people["today"] + timedelta(days=1)).isoformat()
    call_command("remind", "--date", tomorrow, stdout=StringIO())
    assert len(mail.outbox) > sent  # a new day, a new digest


def test_dry_run_sends_and_logs_nothing(people: dict[str, Any]) -> None:
    out = StringIO()
    call_command("remind", "--date", people["today"].isoformat(), "--dry-run", stdout=out)
    assert mail.outbox == []
    assert not ReminderLog.objects.exists()
    assert "taker@example.org" in out.getvalue() and "would send" in out.getvalue()


def test_nothing_waiting_means_no_mail(people: dict[str, Any]) -> None:
    Handover.objects.filter(pk=people["handover"].pk).update(state="completed")
    digests = {d.user.pk: d for d in reminder_digests(today=people["today"])}
    assert digests[people["taker"].pk].size == 0
    call_command("remind", "--date", people["today"].isoformat(), stdout=StringIO())
    assert not [m for m in mail.outbox if m.to == ["taker@example.org"]]


def test_a_failed_send_leaves_no_log_so_the_next_run_retries(
    people: dict[str, Any], settings: Any
) -> None:
    settings.EMAIL_BACKEND = "tests.integration.test_remind.FailingBackend"
    err = StringIO()
    with pytest.raises(CommandError, match="niet verstuurd"):
        call_command("remind", "--date", people["today"].isoformat(), stdout=StringIO(), stderr=err)
    assert "SMTP server unreachable" in err.getvalue()
    assert not ReminderLog.objects.exists()


class FailingBackend:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def send_messages(self, messages: Any) -> int:
        raise OSError("SMTP server unreachable")
