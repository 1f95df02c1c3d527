"""speelveld token: create, list and revoke API keys for a user."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from speelveld.api.models import ApiToken
from speelveld.api.services import token_create, token_revoke, user_named


class Command(BaseCommand):
    help = (
        "Beheer API-sleutels: create maakt er een (de sleutel wordt één keer getoond), list "
        "toont ze, revoke trekt ze in. / Manage API keys: create (the key is shown once), list, "
        "revoke."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="create|list|revoke")
        create = actions.add_parser("create", help="Maak een sleutel / create a key.")
        create.add_argument("--user", required=True, help="Gebruikersnaam / username.")
        create.add_argument("--name", default="", help="Waarvoor de sleutel is / what it is for.")
        listing = actions.add_parser("list", help="Toon de sleutels / list the keys.")
        listing.add_argument("--user", help="Alleen van deze gebruiker / only this user's.")
        revoke = actions.add_parser("revoke", help="Trek sleutels in / revoke keys.")
        revoke.add_argument("--id", type=int, help="Het nummer uit list / the id from list.")
        revoke.add_argument("--user", help="Gebruikersnaam / username.")
        revoke.add_argument("--name", help="Met --user: de sleutel met deze naam.")
        revoke.add_argument("--all", action="store_true", help="Met --user: al zijn sleutels.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            getattr(self, f"_{options['action']}")(options)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error

    def _create(self, options: dict[str, Any]) -> None:
        user = user_named(options["user"])
        token, key = token_create(actor=None, user=user, name=options["name"] or "cli")
        self.stdout.write(key)
        self.stderr.write(
            f"Sleutel {token.pk} ({token.name}) voor {user.get_username()}; bewaar hem nu, hij "
            "wordt niet meer getoond. / Keep this key now: it is never shown again."
        )

    def _list(self, options: dict[str, Any]) -> None:
        tokens = ApiToken.objects.select_related("user").order_by("user__username", "pk")
        if options["user"]:
            tokens = tokens.filter(user=user_named(options["user"]))
        for t in tokens:
            used = t.last_used.isoformat(timespec="minutes") if t.last_used else "-"
            self.stdout.write(
                f"{t.pk}\t{t.user.get_username()}\t{t.name}\t{t.prefix}…\t"
                f"{t.created.isoformat(timespec='minutes')}\t{used}"
            )

    def _revoke(self, options: dict[str, Any]) -> None:
        tokens = ApiToken.objects.select_related("user")
        if options["id"] is not None:
            chosen = list(tokens.filter(pk=options["id"]))
        elif options["user"] and (options["name"] or options["all"]):
            chosen = list(tokens.filter(user=user_named(options["user"])))
            if not options["all"]:
                chosen = [t for t in chosen if t.name == options["name"]]
        else:
            raise CommandError("revoke: --id, of --user met --name of --all")
        if not chosen:
            raise CommandError("Geen sleutel gevonden / no such key.")
        for token in chosen:
            token_revoke(actor=None, token=token)
            self.stdout.write(f"{token.pk} {token.name} ingetrokken / revoked")
