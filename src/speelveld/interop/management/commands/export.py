"""speelveld export: lists as CSV/XLSX, areas as GeoJSON, templates, HSDS and full backups."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from speelveld.interop.columns import ENTITIES, entity_named
from speelveld.interop.commandline import municipality_for
from speelveld.interop.progress import TextBar

KINDS = ("csv", "xlsx", "geojson", "template", "hsds", "all")
LISTS = ", ".join([*(e.sheet for e in ENTITIES.values()), "gebieden"])


class Command(BaseCommand):
    help = (
        "Schrijf gegevens weg: csv/xlsx (lijsten met dezelfde koppen als de sjablonen, formules "
        "onschadelijk gemaakt), geojson (gebieden), template (lege sjablonen), hsds (Open "
        "Referral) of all (volledige back-up voor speelveld import all). / Export lists, areas, "
        "templates, HSDS or a full backup."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "kind", choices=KINDS, help="csv | xlsx | geojson | template | hsds | all"
        )
        parser.add_argument(
            "--out", required=True, help="Doelbestand (of map voor csv); - = stdout."
        )
        parser.add_argument("--gemeente", help="CBS-code van de gemeente, bijv. GM9901.")
        parser.add_argument(
            "--entity",
            help=f"Welke lijst ({LISTS}); csv: één lijst, xlsx: standaard alle lijsten.",
        )
        parser.add_argument(
            "--format",
            choices=("xlsx", "csv"),
            default="xlsx",
            help="template: xlsx (alle bladen) of csv (één lijst).",
        )
        parser.add_argument(
            "--level",
            choices=("gemeente", "stadsdeel", "wijk", "buurt"),
            help="geojson: alleen dit niveau.",
        )
        parser.add_argument(
            "--delimiter",
            choices=(";", ","),
            default=";",
            help="csv: scheidingsteken (standaard ; zoals Nederlandse Excel).",
        )
        parser.add_argument("--no-progress", action="store_true", help="Geen voortgangsbalk.")

    def handle(self, *args: Any, **options: Any) -> None:
        kind: str = options["kind"]
        out: str = options["out"]
        if (
            kind == "csv"
            and not options["entity"]
            and out != "-"
            and (Path(out).is_dir() or out.endswith("/"))
        ):
            folder = Path(out)
            folder.mkdir(parents=True, exist_ok=True)
            for key in [*ENTITIES, "areas"]:
                name = ENTITIES[key].sheet if key in ENTITIES else "gebieden"
                target = folder / f"{name}.csv"
                with target.open("wb") as handle:
                    count = self._lists(handle, "csv", [key], options)
                self.stdout.write(f"{target}: {count}")
            return
        if kind == "hsds":
            self._hsds(options)
            return
        if kind in ("csv", "xlsx"):
            self._entities(options, kind)  # refuse a wrong --entity before creating the file
        if kind not in ("template", "all"):
            municipality_for(options["gemeente"])  # refuse an unknown municipality early
        if out == "-":
            self._write(sys.stdout.buffer, kind, options)
            return
        target = Path(out)
        try:
            with target.open("wb") as handle:
                count = self._write(handle, kind, options)
        except CommandError:
            target.unlink(missing_ok=True)
            raise
        self.stdout.write(f"{target}: {count}")

    def _entities(self, options: dict[str, Any], kind: str) -> list[str]:
        name = options["entity"]
        if not name:
            if kind == "csv":
                raise CommandError(f"export csv: kies --entity ({LISTS}) of geef een map als --out")
            return [*ENTITIES, "areas"]
        if name in ("gebieden", "areas"):
            return ["areas"]
        entity = entity_named(name)
        if entity is None:
            raise CommandError(f"Onbekende lijst / unknown list: {name} ({LISTS})")
        return [entity.key]

    def _lists(self, out: IO[bytes], fmt: str, keys: list[str], options: dict[str, Any]) -> int:
        from speelveld.interop.exports import list_export

        return list_export(
            municipality=municipality_for(options["gemeente"]),
            entities=keys,
            fmt=fmt,
            out=out,
            delimiter=options["delimiter"],
        )

    def _hsds(self, options: dict[str, Any]) -> None:
        try:
            from speelveld.interop.hsds import hsds_export
        except ModuleNotFoundError as error:
            if error.name != "speelveld.interop.hsds":
                raise
            raise CommandError(
                "HSDS-export is in deze versie nog niet beschikbaar. / HSDS export is not "
                "available in this version yet."
            ) from None
        if options["out"] == "-":
            raise CommandError("export hsds: geef een bestand als --out")
        target = Path(options["out"])
        hsds_export(municipality=municipality_for(options["gemeente"]), out=target)
        self.stdout.write(str(target))

    def _write(self, out: IO[bytes], kind: str, options: dict[str, Any]) -> int:
        if kind in ("csv", "xlsx"):
            return self._lists(out, kind, self._entities(options, kind), options)
        if kind == "template":
            from speelveld.interop.exports import template_export

            keys = self._entities(options, "xlsx") if options["entity"] else []
            entity = keys[0] if keys and keys[0] != "areas" else None
            if options["format"] == "csv" and entity is None:
                raise CommandError("export template --format csv: kies --entity")
            template_export(fmt=options["format"], out=out, entity=entity)
            return len(ENTITIES) if entity is None else 1
        if kind == "geojson":
            from speelveld.interop.geojson import geojson_export

            return geojson_export(
                municipality=municipality_for(options["gemeente"]), out=out, level=options["level"]
            )
        from speelveld.interop.backup import backup_export

        bar = TextBar(self.stderr._out, enabled=not options["no_progress"])
        manifest = backup_export(out=out, progress=bar)
        bar.close()
        return sum(t["rows"] for t in manifest["tables"])
