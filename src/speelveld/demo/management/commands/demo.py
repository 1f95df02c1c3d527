"""speelveld demo: build the demo municipality from a seed and serve it."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from speelveld.demo.load import field_load
from speelveld.demo.users import demo_users_create
from speelveld.synth.demo import demo_field


class Command(BaseCommand):
    help = (
        "Bouw de demogemeente Lindeveen (reproduceerbaar uit --seed), maak demo-accounts en "
        "start de server. / Build the demo municipality from --seed, create demo accounts and "
        "serve it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seed", type=int, default=7, help="Seed (default 7).")
        parser.add_argument(
            "--no-serve",
            action="store_true",
            help="Alleen laden, niet serveren. / Load only, do not serve.",
        )
        parser.add_argument(
            "--addrport", default="127.0.0.1:8000", help="Adres en poort (default 127.0.0.1:8000)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        records = demo_field(seed=options["seed"])
        steps = [
            "areas",
            "organisations",
            "players",
            "activities",
            "collaborations",
            "handovers",
            "history",
        ]

        def progress(step: str) -> None:
            done = steps.index(step) + 1
            bar = "#" * (done * 20 // len(steps))
            self.stdout.write(f"\r[{bar:<20}] {step:<15}", ending="")
            self.stdout.flush()

        municipality = field_load(records, progress=progress)
        self.stdout.write("\r" + " " * 40 + "\r", ending="")
        accounts = demo_users_create(municipality=municipality)
        self.stdout.write(
            f"Gemeente / municipality: {municipality.name} {municipality.code}"
            f" (indeling {municipality.year}, seed {options['seed']})"
        )
        for name, count in records.counts().items():
            self.stdout.write(f"  {name:<15} {count:>5}")
        self.stdout.write("Demo-accounts (wachtwoord / password):")
        for account in accounts:
            self.stdout.write(
                f"  {account.username:<22} {account.password:<14} {account.role:<14} "
                f"{account.scope}"
            )
        if not options["no_serve"]:
            call_command("serve", addrport=options["addrport"])
