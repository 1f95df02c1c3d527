"""speelveld serve: serve Speelveld on this machine."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = (
        "Start Speelveld op deze computer (standaard http://127.0.0.1:8000). Voor productie: "
        "gunicorn speelveld.wsgi. / Serve Speelveld locally; use gunicorn in production."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "addrport",
            nargs="?",
            default="127.0.0.1:8000",
            help="Adres en poort (default 127.0.0.1:8000).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(f"Speelveld: http://{options['addrport']}/  (Ctrl+C stopt)")
        call_command("runserver", options["addrport"], use_reloader=False)
