"""speelveld seed: add the seed vocabularies and role catalogue (only what is missing)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from speelveld.catalogue.services import catalogue_seed


class Command(BaseCommand):
    help = (
        "Vul thema's, doelgroepen, fases, methodieken, werkvormen, talen en rollen aan "
        "(wijzigt niets wat al bestaat). / Add missing seed vocabularies and roles."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for name, count in catalogue_seed().items():
            self.stdout.write(f"{name:<16} +{count}")
