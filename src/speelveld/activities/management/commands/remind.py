"""speelveld remind: send each person one digest of what waits for them."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from speelveld.activities.reminders import reminders_send


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--date: geen datum (JJJJ-MM-DD) / not a date: {value!r}") from None


class Command(BaseCommand):
    help = (
        "Stuur iedere beheerder en redacteur één e-mail met wat op hen wacht: overdrachten om "
        "te beantwoorden, overdrachten die te laat zijn, initiatieven zonder actieve eigenaar "
        "en uitdaagrecht-stappen over tijd. Hoogstens één e-mail per persoon per dag. / Send "
        "each beheerder and redacteur one digest of what waits for them; at most one per "
        "person per day."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--date", type=_day, default=None, help="Dag / day (JJJJ-MM-DD; default: vandaag)."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Laat zien wat verstuurd zou worden, verstuur niets. / Preview, send nothing.",
        )
        parser.add_argument(
            "--base-url",
            default=getattr(settings, "SPEELVELD_BASE_URL", "") or "http://127.0.0.1:8000",
            help="Adres van Speelveld voor de links / site address for the links.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        today = options["date"] or timezone.localdate()
        report = reminders_send(
            today=today, base_url=options["base_url"], dry_run=options["dry_run"]
        )
        for to, subject, body in report.previews:
            self.stdout.write(f"Aan / to: {to}\nOnderwerp / subject: {subject}\n\n{body}\n")
        verb = "zou versturen / would send" if options["dry_run"] else "verstuurd / sent"
        sent = len(report.previews) if options["dry_run"] else len(report.sent)
        self.stdout.write(
            f"{today.isoformat()}: {verb} {sent} · al verstuurd vandaag / already sent today "
            f"{len(report.already)} · niets te melden / nothing to report "
            f"{len(report.nothing)} · zonder e-mailadres / without address "
            f"{len(report.no_address)}"
        )
        if report.no_address:
            names = ", ".join(report.no_address)
            self.stdout.write(f"  zonder e-mailadres / without address: {names}")
        if report.failed:
            for name, error in report.failed:
                self.stderr.write(f"  niet verstuurd / not sent: {name}: {error}")
            raise CommandError(
                f"{len(report.failed)} e-mail(s) niet verstuurd; morgen of bij een volgende run "
                "opnieuw / not sent, retried on the next run"
            )
