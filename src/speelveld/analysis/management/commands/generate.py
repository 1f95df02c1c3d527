"""speelveld generate: write a synthetic national (or small) playing field as Parquet files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from speelveld.analysis.cli_output import ProgressBar
from speelveld.synth.national import generate_national


class Command(BaseCommand):
    help = (
        "Schrijf een synthetisch speelveld als Parquet-bestanden, met de geplante dubbelingen "
        "en lastige niet-dubbelingen als grondwaarheid: landelijk (342 gemeenten, ~14.500 "
        "buurten, ≥ 1.000.000 activiteiten) of klein (3 gemeenten). / Write a synthetic field "
        "with its ground truth as Parquet files: national or small."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", choices=["national", "small"], default="national")
        parser.add_argument("--seed", type=int, default=1, help="Seed (default 1).")
        parser.add_argument("--out", type=Path, required=True, help="Doelmap / output directory.")
        parser.add_argument("--no-progress", action="store_true",
                            help="Geen voortgangsbalk / no progress bar.")  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        out: Path = options["out"]
        if out.exists() and any(out.iterdir()) and not (out / "manifest.json").exists():
            raise CommandError(f"{out} bestaat al en is geen speelveld / exists and is not a "
                               "generated field.")  # fmt: skip
        bar = ProgressBar(
            lambda text: self.stderr.write(text, ending=""),
            tty=self.stderr.isatty(),
            enabled=not options["no_progress"],
        )
        manifest = generate_national(seed=options["seed"], out=out, scale=options["scale"],
                                     progress=bar)  # fmt: skip
        counts = manifest["counts"]
        self.stdout.write(f"{out}: {options['scale']}, seed {options['seed']}, "
                          f"{manifest['seconds']} s")  # fmt: skip
        for key in ("gemeenten", "wijken", "buurten", "organisations", "activities",
                    "duplicates", "hard_negatives"):  # fmt: skip
            self.stdout.write(f"  {key:<15} {counts[key]:>10,}")
