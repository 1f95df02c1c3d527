"""The ``speelveld`` console script: a thin door to the management commands."""

from __future__ import annotations

import os
import sys

COMMANDS = {
    "demo": "bouw de demogemeente en start de server / build the demo municipality and serve it",
    "serve": "start Speelveld op deze computer / serve Speelveld on this machine",
    "seed": "vul de begrippen en rollen aan / add the seed vocabularies and roles",
    "analyse": "dubbelop, gaten en rolverdeling van een gemeente / overlap, gaps and role fit",
    "generate": "schrijf een synthetisch landelijk speelveld (Parquet) / write a synthetic field",
    "engage": "wie schakel ik in? gerangschikt en uitgelegd / who to engage, ranked and explained",
    "remind": "stuur ieder één samenvatting van wat wacht / send each person one digest",
    "import": "lees gegevens in: csv, xlsx, cbs, geojson, hsds, all (proef tot --commit) / import",
    "export": "schrijf lijsten, gebieden, sjablonen, HSDS of een volledige back-up weg / export",
    "token": "beheer API-sleutels (create, list, revoke) / manage API keys",
    "createsuperuser": "maak een beheeraccount / create an administrator account",
    "migrate": "werk de database bij / bring the database up to date",
}


def usage() -> str:
    lines = [
        "Speelveld — het speelveld van samenlevingsopbouw / the community-building field",
        "",
        "Gebruik / usage: speelveld <command> [options]   (speelveld <command> --help)",
        "",
    ]
    lines += [f"  {name:<16} {text}" for name, text in COMMANDS.items()]
    lines += [
        "",
        "Alle Django-beheeropdrachten werken ook / all Django management commands "
        "work too: speelveld help --commands",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print(usage())
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speelveld.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["speelveld", *args])


if __name__ == "__main__":
    main()
