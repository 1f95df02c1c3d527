"""speelveld import: spreadsheets, CBS key figures, boundaries, HSDS and full backups in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from speelveld.interop.commandline import municipality_for, print_report
from speelveld.interop.progress import TextBar
from speelveld.interop.report import ImportReport

KINDS = ("csv", "xlsx", "cbs", "geojson", "hsds", "all")


class Command(BaseCommand):
    help = (
        "Lees gegevens in: csv/xlsx (organisaties, spelers, activiteiten, samenwerkingen, "
        "overdrachten), cbs (kerncijfers wijken en buurten), geojson (grenzen), hsds (Open "
        "Referral) of all (volledige back-up). Standaard een proefdraai met een rapport van elke "
        "fout; --commit schrijft alles of niets. / Import data; a dry run unless --commit, which "
        "writes everything or nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("kind", choices=KINDS, help="csv | xlsx | cbs | geojson | hsds | all")
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="Bestand(en).")
        parser.add_argument(
            "--commit", action="store_true", help="Echt schrijven. / Write (default: dry run)."
        )
        parser.add_argument(
            "--keep-valid",
            action="store_true",
            help="Schrijf de goede rijen en sla rijen met fouten over. / Write the valid rows.",
        )
        parser.add_argument("--gemeente", help="CBS-code van de gemeente (csv/xlsx), bijv. GM9901.")
        parser.add_argument(
            "--entity",
            help="Soort gegevens van een CSV-bestand (organisaties, spelers, activiteiten, "
            "samenwerkingen, overdrachten); anders uit de bestandsnaam of de kop.",
        )
        parser.add_argument(
            "--user", help="Gebruikersnaam wiens rechten gelden (standaard: alles)."
        )
        parser.add_argument("--year", type=int, help="Jaar van de CBS-indeling (cbs/geojson).")
        parser.add_argument("--figures-year", type=int, help="Peiljaar van de kerncijfers (cbs).")
        parser.add_argument("--dataset", help="CBS-tabel als bron, bijv. 85984NED (cbs).")
        parser.add_argument(
            "--create-areas",
            action="store_true",
            help="Maak ontbrekende gebieden aan uit de codes (cbs/geojson).",
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="all: vervang een niet-lege database. / Replace a non-empty database.",
        )
        parser.add_argument(
            "--lang", choices=("nl", "en"), default="nl", help="Taal van het rapport."
        )
        parser.add_argument("--report", type=Path, help="Schrijf het rapport ook als CSV-bestand.")
        parser.add_argument("--no-progress", action="store_true", help="Geen voortgangsbalk.")

    def handle(self, *args: Any, **options: Any) -> None:
        kind: str = options["kind"]
        paths: list[Path] = options["paths"]
        for path in paths:
            if not path.exists():
                raise CommandError(f"Bestand niet gevonden / file not found: {path}")
        if kind not in ("csv", "xlsx") and len(paths) != 1:
            raise CommandError(f"import {kind}: één bestand / one file")
        actor = None
        if options["user"]:
            try:
                actor = get_user_model().objects.get(username=options["user"])
            except get_user_model().DoesNotExist:
                raise CommandError(
                    f"Onbekende gebruiker / unknown user: {options['user']}"
                ) from None
        bar = TextBar(self.stderr._out, enabled=not options["no_progress"])
        try:
            report = self._run(kind, paths, actor, bar, options)
        except PermissionDenied as error:
            raise CommandError(str(error)) from error
        finally:
            bar.close()
        with translation.override(options["lang"]):
            print_report(self.stdout, report, dry_run=not options["commit"], path=options["report"])
        if not report.ok:
            raise CommandError(
                f"{len(report.errors)} fout(en) / error(s)"
                + ("" if report.committed else "; niets geschreven / nothing written")
            )

    def _run(
        self, kind: str, paths: list[Path], actor: Any, bar: TextBar, options: dict[str, Any]
    ) -> ImportReport:
        commit: bool = options["commit"]
        if kind in ("csv", "xlsx"):
            from speelveld.interop.services import sheet_import

            return sheet_import(
                paths=paths,
                municipality=municipality_for(options["gemeente"]),
                actor=actor,
                commit=commit,
                keep_valid=options["keep_valid"],
                entity=options["entity"],
                progress=bar,
            )
        if kind == "cbs":
            from speelveld.interop.services import cbs_import

            return cbs_import(
                path=paths[0],
                actor=actor,
                commit=commit,
                create_areas=options["create_areas"],
                year=options["year"],
                figures_year=options["figures_year"],
                dataset=options["dataset"],
                progress=bar,
            )
        if kind == "geojson":
            from speelveld.interop.services import geojson_import

            return geojson_import(
                path=paths[0],
                actor=actor,
                commit=commit,
                create_areas=options["create_areas"],
                year=options["year"],
                progress=bar,
            )
        if kind == "hsds":
            from speelveld.interop.hsds import hsds_import

            gemeente = options["gemeente"]
            result: ImportReport = hsds_import(
                path=paths[0],
                commit=commit,
                actor=actor,
                municipality=municipality_for(gemeente) if gemeente else None,
            )
            return result
        from speelveld.interop.backup import backup_restore

        if actor is not None:
            raise CommandError("import all: alleen als beheerder van het systeem (zonder --user)")
        return backup_restore(
            path=paths[0], commit=commit, replace=options["replace"], progress=bar
        )
