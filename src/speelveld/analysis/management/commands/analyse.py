"""speelveld analyse: overlap, gaps or role fit of a municipality (the same services as the
findings page), or of a generated national field on Parquet files (no database)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from speelveld.analysis.cli_output import (
    ProgressBar,
    as_json,
    national_run,
    national_table,
    report_csv,
    report_table,
)
from speelveld.analysis.services import gaps_run, overlap_run, rolefit_run
from speelveld.places.models import Area, AreaLevel

RUNS = {"overlap": overlap_run, "gaps": gaps_run, "rolefit": rolefit_run}


class Command(BaseCommand):
    help = (
        "Bevindingen van een gemeente: dubbelop (overlap), gaten (gaps) of rolverdeling "
        "(rolefit), elk met de reden en een voorstel; of, met --from, dezelfde analyse op een "
        "gegenereerd landelijk speelveld zonder database. / Findings of a municipality: "
        "duplicated work, gaps or role fit, each explained; or, with --from, a run on a "
        "generated national field without a database."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("analysis", choices=sorted(RUNS), help="overlap | gaps | rolefit")
        parser.add_argument("--gemeente", help="CBS-code van de gemeente, bv. GM9901.")
        parser.add_argument("--wijk", help="Alleen deze wijk (WK…) / only this wijk.")
        parser.add_argument("--buurt", help="Alleen deze buurt (BU…) / only this buurt.")
        parser.add_argument("--format", choices=["table", "json", "csv"], default="table")
        parser.add_argument("--language", choices=["nl", "en"], default="nl",
                            help="Taal van de teksten / language of the texts (nl).")  # fmt: skip
        parser.add_argument(
            "--marked",
            action="store_true",
            help="Ook gemarkeerde bevindingen / also marked findings.",
        )
        parser.add_argument("--limit", type=int, default=None,
                            help="Hoogstens zoveel bevindingen / at most this many.")  # fmt: skip
        parser.add_argument("--from", dest="source", type=Path, default=None,
                            help="Map met een gegenereerd speelveld (speelveld generate) / "
                                 "directory of a generated field.")  # fmt: skip
        parser.add_argument("--no-progress", action="store_true",
                            help="Geen voortgangsbalk / no progress bar.")  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        bar = ProgressBar(
            lambda text: self.stderr.write(text, ending=""),
            tty=self.stderr.isatty(),
            enabled=not options["no_progress"],
        )
        if options["source"] is not None:
            self._national(options, bar)
            return
        municipality, area = self._scope(options)
        with translation.override(options["language"]):
            try:
                report = RUNS[options["analysis"]](
                    municipality=municipality, area=area, include_marked=options["marked"],
                    limit=options["limit"], progress=bar,
                )  # fmt: skip
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from None
            if options["format"] == "json":
                self.stdout.write(as_json(report.as_dict()))
            elif options["format"] == "csv":
                self.stdout.write(report_csv(report), ending="")
            else:
                for line in report_table(report):
                    self.stdout.write(line)

    def _scope(self, options: dict[str, Any]) -> tuple[Area, Area | None]:
        inner = (options["buurt"] or options["wijk"] or "").strip().upper()
        code = (options["gemeente"] or (f"GM{inner[2:6]}" if inner else "")).strip().upper()
        if not code:
            raise CommandError("Geef --gemeente GM… / give --gemeente GM….")
        municipality = (
            Area.objects.filter(code=code, level=AreaLevel.GEMEENTE).order_by("-year").first()
        )
        if municipality is None:
            raise CommandError(f"Gemeente {code} bestaat niet / no such municipality.")
        if not inner:
            return municipality, None
        area = Area.objects.filter(code=inner, municipality=municipality).order_by("-year").first()
        if area is None:
            raise CommandError(f"{inner} ligt niet in {code} / is not in {code}.")
        return municipality, area

    def _national(self, options: dict[str, Any], bar: ProgressBar) -> None:
        source: Path = options["source"]
        if not (source / "manifest.json").exists():
            raise CommandError(f"{source} is geen gegenereerd speelveld / not a generated field "
                               "(speelveld generate --out DIR).")  # fmt: skip
        summary, header, rows = national_run(options["analysis"], source, bar)
        bar("klaar / done", 1.0)
        if options["format"] == "json":
            self.stdout.write(as_json(summary))
        elif options["format"] == "csv":
            self.stdout.write(header)
            for row in rows[: options["limit"]]:
                self.stdout.write(",".join(str(v) for v in row))
        else:
            for line in national_table(summary):
                self.stdout.write(line)
