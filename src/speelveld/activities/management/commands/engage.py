"""speelveld engage: Wie schakel ik in? from the terminal (the same service as the page)."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.serializers.json import DjangoJSONEncoder

from speelveld.analysis.engage import engage_query
from speelveld.places.models import Area, AreaLevel


class Command(BaseCommand):
    help = (
        "Wie schakel ik in? Zet de spelers van een gemeente op volgorde voor een vraag "
        "(gebied, thema, doelgroep, werkvorm, fase, taal) en laat per speler zien waarom. / "
        "Who to engage: rank a municipality's players for a question and explain each score."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--gemeente",
            help="CBS-code van de gemeente (GM…); standaard die "
            "van --area / the municipality (default: from --area).",
        )
        parser.add_argument("--area", required=True, help="Buurt, wijk of gemeente (BU…/WK…/GM…).")
        parser.add_argument("--theme", action="append", default=[], help="Thema (herhaalbaar).")
        parser.add_argument(
            "--target-group", action="append", default=[], help="Doelgroep (herhaalbaar)."
        )
        parser.add_argument("--type", dest="activity_type", help="Werkvorm, soort hulp.")
        parser.add_argument("--phase", help="Fase, bv. organiseren.")
        parser.add_argument("--language", help="Taal (ISO-code), bv. ar.")
        parser.add_argument("--limit", type=int, default=10, help="Hoeveel / how many (10).")
        parser.add_argument("--format", choices=["table", "json"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        area = options["area"].strip().upper()
        code = (options["gemeente"] or f"GM{area[2:6]}").strip().upper()
        municipality = (
            Area.objects.filter(code=code, level=AreaLevel.GEMEENTE).order_by("-year").first()
        )
        if municipality is None:
            raise CommandError(f"Gemeente {code} bestaat niet / no such municipality.")
        try:
            result = engage_query(
                municipality=municipality,
                area_code=area,
                themes=options["theme"],
                target_groups=options["target_group"],
                activity_type=options["activity_type"],
                phase=options["phase"],
                language=options["language"],
                limit=options["limit"],
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        data = result.as_dict()
        if options["format"] == "json":
            self.stdout.write(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1))
            return
        self._table(data)

    def _table(self, data: dict[str, Any]) -> None:
        q = data["question"]
        asked = " · ".join(q["labels"])
        self.stdout.write(
            f"{q['area']['name']} ({q['area']['code']}){': ' + asked if asked else ''}"
        )
        if data["nobody_nearby"]:
            self.stdout.write("Niemand in of naast dit gebied past bij deze vraag / nobody nearby.")
            for n in data["nearest"]:
                self.stdout.write(
                    f"  dichtstbij: {n['name']} ({n['role_label']}) — "
                    f"{n['area']['name']}, {n['distance_text']}"
                )
        for m in data["matches"]:
            org = m["organisation"]["name"] if m["organisation"] else "—"
            self.stdout.write(
                f"{m['rank']:>2}. {m['score']:>4}  {m['name']} — {m['role_label']}, {org} "
                f"({m['proximity_text']}{_fit_note(m)})"
            )
            for r in m["reasons"]:
                self.stdout.write(f"        {r['points_text']:>4}  {r['text']}")
        if data["do_not_ask"]:
            self.stdout.write("Niet vragen / do not ask:")
            for d in data["do_not_ask"]:
                self.stdout.write(f"  - {d['text']}")


def _fit_note(match: dict[str, Any]) -> str:
    """A short note for nearby candidates that fit the question less well."""
    return "" if match["fits"] or not match["near"] else "; past minder"
